import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { appendFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { UpgradeReport } from '../../src/core/knowledge/upgrade-report-types.js';
import { buildClusterRepo, runnerCheckout } from '../support/cluster-repo.js';
import { git } from '../support/git.js';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { distEntry } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';
import { sampleKubeVersion } from './data-facts.js';

const run = promisify(execFile);
const tmp = makeTempDir('ksu-cli-report-');
let up: KubesprayUpstream;
beforeAll(() => {
  up = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: ['v2.24.0', 'v2.24.1', 'v2.25.1', 'v2.26.1'] });
});
afterAll(() => tmp.cleanup());

/** The bundled CLI, as a user runs it; exit code and both streams. */
async function cli(args: string[], cwd = tmp.dir): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const r = await run(process.execPath, [distEntry('cli'), ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
    return { code: 0, stdout: r.stdout, stderr: r.stderr };
  } catch (e) {
    const err = e as { code?: number; stdout?: string; stderr?: string };
    return { code: typeof err.code === 'number' ? err.code : 1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
  }
}

let n = 0;
function runnerRepo(tag = 'v2.24.1') {
  const root = path.join(tmp.dir, `c${n++}`);
  mkdirSync(root);
  const repo = buildClusterRepo(root, { upstream: up, tag });
  return runnerCheckout(repo, path.join(root, 'runner'));
}

describe('kubespray-upgrade report', () => {
  it('fetches the two tags into a shallow, tagless submodule and prints the JSON report', async () => {
    const checkout = runnerRepo();
    const sub = path.join(checkout, 'kubespray');
    expect(git(sub, ['tag', '-l']).trim()).toBe('');
    const r = await cli(['report', '--repo', checkout, '--from', 'v2.24.1', '--to', 'v2.25.1', '--inventory', 'inventory/mycluster', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const report = JSON.parse(r.stdout) as UpgradeReport;
    expect(report).toMatchObject({ schemaVersion: 1, from: 'v2.24.1', to: 'v2.25.1' });
    const pin = sampleKubeVersion('v2.24.1')!;
    expect(report.components.kube_version!.pinned).toMatchObject({ file: 'inventory/mycluster/group_vars/k8s_cluster/k8s-cluster.yml', line: pin.line });
    expect(report.hazards.map((h) => h.id)).toContain('kube-version-pinned');
    expect(report.hazards.map((h) => h.id)).not.toContain('local-divergence');
    // The tags now exist in the submodule, which stays shallow and checked out at its pin.
    expect(git(sub, ['tag', '-l']).trim().split('\n').sort()).toEqual(['v2.24.1', 'v2.25.1']);
    expect(git(sub, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    expect(git(sub, ['rev-parse', 'HEAD']).trim()).toBe(up.commits.get('v2.24.1'));
    // A second run needs no fetch and gives the same report.
    const again = await cli(['report', '--repo', checkout, '--from', 'v2.24.1', '--to', 'v2.25.1', '--inventory', 'inventory/mycluster', '--json']);
    expect(JSON.parse(again.stdout)).toEqual(report);
  });

  it('prints hazards first in the readable table, with the fix', async () => {
    const checkout = runnerRepo();
    const r = await cli(['report', '--from', 'v2.24.1', '--to', 'v2.25.1', '--inventory', 'inventory/mycluster'], checkout);
    expect(r.code, r.stderr).toBe(0);
    const order = ['HAZARDS', 'COMPONENTS', 'SUPPORTED KUBERNETES', 'CHANGED FILES', 'INVENTORY DRIFT'].map((s) => r.stdout.indexOf(`\n${s}`));
    expect(order.every((i) => i > 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(r.stdout).toMatch(/warning +kube-version-pinned +inventory\/mycluster\/group_vars\/k8s_cluster\/k8s-cluster\.yml:\d+/);
    expect(r.stdout).toContain('fix: delete the line, or write: kube_version: v1.29.10');
  });

  it('reports a dirty submodule and a gitlink that is not the from tag', async () => {
    const checkout = runnerRepo();
    appendFileSync(path.join(checkout, 'kubespray', 'requirements.txt'), '# local hack\n');
    const r = await cli(['report', '--repo', checkout, '--from', 'v2.24.0', '--to', 'v2.25.1', '--json']);
    expect(r.code, r.stderr).toBe(0);
    const hazards = (JSON.parse(r.stdout) as UpgradeReport).hazards.filter((h) => h.id === 'local-divergence');
    expect(hazards.map((h) => h.severity)).toEqual(['error', 'warning']);
    expect(hazards[1]!.message).toContain('M requirements.txt');
  });

  it('works when the submodule is not checked out, using a temporary repository', async () => {
    const root = path.join(tmp.dir, `c${n++}`);
    mkdirSync(root);
    const repo = buildClusterRepo(root, { upstream: up, tag: 'v2.24.1' });
    const checkout = path.join(root, 'plain');
    git(root, ['clone', '-q', '--depth', '1', repo.originUrl, checkout]);
    const r = await cli(['report', '--repo', checkout, '--from', 'v2.24.1', '--to', 'v2.25.1', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as UpgradeReport).changedFiles.length).toBeGreaterThan(0);
  });

  it('fails with an actionable message for a tag upstream does not have, and refuses option-like tags', async () => {
    const checkout = runnerRepo();
    const r = await cli(['report', '--repo', checkout, '--from', 'v2.24.1', '--to', 'v9.9.9']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/cannot fetch tag v9\.9\.9 from .*kubespray\.git/);
    const bad = await cli(['report', '--repo', checkout, '--from', '--upload-pack=x', '--to', 'v2.25.1']);
    expect(bad.code).not.toBe(0);
    const odd = await cli(['report', '--repo', checkout, '--from=-x', '--to', 'v2.25.1']);
    expect(odd.code).toBe(1);
    expect(odd.stderr).toContain('is not a tag name');
  });
});
