/**
 * The message for a pin that is no release must stay true however much history the
 * submodule has: deep, shallow (a runner's checkout after `report` fetched a few tags at
 * depth 1), or deep but missing release commits that live on branches it never fetched.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { describeUnknownCommit } from '../../src/core/releases/detect/unknown-commit.js';
import { GitCommandManager } from '../../src/adapters/git/git-command-manager.js';
import { listRemoteTags, releaseTags, type ReleaseTag } from '../../src/core/releases/datasources/git-tags.js';
import { buildKubesprayUpstream, commitTree, createTag, publish, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { KUBESPRAY_DATA } from '../support/paths.js';
import { git } from '../support/git.js';
import { makeTempDir } from '../support/tmp.js';

const tmp = makeTempDir('ksu-unknown-commit-');
let up: KubesprayUpstream;
let mid: string;
let releases: ReleaseTag[];
beforeAll(async () => {
  up = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: ['v2.24.0'] });
  const trunk = git(up.work, ['symbolic-ref', '--short', 'HEAD']).trim();
  // A trunk commit between v2.24.0 and v2.24.1: v2.24.1 and v2.25.0 contain it.
  git(up.work, ['commit', '-q', '--allow-empty', '-m', 'fix on the way to v2.24.1']);
  mid = git(up.work, ['rev-parse', 'HEAD']).trim();
  git(up.work, ['branch', '-q', 'pinned', mid]);
  for (const tag of ['v2.24.1', 'v2.25.0']) {
    commitTree(up.work, path.join(KUBESPRAY_DATA, 'tags', tag), `Release ${tag}`);
    createTag(up.work, tag, false);
  }
  // A patch release on a release branch that a master-only clone never fetches.
  git(up.work, ['checkout', '-q', '-b', 'release-2.24', 'v2.24.1']);
  git(up.work, ['commit', '-q', '--allow-empty', '-m', 'release v2.24.2']);
  createTag(up.work, 'v2.24.2', false);
  git(up.work, ['checkout', '-q', trunk]);
  publish(up);
  git(up.bare, ['fetch', '-q', up.work, 'pinned:pinned', 'release-2.24:release-2.24']);
  releases = releaseTags(await listRemoteTags(new GitCommandManager(tmp.dir), up.url), false);
});
afterAll(() => tmp.cleanup());

const describeIn = (dir: string, commit: string) => describeUnknownCommit(new GitCommandManager(dir), dir, commit, releases);

describe('a pin that is no release, by how much history the submodule has', () => {
  it('deep with every release commit: a local commit is in no release, and the nearest below is exact', async () => {
    const dir = path.join(tmp.dir, 'deep');
    git(tmp.dir, ['clone', '-q', up.url, dir]);
    git(dir, ['checkout', '-q', 'v2.24.0']);
    git(dir, ['commit', '-q', '--allow-empty', '-m', 'local patch']);
    const msg = await describeIn(dir, git(dir, ['rev-parse', 'HEAD']).trim());
    expect(msg).toBe('No release tag contains it (local patches or an unreleased branch). The nearest release below it is v2.24.0 (1 commit(s) earlier).');
  });

  it('shallow after a few depth-1 tag fetches: never claims that no release contains it', async () => {
    const dir = path.join(tmp.dir, 'shallow');
    git(tmp.dir, ['init', '-q', dir]);
    git(dir, ['fetch', '-q', '--depth=1', up.url, 'refs/heads/pinned:refs/heads/pinned']);
    // What `report` does: the hop's two tags, each at depth 1.
    git(dir, ['fetch', '-q', '--no-tags', '--depth=1', up.url, 'refs/tags/v2.24.1:refs/tags/v2.24.1', 'refs/tags/v2.25.0:refs/tags/v2.25.0']);
    const msg = await describeIn(dir, mid);
    expect(msg).not.toMatch(/No release tag contains it/);
    expect(msg).toContain("None of the release commits present locally contains it, but the submodule's history is shallow (2 of 4 release commits present");
    expect(msg).toContain('fetch --tags --unshallow');
  });

  it('deep but missing a release branch: what it proves stands, with the gap named', async () => {
    const dir = path.join(tmp.dir, 'partial');
    git(tmp.dir, ['clone', '-q', '--single-branch', '--branch', 'pinned', '--no-tags', up.url, dir]);
    git(dir, ['fetch', '-q', '--no-tags', up.url, 'refs/tags/v2.24.0:refs/tags/v2.24.0', 'refs/tags/v2.24.1:refs/tags/v2.24.1', 'refs/tags/v2.25.0:refs/tags/v2.25.0']);
    const inRelease = await describeIn(dir, mid);
    expect(inRelease).toContain('Release tags that contain it: v2.24.1, v2.25.0 (1 of 4 release commits are not in the submodule\'s history: others may too).');
    expect(inRelease).toContain('v2.24.0 is below it; whether a nearer release is too cannot be told from this history.');

    git(dir, ['checkout', '-q', 'v2.24.1']);
    git(dir, ['commit', '-q', '--allow-empty', '-m', 'local patch on v2.24.1']);
    const local = await describeIn(dir, git(dir, ['rev-parse', 'HEAD']).trim());
    // v2.24.2 is not here: it is not a local descendant, but nothing here proves it is not a release containing it.
    expect(local).toContain('None of the release commits present locally contains it, but 1 of 4 release commits are not in the submodule\'s history');
  });
});
