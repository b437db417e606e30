import { afterAll, beforeAll } from 'vitest';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { FakeKube, seedCluster, type KObj, type SeedOptions } from '../support/fake-kube/index.js';
import { buildClusterRepo, runnerCheckout } from '../support/cluster-repo.js';
import { parseGithubOutput, runAction, type ActionRun, type RunActionOptions } from '../support/run-action.js';
import { etcdctl, startEtcd, type EtcdServer } from '../support/standin-kubespray/etcd.js';
import { buildStandinUpstream, inventoryIni, STANDIN_DIR, STANDIN_PATH, type HostGroups } from '../support/standin-kubespray/standin.js';
import type { KubesprayUpstream } from '../support/kubespray-upstream.js';
import { makeTempDir } from '../support/tmp.js';

/** One line the stand-in playbooks append per run. */
export interface StandinRecord {
  playbook: string;
  limit: string;
  hosts: string[];
  kube_version: string;
  serial: string | number;
  upgrade_node_confirm: unknown;
  upgrade_node_pause_seconds: unknown;
  upgrade_node_post_upgrade_pause_seconds: unknown;
  private_key_file: string;
  private_key_mode: string;
  private_key_first_line: string;
}

export const FROM_TAG = 'v2.24.1';
export const TARGET_TAG = 'v2.25.1';
/** kube_version defaults of those tags, read from the data files by hand. */
export const FROM_KUBE = 'v1.28.6';
export const TARGET_KUBE = 'v1.29.10';

export { STANDIN_PATH };

export const WORKERS = ['worker-1', 'worker-2', 'worker-3', 'worker-4'];

export const DEFAULT_HOSTS: HostGroups = {
  'cp-1': ['kube_control_plane', 'etcd'],
  'worker-1': ['kube_node'],
  'worker-2': ['kube_node'],
  'worker-3': ['kube_node'],
  'worker-4': ['kube_node'],
};

/** Everything shared by the tests of one file: the Kubespray upstream, a runner checkout, a real etcd. */
export interface Suite {
  root: string;
  upstream: KubesprayUpstream;
  checkout: string;
  etcd: EtcdServer;
}

export async function startSuite(root: string, tag = TARGET_TAG): Promise<Suite> {
  const upstream = buildStandinUpstream(path.join(root, 'up'), [FROM_TAG, TARGET_TAG]);
  mkdirSync(path.join(root, 'repo'));
  const repo = buildClusterRepo(path.join(root, 'repo'), { upstream, tag });
  const checkout = runnerCheckout(repo, path.join(root, 'repo', 'runner'));
  const etcd = await startEtcd();
  for (let i = 0; i < 10; i++) etcdctl(etcd.endpoint, ['put', `/registry/namespaces/ns-${i}`, `{"kind":"Namespace"}`]);
  return { root, upstream, checkout, etcd };
}

export interface CaseOptions {
  seed?: SeedOptions;
  hosts?: HostGroups;
  /** Extra [all:vars] of the inventory. */
  vars?: Record<string, string | number | boolean>;
  etcdEndpoint?: string;
}

let counter = 0;

/** One test's cluster: a fresh fake API server seeded like a Kubespray cluster, an inventory, a record file. */
export class UpgradeCase {
  readonly dir: string;
  readonly record: string;
  readonly backupDir: string;
  readonly inventory: string;
  readonly kubeconfig: string;

  private constructor(
    readonly suite: Suite,
    readonly fake: FakeKube,
    o: CaseOptions,
  ) {
    this.dir = path.join(suite.root, `case-${++counter}`);
    mkdirSync(this.dir, { recursive: true });
    this.record = path.join(this.dir, 'record.jsonl');
    this.backupDir = path.join(this.dir, 'backups');
    const invDir = path.join(this.dir, 'inventory');
    mkdirSync(invDir);
    this.inventory = path.join(invDir, 'inventory.ini');
    writeFileSync(
      this.inventory,
      inventoryIni(o.hosts ?? DEFAULT_HOSTS, {
        kubespray_upgrade_etcd_endpoint: o.etcdEndpoint ?? suite.etcd.endpoint,
        kubespray_upgrade_etcdctl: 'etcdctl',
        kubespray_upgrade_backup_remote_dir: path.join(this.dir, 'etcd-host'),
        kubespray_upgrade_become: false,
        ...o.vars,
      }),
    );
    this.kubeconfig = fake.writeKubeconfig(path.join(this.dir, 'kubeconfig'));
  }

  static async create(suite: Suite, o: CaseOptions = {}): Promise<UpgradeCase> {
    const fake = await FakeKube.start();
    seedCluster(fake, { controlPlanes: 1, workers: 4, kubernetesVersion: FROM_KUBE, ...o.seed });
    return new UpgradeCase(suite, fake, o);
  }

  inputs(extra: Record<string, string> = {}): Record<string, string> {
    return {
      path: this.suite.checkout,
      inventory: this.inventory,
      kubeconfig: this.kubeconfig,
      'backup-dir': this.backupDir,
      'worker-batch-size': '2',
      'node-timeout-minutes': '2',
      ...extra,
    };
  }

  env(extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
    return { STANDIN_RECORD: this.record, STANDIN_KUBE_API: this.fake.url, STANDIN_KUBE_TOKEN: this.fake.token, PATH: STANDIN_PATH, ...extra };
  }

  run(inputs: Record<string, string> = {}, o: RunActionOptions & { standin?: NodeJS.ProcessEnv } = {}): Promise<ActionRun> {
    return runAction('run-upgrade', this.inputs(inputs), { timeoutMs: 180_000, ...o, env: this.env({ ...o.standin, ...o.env }) });
  }

  records(): StandinRecord[] {
    if (!existsSync(this.record)) return [];
    return readFileSync(this.record, 'utf8')
      .split('\n')
      .filter(Boolean)
      .map((l) => JSON.parse(l) as StandinRecord);
  }

  /** The stored state document, parsed, or undefined. */
  state(): any {
    const cm = this.fake.store.get('configmaps', 'kube-system', 'kubespray-upgrade-state');
    return cm?.data?.['state.json'] ? JSON.parse(cm.data['state.json']) : undefined;
  }

  lease(): KObj | undefined {
    return this.fake.store.get('leases', 'kube-system', 'kubespray-upgrade-lock');
  }

  kubelet(node: string): string {
    return this.fake.node(node).status.nodeInfo.kubeletVersion as string;
  }

  stop(): Promise<void> {
    return this.fake.stop();
  }
}

/** Processes still alive that inherited this case's record file path: leftovers of a killed playbook. */
export function leftoverProcesses(record: string): string[] {
  const out: string[] = [];
  for (const pid of readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    try {
      const env = readFileSync(`/proc/${pid}/environ`, 'utf8');
      if (env.includes(`STANDIN_RECORD=${record}\0`)) out.push(`${pid}: ${readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ')}`);
    } catch {
      // gone, or not ours to read
    }
  }
  return out;
}

/** PIDs of live processes with this case's record path in their environment whose argv matches. */
export function processesMatching(record: string, argv: RegExp): number[] {
  return leftoverProcesses(record)
    .filter((l) => argv.test(l))
    .map((l) => Number(l.split(':')[0]));
}

/** Waits until a process of this case matching argv is running; returns its pid. Preflight runs two Ansible reads (--version, etcd health) before any playbook, and the cores are shared: generous. */
export async function waitForProcess(record: string, argv: RegExp, timeoutMs = 180_000): Promise<number> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [pid] = processesMatching(record, argv);
    if (pid) return pid;
    if (Date.now() > deadline) throw new Error(`no process matching ${argv} appeared`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

export const HANG = /^\d+: sleep 3600 $/;
export const ACTION = /dist\/run-upgrade\/index\.js/;

/** A state document as an earlier run would have left it (only the fields preflight reads matter). */
export function priorState(o: { status: string; kubesprayTo: string; kubernetesTo: string; lastApplied?: { kubespray: string; kubernetes: string } }): string {
  const at = '2026-01-01T00:00:00.000Z';
  return JSON.stringify({
    schemaVersion: 1,
    upgradeId: `${o.kubesprayTo}-20260101T000000Z-beef`,
    status: o.status,
    strategy: 'phased',
    kubesprayTo: o.kubesprayTo,
    kubernetesFrom: 'v1.27.7',
    kubernetesTo: o.kubernetesTo,
    startedAt: at,
    updatedAt: at,
    runBy: 'an earlier run',
    phases: [
      { name: 'preflight', status: 'succeeded', attempts: 1 },
      { name: 'backup', status: 'succeeded', attempts: 1 },
      { name: 'facts', status: 'succeeded', attempts: 1 },
      { name: 'control-plane', status: o.status === 'succeeded' ? 'succeeded' : 'failed', attempts: 1 },
      { name: 'workers', status: o.status === 'succeeded' ? 'succeeded' : 'pending', attempts: 0 },
      { name: 'finalize', status: o.status === 'succeeded' ? 'succeeded' : 'pending', attempts: 0 },
    ],
    batches: [],
    history: [],
    ...(o.lastApplied ? { lastApplied: { ...o.lastApplied, upgradeId: 'older', at } } : {}),
  });
}

export function seedState(c: UpgradeCase, doc: string): void {
  c.fake.cluster.create('configmaps', 'kube-system', { metadata: { name: 'kubespray-upgrade-state' }, data: { 'state.json': doc } });
}

/** A Lease as another run holds it; renewed `ageSeconds` ago. */
export function seedLease(c: UpgradeCase, holder: string, ageSeconds: number, durationSeconds = 300): void {
  const t = new Date(Date.now() - ageSeconds * 1000).toISOString().replace(/\.(\d{3})Z$/, '.$1000Z');
  c.fake.cluster.create('leases', 'kube-system', {
    metadata: { name: 'kubespray-upgrade-lock' },
    spec: { holderIdentity: holder, leaseDurationSeconds: durationSeconds, acquireTime: t, renewTime: t, leaseTransitions: 0 },
  });
}

/** Registers beforeAll/afterAll for a file's shared suite; call the returned getter inside tests. */
export function useSuite(prefix: string): () => Suite {
  const tmp = makeTempDir(prefix);
  let suite: Suite | undefined;
  beforeAll(async () => {
    suite = await startSuite(tmp.dir);
  });
  afterAll(async () => {
    await suite?.etcd.stop();
    tmp.cleanup();
  });
  return () => suite!;
}

/** Runs fn with a fresh case whose fake API server is always stopped. */
export async function withCase<T>(suite: Suite, fn: (c: UpgradeCase) => Promise<T>, o?: CaseOptions): Promise<T> {
  const c = await UpgradeCase.create(suite, o);
  try {
    return await fn(c);
  } finally {
    await c.stop();
  }
}

/** The runner's side of a step's state: the GITHUB_STATE file the main step writes, and STATE_* for its post step. */
export class RunnerStepState {
  readonly file: string;
  readonly runnerTemp: string;

  constructor(dir: string) {
    this.file = path.join(dir, 'github-state');
    this.runnerTemp = path.join(dir, 'runner-temp');
    mkdirSync(this.runnerTemp, { recursive: true });
    writeFileSync(this.file, '');
  }

  /** Environment of the main step. */
  mainEnv(): NodeJS.ProcessEnv {
    return { GITHUB_STATE: this.file, RUNNER_TEMP: this.runnerTemp };
  }

  /** What the main step saved, as the runner hands it to the post step. */
  postEnv(): NodeJS.ProcessEnv {
    const saved = parseGithubOutput(readFileSync(this.file, 'utf8'));
    return { RUNNER_TEMP: this.runnerTemp, ...Object.fromEntries(Object.entries(saved).map(([k, v]) => [`STATE_${k}`, v])) };
  }

  saved(): Record<string, string> {
    return parseGithubOutput(readFileSync(this.file, 'utf8'));
  }
}
