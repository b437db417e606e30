import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { clustersCommand, listClusters, type ClusterEntry } from '../../src/cli/commands/clusters.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { buildClusterRepo, runnerCheckout } from '../support/cluster-repo.js';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { distEntry, REPO_ROOT } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';

const tmp = makeTempDir('ksu-clusters-');
let up: KubesprayUpstream;
beforeAll(() => {
  up = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: ['v2.24.1'] });
});
afterAll(() => tmp.cleanup());

let n = 0;
/** A runner's checkout of a cluster repo whose copied inventory is inventory/<clusterName>. */
function checkout(o: { clusterName?: string; files?: Record<string, string> } = {}): string {
  const root = path.join(tmp.dir, `c${n++}`);
  mkdirSync(root);
  const repo = buildClusterRepo(root, { upstream: up, tag: 'v2.24.1', clusterName: o.clusterName, files: o.files });
  return runnerCheckout(repo, path.join(root, 'runner'));
}

/** A second inventory beside the copied one, as a team with several clusters has. */
const inventoryFiles = (name: string) => ({
  [`inventory/${name}/inventory.ini`]: `[kube_control_plane]\n${name}-cp1\n`,
  [`inventory/${name}/group_vars/all/all.yml`]: '---\nbin_dir: /usr/local/bin\n',
});

const FLEET_CONFIG = `version: 1
clusters:
  - name: prod-us
    inventory: inventory/prod-us
    environment: production-us
    runs-on: [self-hosted, prod-us]
    wave: 2
  - name: staging
    inventory: inventory/staging
    runs-on: [self-hosted, staging]
  - name: prod-eu
    inventory: inventory/prod-eu/inventory.ini
    environment: production-eu
    runs-on: [self-hosted, prod-eu]
    wave: 2
upgrade:
  strategy: phased
  worker-batch-size: "25%"
  node-timeout-minutes: 45
  etcd-backup: true
verify:
  checks: [nodes, dns, workload]
  keep-on-failure: false
  timeout-seconds: 600
`;

const fleetFiles = (config = FLEET_CONFIG) => ({ ...inventoryFiles('prod-us'), ...inventoryFiles('prod-eu'), '.github/kubespray-upgrade.yml': config });

/** Runs the command function and returns what it printed on stdout. */
async function runCommand(argv: string[]): Promise<{ code: number; stdout: string }> {
  const chunks: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string | Uint8Array) => {
    chunks.push(String(chunk));
    return true;
  }) as typeof process.stdout.write;
  try {
    const code = await clustersCommand(argv);
    return { code, stdout: chunks.join('') };
  } finally {
    process.stdout.write = write;
  }
}

async function configError(fn: () => Promise<unknown>): Promise<string> {
  try {
    await fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ConfigurationError);
    return (e as Error).message;
  }
  throw new Error('expected a ConfigurationError');
}

describe('clusters from the config file', () => {
  it('lists every cluster by wave, in config order within a wave, with the config defaults filled in', async () => {
    // The copied inventory is inventory/staging: the fleet's first cluster.
    const repo = checkout({ clusterName: 'staging', files: fleetFiles() });
    const { source, clusters } = await listClusters(repo);
    expect(source).toBe('.github/kubespray-upgrade.yml');
    const upgrade = { strategy: 'phased', 'worker-batch-size': '25%', 'node-timeout-minutes': '45', 'etcd-backup': 'true' };
    const verify = { checks: 'nodes,dns,workload', 'keep-on-failure': 'false', 'timeout-seconds': '600' };
    expect(clusters).toEqual<ClusterEntry[]>([
      { name: 'staging', inventory: 'inventory/staging', environment: 'staging', runsOn: ['self-hosted', 'staging'], wave: 1, submodulePath: '', upgrade, verify },
      { name: 'prod-us', inventory: 'inventory/prod-us', environment: 'production-us', runsOn: ['self-hosted', 'prod-us'], wave: 2, submodulePath: '', upgrade, verify },
      { name: 'prod-eu', inventory: 'inventory/prod-eu/inventory.ini', environment: 'production-eu', runsOn: ['self-hosted', 'prod-eu'], wave: 2, submodulePath: '', upgrade, verify },
    ]);
  });

  it('prints one wave as one line of JSON, and [] for a wave with no cluster', async () => {
    const repo = checkout({ clusterName: 'staging', files: fleetFiles() });
    const wave2 = await runCommand(['--repo', repo, '--wave', '2', '--json']);
    expect(wave2.code).toBe(0);
    expect(wave2.stdout.trimEnd()).not.toContain('\n');
    expect((JSON.parse(wave2.stdout) as ClusterEntry[]).map((c) => [c.name, c.environment])).toEqual([
      ['prod-us', 'production-us'],
      ['prod-eu', 'production-eu'],
    ]);
    expect((await runCommand(['--repo', repo, '--wave=3', '--json'])).stdout).toBe('[]\n');
    const all = JSON.parse((await runCommand(['--repo', repo, '--json'])).stdout) as ClusterEntry[];
    expect(all.map((c) => `${c.wave}:${c.name}`)).toEqual(['1:staging', '2:prod-us', '2:prod-eu']);
  });

  it('prints a readable list without --json', async () => {
    const repo = checkout({ clusterName: 'staging', files: fleetFiles() });
    const r = await runCommand(['--repo', repo, '--wave', '1']);
    expect(r.stdout).toBe('1 cluster(s) in wave 1, from .github/kubespray-upgrade.yml\n  wave 1  staging: inventory inventory/staging, environment staging, runs-on self-hosted,staging\n');
  });

  it('reads an explicit --config path relative to the repo, and carries submodule-path', async () => {
    const config = 'submodule-path: vendor/kubespray\nclusters:\n  - name: lab\n    inventory: inventory/lab\n';
    const repo = checkout({ clusterName: 'lab', files: { 'ops/upgrade.yml': config } });
    const { source, clusters } = await listClusters(repo, 'ops/upgrade.yml');
    expect(source).toBe('ops/upgrade.yml');
    expect(clusters).toEqual([{ name: 'lab', inventory: 'inventory/lab', environment: 'lab', runsOn: ['self-hosted'], wave: 1, submodulePath: 'vendor/kubespray', upgrade: {}, verify: {} }]);
  });

  it('surfaces the config validation errors, each with its file and line', async () => {
    const bad = 'clusters:\n  - name: staging\n    inventory: inventory/staging\n    wave: 0\n    runs_on: [self-hosted]\nupgrade:\n  strategy: yolo\n';
    const repo = checkout({ clusterName: 'staging', files: { '.github/kubespray-upgrade.yml': bad } });
    const message = await configError(() => listClusters(repo));
    expect(message).toContain('invalid config .github/kubespray-upgrade.yml');
    expect(message).toContain('.github/kubespray-upgrade.yml:4: clusters[0].wave must be >= 1');
    expect(message).toContain('.github/kubespray-upgrade.yml:5: unknown key "runs_on" in clusters[0] (did you mean "runs-on"?)');
    expect(message).toContain('.github/kubespray-upgrade.yml:7: upgrade.strategy must be one of phased, single; got "yolo"');
  });

  it('fails through the command too, with the same error', async () => {
    const repo = checkout({ files: { '.github/kubespray-upgrade.yml': 'clusters:\n  - inventory: inventory/mycluster\n' } });
    await expect(clustersCommand(['--repo', repo, '--json'])).rejects.toThrow(/clusters\[0\] needs "name"/);
  });

  it('refuses clusters whose inventory is missing or outside the repo, naming each', async () => {
    const config = 'clusters:\n  - name: a\n    inventory: inventory/nope\n  - name: b\n    inventory: ../elsewhere/inventory\n  - name: c\n    inventory: inventory/mycluster\n    runs-on: []\n';
    const repo = checkout({ files: { '.github/kubespray-upgrade.yml': config } });
    const message = await configError(() => listClusters(repo));
    expect(message).toContain('clusters "a": inventory "inventory/nope" does not exist in the repo');
    expect(message).toContain('clusters "b": inventory "../elsewhere/inventory" must be a path inside the repo');
    expect(message).toContain('clusters "c": runs-on must name at least one runner label');
  });

  it('refuses a wave the workflow has no job for (--max-wave)', async () => {
    const config = FLEET_CONFIG.replace('wave: 2\nupgrade', 'wave: 4\nupgrade');
    const repo = checkout({ clusterName: 'staging', files: fleetFiles(config) });
    await expect(runCommand(['--repo', repo, '--max-wave', '3', '--json'])).rejects.toThrow(
      'cluster "prod-eu" is in wave 4, but the upgrade workflow runs waves 1 to 3 only',
    );
    // Without the limit the cluster is listed in its wave.
    expect((await listClusters(repo)).clusters.at(-1)).toMatchObject({ name: 'prod-eu', wave: 4 });
  });

  it('refuses an explicit config file that does not exist', async () => {
    const repo = checkout();
    expect(await configError(() => listClusters(repo, '.github/missing.yml'))).toContain('config file ".github/missing.yml" does not exist');
  });
});

describe('clusters autodetected without a config', () => {
  it('is the one inventory with group_vars, environment = its name', async () => {
    const repo = checkout({ clusterName: 'mycluster' });
    const r = await runCommand(['--repo', repo, '--json']);
    expect(JSON.parse(r.stdout)).toEqual([
      { name: 'mycluster', inventory: 'inventory/mycluster', environment: 'mycluster', runsOn: ['self-hosted'], wave: 1, submodulePath: '', upgrade: {}, verify: {} },
    ]);
    expect((await runCommand(['--repo', repo])).stdout).toContain('autodetected (the config lists no clusters)');
  });

  it('also applies when the config exists but lists no clusters, keeping its upgrade settings', async () => {
    const repo = checkout({ files: { '.github/kubespray-upgrade.yml': 'pull-request:\n  labels: [kubespray]\nupgrade:\n  runner: container\n  image: registry.example.com/platform/kubespray:v2.24.1-2\n' } });
    const { source, clusters } = await listClusters(repo);
    expect(source).toBeUndefined();
    expect(clusters).toEqual([
      {
        name: 'mycluster',
        inventory: 'inventory/mycluster',
        environment: 'mycluster',
        runsOn: ['self-hosted'],
        wave: 1,
        submodulePath: '',
        upgrade: { runner: 'container', image: 'registry.example.com/platform/kubespray:v2.24.1-2' },
        verify: {},
      },
    ]);
  });

  it('ignores inventory/sample and directories without group_vars', async () => {
    const repo = checkout({
      files: { 'inventory/sample/group_vars/all/all.yml': '---\n', 'inventory/notes/README.md': 'not an inventory\n' },
    });
    expect((await listClusters(repo)).clusters.map((c) => c.name)).toEqual(['mycluster']);
  });

  it('refuses to guess between several inventories', async () => {
    const repo = checkout({ clusterName: 'staging', files: inventoryFiles('production') });
    const message = await configError(() => listClusters(repo));
    expect(message).toContain('found 2 inventories (inventory/production, inventory/staging)');
    expect(message).toContain('list the clusters under "clusters:" in .github/kubespray-upgrade.yml');
  });

  it('refuses a repo with no inventory at all', async () => {
    const repo = checkout();
    rmSync(path.join(repo, 'inventory'), { recursive: true });
    expect(await configError(() => listClusters(repo))).toContain('no cluster found');
  });
});

describe('clusters command arguments', () => {
  it('rejects a bad --wave, an unknown option and a stray argument', async () => {
    await expect(clustersCommand(['--wave', '0'])).rejects.toThrow('--wave must be a whole number >= 1, got "0"');
    await expect(clustersCommand(['--wave', 'two'])).rejects.toThrow('--wave must be a whole number >= 1');
    await expect(clustersCommand(['--waves', '2'])).rejects.toThrow('unknown option --waves');
    await expect(clustersCommand(['staging'])).rejects.toThrow('unexpected argument "staging"');
    await expect(clustersCommand(['--repo', path.join(tmp.dir, 'nope')])).rejects.toThrow('no such directory');
  });
});

describe('the fleet example config (docs/examples/fleet/kubespray-upgrade.yml)', () => {
  it('gives staging in wave 1 and both production clusters in wave 2', async () => {
    const example = readFileSync(path.join(REPO_ROOT, 'docs/examples/fleet/kubespray-upgrade.yml'), 'utf8');
    const repo = checkout({ clusterName: 'staging', files: { ...inventoryFiles('prod-eu'), ...inventoryFiles('prod-us'), '.github/kubespray-upgrade.yml': example } });
    const clusters = (await listClusters(repo, undefined, 3)).clusters;
    expect(clusters.map((c) => [c.wave, c.name, c.environment])).toEqual([
      [1, 'staging', 'staging'],
      [2, 'prod-eu', 'production-eu'],
      [2, 'prod-us', 'production-us'],
    ]);
    for (const c of clusters) expect(c.runsOn).toEqual(['self-hosted', 'linux', `kubespray-${c.name}`]);
  });
});

// The bundled CLI as the workflow runs it.
describe('node dist/cli/index.js clusters (bundled)', () => {
  const run = promisify(execFile);
  async function cli(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    try {
      const r = await run(process.execPath, [distEntry('cli'), ...args], { cwd: tmp.dir });
      return { code: 0, stdout: r.stdout, stderr: r.stderr };
    } catch (e) {
      const err = e as { code?: number; stdout?: string; stderr?: string };
      return { code: typeof err.code === 'number' ? err.code : 1, stdout: err.stdout ?? '', stderr: err.stderr ?? '' };
    }
  }

  it('prints each wave for $GITHUB_OUTPUT', async () => {
    const repo = checkout({ clusterName: 'staging', files: fleetFiles() });
    const r = await cli(['clusters', '--repo', repo, '--config', '.github/kubespray-upgrade.yml', '--wave', '2', '--max-wave', '3', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect((JSON.parse(r.stdout) as ClusterEntry[]).map((c) => c.name)).toEqual(['prod-us', 'prod-eu']);
  });

  it('exits 1 with the validation errors on stderr', async () => {
    const repo = checkout({ files: { '.github/kubespray-upgrade.yml': 'clusters:\n  - name: x\n    inventory: inventory/mycluster\n    wave: two\n' } });
    const r = await cli(['clusters', '--repo', repo, '--json']);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('.github/kubespray-upgrade.yml:4: clusters[0].wave must be a whole number');
  });

  it('autodetects the single cluster', async () => {
    const repo = checkout();
    const r = await cli(['clusters', '--repo', repo, '--wave', '1', '--json']);
    expect(r.code, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject([{ name: 'mycluster', environment: 'mycluster', runsOn: ['self-hosted'], wave: 1 }]);
  });
});
