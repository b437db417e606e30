import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { directoryTreeSource, loadKubesprayDefaults } from '../../src/core/knowledge/defaults/index.js';
import { clusterGroups } from '../../src/core/knowledge/checks/cluster-groups.js';
import { readCheckFiles, runInventoryChecks, tagChecks, type CheckResult } from '../../src/core/knowledge/checks/run-checks.js';
import { directoryFileTree } from '../../src/core/knowledge/inventory/directory-tree.js';
import { loadInventory } from '../../src/core/knowledge/inventory/load-inventory.js';
import { inventoryPins } from '../../src/core/knowledge/inventory/pins.js';
import { runCheckOracle, type OracleTaskResult } from '../support/check-oracle.js';
import { readDataTags } from '../support/kubespray-upstream.js';
import { KUBESPRAY_DATA } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';

/**
 * Kubespray's inventory checks (every assert of every tag) evaluated here and by real
 * ansible-playbook on the same inventories: the tag's sample with hosts, a mutated one built
 * to trip as many checks as possible, and one written with the legacy group names. Every
 * check is classified; every one we evaluate must agree with Ansible (status, and for a
 * failure Kubespray's message), and the groups after the tag's mapping must match Ansible's.
 */

const TAGS = readDataTags().map((t) => t.tag);
const tmp = makeTempDir('ksu-checks-');
afterAll(() => tmp.cleanup());

const HOSTS = '[kube_control_plane]\nnode1\nnode2\nnode3\n\n[etcd:children]\nkube_control_plane\n\n[kube_node]\nnode[4:5]\n\n[calico_rr]\n\n[k8s_cluster:children]\nkube_control_plane\nkube_node\ncalico_rr\n';
// Two etcd members, an upper-case host name, and values each check family rejects at some tag.
const MUTATED_HOSTS = '[kube_control_plane]\nnode1\nNode2\n\n[etcd:children]\nkube_control_plane\n\n[kube_node]\nnode3\n\n[k8s_cluster:children]\nkube_control_plane\nkube_node\n';
const MUTATIONS = (tag: string) =>
  [
    'kube_network_plugin: weave',
    `kube_version: ${tag >= 'v2.28' ? '1.10.3' : 'v1.10.3'}`,
    'download_run_once: "yes"',
    'helm_enabled: "false"',
    'kube_proxy_mode: userspace',
    'dns_mode: kube-dns',
    'cert_management: manual',
    'resolvconf_mode: bogus',
    'container_manager: containerd',
    'containerd_version: 1.2.13',
    'etcd_deployment_type: docker',
    'kube_network_node_prefix: 30',
    'kubelet_max_pods: 300',
    'dashboard_enabled: true',
    'rbac_enabled: false',
    'kube_external_ca_mode: true',
    'auto_renew_certificates: true',
    'download_localhost: true',
    'gvisor_enabled: true',
    'kata_containers_enabled: true',
    'etcd_kubeadm_enabled: true',
  ].join('\n') + '\n';
// Old group names only, as inventories written before v2.16 have them.
const LEGACY_HOSTS = '[kube-master]\nnode1\n\n[etcd]\nnode1\n\n[kube-node]\nnode2\nnode3\n\n[calico-rr]\n\n[k8s-cluster:children]\nkube-master\nkube-node\n';

function inventory(tag: string, id: string, hosts: string, extra?: string): string {
  const dir = path.join(tmp.dir, tag, id);
  cpSync(path.join(KUBESPRAY_DATA, 'tags', tag, 'inventory/sample'), dir, { recursive: true });
  writeFileSync(path.join(dir, 'inventory.ini'), hosts);
  if (extra) {
    mkdirSync(path.join(dir, 'group_vars/k8s_cluster'), { recursive: true });
    writeFileSync(path.join(dir, 'group_vars/k8s_cluster/zz-team.yml'), extra);
  }
  return dir;
}

type Status = 'pass' | 'skip' | 'fail' | 'error';

/** One host's registered result as a status, and the failing message. */
function hostStatus(r: OracleTaskResult): { status: Status; message?: string } {
  if (r.results) {
    const failed = r.results.find((x) => x.failed && x.assertion !== undefined);
    if (failed) return { status: 'fail', message: String(failed.msg) };
    if (r.results.some((x) => x.failed)) return { status: 'error' };
    if (r.results.every((x) => x.skipped)) return { status: 'skip' };
    return { status: 'pass' };
  }
  if (r.skipped) return { status: 'skip' };
  if (r.failed) return r.assertion !== undefined ? { status: 'fail', message: String(r.msg) } : { status: 'error' };
  return { status: 'pass' };
}

const RANK: Status[] = ['fail', 'error', 'pass', 'skip'];

function oracleOutcome(key: string, results: Map<string, Map<string, OracleTaskResult>>): { status: Status; message?: string } {
  const per = [...results.values()].map((m) => m.get(key)).filter((r): r is OracleTaskResult => r !== undefined).map(hostStatus);
  for (const s of RANK) {
    const hit = per.find((p) => p.status === s);
    if (hit) return hit;
  }
  return { status: 'skip' };
}

interface Tally {
  evaluated: number;
  unknown: number;
  failures: number;
}
const tally = new Map<string, Tally>();

async function compare(tag: string, id: string, dir: string): Promise<CheckResult[]> {
  const tree = path.join(KUBESPRAY_DATA, 'tags', tag);
  const source = directoryTreeSource(tree);
  const checks = tagChecks(await loadKubesprayDefaults(source), await readCheckFiles(source));
  const inv = await loadInventory(directoryFileTree(dir), (r) => r);
  const ours = runInventoryChecks(checks, inv, inventoryPins(inv));
  const oracle = await runCheckOracle({ tag, tree, inventory: path.join(dir, 'inventory.ini') });

  // The groups after the tag's mapping.
  const groups = clusterGroups(inv, checks.mapping)!;
  for (const g of ['all', 'kube_control_plane', 'kube_node', 'etcd', 'k8s_cluster', 'calico_rr', 'kube-master', 'kube-node']) {
    expect([...(groups.get(g) ?? [])].sort(), `${tag} ${id}: groups['${g}']`).toEqual([...(oracle.groups[g] ?? [])].sort());
  }

  const t = tally.get(tag) ?? { evaluated: 0, unknown: 0, failures: 0 };
  tally.set(tag, t);
  for (const { check, outcome } of ours) {
    const key = `${check.file}#${check.name}`;
    if (outcome.status === 'unknown') {
      t.unknown++;
      continue;
    }
    t.evaluated++;
    const theirs = oracleOutcome(key, oracle.results);
    expect(outcome.status, `${tag} ${id}: "${check.name}" (${check.file}:${check.line}) ours ${JSON.stringify(outcome)}`).toBe(theirs.status);
    if (outcome.status === 'fail') {
      t.failures++;
      expect(outcome.message, `${tag} ${id}: message of "${check.name}"`).toBe(theirs.message);
    }
  }
  return ours;
}

/** The first tag of each layout of the group mapping (legacy_groups.yml, moved, boilerplate plays, group_mappings, dynamic_groups) and the newest. */
const MAPPING_ERAS = ['v2.20.0', 'v2.22.0', 'v2.24.0', 'v2.27.1', 'v2.28.0', 'v2.29.0', 'v2.31.0'];

// Each case is one ansible-playbook run (tens of seconds on a loaded 2-core machine); a tag's cases run concurrently.
describe.concurrent.each(TAGS)('inventory checks of %s agree with ansible-playbook', { timeout: 300_000 }, (tag) => {
  it('on the sample with hosts', async () => {
    await compare(tag, 'sample', inventory(tag, 'sample', HOSTS));
  });
  it('on a mutated inventory that trips checks', async () => {
    const ours = await compare(tag, 'mutated', inventory(tag, 'mutated', MUTATED_HOSTS, MUTATIONS(tag)));
    expect(ours.some((r) => r.outcome.status === 'fail'), `${tag}: no check failed on the mutated inventory`).toBe(true);
  });
  // Defined only for the mapping eras (not skipped elsewhere: a skip fails the suite, test/allowed-skips.json).
  if (MAPPING_ERAS.includes(tag)) {
    it('on an inventory with the legacy group names', async () => {
      await compare(tag, 'legacy', inventory(tag, 'legacy', LEGACY_HOSTS));
    });
  }
});

describe.sequential('coverage', () => {
  it('classifies every check of every tag, and evaluates some in each', () => {
    for (const tag of TAGS) {
      const t = tally.get(tag);
      expect(t, tag).toBeDefined();
      expect(t!.evaluated, `${tag}: nothing evaluated`).toBeGreaterThan(0);
    }
    // The figures, for the record.
    console.log([...tally].map(([tag, t]) => `${tag}: ${t.evaluated} evaluated (${t.failures} failing), ${t.unknown} unknown`).join('\n'));
  });
});
