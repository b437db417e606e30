import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { directoryFileTree } from '../../src/core/knowledge/inventory/directory-tree.js';
import { loadInventory } from '../../src/core/knowledge/inventory/load-inventory.js';
import { sampleDrift } from '../../src/core/knowledge/drift/sample-drift.js';
import { knownVariables } from '../../src/core/knowledge/drift/known-variables.js';
import { maybeObsolete, staleSampleValues } from '../../src/core/knowledge/drift/team-drift.js';
import { KUBESPRAY_DATA } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';
import { readDataTags, versionOrder } from '../support/kubespray-upstream.js';

const tmp = makeTempDir('ksu-drift-');
afterAll(() => tmp.cleanup());

const SAMPLE = 'inventory/sample/';
const sampleDir = (tag: string) => path.join(KUBESPRAY_DATA, 'tags', tag, 'inventory', 'sample');

async function driftBetween(fromDir: string, toDir: string) {
  const display = (rel: string) => SAMPLE + rel;
  const a = await loadInventory(directoryFileTree(fromDir), display);
  const b = await loadInventory(directoryFileTree(toDir), display);
  return sampleDrift(a, b, a.files.map(display), b.files.map(display));
}

/** `kube_version: vX` read straight off the sample file, when the sample sets it. */
function sampleKube(tag: string): string | undefined {
  const text = readFileSync(path.join(sampleDir(tag), 'group_vars/k8s_cluster/k8s-cluster.yml'), 'utf8');
  return /^kube_version:\s*(\S+)\s*$/m.exec(text)?.[1];
}

const tags = versionOrder(readDataTags().map((t) => t.tag));
const pairs = tags.slice(1).map((to, i) => [tags[i]!, to] as const);

describe('inventory/sample drift between real tags', () => {
  it.each(pairs)('%s -> %s: kube_version follows the sample files', async (from, to) => {
    const d = await driftBetween(sampleDir(from), sampleDir(to));
    const [a, b] = [sampleKube(from), sampleKube(to)];
    const file = `${SAMPLE}group_vars/k8s_cluster/k8s-cluster.yml`;
    const kube = (list: Array<{ variable: string }>) => list.filter((c) => c.variable === 'kube_version');
    if (a && b && a !== b) expect(kube(d.changed)).toEqual([{ variable: 'kube_version', file, from: a, to: b }]);
    else expect(kube(d.changed)).toEqual([]);
    if (a && !b) expect(kube(d.removed)).toEqual([{ variable: 'kube_version', file, from: a }]);
    else expect(kube(d.removed)).toEqual([]);
  });

  it('v2.27.1 -> v2.28.0: six sample variables dropped, three templates rewritten', async () => {
    const d = await driftBetween(sampleDir('v2.27.1'), sampleDir('v2.28.0'));
    expect(d.removed.map((r) => `${r.variable} ${r.file.replace(SAMPLE, '')}`).sort()).toEqual(
      [
        'cephfs_provisioner_enabled group_vars/k8s_cluster/addons.yml',
        'enable_dual_stack_networks group_vars/k8s_cluster/k8s-cluster.yml',
        'krew_enabled group_vars/k8s_cluster/addons.yml',
        'krew_root_dir group_vars/k8s_cluster/addons.yml',
        'kube_version group_vars/k8s_cluster/k8s-cluster.yml',
        'rbd_provisioner_enabled group_vars/k8s_cluster/addons.yml',
      ].sort(),
    );
    expect(d.changed.map((c) => c.variable).sort()).toEqual(['kube_apiserver_ip', 'skydns_server', 'skydns_server_secondary']);
    expect(d.added).toEqual([]);
    expect(d.moved).toEqual([]);
    expect(d.filesAdded).toEqual([]);
    expect(d.filesRemoved).toEqual([]);
  });

  // Values read as Ansible templates them (Python's str()): YAML false is "False".
  it('v2.23.3 -> v2.24.0: one variable added, one removed, a file added', async () => {
    const d = await driftBetween(sampleDir('v2.23.3'), sampleDir('v2.24.0'));
    expect(d.added).toEqual([{ variable: 'kube_vip_enabled', file: `${SAMPLE}group_vars/k8s_cluster/addons.yml`, to: 'False' }]);
    expect(d.removed).toEqual([{ variable: 'podsecuritypolicy_enabled', file: `${SAMPLE}group_vars/k8s_cluster/k8s-cluster.yml`, from: 'False' }]);
    expect(d.filesAdded).toEqual([`${SAMPLE}group_vars/k8s_cluster/k8s-net-custom-cni.yml`]);
  });

  it('reports sample files added and removed, vars files or not', async () => {
    expect((await driftBetween(sampleDir('v2.20.0'), sampleDir('v2.21.0'))).filesAdded).toEqual([
      `${SAMPLE}patches/kube-controller-manager+merge.yaml`,
      `${SAMPLE}patches/kube-scheduler+merge.yaml`,
    ]);
    expect((await driftBetween(sampleDir('v2.28.1'), sampleDir('v2.29.0'))).filesRemoved).toEqual([
      `${SAMPLE}group_vars/etcd.yml`,
      `${SAMPLE}group_vars/k8s_cluster/k8s-net-weave.yml`,
    ]);
    // The structured value of kubeadm_patches changed from a mapping to a list.
    const d = await driftBetween(sampleDir('v2.26.1'), sampleDir('v2.27.0'));
    expect(d.changed.find((c) => c.variable === 'kubeadm_patches')?.to).toBe('[]');
  });

  it('calls a variable that changes files a move, with its value change when there is one', async () => {
    const mk = (name: string, files: Record<string, string>) => {
      const dir = path.join(tmp.dir, name);
      for (const [rel, text] of Object.entries(files)) {
        mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
        writeFileSync(path.join(dir, rel), text);
      }
      return dir;
    };
    const a = mk('move-a', { 'group_vars/all/all.yml': 'x: 1\ny: 2\nkeep: 1\n', 'group_vars/all/old.yml': 'gone: 1\n' });
    const b = mk('move-b', { 'group_vars/all/all.yml': 'keep: 1\n', 'group_vars/k8s_cluster/new.yml': 'x: 1\ny: 3\nfresh: 1\n' });
    const d = await driftBetween(a, b);
    expect(d.moved).toEqual([
      { variable: 'x', file: `${SAMPLE}group_vars/k8s_cluster/new.yml`, fromFile: `${SAMPLE}group_vars/all/all.yml` },
      { variable: 'y', file: `${SAMPLE}group_vars/k8s_cluster/new.yml`, fromFile: `${SAMPLE}group_vars/all/all.yml`, from: '2', to: '3' },
    ]);
    expect(d.added.map((x) => x.variable)).toEqual(['fresh']);
    expect(d.removed.map((x) => x.variable)).toEqual(['gone']);
    expect(d.changed).toEqual([]);
    expect(d.filesAdded).toEqual([`${SAMPLE}group_vars/k8s_cluster/new.yml`]);
    expect(d.filesRemoved).toEqual([`${SAMPLE}group_vars/all/old.yml`]);
  });
});

/** Every data file of a tag, keyed by its repository path, as knownVariables reads them. */
function tagFiles(tag: string): Map<string, string> {
  const root = path.join(KUBESPRAY_DATA, 'tags', tag);
  const out = new Map<string, string>();
  const walk = (rel: string) => {
    for (const e of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel ? `${rel}/${e.name}` : e.name;
      if (e.isDirectory()) walk(child);
      else out.set(child, readFileSync(path.join(root, child), 'utf8'));
    }
  };
  walk('');
  return out;
}

describe('team variables against the target', () => {
  it('flags only what Kubespray stopped knowing, and stale copies of sample values', async () => {
    // A team that copied the v2.27.1 sample and added its own variables.
    const team = path.join(tmp.dir, 'team');
    mkdirSync(path.join(team, 'group_vars/k8s_cluster'), { recursive: true });
    writeFileSync(
      path.join(team, 'group_vars/k8s_cluster/k8s-cluster.yml'),
      readFileSync(path.join(sampleDir('v2.27.1'), 'group_vars/k8s_cluster/k8s-cluster.yml'), 'utf8'),
    );
    writeFileSync(path.join(team, 'group_vars/k8s_cluster/addons.yml'), 'krew_enabled: false\ncephfs_provisioner_enabled: false\nteam_own_flag: true\n');
    const display = (rel: string) => `inventory/prod/${rel}`;
    const inv = await loadInventory(directoryFileTree(team), display);
    const from = knownVariables(tagFiles('v2.27.1'), SAMPLE);
    const to = knownVariables(tagFiles('v2.28.0'), SAMPLE);
    const obsolete = maybeObsolete(inv, from, to);
    const byName = new Map(obsolete.map((o) => [o.variable, o]));
    // The team's own variable was never Kubespray's: not flagged.
    expect(byName.has('team_own_flag')).toBe(false);
    // kube_version left the v2.28.0 sample but the defaults role still sets it.
    const kubeLine = readFileSync(path.join(team, 'group_vars/k8s_cluster/k8s-cluster.yml'), 'utf8').split('\n').findIndex((l) => l.startsWith('kube_version:')) + 1;
    expect(byName.get('kube_version')).toEqual({ variable: 'kube_version', file: 'inventory/prod/group_vars/k8s_cluster/k8s-cluster.yml', line: kubeLine, reason: 'dropped-from-sample' });
    // Every flagged variable really is absent from the whole v2.28.0 data tree as a key.
    const toText = [...tagFiles('v2.28.0').values()].join('\n');
    for (const o of obsolete.filter((x) => x.reason === 'removed')) {
      expect(new RegExp(`^\\s*#?\\s*${o.variable}:`, 'm').test(toText), o.variable).toBe(false);
    }
    expect(obsolete.filter((x) => x.reason === 'removed').map((x) => x.variable).sort()).toContain('krew_enabled');
    // v2.28.0's defaults comment enable_dual_stack_networks as deprecated but still read it
    // (main.yml:245 and :250): dropped from the sample, not gone.
    expect(byName.get('enable_dual_stack_networks')?.reason).toBe('dropped-from-sample');

    const d = await driftBetween(sampleDir('v2.27.1'), sampleDir('v2.28.0'));
    const stale = staleSampleValues(inv, d);
    expect(stale.find((s) => s.variable === 'kube_version')).toMatchObject({ value: 'v1.31.9', line: kubeLine });
    expect(stale.find((s) => s.variable === 'kube_version')!.sampleTo).toBeUndefined();
    expect(stale.find((s) => s.variable === 'skydns_server')?.sampleTo).toContain("kube_service_subnets.split(',')");
  });
});
