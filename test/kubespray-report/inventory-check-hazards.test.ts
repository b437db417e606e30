import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { GitCommandManager } from '../../src/adapters/git/git-command-manager.js';
import { buildUpgradeReport } from '../../src/core/knowledge/upgrade-report.js';
import { buildClusterRepo } from '../support/cluster-repo.js';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { makeTempDir } from '../support/tmp.js';
import { sampleFileWith } from './data-facts.js';

/**
 * Kubespray's own inventory checks in the report, on real history: a cluster on weave is
 * fine at v2.28.1 and stopped by v2.29.0's "Stop if unsupported options selected".
 */
const tmp = makeTempDir('ksu-check-hazards-');
let up: KubesprayUpstream;
beforeAll(() => {
  up = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: ['v2.28.0', 'v2.28.1', 'v2.29.0'] });
});
afterAll(() => tmp.cleanup());

const INV = 'inventory/mycluster';
const K8S = `${INV}/group_vars/k8s_cluster/k8s-cluster.yml`;
const HOSTS = '[kube_control_plane]\nnode1\nnode2\nnode3\n\n[etcd:children]\nkube_control_plane\n\n[kube_node]\nnode4\n\n[k8s_cluster:children]\nkube_control_plane\nkube_node\n';

async function weaveReport(from: string, to: string, hosts = HOSTS) {
  const root = path.join(tmp.dir, `${from}-${to}-${Math.random().toString(36).slice(2)}`);
  mkdirSync(root);
  let line = 0;
  const k8s = sampleFileWith('v2.28.1', 'group_vars/k8s_cluster/k8s-cluster.yml', (ls) => {
    line = ls.findIndex((l) => l.startsWith('kube_network_plugin:')) + 1;
    ls[line - 1] = 'kube_network_plugin: weave';
  });
  const repo = buildClusterRepo(root, { upstream: up, tag: from, inventoryFromTag: 'v2.28.1', files: { [K8S]: k8s, [`${INV}/inventory.ini`]: hosts } });
  const r = await buildUpgradeReport({ git: new GitCommandManager(path.join(repo.seed, 'kubespray')), from, to, inventoryDir: INV, repoRoot: repo.seed });
  return { r, line };
}

describe('inventory checks of the target tag', () => {
  it('v2.28.1 -> v2.29.0 on weave: an error quoting Kubespray, at the kube_network_plugin line', async () => {
    const { r, line } = await weaveReport('v2.28.1', 'v2.29.0');
    const fails = r.hazards.filter((h) => h.id === 'inventory-check-fails');
    expect(fails).toEqual([expect.objectContaining({ severity: 'error', file: K8S, line, variable: 'kube_network_plugin' })]);
    expect(fails[0]!.message).toContain('"Stop if unsupported options selected" (v2.29.0:roles/validate_inventory/tasks/main.yml:');
    expect(fails[0]!.message).toContain('The selected choice is not supported');
    expect(fails[0]!.message).toContain("`kube_network_plugin in ['calico', 'flannel', 'cloud', 'cilium', 'cni', 'kube-ovn', 'kube-router', 'macvlan', 'custom_cni', 'none']` is false");
    // Errors come first; the checks the evaluator cannot decide are listed once, as a notice.
    expect(r.hazards[0]!.severity).toBe('error');
    const unknown = r.hazards.filter((h) => h.id === 'inventory-checks-unknown');
    expect(unknown).toEqual([expect.objectContaining({ severity: 'notice' })]);
    expect(unknown[0]!.message).toContain('Check that kube_pods_subnet is a network range');
  });

  it('v2.28.0 -> v2.28.1 on weave: the target still allows it, no check fails', async () => {
    const { r } = await weaveReport('v2.28.0', 'v2.28.1');
    expect(r.hazards.filter((h) => h.id === 'inventory-check-fails' || h.id === 'inventory-check-error')).toEqual([]);
  });

  it('an even etcd count and an upper-case host name are caught from the inventory file alone', async () => {
    const { r } = await weaveReport('v2.28.0', 'v2.28.1', HOSTS.replace('node2\nnode3\n', 'Node2\n'));
    const names = r.hazards.filter((h) => h.id === 'inventory-check-fails').map((h) => /at "([^"]+)"/.exec(h.message)?.[1]);
    expect(names).toEqual(['Stop if even number of etcd hosts', 'Stop if bad hostname']);
  });
});
