import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, renameSync, symlinkSync } from 'node:fs';
import path from 'node:path';
import { GitCommandManager } from '../../src/adapters/git/git-command-manager.js';
import { buildUpgradeReport } from '../../src/core/knowledge/upgrade-report.js';
import type { UpgradeReport } from '../../src/core/knowledge/upgrade-report-types.js';
import { buildKubesprayUpstream, commitTree, createTag, readDataTags, versionOrder, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { git } from '../support/git.js';
import { makeTempDir } from '../support/tmp.js';
import { ansibleLines, checksumKeys, defaultKubeVersion, kubeCompare, kubeMinor, sampleKubeVersion, tagDir } from './data-facts.js';

const tmp = makeTempDir('ksu-pairs-');
let up: KubesprayUpstream;
const tags = versionOrder(readDataTags().map((t) => t.tag));
const pairs = tags.slice(1).map((to, i) => [tags[i]!, to] as const);
const reports = new Map<string, UpgradeReport>();

beforeAll(async () => {
  up = buildKubesprayUpstream(path.join(tmp.dir, 'up'));
  const git = new GitCommandManager(up.work);
  for (const [from, to] of pairs) reports.set(`${from}..${to}`, await buildUpgradeReport({ git, from, to, repoRoot: tmp.dir }));
});
afterAll(() => tmp.cleanup());

describe('the report for every consecutive pair of real tags (no inventory)', () => {
  it.each(pairs)('%s -> %s', (from, to) => {
    const r = reports.get(`${from}..${to}`)!;
    expect(r).toMatchObject({ schemaVersion: 1, from, to });

    // Supported versions are the amd64 kubelet checksum keys, newest first.
    const sorted = (keys: string[]) => [...keys].sort((a, b) => kubeCompare(b, a));
    expect(r.supportedKubeVersions.from).toEqual(sorted(checksumKeys(from, 'kubelet_checksums')));
    expect(r.supportedKubeVersions.to).toEqual(sorted(checksumKeys(to, 'kubelet_checksums')));

    // Without an inventory the effective versions are the defaults.
    const kube = r.components.kube_version!;
    expect(kube.from).toEqual({ known: true, value: defaultKubeVersion(from) });
    expect(kube.to).toEqual({ known: true, value: defaultKubeVersion(to) });
    expect(kube.effectiveTo).toEqual(kube.to);
    expect(kube.pinned).toBeUndefined();
    expect(r.hazards.filter((h) => h.id === 'kube-version-pinned' || h.id === 'component-pinned')).toEqual([]);

    const ids = r.hazards.map((h) => h.id);
    const sample = sampleKubeVersion(to);
    const backLevel = sample !== undefined && kubeCompare(sample.value, defaultKubeVersion(to)) < 0;
    expect(ids.includes('sample-back-level'), 'sample-back-level').toBe(backLevel);
    if (backLevel) {
      expect(r.hazards.find((h) => h.id === 'sample-back-level')).toMatchObject({
        severity: 'warning',
        file: `${to}:inventory/sample/group_vars/k8s_cluster/k8s-cluster.yml`,
        line: sample.line,
      });
    }
    expect(ids.includes('ansible-requirement-changed'), 'ansible-requirement-changed').toBe(ansibleLines(from) !== ansibleLines(to));
    const skip = kubeMinor(defaultKubeVersion(to)) - kubeMinor(defaultKubeVersion(from)) > 1;
    expect(ids.includes('kubernetes-minor-skip')).toBe(skip);
    expect(ids).not.toContain('local-divergence');

    expect(r.changedFilesSummary.total).toBe(r.changedFiles.length);
    expect(r.inventoryDrift!.maybeObsolete).toEqual([]);
    // Hazards come most severe first.
    const rank = { error: 0, warning: 1, notice: 2 } as const;
    const ranks = r.hazards.map((h) => rank[h.severity]);
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
  });

  it('flags the back-level sample exactly at the tags where the sample lags the default', () => {
    const flagged = pairs.filter(([from, to]) => reports.get(`${from}..${to}`)!.hazards.some((h) => h.id === 'sample-back-level')).map(([, to]) => to);
    expect(flagged).toEqual(['v2.22.2', 'v2.23.2', 'v2.23.3', 'v2.24.3', 'v2.26.1']);
    const r = reports.get('v2.24.2..v2.24.3')!;
    expect(r.hazards.find((h) => h.id === 'sample-back-level')!.message).toContain('v1.28.10');
    expect(r.hazards.find((h) => h.id === 'sample-back-level')!.message).toContain('v1.28.14');
  });

  it('from v2.28.0 the versions carry no leading v', () => {
    const r = reports.get('v2.27.1..v2.28.0')!;
    expect(r.components.kube_version!.from).toEqual({ known: true, value: 'v1.31.9' });
    expect(r.components.kube_version!.to).toEqual({ known: true, value: '1.32.5' });
    expect(r.supportedKubeVersions.to.every((v) => !v.startsWith('v'))).toBe(true);
    // The sample stopped setting kube_version in v2.28.0.
    expect(r.inventoryDrift!.sample.removed.map((x) => x.variable)).toContain('kube_version');
  });
});

describe('a symlinked requirements.txt, as upstream had up to v2.22.2', () => {
  it('follows the link for the Ansible pins, and the diff shows the type change', async () => {
    const work = path.join(tmp.dir, 'symlink-up');
    mkdirSync(work);
    git(work, ['init', '-q']);
    // v2.22.2's tree as upstream really had it: requirements.txt -> requirements-2.12.txt.
    const tree = path.join(tmp.dir, 'symlink-tree');
    cpSync(tagDir('v2.22.2'), tree, { recursive: true });
    renameSync(path.join(tree, 'requirements.txt'), path.join(tree, 'requirements-2.12.txt'));
    symlinkSync('requirements-2.12.txt', path.join(tree, 'requirements.txt'));
    commitTree(work, tree, 'v2.22.2');
    createTag(work, 'v2.22.2', false);
    commitTree(work, tagDir('v2.23.0'), 'v2.23.0');
    createTag(work, 'v2.23.0', false);

    const r = await buildUpgradeReport({ git: new GitCommandManager(work), from: 'v2.22.2', to: 'v2.23.0', repoRoot: tmp.dir });
    expect(r.changedFiles).toContainEqual({ status: 'T', path: 'requirements.txt' });
    const h = r.hazards.find((x) => x.id === 'ansible-requirement-changed')!;
    // The pins come from the link's target (data file content), not the link text.
    expect(h.message).toContain(`from ${ansibleLines('v2.22.2').split('\n').join(', ')} (v2.22.2)`);
  });
});
