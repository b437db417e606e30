import { ActionError } from '../errors.js';
import type { Reporter } from '../reporter.js';
import type { Ansible, ListedInventory } from '../ansible/ansible.js';
import { clusterHosts, type ClusterHosts } from '../ansible/listed-inventory.js';
import { backupStillPresent, takeEtcdSnapshot } from '../etcd/backup.js';
import { isTransientKubeError, sameKubeVersion, type KubeApi } from '../kube/index.js';
import type { BatchSize } from './batches.js';
import { describePlan, PHASE_TITLES, type PlannedStep } from './phase-plan-view.js';
import { KubespraySteps } from './kubespray-steps.js';
import { lowestApiserver, type ClusterSnapshot } from './cluster-snapshot.js';
import { UpgradeLock } from './lock.js';
import { drainChecks } from './drain-checks.js';
import { ansibleCheck, type AnsibleFacts } from './ansible-check.js';
import { etcdCheck } from './etcd-check.js';
import { readEtcdHealth } from '../etcd/health.js';
import { readSnapshotAndDrainFacts } from './drain-facts.js';
import { removedBetween, type RemovedApi } from '../kube/removed-apis.js';
import { scanCluster } from './removed-apis/cluster-uses.js';
import { removedApiCheck, type RemovedApiFacts } from './removed-apis/removed-api-check.js';
import type { RepoManifestScan } from './removed-apis/repo-manifests.js';
import { nodeDrainSettings, type EffectiveDrainSettings } from './drain-settings.js';
import { fromSource, type AppliedRelease } from './pin-history.js';
import { evaluatePreflight, failed, type Check, type KubeTarget, type LockView } from './preflight.js';
import type { Redactor } from '../text/redact.js';
import { StateStore } from './state-store.js';
import { isIncomplete, type FromSource, type PhaseName, type PhaseRecord, type StepRecord, type Strategy, type UpgradeState } from './state.js';
import { newUpgradeState, nodesBeingRetried, nodesToUpgrade, resumeUpgradeState } from './phase-plan.js';

export interface UpgradeSettings {
  kubesprayTarget: string;
  kubesprayDir: string;
  strategy: Strategy;
  batchSize: BatchSize;
  nodeTimeoutMs: number;
  etcdBackup: boolean;
  backupDir: string;
  namespace: string;
  dryRun: boolean;
  pauseBeforeNodeSeconds?: number;
  pauseAfterNodeSeconds?: number;
  lockDurationSeconds: number;
  /** Who runs this (workflow run, runner): the lock holder identity and state.runBy. */
  holder: string;
  /** Longest wait for nodes to report Ready at the target after a playbook; default min(node timeout, 5 min). */
  nodeSettleMs?: number;
}

/** The orchestrator needs only lines, warnings and one group per phase. */
export type UpgradeReporter = Pick<Reporter, 'info' | 'warning' | 'group'>;

export interface UpgradeDeps {
  kube: KubeApi;
  ansible: Ansible;
  /** The inventory's hosts, when the caller started reading them early (ansible-inventory is the slowest preflight read). */
  inventory?: Promise<ListedInventory>;
  /** The effective kube_version of the target: Kubespray's defaults with the inventory's pins applied. */
  resolveKubeTarget: () => Promise<KubeTarget>;
  /** Kubespray's drain_* settings for the target: its pre-upgrade defaults with the inventory's values and extra vars, per host where they differ. */
  resolveDrainSettings: () => Promise<EffectiveDrainSettings | { unknown: string }>;
  /** The Ansible that will run the playbooks, and what the target's playbooks need of it. */
  readAnsibleFacts: () => Promise<AnsibleFacts>;
  /** The cluster repo's own manifests that use one of `removals` (outside Kubespray and the inventories). */
  scanRepoManifests: (removals: readonly RemovedApi[]) => Promise<RepoManifestScan>;
  reporter: UpgradeReporter;
  /**
   * The release applied before this upgrade: `recorded` (the state's lastApplied) when set,
   * otherwise the cluster repo's history (a first run). Called once, in preflight.
   */
  appliedRelease: (recorded: { kubespray: string; upgradeId: string } | undefined) => Promise<AppliedRelease>;
  /** Aborted on SIGINT/SIGTERM (a cancelled job). */
  signal: AbortSignal;
  /** The run's masking (its registered secrets): the state stored in the cluster passes it. */
  redactor: Redactor;
}

export type { PlannedStep } from './phase-plan-view.js';

export type OutcomeStatus = 'succeeded' | 'failed' | 'refused' | 'interrupted' | 'dry-run';

export interface UpgradeOutcome {
  status: OutcomeStatus;
  message: string;
  checks: Check[];
  plan: PlannedStep[];
  upgradeId?: string;
  kubesprayFrom?: string;
  /** Where kubesprayFrom comes from, or why it is unknown. */
  kubesprayFromSource?: FromSource;
  kubesprayTo: string;
  kubernetesFrom?: string;
  kubernetesTo?: string;
  state?: UpgradeState;
  /** The phase or batch that failed or was cut off. */
  stoppedAt?: string;
  /** Nothing to do: this exact upgrade already succeeded. */
  alreadyApplied?: boolean;
  preflightMs: number;
}

class Interrupted extends ActionError {
  override name = 'Interrupted';
}

/** Runs (or resumes) one upgrade as an explicit state machine persisted in the cluster after every step. */
export async function runUpgrade(s: UpgradeSettings, d: UpgradeDeps): Promise<UpgradeOutcome> {
  return new UpgradeRun(s, d).run();
}

class UpgradeRun {
  private readonly store: StateStore;
  private readonly lock: UpgradeLock;
  private readonly abort = new AbortController();
  private state?: UpgradeState;
  private hosts?: ClusterHosts;
  private lockLost?: string;
  private current?: { step: StepRecord; label: string };

  constructor(
    private readonly s: UpgradeSettings,
    private readonly d: UpgradeDeps,
  ) {
    this.store = new StateStore(d.kube, s.namespace, d.redactor);
    this.lock = new UpgradeLock(d.kube, s.namespace, s.holder, s.lockDurationSeconds);
    if (d.signal.aborted) this.abort.abort();
    else d.signal.addEventListener('abort', () => this.abort.abort(), { once: true });
  }

  async run(): Promise<UpgradeOutcome> {
    const started = performance.now();
    let pre: Preflight;
    try {
      pre = await this.d.reporter.group(PHASE_TITLES.preflight, () => this.preflight());
    } catch (e) {
      await this.releaseLock();
      if (!this.abort.signal.aborted) throw e;
      const message = 'cancelled during preflight; nothing was changed';
      return { status: 'interrupted', message, checks: [], plan: [], kubesprayTo: this.s.kubesprayTarget, preflightMs: performance.now() - started };
    }
    const preflightMs = performance.now() - started;
    const base = {
      checks: pre.checks,
      kubesprayTo: this.s.kubesprayTarget,
      kubernetesTo: pre.kubeTarget.known ? pre.kubeTarget.value : undefined,
      preflightMs,
    };
    if (pre.alreadyApplied && pre.previous) {
      await this.releaseLock();
      const p = pre.previous;
      return {
        ...base,
        status: 'succeeded',
        alreadyApplied: true,
        message: `upgrade ${p.upgradeId} already applied Kubespray ${p.kubesprayTo} / Kubernetes ${p.kubernetesTo} (finished ${p.finishedAt ?? '?'}); nothing to do`,
        plan: describePlan(p, this.s),
        upgradeId: p.upgradeId,
        kubesprayFrom: p.kubesprayFrom,
        kubesprayFromSource: p.kubesprayFromSource,
        kubernetesFrom: p.kubernetesFrom,
        state: p,
      };
    }
    const refusals = failed(pre.checks);
    if (refusals.length > 0) {
      await this.releaseLock();
      return {
        ...base,
        status: 'refused',
        message: `preflight refused the upgrade: ${refusals.map((c) => c.id).join(', ')}; nothing was changed`,
        plan: [],
        kubernetesFrom: lowestApiserver(pre.snapshot),
        ...appliedFields(pre.applied),
      };
    }
    const state = this.planState(pre);
    if (this.s.dryRun) {
      return {
        ...base,
        status: 'dry-run',
        message: `dry run: preflight passed; ${pre.resuming ? `would resume ${state.upgradeId}` : 'would start a new upgrade'}; nothing was changed`,
        plan: describePlan(state, this.s),
        upgradeId: pre.resuming ? state.upgradeId : undefined,
        kubesprayFrom: state.kubesprayFrom,
        kubesprayFromSource: state.kubesprayFromSource,
        kubernetesFrom: state.kubernetesFrom,
      };
    }
    this.state = state;
    return this.execute(base, preflightMs);
  }

  // ---------------------------------------------------------------- preflight

  private async preflight(): Promise<Preflight> {
    const r = this.d.reporter;
    const signal = this.abort.signal;
    // The lock first, so the state read below is the one we will continue from.
    let lockView: LockView;
    if (this.s.dryRun) lockView = { mode: 'inspected', holder: await this.lock.inspect(), self: this.s.holder };
    else lockView = { mode: 'acquired', result: await this.lock.acquire() };

    const listed = this.d.inventory ?? this.d.ansible.listInventory(signal);
    // Started as soon as the etcd hosts are known; a failure is a refusal, not a crash.
    const etcd = listed.then(
      (inv) => {
        const etcdHosts = clusterHosts(inv.inventory).etcd;
        return etcdHosts.length === 0 ? [] : readEtcdHealth(this.d.ansible, { hosts: etcdHosts, timeoutMs: 3 * 60_000, signal });
      },
    ).catch((e: unknown) => {
      if (e instanceof ActionError) return { error: e.message };
      throw e;
    });
    const { snapshot: snapshotRead, drain: drainRead } = readSnapshotAndDrainFacts(this.d.kube);
    const targetRead = this.d.resolveKubeTarget();
    // Needs both versions; runs beside the other reads.
    const removedApis = Promise.all([snapshotRead, targetRead]).then(([snap, target]) => this.removedApiFacts(snap, target));
    removedApis.catch(() => undefined); // awaited below; this only avoids an unhandled rejection meanwhile
    const [inventory, snapshot, previous, kubeTarget, drain, drainSettings, ansibleFacts, etcdMembers, removedApiFacts] = await Promise.all([
      listed,
      snapshotRead,
      this.store.load(),
      targetRead,
      drainRead,
      this.d.resolveDrainSettings(),
      this.d.readAnsibleFacts(),
      etcd,
      removedApis,
    ]);
    const hosts = clusterHosts(inventory.inventory);
    this.hosts = hosts;
    const applied = await this.d.appliedRelease(previous?.lastApplied);
    r.info(`inventory ${inventory.source}`);
    r.info(`inventory: ${hosts.controlPlane.length} control plane, ${hosts.etcd.length} etcd, ${hosts.workers.length} worker host(s)`);
    r.info(`apiserver(s): ${snapshot.apiservers.map((a) => `${a.source}=${a.version}`).join(', ')}; ${snapshot.nodes.length} nodes`);
    r.info(`applied before: Kubespray ${applied.known ? `${applied.tag} (${applied.detail})` : `unknown (${applied.reason})`}`);
    r.info(`target: Kubespray ${this.s.kubesprayTarget}, Kubernetes ${kubeTarget.known ? kubeTarget.value : `unknown (${kubeTarget.reason})`}`);

    const sameTargets = (p: UpgradeState) => p.kubesprayTo === this.s.kubesprayTarget && kubeTarget.known && sameKubeVersion(p.kubernetesTo, kubeTarget.value);
    const resuming = previous !== undefined && isIncomplete(previous) && sameTargets(previous);
    const alreadyApplied = previous !== undefined && previous.status === 'succeeded' && sameTargets(previous);
    const retryNodes = resuming ? nodesBeingRetried(previous, hosts) : new Set<string>();
    const checks = evaluatePreflight({
      snapshot,
      kubesprayTarget: this.s.kubesprayTarget,
      kubernetesTarget: kubeTarget,
      previous,
      appliedBefore: applied,
      resuming,
      lock: lockView,
      hosts,
      namespace: this.s.namespace,
      etcdBackup: this.s.etcdBackup,
      retryNodes,
    });
    checks.push(ansibleCheck(ansibleFacts), etcdCheck(etcdMembers, hosts.etcd.length), removedApiCheck(removedApiFacts));
    checks.push(...drainChecks({ ...nodeDrainSettings(drainSettings, hosts.nodeName), drain, nodes: snapshot.nodes, upgradeNodes: nodesToUpgrade(hosts, resuming ? previous : undefined), previous }));
    for (const c of checks) r.info(`${c.result.toUpperCase().padEnd(4)} ${c.title}: ${c.detail}`);
    return { checks, snapshot, previous, applied, kubeTarget, resuming, alreadyApplied, hosts };
  }

  /** Uses of the APIs that the minors between the running apiserver and the target remove: the cluster's and the repo's. */
  private async removedApiFacts(snapshot: ClusterSnapshot, target: KubeTarget): Promise<RemovedApiFacts> {
    if (!target.known) return { judged: false, why: 'the target kube_version is unknown, so the APIs it removes cannot be named' };
    const from = lowestApiserver(snapshot);
    const removals = removedBetween(from, target.value);
    const repo = this.d.scanRepoManifests(removals).catch((e: unknown) => {
      if (e instanceof ActionError) return { error: e.message };
      throw e;
    });
    const [cluster, repoScan] = await Promise.all([scanCluster(this.d.kube, removals), repo]);
    return { judged: true, from, to: target.value, removals, cluster, repo: repoScan };
  }

  private planState(pre: Preflight): UpgradeState {
    if (pre.resuming && pre.previous) return resumeUpgradeState(pre.previous, { batchSize: this.s.batchSize, hosts: pre.hosts, runBy: this.s.holder });
    if (!pre.kubeTarget.known) throw new Error('preflight passed without a known kube target');
    return newUpgradeState(
      {
        kubesprayTarget: this.s.kubesprayTarget,
        kubernetesTarget: pre.kubeTarget.value,
        kubernetesFrom: lowestApiserver(pre.snapshot),
        strategy: this.s.strategy,
        batchSize: this.s.batchSize,
        hosts: pre.hosts,
        runBy: this.s.holder,
        now: new Date(),
        appliedBefore: pre.applied,
      },
      pre.previous,
    );
  }

  // ---------------------------------------------------------------- execution

  private async execute(base: Omit<UpgradeOutcome, 'status' | 'message' | 'plan'>, preflightMs: number): Promise<UpgradeOutcome> {
    const state = this.state!;
    const r = this.d.reporter;
    this.lock.startRenewing(
      (why) => {
        this.lockLost = why;
        r.warning(`lost the upgrade lock: ${why}; stopping`);
        this.abort.abort();
      },
      (e) => r.warning(`could not renew the upgrade lock (will retry): ${(e as Error).message}`),
    );
    const pf = phaseRecord(state, 'preflight');
    pf.status = 'succeeded';
    pf.attempts++;
    pf.durationMs = Math.round(preflightMs);
    pf.finishedAt = new Date().toISOString();
    pf.startedAt = new Date(Date.now() - preflightMs).toISOString();
    let outcome: OutcomeStatus = 'succeeded';
    let message = '';
    try {
      await this.store.save(state);
      r.info(`upgrade ${state.upgradeId}: state in ConfigMap ${this.s.namespace}/kubespray-upgrade-state`);
      for (const p of state.phases) {
        if (p.status === 'succeeded' || p.status === 'skipped') {
          if (p.name !== 'preflight') r.info(`${PHASE_TITLES[p.name]}: ${p.status} in an earlier run, skipped`);
          continue;
        }
        if (p.name === 'backup' && !this.s.etcdBackup) {
          p.status = 'skipped';
          p.message = 'etcd-backup is false';
          await this.store.save(state);
          r.warning('etcd-backup is false: upgrading without a snapshot to roll back to');
        } else if (p.name === 'workers') await this.workersPhase(p);
        else await r.group(PHASE_TITLES[p.name], () => this.step(p, PHASE_TITLES[p.name], () => this.runPhase(p)));
      }
      message = `upgraded to Kubespray ${state.kubesprayTo} / Kubernetes ${state.kubernetesTo}`;
    } catch (e) {
      const interrupted = e instanceof Interrupted;
      outcome = interrupted && !this.lockLost ? 'interrupted' : 'failed';
      message = this.lockLost ? `lost the upgrade lock (${this.lockLost}); stopped` : (e as Error).message;
      state.status = outcome === 'interrupted' ? 'interrupted' : 'failed';
      state.message = message;
      await this.saveQuietly();
      if (!(e instanceof ActionError)) throw e;
    } finally {
      await this.releaseLock();
    }
    return {
      ...base,
      status: outcome,
      message,
      plan: describePlan(state, this.s),
      upgradeId: state.upgradeId,
      kubesprayFrom: state.kubesprayFrom,
      kubesprayFromSource: state.kubesprayFromSource,
      kubernetesFrom: state.kubernetesFrom,
      kubernetesTo: state.kubernetesTo,
      state,
      stoppedAt: outcome === 'succeeded' ? undefined : this.current?.label,
    };
  }

  /** Runs one phase or batch: persisted as running, then as its outcome. */
  private async step(rec: StepRecord, label: string, body: () => Promise<string | void>): Promise<void> {
    const t0 = performance.now();
    rec.status = 'running';
    rec.attempts++;
    rec.startedAt = new Date().toISOString();
    delete rec.message;
    delete rec.finishedAt;
    this.current = { step: rec, label };
    await this.store.save(this.state!);
    try {
      this.throwIfAborted();
      const note = await body();
      this.throwIfAborted();
      rec.status = 'succeeded';
      // The marker only spares a completed playbook whose checks failed on a read; a step run
      // again on purpose (facts, whose cache lives on the runner) runs its playbook again.
      delete rec.playbookCompletedAt;
      if (note) rec.message = note;
    } catch (e) {
      rec.status = e instanceof Interrupted ? 'interrupted' : 'failed';
      rec.message = (e as Error).message;
      // Checks that ran and found the nodes not upgraded send the playbook round again; a
      // read error or a cancel says nothing about the nodes, so the completed playbook stands.
      if (!(e instanceof Interrupted) && !isTransientKubeError(e)) delete rec.playbookCompletedAt;
      throw e;
    } finally {
      rec.finishedAt = new Date().toISOString();
      rec.durationMs = Math.round(performance.now() - t0);
      if (rec.status === 'succeeded') await this.store.save(this.state!);
    }
  }

  private throwIfAborted(): void {
    if (this.abort.signal.aborted) throw new Interrupted(this.lockLost ? `lost the upgrade lock: ${this.lockLost}` : 'cancelled (SIGINT/SIGTERM)');
  }

  private runPhase(p: PhaseRecord): Promise<string | void> {
    switch (p.name) {
      case 'backup':
        return this.backupPhase();
      case 'facts':
        return this.steps(p).facts();
      case 'control-plane':
        return this.steps(p).controlPlane();
      case 'upgrade':
        return this.steps(p).wholeCluster();
      case 'finalize':
        return this.finalizePhase();
      default:
        throw new Error(`no runner for phase ${p.name}`);
    }
  }

  private async backupPhase(): Promise<string> {
    const state = this.state!;
    if (state.backup) {
      const here = await backupStillPresent(state.backup);
      const where = here ? state.backup.localPath : `${state.backup.host}:${state.backup.remotePath} (not on this runner)`;
      if (!here) this.d.reporter.warning(`the verified backup of ${state.upgradeId} is not on this runner; it is still at ${state.backup.host}:${state.backup.remotePath}`);
      return `reused the verified snapshot taken earlier in this upgrade: ${where}`;
    }
    const host = this.hosts!.etcd[0]!;
    const rec = await takeEtcdSnapshot(this.d.ansible, {
      host,
      upgradeId: state.upgradeId,
      backupDir: this.s.backupDir,
      timeoutMs: this.s.nodeTimeoutMs,
      signal: this.abort.signal,
      onLine: (l) => this.d.reporter.info(l),
    }).catch((e: unknown) => {
      this.throwIfAborted();
      throw e;
    });
    state.backup = rec;
    return `snapshot of revision ${rec.revision} from ${host}: ${rec.localPath} (${rec.sizeBytes} bytes, sha256 ${rec.sha256})`;
  }

  private async workersPhase(p: PhaseRecord): Promise<void> {
    const state = this.state!;
    const r = this.d.reporter;
    await this.step(p, PHASE_TITLES.workers, async () => {
      const total = state.batches.length;
      if (total === 0) return 'no worker hosts';
      for (const b of state.batches) {
        if (b.status === 'succeeded') {
          r.info(`batch ${b.index}/${total} (${b.hosts.join(', ')}): upgraded in an earlier run, skipped`);
          continue;
        }
        const label = `workers batch ${b.index}/${total}`;
        await r.group(`Upgrade ${label}: ${b.hosts.join(', ')}`, () => this.step(b, label, () => this.steps(b).batch(b)));
        this.current = { step: p, label: PHASE_TITLES.workers };
      }
      return `${total} batch(es)`;
    });
  }

  private steps(rec: StepRecord): KubespraySteps {
    return new KubespraySteps({
      playbookCompletedAt: rec.playbookCompletedAt,
      markPlaybookCompleted: async () => {
        rec.playbookCompletedAt = new Date().toISOString();
        await this.store.save(this.state!);
      },
      ansible: this.d.ansible,
      kube: this.d.kube,
      info: (l) => this.d.reporter.info(l),
      hosts: this.hosts!,
      kubesprayDir: this.s.kubesprayDir,
      target: this.state!.kubernetesTo,
      batchSize: this.s.batchSize,
      nodeTimeoutMs: this.s.nodeTimeoutMs,
      nodeSettleMs: this.s.nodeSettleMs,
      pauseBeforeNodeSeconds: this.s.pauseBeforeNodeSeconds,
      pauseAfterNodeSeconds: this.s.pauseAfterNodeSeconds,
      signal: this.abort.signal,
      throwIfAborted: () => this.throwIfAborted(),
    });
  }

  private async finalizePhase(): Promise<string> {
    const state = this.state!;
    const at = new Date().toISOString();
    state.lastApplied = { kubespray: state.kubesprayTo, kubernetes: state.kubernetesTo, upgradeId: state.upgradeId, at };
    state.status = 'succeeded';
    state.finishedAt = at;
    return `recorded Kubespray ${state.kubesprayTo} / Kubernetes ${state.kubernetesTo} as applied`;
  }

  private async saveQuietly(): Promise<void> {
    if (!this.state || this.lockLost) return;
    try {
      await this.store.save(this.state);
    } catch (e) {
      this.d.reporter.warning(`could not record the upgrade state: ${(e as Error).message}`);
    }
  }

  private async releaseLock(): Promise<void> {
    try {
      await this.lock.release();
    } catch (e) {
      this.d.reporter.warning(`could not release the upgrade lock (it expires by itself after ${this.s.lockDurationSeconds}s): ${(e as Error).message}`);
    }
  }
}

interface Preflight {
  checks: Check[];
  snapshot: ClusterSnapshot;
  previous?: UpgradeState;
  applied: AppliedRelease;
  kubeTarget: KubeTarget;
  resuming: boolean;
  alreadyApplied: boolean;
  hosts: ClusterHosts;
}

function appliedFields(a: AppliedRelease): Pick<UpgradeOutcome, 'kubesprayFrom' | 'kubesprayFromSource'> {
  return { kubesprayFrom: a.known ? a.tag : undefined, kubesprayFromSource: fromSource(a) };
}

function phaseRecord(s: UpgradeState, name: PhaseName): PhaseRecord {
  const p = s.phases.find((x) => x.name === name);
  if (!p) throw new Error(`phase ${name} missing from the plan`);
  return p;
}

