/**
 * plan-upgrade on cluster repos shaped like public ones (our own files): several clusters
 * under clusters/<name>/, one named by its inventory file, and a .gitmodules branch line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { UpgradeReport } from '../../src/core/knowledge/upgrade-report-types.js';
import { git } from '../support/git.js';
import { makeTempDir } from '../support/tmp.js';
import { buildKubesprayUpstream, planFixture, setBranchLine, type PlanFixture } from './fixture.js';
import type { KubesprayUpstream } from '../support/kubespray-upstream.js';

const tmp = makeTempDir('ksu-plan-layouts-');
let upstream: KubesprayUpstream;
const open: PlanFixture[] = [];
beforeAll(() => {
  upstream = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: ['v2.24.1', 'v2.25.1'] });
});
afterAll(async () => {
  await Promise.all(open.map((f) => f.close()));
  tmp.cleanup();
});

const K8S = 'group_vars/k8s_cluster/k8s-cluster.yml';
const CONFIG = `clusters:
  - name: staging
    inventory: clusters/staging
  - name: prod
    inventory: clusters/prod/hosts.ini
    wave: 2
`;

/** Commits the seed's edits with a .gitmodules branch line, publishes them and brings the runner's checkout to them. */
describe('plan-upgrade over several clusters', () => {
  it('studies every cluster (one named by its file), shows each in the body, and moves the .gitmodules branch line', async () => {
    const f = await planFixture(path.join(tmp.dir, 'fleet'), upstream, {
      tag: 'v2.24.1',
      target: 'v2.25.1',
      inventories: [{ dir: 'clusters/staging', hostsFile: 'hosts.ini' }, { dir: 'clusters/prod', hostsFile: 'hosts.ini' }],
      files: { '.github/kubespray-upgrade.yml': CONFIG },
    });
    open.push(f);
    // prod pins an older Kubernetes than staging; the branch line names the pinned tag.
    const prodFile = path.join(f.repo.seed, 'clusters/prod', K8S);
    writeFileSync(prodFile, readFileSync(prodFile, 'utf8').replace(/^kube_version: .*$/m, 'kube_version: v1.27.7'));
    setBranchLine(f, 'v2.24.1');

    const r = await f.run({ 'dry-run': 'true' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.stdout).toContain('inventories (from the config clusters): clusters/staging, clusters/prod/hosts.ini');
    expect(r.stdout).toMatch(/Kubespray tag evaluations in this run: v2\.24\.1 ×1, v2\.25\.1 ×1 \(2 inventory\(ies\)\)/);

    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8')) as UpgradeReport;
    expect(report.inventories).toEqual(['clusters/staging', 'clusters/prod/hosts.ini']);
    expect(report.clusters!.map((c) => [c.inventory, c.components.kube_version!.effectiveTo])).toEqual([
      ['clusters/staging', { known: true, value: 'v1.28.6' }],
      ['clusters/prod/hosts.ini', { known: true, value: 'v1.27.7' }],
    ]);
    const body = readFileSync(r.outputs['summary-path']!, 'utf8');
    const row = body.split('\n').find((l) => l.startsWith('| Kubernetes |'))!;
    expect(row).toContain('`clusters/staging`: `v1.28.6` → `v1.28.6`');
    expect(row).toContain('`clusters/prod/hosts.ini`: `v1.27.7` → `v1.27.7`');

    const gitmodules = git(f.checkout, ['show', `${r.outputs['head-sha']}:.gitmodules`]);
    expect(gitmodules).toContain('branch = v2.25.1');
    expect(gitmodules).not.toContain('v2.24.1');
    expect(body).toMatch(/`\.gitmodules:\d+` \| submodule branch/);
  });

  it('leaves a branch line that names a real branch, and the PR says why', async () => {
    const f = await planFixture(path.join(tmp.dir, 'branch'), upstream, { tag: 'v2.24.1', target: 'v2.25.1' });
    open.push(f);
    setBranchLine(f, 'release-2.24');
    const r = await f.run({ 'dry-run': 'true' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(git(f.checkout, ['show', `${r.outputs['head-sha']}:.gitmodules`])).toContain('branch = release-2.24');
    expect(readFileSync(r.outputs['summary-path']!, 'utf8')).toContain('sets branch = `release-2.24` for the submodule: it names a branch, not the pinned tag v2.24.1');
  });
});
