import type { KubeApi } from '../kube/index.js';
import { UpgradeLock } from './lock.js';
import { StateStore } from './state-store.js';
import type { Redactor } from '../text/redact.js';
import type { StepRecord } from './state.js';

export interface LeftoverRun {
  namespace: string;
  /** The holder identity the main step used for the lock and state.runBy. */
  holder: string;
  /** False when the main step never reached its end (killed, or the runner lost it). */
  mainFinished: boolean;
  /** Why the main step did not finish, for the state's message. */
  reason: string;
}

export interface CleanupResult {
  /** The state was marked interrupted by this cleanup. */
  markedInterrupted: boolean;
  /** The lock Lease was still this run's and was deleted. */
  releasedLock: boolean;
}

/**
 * What a killed main step could not do: record the upgrade it was running as interrupted
 * (only if the state is still this run's and still says running), then give the lock up
 * if this run still holds it. Safe to run after a main step that finished: then both are
 * no-ops unless the main step's own release failed.
 */
export async function cleanUpAfterMain(kube: KubeApi, run: LeftoverRun, warn: (line: string) => void, redactor: Redactor): Promise<CleanupResult> {
  const result: CleanupResult = { markedInterrupted: false, releasedLock: false };
  if (!run.mainFinished) {
    try {
      result.markedInterrupted = await markInterrupted(kube, run, redactor);
    } catch (e) {
      warn(`could not record the upgrade as interrupted: ${(e as Error).message}`);
    }
  }
  try {
    result.releasedLock = await new UpgradeLock(kube, run.namespace, run.holder, 0).releaseLeftover();
  } catch (e) {
    warn(`could not release the upgrade lock (it expires by itself): ${(e as Error).message}`);
  }
  return result;
}

async function markInterrupted(kube: KubeApi, run: LeftoverRun, redactor: Redactor): Promise<boolean> {
  const store = new StateStore(kube, run.namespace, redactor);
  const state = await store.load();
  // Another run's upgrade (it took over an expired lock), or one this run already closed.
  if (!state || state.runBy !== run.holder || state.status !== 'running') return false;
  const at = new Date().toISOString();
  const stop = (rec: StepRecord) => {
    if (rec.status !== 'running') return;
    rec.status = 'interrupted';
    rec.message = run.reason;
    rec.finishedAt = at;
  };
  state.phases.forEach(stop);
  state.batches.forEach(stop);
  state.status = 'interrupted';
  state.message = run.reason;
  await store.save(state);
  return true;
}
