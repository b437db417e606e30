import type { BackupRecord } from '../etcd/backup.js';

export const STATE_CONFIGMAP = 'kubespray-upgrade-state';
export const STATE_KEY = 'state.json';
export const STATE_SCHEMA_VERSION = 1;

/**
 * running: a run holds (or held, if its runner died) the lock and is working;
 * failed / interrupted: stopped part-way, a rerun with the same target resumes;
 * succeeded: every phase done, versions recorded in lastApplied;
 * abandoned: set by a human (kubectl edit) after giving up on an incomplete upgrade.
 */
export type UpgradeStatus = 'running' | 'failed' | 'interrupted' | 'succeeded' | 'abandoned';
export type StepStatus = 'pending' | 'running' | 'succeeded' | 'failed' | 'interrupted' | 'skipped';
export type PhaseName = 'preflight' | 'backup' | 'facts' | 'control-plane' | 'workers' | 'upgrade' | 'finalize';
export type Strategy = 'phased' | 'single';

export interface StepRecord {
  status: StepStatus;
  startedAt?: string;
  finishedAt?: string;
  durationMs?: number;
  message?: string;
  attempts: number;
  /**
   * When this step's playbook finished successfully, kept while only the checks after it
   * failed for a transient API read error (or a cancel): a rerun then repeats the checks,
   * never the playbook.
   */
  playbookCompletedAt?: string;
}

export interface PhaseRecord extends StepRecord {
  name: PhaseName;
}

export interface BatchRecord extends StepRecord {
  index: number;
  /** Inventory names, the --limit of the batch. */
  hosts: string[];
  /** Kubernetes node names of those hosts. */
  nodes: string[];
}

export interface AppliedVersions {
  kubespray: string;
  kubernetes: string;
  upgradeId: string;
  at: string;
}

export interface HistoryEntry {
  upgradeId: string;
  kubesprayTo: string;
  kubernetesTo: string;
  status: UpgradeStatus;
  startedAt: string;
  finishedAt?: string;
}

/** The document in ConfigMap kubespray-upgrade-state, key state.json. verify reads kubernetesTo, status and startedAt. */
export interface UpgradeState {
  schemaVersion: typeof STATE_SCHEMA_VERSION;
  upgradeId: string;
  status: UpgradeStatus;
  strategy: Strategy;
  /** Kubespray release last applied before this upgrade, when known. */
  kubesprayFrom?: string;
  /** Where kubesprayFrom was learnt: the previous upgrade's record, or (first run) the cluster repo's history. */
  kubesprayFromSource?: FromSource;
  kubesprayTo: string;
  /** Lowest apiserver version when the upgrade started. */
  kubernetesFrom: string;
  /** The effective kube_version of the target (v-prefixed). */
  kubernetesTo: string;
  startedAt: string;
  updatedAt: string;
  finishedAt?: string;
  /** Who is running it: workflow run and runner, for humans reading the ConfigMap. */
  runBy: string;
  phases: PhaseRecord[];
  batches: BatchRecord[];
  backup?: BackupRecord;
  /** Versions of the last upgrade that succeeded (this one once it does). */
  lastApplied?: AppliedVersions;
  /** Previous upgrades, newest first, at most HISTORY_LIMIT. */
  history: HistoryEntry[];
  message?: string;
}

/** state: the previous upgrade's lastApplied; repo-history: a first run, the pin before the merged hop; unknown: neither. */
export interface FromSource {
  kind: 'state' | 'repo-history' | 'unknown';
  detail: string;
}

export const HISTORY_LIMIT = 10;

export function isIncomplete(s: UpgradeState): boolean {
  return s.status === 'running' || s.status === 'failed' || s.status === 'interrupted';
}

export function phase(s: UpgradeState, name: PhaseName): PhaseRecord {
  const p = s.phases.find((x) => x.name === name);
  if (!p) throw new Error(`phase ${name} is not part of upgrade ${s.upgradeId}`);
  return p;
}

/** Reads state.json leniently: a document this version cannot read is reported, never guessed at. */
export function parseState(text: string): UpgradeState {
  const raw = JSON.parse(text) as Partial<UpgradeState>;
  if (raw.schemaVersion !== STATE_SCHEMA_VERSION) {
    throw new Error(`state.json has schemaVersion ${String(raw.schemaVersion)}, this run-upgrade reads ${STATE_SCHEMA_VERSION}`);
  }
  if (typeof raw.upgradeId !== 'string' || typeof raw.status !== 'string' || !Array.isArray(raw.phases)) {
    throw new Error('state.json lacks upgradeId, status or phases');
  }
  return { batches: [], history: [], ...raw } as UpgradeState;
}
