import { randomBytes } from 'node:crypto';
import type { ClusterHosts } from '../ansible/listed-inventory.js';
import { fromSource, type AppliedRelease } from './pin-history.js';
import { splitIntoBatches, type BatchSize } from './batches.js';
import { HISTORY_LIMIT, STATE_SCHEMA_VERSION, type BatchRecord, type PhaseName, type PhaseRecord, type Strategy, type UpgradeState } from './state.js';

export const PHASES: Record<Strategy, PhaseName[]> = {
  phased: ['preflight', 'backup', 'facts', 'control-plane', 'workers', 'finalize'],
  single: ['preflight', 'backup', 'upgrade', 'finalize'],
};

export function newUpgradeId(kubesprayTarget: string, now: Date): string {
  const stamp = now.toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  return `${kubesprayTarget.replace(/[^A-Za-z0-9.]/g, '_')}-${stamp}-${randomBytes(2).toString('hex')}`;
}

function batchRecords(workers: readonly string[], size: BatchSize, hosts: ClusterHosts, firstIndex = 1): BatchRecord[] {
  return splitIntoBatches(workers, size).map((hs, i) => ({
    index: firstIndex + i,
    hosts: hs,
    nodes: hs.map((h) => hosts.nodeName.get(h) ?? h),
    status: 'pending',
    attempts: 0,
  }));
}

export interface NewUpgrade {
  kubesprayTarget: string;
  kubernetesTarget: string;
  kubernetesFrom: string;
  strategy: Strategy;
  batchSize: BatchSize;
  hosts: ClusterHosts;
  runBy: string;
  now: Date;
  /** The release applied before, when known (the state, or on a first run the repo's history). */
  appliedBefore: AppliedRelease;
}

/** A fresh state; lastApplied and history carry over from the previous document. */
export function newUpgradeState(n: NewUpgrade, previous: UpgradeState | undefined): UpgradeState {
  const at = n.now.toISOString();
  const history = previous
    ? [
        { upgradeId: previous.upgradeId, kubesprayTo: previous.kubesprayTo, kubernetesTo: previous.kubernetesTo, status: previous.status, startedAt: previous.startedAt, finishedAt: previous.finishedAt },
        ...previous.history,
      ].slice(0, HISTORY_LIMIT)
    : [];
  return {
    schemaVersion: STATE_SCHEMA_VERSION,
    upgradeId: newUpgradeId(n.kubesprayTarget, n.now),
    status: 'running',
    strategy: n.strategy,
    ...(n.appliedBefore.known ? { kubesprayFrom: n.appliedBefore.tag } : {}),
    kubesprayFromSource: fromSource(n.appliedBefore),
    kubesprayTo: n.kubesprayTarget,
    kubernetesFrom: n.kubernetesFrom,
    kubernetesTo: n.kubernetesTarget,
    startedAt: at,
    updatedAt: at,
    runBy: n.runBy,
    phases: PHASES[n.strategy].map((name): PhaseRecord => ({ name, status: 'pending', attempts: 0 })),
    batches: n.strategy === 'phased' ? batchRecords(n.hosts.workers, n.batchSize, n.hosts) : [],
    lastApplied: previous?.lastApplied,
    history,
  };
}

/**
 * The previous, incomplete state made ready to continue: finished phases and batches stay
 * finished, the one that failed or was cut off is retried, and workers added to the
 * inventory since get batches of their own at the end.
 */
export function resumeUpgradeState(previous: UpgradeState, o: { batchSize: BatchSize; hosts: ClusterHosts; runBy: string }): UpgradeState {
  const s: UpgradeState = structuredClone(previous);
  s.status = 'running';
  s.runBy = o.runBy;
  delete s.message;
  delete s.finishedAt;
  for (const step of [...s.phases, ...s.batches]) {
    if (step.status !== 'succeeded' && step.status !== 'skipped') step.status = 'pending';
  }
  if (s.strategy === 'phased') {
    // Kubespray needs facts cached before any --limit run, and the cache lives on the
    // runner (a new runner after a lost one has none): gather them again while work remains.
    const remaining = s.phases.some((p) => (p.name === 'control-plane' || p.name === 'workers') && p.status !== 'succeeded');
    const facts = s.phases.find((p) => p.name === 'facts');
    if (facts && remaining) facts.status = 'pending';
    const planned = new Set(s.batches.flatMap((b) => b.hosts));
    const added = o.hosts.workers.filter((h) => !planned.has(h));
    if (added.length > 0) {
      s.batches.push(...batchRecords(added, o.batchSize, o.hosts, s.batches.length + 1));
      const workers = s.phases.find((p) => p.name === 'workers');
      if (workers?.status === 'succeeded') workers.status = 'pending';
      const fin = s.phases.find((p) => p.name === 'finalize');
      if (fin?.status === 'succeeded') fin.status = 'pending';
    }
  }
  return s;
}

/** Nodes a resumed run retries: those of a phase or batch that was started and did not finish. */
export function nodesBeingRetried(previous: UpgradeState, hosts: ClusterHosts): Set<string> {
  const started = (st: { status: string; attempts: number }) => st.attempts > 0 && st.status !== 'succeeded' && st.status !== 'skipped';
  const out = new Set<string>();
  const node = (h: string) => hosts.nodeName.get(h) ?? h;
  for (const b of previous.batches) if (started(b)) b.nodes.forEach((n) => out.add(n));
  for (const p of previous.phases) {
    if (!started(p)) continue;
    if (p.name === 'control-plane') hosts.controlPlane.forEach((h) => out.add(node(h)));
    if (p.name === 'upgrade') [...hosts.nodeName.values()].forEach((n) => out.add(n));
  }
  return out;
}

/** Node names this run will upgrade: every inventory host's node, less the batches a resumed upgrade finished. */
export function nodesToUpgrade(hosts: ClusterHosts, resumed: UpgradeState | undefined): Set<string> {
  const done = new Set((resumed?.batches ?? []).filter((b) => b.status === 'succeeded').flatMap((b) => b.nodes));
  return new Set([...hosts.nodeName.values()].filter((n) => !done.has(n)));
}
