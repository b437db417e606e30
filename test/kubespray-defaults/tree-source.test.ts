import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ActionError, ConfigurationError } from '../../src/core/errors.js';
import { GitCommandManager, type GitExecOptions } from '../../src/adapters/git/git-command-manager.js';
import {
  compareKubeVersions,
  directoryTreeSource,
  gitTreeSource,
  loadKubesprayDefaults,
  resolveComponents,
  supportedKubeVersions,
} from '../../src/core/knowledge/defaults/index.js';
import { git as testGit } from '../support/git.js';
import { buildKubesprayUpstream, commitTree, createTag, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { makeTempDir } from '../support/tmp.js';

/** Counts the git commands a TreeSource issues. */
/** The real git adapter, recording the argv of each git process the verbs start. */
class CountingGit extends GitCommandManager {
  calls: string[][] = [];
  override exec(args: readonly string[], options?: GitExecOptions) {
    this.calls.push([...args]);
    return super.exec(args, options);
  }
}

describe('TreeSource over git objects', () => {
  const tmp = makeTempDir('ksu-tree-');
  let upstream: KubesprayUpstream;
  const tree = path.join(tmp.dir, 'tree');

  beforeAll(() => {
    upstream = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: ['v2.22.2', 'v2.28.0'] });
    mkdirSync(path.join(tree, 'roles', 'r', 'defaults', 'main'), { recursive: true });
    writeFileSync(path.join(tree, 'roles', 'r', 'defaults', 'main', 'a.yml'), 'x: "naïve ✓"\n');
    writeFileSync(path.join(tree, 'roles', 'r', 'defaults', 'shared.yml'), 'y: 1\n');
    symlinkSync('../shared.yml', path.join(tree, 'roles', 'r', 'defaults', 'main', 'link.yml'));
    commitTree(upstream.work, tree, 'symlinks and UTF-8');
    createTag(upstream.work, 'custom', false);
  });
  afterAll(() => tmp.cleanup());

  it('reads UTF-8 content and follows symlinks like the directory source does', async () => {
    const fromGit = gitTreeSource(new GitCommandManager(upstream.work), 'custom');
    const fromDir = directoryTreeSource(tree);
    const files = await fromGit.listFiles('roles/r/defaults');
    expect(files).toEqual(['roles/r/defaults/main/a.yml', 'roles/r/defaults/main/link.yml', 'roles/r/defaults/shared.yml']);
    expect(await fromDir.listFiles('roles/r/defaults')).toEqual(files);
    for (const f of files) expect(await fromGit.readFile(f)).toBe(await fromDir.readFile(f));
    expect(await fromGit.readFile('roles/r/defaults/main/link.yml')).toBe('y: 1\n');
    expect(await fromGit.readFile('roles/r/nope.yml')).toBeUndefined();
    expect(await fromGit.listFiles('roles/none')).toEqual([]);
  });

  it('loads one tag with exactly two git commands (one ls-tree, one cat-file --batch)', async () => {
    const counting = new CountingGit(upstream.work);
    const d = await loadKubesprayDefaults(gitTreeSource(counting, 'v2.28.0'));
    expect(counting.calls.map((c) => c.find((a) => a === 'ls-tree' || a === 'cat-file'))).toEqual(['ls-tree', 'cat-file']);
    expect(resolveComponents(d).kube_version).toEqual({ known: true, value: '1.32.5' });
  });

  it('rejects option-like revisions and reports unknown ones', async () => {
    const g = new GitCommandManager(upstream.work);
    expect(() => gitTreeSource(g, '--output=/tmp/x')).toThrow(ConfigurationError);
    await expect(loadKubesprayDefaults(gitTreeSource(g, 'v9.9.9'))).rejects.toThrow(ActionError);
  });

  it('supported Kubernetes versions are the amd64 kubelet keys, newest first, spelled as in the file', async () => {
    const d = await loadKubesprayDefaults(gitTreeSource(new GitCommandManager(upstream.work), 'v2.22.2'));
    const versions = supportedKubeVersions(d);
    // v2.22.2 lists v1.25.15 before v1.25.16 in the file; newest first puts .16 first.
    expect(versions.indexOf('v1.25.16')).toBeLessThan(versions.indexOf('v1.25.15'));
    expect(versions[0]).toBe('v1.26.13');
    const file = testGit(upstream.work, ['show', 'v2.22.2:roles/download/defaults/main.yml']);
    for (const v of versions) expect(file).toContain(`    ${v}: `);
  });
});

describe('compareKubeVersions', () => {
  it('ignores the v prefix and orders pre-releases before releases', () => {
    expect(compareKubeVersions('v1.29.1', '1.29.1')).toBe(0);
    expect(compareKubeVersions('1.30.0-rc.1', '1.30.0')).toBeLessThan(0);
    expect(compareKubeVersions('v1.9.0', 'v1.10.0')).toBeLessThan(0);
    expect(compareKubeVersions('1.36.0', 'v1.35.9')).toBeGreaterThan(0);
  });
});
