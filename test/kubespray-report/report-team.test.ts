import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { GitCommandManager } from '../../src/adapters/git/git-command-manager.js';
import { buildUpgradeReport, type UpgradeReportOptions } from '../../src/core/knowledge/upgrade-report.js';
import type { Hazard } from '../../src/core/knowledge/upgrade-report-types.js';
import { buildClusterRepo } from '../support/cluster-repo.js';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { makeTempDir } from '../support/tmp.js';
import { checksumKeys, defaultKubeVersion, sampleFileWith, sampleKubeVersion, tagDir } from './data-facts.js';

const tmp = makeTempDir('ksu-team-');
let up: KubesprayUpstream;
beforeAll(() => {
  up = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: ['v2.24.0', 'v2.24.1', 'v2.25.1', 'v2.27.1', 'v2.28.0'] });
});
afterAll(() => tmp.cleanup());

const INV = 'inventory/mycluster';
const K8S = `${INV}/group_vars/k8s_cluster/k8s-cluster.yml`;
let n = 0;

/** A team's cluster repo: the sample copied at `sampleTag` into inventory/mycluster, plus edits. */
function team(tag: string, sampleTag: string, files: Record<string, string> = {}) {
  const root = path.join(tmp.dir, `team${n++}`);
  mkdirSync(root);
  const repo = buildClusterRepo(root, { upstream: up, tag, inventoryFromTag: sampleTag, files });
  const report = (from: string, to: string, extra: Partial<UpgradeReportOptions> = {}) =>
    buildUpgradeReport({ git: new GitCommandManager(path.join(repo.seed, 'kubespray')), from, to, inventoryDir: INV, repoRoot: repo.seed, ...extra });
  return { repo, report, read: (rel: string) => readFileSync(path.join(repo.seed, rel), 'utf8') };
}

const lineOf = (text: string, re: RegExp) => text.split('\n').findIndex((l) => re.test(l)) + 1;
const byId = (hs: Hazard[], id: string, variable?: string) => hs.filter((h) => h.id === id && (variable === undefined || h.variable === variable));

describe('kube_version pinned in a copied sample', () => {
  it('holds Kubernetes below the target default: warning, delete the line (v2.24.1 -> v2.25.1)', async () => {
    const t = team('v2.24.1', 'v2.24.1');
    const pin = sampleKubeVersion('v2.24.1')!;
    const r = await t.report('v2.24.1', 'v2.25.1');
    const kube = r.components.kube_version!;
    expect(kube.pinned).toEqual({ value: pin.value, file: K8S, line: pin.line, scope: 'group:k8s_cluster' });
    expect(kube.effectiveFrom).toEqual({ known: true, value: pin.value });
    expect(kube.effectiveTo).toEqual({ known: true, value: pin.value });
    expect(kube.to).toEqual({ known: true, value: defaultKubeVersion('v2.25.1') });
    // Dependents follow the pin: crictl_supported_versions at v2.25.1 maps v1.28 to v1.28.0 (download.yml:149), the default v1.29 to v1.29.0.
    expect(r.components.crictl_version!.effectiveTo).toEqual({ known: true, value: 'v1.28.0' });
    expect(r.components.crictl_version!.to).toEqual({ known: true, value: 'v1.29.0' });

    const [h, ...more] = byId(r.hazards, 'kube-version-pinned');
    expect(more).toEqual([]);
    expect(h).toMatchObject({ severity: 'warning', file: K8S, line: pin.line, fix: 'delete-line', suggestion: `kube_version: ${defaultKubeVersion('v2.25.1')}` });
    expect(h!.message).toContain(`keep Kubernetes at ${pin.value}`);
    // The copied value is also the from sample's, which the sample since changed.
    expect(r.inventoryDrift!.staleSampleValues.find((s) => s.variable === 'kube_version')).toMatchObject({
      file: K8S,
      line: pin.line,
      value: pin.value,
      sampleTo: sampleKubeVersion('v2.25.1')!.value,
    });
    expect(byId(r.hazards, 'ansible-requirement-changed')).toHaveLength(1);
    expect(byId(r.hazards, 'kubernetes-minor-skip')).toEqual([]);
  });

  it('regresses when the pin is below what runs: error, and the downgrade is named', async () => {
    const t = team('v2.24.1', 'v2.24.1');
    const r = await t.report('v2.24.1', 'v2.25.1', { runningKubeVersion: 'v1.29.10' });
    const [h] = byId(r.hazards, 'kube-version-pinned');
    expect(h).toMatchObject({ severity: 'error', fix: 'delete-line', suggestion: 'kube_version: v1.29.10' });
    expect(h!.message).toMatch(/downgrade/);
    expect(byId(r.hazards, 'kubernetes-downgrade')).toHaveLength(1);
    expect(r.hazards[0]!.severity).toBe('error');
  });

  it('fails when the target does not support the pin as written (v2.28.0 drops the v), keeping the quotes', async () => {
    const pin = sampleKubeVersion('v2.27.1')!;
    const etcdPin = 'v3.5.21';
    const t = team('v2.27.1', 'v2.27.1', {
      [K8S]: sampleFileWith('v2.27.1', 'group_vars/k8s_cluster/k8s-cluster.yml', (ls) => (ls[pin.line - 1] = `kube_version: "${pin.value}"  # held by platform team`)),
      [`${INV}/group_vars/etcd.yml`]: `---\netcd_version: ${etcdPin}\n`,
    });
    const target = defaultKubeVersion('v2.28.0');
    // Facts the expectations rest on, read off the data: v2.28.0 lists 1.31.9 but not v1.31.9, 3.5.21 but not v3.5.21.
    expect(checksumKeys('v2.28.0', 'kubelet_checksums')).toContain(pin.value.slice(1));
    expect(checksumKeys('v2.28.0', 'kubelet_checksums')).not.toContain(pin.value);
    expect(checksumKeys('v2.28.0', 'etcd_binary_checksums')).toContain(etcdPin.slice(1));
    expect(checksumKeys('v2.28.0', 'etcd_binary_checksums')).not.toContain(etcdPin);

    const r = await t.report('v2.27.1', 'v2.28.0');
    const [h] = byId(r.hazards, 'kube-version-pinned');
    expect(h).toMatchObject({
      severity: 'error',
      file: K8S,
      line: pin.line,
      fix: 'delete-line',
      suggestion: `kube_version: "${target}"  # held by platform team`,
    });
    expect(h!.message).toContain(`spells it ${pin.value.slice(1)}`);
    const [etcd] = byId(r.hazards, 'component-pinned', 'etcd_version');
    expect(etcd).toMatchObject({ severity: 'error', file: `${INV}/group_vars/etcd.yml`, line: 2 });
    expect(etcd!.message).toContain('etcd_binary_checksums');
    expect(etcd!.message).toContain(`it lists ${etcdPin.slice(1)}`);
    expect(r.components.etcd_version!.pinned).toMatchObject({ value: etcdPin, scope: 'group:etcd' });
  });

  it('gives no fix it cannot stand behind: no supported version within one minor of what runs', async () => {
    const t = team('v2.24.1', 'v2.24.1');
    // v2.28.0 supports 1.30 and up; a cluster on v1.28.6 cannot get there in one hop.
    const r = await t.report('v2.24.1', 'v2.28.0');
    const [h] = byId(r.hazards, 'kube-version-pinned');
    expect(h).toMatchObject({ severity: 'error' });
    expect(h!.suggestion).toBeUndefined();
    expect(h!.message).toMatch(/No version v2\.28\.0 supports is at or above v1\.28\.6/);
  });
});

describe('other pinned components', () => {
  it('etcd older than the target default (warning), containerd without a checksum (error), calico pinned in inventory.ini', async () => {
    const etcdPin = 'v3.5.9';
    const containerdPin = '1.6.8';
    const calicoPin = 'v3.26.4';
    expect(checksumKeys('v2.25.1', 'etcd_binary_checksums')).toContain(etcdPin);
    expect(checksumKeys('v2.25.1', 'containerd_archive_checksums')).not.toContain(containerdPin);
    expect(checksumKeys('v2.25.1', 'calicoctl_binary_checksums')).toContain(calicoPin);
    const ini = readFileSync(path.join(tagDir('v2.24.1'), 'inventory/sample/inventory.ini'), 'utf8');
    const t = team('v2.24.1', 'v2.24.1', {
      [`${INV}/group_vars/all/etcd.yml`]: `etcd_version: ${etcdPin}\n`,
      [`${INV}/group_vars/all/containerd.yml`]: `---\n# pinned for the old kernel\ncontainerd_version: '${containerdPin}'\n`,
      [`${INV}/inventory.ini`]: `${ini}\n[all:vars]\ncalico_version=${calicoPin}\n`,
    });
    const r = await t.report('v2.24.1', 'v2.25.1');
    const etcdDefault = r.components.etcd_version!.to;
    expect(etcdDefault).toEqual({ known: true, value: checksumKeys('v2.25.1', 'etcd_binary_checksums')[0] });

    const [etcd] = byId(r.hazards, 'component-pinned', 'etcd_version');
    expect(etcd).toMatchObject({ severity: 'warning', file: `${INV}/group_vars/all/etcd.yml`, line: 1, fix: 'delete-line' });
    expect(etcd!.suggestion).toBe(`etcd_version: ${etcdDefault.known && etcdDefault.value}`);
    expect(r.components.etcd_version!.effectiveTo).toEqual({ known: true, value: etcdPin });

    const [containerd] = byId(r.hazards, 'component-pinned', 'containerd_version');
    const containerdDefault = checksumKeys('v2.25.1', 'containerd_archive_checksums')[0];
    expect(containerd).toMatchObject({ severity: 'error', line: 3, suggestion: `containerd_version: '${containerdDefault}'` });
    expect(containerd!.message).toContain("containerd_archive_checksums has no entry");

    const iniLine = lineOf(`${ini}\n[all:vars]\ncalico_version=${calicoPin}\n`, /^calico_version=/);
    const [calico] = byId(r.hazards, 'component-pinned', 'calico_version');
    expect(calico).toMatchObject({ severity: 'warning', file: `${INV}/inventory.ini`, line: iniLine });
    expect(calico!.suggestion).toMatch(/^calico_version=v3\.27\./);
    expect(r.components.calico_version!.pinned).toMatchObject({ value: calicoPin, scope: 'group:all', file: `${INV}/inventory.ini` });
  });
});

describe('pins that do not cover the whole cluster', () => {
  it('reports a host-only kube_version pin and a conflicting containerd pin', async () => {
    const pin = sampleKubeVersion('v2.24.1')!;
    const t = team('v2.24.1', 'v2.24.1', {
      // The team deleted the cluster-wide pin and pinned one host instead.
      [K8S]: sampleFileWith('v2.24.1', 'group_vars/k8s_cluster/k8s-cluster.yml', (ls) => ls.splice(pin.line - 1, 1)),
      [`${INV}/host_vars/node1.yml`]: 'kube_version: v1.28.5\n',
      [`${INV}/group_vars/all/containerd.yml`]: 'containerd_version: 1.7.13\n',
      [`${INV}/group_vars/k8s_cluster/containerd.yml`]: 'containerd_version: 1.7.22\n',
    });
    const r = await t.report('v2.24.1', 'v2.25.1');
    const kube = r.components.kube_version!;
    expect(kube.pinned).toEqual({ value: 'v1.28.5', file: `${INV}/host_vars/node1.yml`, line: 1, scope: 'host:node1' });
    // The rest of the cluster follows the default.
    expect(kube.effectiveTo).toEqual({ known: true, value: defaultKubeVersion('v2.25.1') });
    expect(byId(r.hazards, 'pin-host-scoped', 'kube_version')).toEqual([
      expect.objectContaining({ severity: 'warning', file: `${INV}/host_vars/node1.yml`, line: 1 }),
    ]);
    expect(byId(r.hazards, 'kube-version-pinned')).toEqual([expect.objectContaining({ file: `${INV}/host_vars/node1.yml`, severity: 'warning' })]);

    const containerd = r.components.containerd_version!;
    expect(containerd.pinned).toMatchObject({ value: '1.7.22', file: `${INV}/group_vars/k8s_cluster/containerd.yml`, scope: 'group:k8s_cluster' });
    expect(containerd.otherPins).toEqual([{ value: '1.7.13', file: `${INV}/group_vars/all/containerd.yml`, line: 1, scope: 'group:all' }]);
    expect(containerd.effectiveTo).toEqual({ known: true, value: '1.7.22' });
    const [conflict] = byId(r.hazards, 'pin-conflict', 'containerd_version');
    expect(conflict!.message).toContain(`1.7.13 at ${INV}/group_vars/all/containerd.yml:1`);
    expect(conflict!.message).toContain(`1.7.22 at ${INV}/group_vars/k8s_cluster/containerd.yml:1`);
  });

  it('flags a two-minor Kubernetes jump from what runs', async () => {
    const pin = sampleKubeVersion('v2.24.1')!;
    const t = team('v2.24.1', 'v2.24.1', { [K8S]: sampleFileWith('v2.24.1', 'group_vars/k8s_cluster/k8s-cluster.yml', (ls) => ls.splice(pin.line - 1, 1)) });
    const r = await t.report('v2.24.1', 'v2.25.1', { runningKubeVersion: 'v1.27.10' });
    expect(byId(r.hazards, 'kubernetes-minor-skip')).toEqual([expect.objectContaining({ severity: 'error' })]);
    expect(byId(r.hazards, 'kubernetes-minor-skip')[0]!.message).toContain(`v1.27.10 to ${defaultKubeVersion('v2.25.1')}`);
  });
});

describe('inventory drift and local divergence', () => {
  it('flags variables v2.28.0 dropped, not the team’s own or renamed ones', async () => {
    const addons = sampleFileWith('v2.27.1', 'group_vars/k8s_cluster/addons.yml', (ls) => {
      // The team removed krew_root_dir and renamed cephfs_provisioner_enabled to a name of its own.
      ls.splice(ls.findIndex((l) => l.startsWith('krew_root_dir:')), 1);
      const i = ls.findIndex((l) => l.startsWith('cephfs_provisioner_enabled:'));
      ls[i] = ls[i]!.replace('cephfs_provisioner_enabled', 'team_cephfs_enabled');
    });
    const t = team('v2.27.1', 'v2.27.1', { [`${INV}/group_vars/k8s_cluster/addons.yml`]: addons });
    const r = await t.report('v2.27.1', 'v2.28.0');
    const obsolete = byId(r.hazards, 'inventory-variable-obsolete').map((h) => `${h.variable}:${h.line}`);
    expect(obsolete).toContain(`krew_enabled:${lineOf(addons, /^krew_enabled:/)}`);
    expect(obsolete).toContain(`rbd_provisioner_enabled:${lineOf(addons, /^rbd_provisioner_enabled:/)}`);
    expect(obsolete.some((o) => o.startsWith('krew_root_dir') || o.startsWith('team_cephfs_enabled') || o.startsWith('cephfs'))).toBe(false);
    expect(r.inventoryDrift!.maybeObsolete.find((m) => m.variable === 'kube_version')).toMatchObject({ reason: 'dropped-from-sample', file: K8S });
  });

  it('says the submodule is not at the from tag', async () => {
    const t = team('v2.24.1', 'v2.24.1');
    const r = await t.report('v2.24.0', 'v2.25.1', { submoduleState: { path: 'kubespray', gitlink: up.commits.get('v2.24.1')! } });
    const [h] = byId(r.hazards, 'local-divergence');
    expect(h).toMatchObject({ severity: 'error', file: 'kubespray' });
    expect(h!.message).toContain(`${up.commits.get('v2.24.1')!.slice(0, 12)}, not at v2.24.0 (${up.commits.get('v2.24.0')!.slice(0, 12)})`);
    expect(r.hazards[0]!.id).toBe('local-divergence');
  });
});
