import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { GitCommandManager } from '../../src/adapters/git/git-command-manager.js';
import { buildUpgradeReport } from '../../src/core/knowledge/upgrade-report.js';
import { buildClusterRepo } from '../support/cluster-repo.js';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { makeTempDir } from '../support/tmp.js';
import { checksumKeys, sampleFileWith, sampleKubeVersion } from './data-facts.js';

/** A kube_version pin the CURRENT tag cannot install, on real Kubespray history (v2.27.1 -> v2.28.0). */
const tmp = makeTempDir('ksu-current-pin-');
let up: KubesprayUpstream;
beforeAll(() => {
  up = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: ['v2.27.1', 'v2.28.0'] });
});
afterAll(() => tmp.cleanup());

const INV = 'inventory/mycluster';
const K8S = `${INV}/group_vars/k8s_cluster/k8s-cluster.yml`;
let n = 0;

async function reportWithPin(value: string) {
  const pin = sampleKubeVersion('v2.27.1')!;
  const root = path.join(tmp.dir, `team${n++}`);
  mkdirSync(root);
  const files = { [K8S]: sampleFileWith('v2.27.1', 'group_vars/k8s_cluster/k8s-cluster.yml', (ls) => (ls[pin.line - 1] = `kube_version: ${value}`)) };
  const repo = buildClusterRepo(root, { upstream: up, tag: 'v2.27.1', inventoryFromTag: 'v2.27.1', files });
  const r = await buildUpgradeReport({ git: new GitCommandManager(path.join(repo.seed, 'kubespray')), from: 'v2.27.1', to: 'v2.28.0', inventoryDir: INV, repoRoot: repo.seed });
  return { r, line: pin.line, now: r.hazards.filter((h) => h.id === 'kube-version-pin-unsupported-now') };
}

describe('kube-version-pin-unsupported-now', () => {
  it('a pin newer than anything the current tag ships is flagged at its file:line', async () => {
    expect(checksumKeys('v2.27.1', 'kubelet_checksums')).not.toContain('v1.32.0');
    const { now, line } = await reportWithPin('1.32.0');
    expect(now).toEqual([expect.objectContaining({ severity: 'warning', variable: 'kube_version', file: K8S, line })]);
    expect(now[0]!.message).toContain('which the current v2.27.1 cannot install');
    expect(now[0]!.message).toContain('v1.29.0 to v1.31.9');
  });

  it('the target spelling (no leading v) is not what the current tag looks up: flagged, and the spelling named', async () => {
    const { now } = await reportWithPin('1.31.9');
    expect(now).toHaveLength(1);
    expect(now[0]!.message).toContain('as written (v2.27.1 spells it v1.31.9)');
  });

  it('a pin the current tag supports raises nothing', async () => {
    const { now, r } = await reportWithPin('v1.30.4');
    expect(now).toEqual([]);
    expect(r.hazards.some((h) => h.id === 'kube-version-pinned')).toBe(true);
  });
});
