/**
 * The inventory layouts public cluster repos use, rebuilt as our own fixtures (the shapes
 * only; every file here is written for this test) on real Kubespray history: a copy of the
 * real v2.24.1 sample, which pins kube_version, placed where each class keeps it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { GitCommandManager, openGit } from '../../src/adapters/git/git-command-manager.js';
import { chooseInventories, discoverInventories } from '../../src/core/cluster-repo/inventory-choice.js';
import { parseSuiteConfig, loadSuiteConfig } from '../../src/core/config/suite-config.js';
import { buildClusterReports } from '../../src/core/knowledge/cluster-upgrade-reports.js';
import { studyHop, TagEvaluations } from '../../src/core/knowledge/upgrade-report.js';
import { readClusterOverrides } from '../../src/core/knowledge/cluster-overrides.js';
import type { UpgradeReport } from '../../src/core/knowledge/upgrade-report-types.js';
import { renderPullRequestBody } from '../../src/core/pull-request/pr-body.js';
import { listClusters } from '../../src/cli/commands/clusters.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { buildClusterRepo, type ClusterRepoOptions } from '../support/cluster-repo.js';
import { git } from '../support/git.js';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { distEntry } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';
import { sampleKubeVersion } from './data-facts.js';

const FROM = 'v2.24.1';
const TO = 'v2.25.1';
const K8S = 'group_vars/k8s_cluster/k8s-cluster.yml';
const PIN = sampleKubeVersion(FROM)!;

const tmp = makeTempDir('ksu-layouts-');
let up: KubesprayUpstream;
beforeAll(() => {
  up = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: [FROM, TO] });
});
afterAll(() => tmp.cleanup());

let n = 0;
/** The seed (a full clone with the submodule checked out at FROM) of a cluster repo of one layout class. */
function layout(o: Pick<ClusterRepoOptions, 'inventories' | 'files'>): string {
  const root = path.join(tmp.dir, `repo${n++}`);
  mkdirSync(root);
  return buildClusterRepo(root, { upstream: up, tag: FROM, ...o }).seed;
}

const hostsYaml = (prefix: string) =>
  `all:\n  hosts:\n    ${prefix}-cp1:\n      ansible_host: 10.0.0.11\n    ${prefix}-w1:\n      ansible_host: 10.0.0.21\n` +
  `  children:\n    kube_control_plane:\n      hosts:\n        ${prefix}-cp1:\n    kube_node:\n      hosts:\n        ${prefix}-w1:\n` +
  `    etcd:\n      hosts:\n        ${prefix}-cp1:\n    k8s_cluster:\n      children:\n        kube_control_plane:\n        kube_node:\n`;

/** Files every class also has, none of which is an inventory. */
const noise = {
  'docker-compose.yml': 'services:\n  kubespray:\n    image: quay.io/kubespray/kubespray:v2.24.1\n    volumes: ["./inventory:/inventory"]\n',
  '.github/workflows/lint.yml': 'on: push\njobs:\n  lint:\n    runs-on: ubuntu-latest\n    steps: [{ run: "true" }]\n',
  'ansible/monitoring-hosts': '[prometheus]\nmon1 ansible_host=10.0.9.1\n',
  'inventory/sample/group_vars/all/all.yml': '---\n',
  'inventory/sample/inventory.ini': '[kube_control_plane]\n',
  'vendor/kubespray/roles/kubespray-defaults/defaults/main.yml': '---\nkube_version: v1.28.6\n',
  'vendor/kubespray/inventory/local/hosts.ini': '[kube_control_plane]\nnode1\n[etcd]\nnode1\n',
  'vendor/kubespray/inventory/local/group_vars/all.yml': '---\n',
};

const classes: Array<{ name: string; options: Pick<ClusterRepoOptions, 'inventories' | 'files'>; expected: string[] }> = [
  { name: 'inventory/<name>/ copied from the sample', options: { inventories: [{ dir: 'inventory/prod' }] }, expected: ['inventory/prod'] },
  { name: 'inventory/ itself holding group_vars, an extensionless hosts file', options: { inventories: [{ dir: 'inventory', hostsFile: 'hosts' }] }, expected: ['inventory'] },
  {
    name: 'a config/ folder with a YAML hosts file',
    options: { inventories: [{ dir: 'config', hostsFile: 'hosts.yaml' }], files: { 'config/hosts.yaml': hostsYaml('cfg') } },
    expected: ['config'],
  },
  {
    name: 'clusters/<name>/ for several clusters',
    options: { inventories: [{ dir: 'clusters/staging', hostsFile: 'hosts.yml' }, { dir: 'clusters/prod', hostsFile: 'hosts.yml' }], files: { 'clusters/staging/hosts.yml': hostsYaml('stg'), 'clusters/prod/hosts.yml': hostsYaml('prd') } },
    expected: ['clusters/prod', 'clusters/staging'],
  },
  {
    name: 'top-level environment folders (production/, development/)',
    options: { inventories: [{ dir: 'production', hostsFile: 'hosts.ini' }, { dir: 'development', hostsFile: 'hosts.ini' }] },
    expected: ['development', 'production'],
  },
];

describe('where the inventories are: every layout class', () => {
  for (const c of classes) {
    it(`finds ${c.name}, and nothing else`, async () => {
      const seed = layout({ ...c.options, files: { ...noise, ...c.options.files } });
      expect(await discoverInventories(seed, ['kubespray'])).toEqual(c.expected);
      // The one choice every command makes: the same inventories, and the pin of each one applied.
      const choice = await chooseInventories(seed, { config: loadSuiteConfig(seed), git: openGit(seed) });
      expect(choice).toEqual({ inventories: c.expected, source: 'discovered' });
      for (const inv of c.expected) expect(await readClusterOverrides(seed, inv)).toMatchObject({ kube_version: PIN.value });
    });
  }

  it('finds a lone inventory file defining Kubespray groups, with its inline pin', async () => {
    const hosts = `[kube_control_plane]\ncp1\n[etcd]\ncp1\n[kube_node]\nw1\n[k8s_cluster:children]\nkube_control_plane\nkube_node\n[k8s_cluster:vars]\nkube_version=v1.28.5\n`;
    const seed = layout({ inventories: [], files: { ...noise, 'ansible/hosts': hosts } });
    expect(await discoverInventories(seed, ['kubespray'])).toEqual(['ansible/hosts']);
    const report = await reports(seed, ['ansible/hosts']);
    expect(report.components.kube_version!.pinned).toMatchObject({ value: 'v1.28.5', file: 'ansible/hosts', line: 11 });
  });

  it('stays out of the Kubespray submodule wherever it is mounted', async () => {
    const root = path.join(tmp.dir, `repo${n++}`);
    mkdirSync(root);
    const seed = buildClusterRepo(root, { upstream: up, tag: FROM, submodulePath: 'third_party/kubespray', inventories: [{ dir: 'inventory/prod' }] }).seed;
    // The submodule's own sample would be found if the search went in.
    writeFileSync(path.join(seed, 'third_party/kubespray/inventory/sample/hosts'), '[kube_control_plane]\nx\n');
    expect((await chooseInventories(seed, { config: loadSuiteConfig(seed), git: openGit(seed) })).inventories).toEqual(['inventory/prod']);
  });
});

/** The in-process report over some inventories of a seed (its submodule holds both tags). */
function reports(seed: string, inventories: string[]): Promise<UpgradeReport> {
  return buildClusterReports({ git: new GitCommandManager(path.join(seed, 'kubespray')), from: FROM, to: TO, repoRoot: seed, inventories });
}

describe('config entries naming a file or a folder', () => {
  it('a config inventory that is a file is read with the group_vars beside it (it used to fail "is not a directory")', async () => {
    const seed = layout({ inventories: [{ dir: 'clusters/prod', hostsFile: 'hosts.yaml' }], files: { 'clusters/prod/hosts.yaml': hostsYaml('prd') } });
    const config = parseSuiteConfig('clusters:\n  - name: prod\n    inventory: clusters/prod/hosts.yaml\n', 'inline');
    const choice = await chooseInventories(seed, { config, git: openGit(seed) });
    expect(choice).toEqual({ inventories: ['clusters/prod/hosts.yaml'], source: 'config' });
    const report = await reports(seed, choice.inventories);
    expect(report.inventories).toEqual(['clusters/prod/hosts.yaml']);
    expect(report.components.kube_version!.pinned).toMatchObject({ file: `clusters/prod/${K8S}`, line: PIN.line });
    expect(report.hazards.map((h) => h.id)).toContain('kube-version-pinned');
  });

  it('a missing path is one configuration error naming the entry', async () => {
    const seed = layout({});
    const config = parseSuiteConfig('clusters:\n  - name: prod\n    inventory: clusters/prod/hosts.yaml\n', 'inline');
    const err = await chooseInventories(seed, { config, git: openGit(seed) }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toContain('clusters "prod": inventory "clusters/prod/hosts.yaml" does not exist in the repo');
  });

  it('the clusters command autodetects a single cluster in any class and names it after its folder', async () => {
    const seed = layout({ inventories: [{ dir: 'clusters/edge', hostsFile: 'hosts.yml' }], files: { 'clusters/edge/hosts.yml': hostsYaml('edge') } });
    expect((await listClusters(seed)).clusters.map((c) => [c.name, c.inventory])).toEqual([['edge', 'clusters/edge']]);
  });
});

describe('several clusters in one report', () => {
  /** Staging follows the sample's pin; prod pins a version the target cannot install. */
  function fleet(): string {
    const seed = layout({ inventories: [{ dir: 'clusters/staging' }, { dir: 'clusters/prod' }] });
    const file = path.join(seed, 'clusters/prod', K8S);
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^kube_version: .*$/m, 'kube_version: v1.27.1'));
    return seed;
  }

  it('gives each cluster its own effective versions and hazards, and states which inventories were applied', async () => {
    const seed = fleet();
    const report = await reports(seed, ['clusters/staging', 'clusters/prod']);
    expect(report.inventories).toEqual(['clusters/staging', 'clusters/prod']);
    const kube = Object.fromEntries(report.clusters!.map((c) => [c.inventory, c.components.kube_version!.effectiveTo]));
    expect(kube).toEqual({ 'clusters/staging': { known: true, value: PIN.value }, 'clusters/prod': { known: true, value: 'v1.27.1' } });
    const prodPinHazards = report.clusters![1]!.hazards.filter((h) => h.file === `clusters/prod/${K8S}`);
    expect(prodPinHazards.length).toBeGreaterThan(0);
    // The union names the inventory that raised each hazard.
    for (const h of prodPinHazards) expect(report.hazards.find((x) => x.id === h.id && x.file === h.file)!.inventories).toEqual(['clusters/prod']);
  });

  it('shows every cluster in the PR body, so one cluster\'s pin never hides behind another\'s', async () => {
    const report = await reports(fleet(), ['clusters/staging', 'clusters/prod']);
    const body = renderPullRequestBody({ report, releaseNotes: [], kubesprayWebUrl: 'https://github.com/kubernetes-sigs/kubespray', kubesprayRepository: 'kubernetes-sigs/kubespray', submodulePath: 'kubespray', imageChanges: [], rewrittenPins: [], marker: '<!-- m -->', notes: { fetched: true }, config: { clusters: [], images: { defaultRule: true, rules: [], exclude: [] }, upgrade: {} }, provenance: { suiteVersion: '0.1.0', baseSha: 'a'.repeat(40) } });
    const row = body.split('\n').find((l) => l.startsWith('| Kubernetes |'))!;
    expect(body).toContain('Effective per cluster');
    expect(row).toContain('`clusters/staging`');
    expect(row).toContain('`clusters/prod`: `v1.27.1` → `v1.27.1`');
  });

  it('an empty inventory list is stated in the JSON, not silent', async () => {
    const report = await reports(layout({}), []);
    expect(report.inventories).toEqual([]);
    expect(report.components.kube_version!.pinned).toBeUndefined();
  });

  it('evaluates each Kubespray tag once, whatever the number of inventories', async () => {
    const seed = layout({ inventories: ['a', 'b', 'c', 'd', 'e'].map((c) => ({ dir: `clusters/${c}` })) });
    const inventories = await discoverInventories(seed, ['kubespray']);
    expect(inventories).toHaveLength(5);
    const evaluations = new TagEvaluations();
    await buildClusterReports({ git: new GitCommandManager(path.join(seed, 'kubespray')), from: FROM, to: TO, repoRoot: seed, inventories, evaluations });
    expect([FROM, TO].map((t) => evaluations.get(t))).toEqual([1, 1]);
    // A study handed in is reused: no further evaluation.
    const hop = await studyHop(new GitCommandManager(path.join(seed, 'kubespray')), FROM, TO, evaluations);
    expect([FROM, TO].map((t) => evaluations.get(t))).toEqual([2, 2]);
    await buildClusterReports({ git: new GitCommandManager(path.join(seed, 'kubespray')), from: FROM, to: TO, repoRoot: seed, inventories, hop, evaluations });
    expect([FROM, TO].map((t) => evaluations.get(t))).toEqual([2, 2]);
  });
});

describe('kubespray-upgrade report reads the inventories the same way (bundled CLI)', () => {
  const run = promisify(execFile);
  it('without --inventory applies the discovered ones and lists them; with none it says so', async () => {
    const seed = layout({ inventories: [{ dir: 'config', hostsFile: 'hosts' }] });
    const out = await run(process.execPath, [distEntry('cli'), 'report', '--repo', seed, '--from', FROM, '--to', TO, '--json'], { maxBuffer: 64 << 20 });
    const report = JSON.parse(out.stdout) as UpgradeReport;
    expect(report.inventories).toEqual(['config']);
    expect(report.hazards.find((h) => h.id === 'kube-version-pinned')).toMatchObject({ file: `config/${K8S}`, line: PIN.line });

    // Naming the inventory file itself reads the same pin (report --inventory used to fail "is not a directory").
    const byFile = await run(process.execPath, [distEntry('cli'), 'report', '--repo', seed, '--from', FROM, '--to', TO, '--inventory', 'config/hosts', '--json'], { maxBuffer: 64 << 20 });
    expect((JSON.parse(byFile.stdout) as UpgradeReport).components.kube_version!.pinned).toMatchObject({ file: `config/${K8S}`, line: PIN.line });

    git(seed, ['rm', '-rq', 'config']);
    const none = await run(process.execPath, [distEntry('cli'), 'report', '--repo', seed, '--from', FROM, '--to', TO, '--json'], { maxBuffer: 64 << 20 });
    expect((JSON.parse(none.stdout) as UpgradeReport).inventories).toEqual([]);
    const text = await run(process.execPath, [distEntry('cli'), 'report', '--repo', seed, '--from', FROM, '--to', TO], { maxBuffer: 64 << 20 });
    expect(text.stdout).toContain('INVENTORIES: none found or given; Kubespray defaults only');
  });
});
