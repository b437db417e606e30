/** Simulated durations, short so that a whole verify run takes seconds. */
export interface Timing {
  /** Reconcile loop period. */
  tickMs: number;
  /** Pending pod -> bound to a node. */
  scheduleMs: number;
  /** Bound -> containers running (image pull, sandbox). */
  startMs: number;
  /** How long a container that exits runs before it does. */
  runMs: number;
  /** Delay between a container exit and its restart (CrashLoopBackOff) under restartPolicy Always. */
  restartBackoffMs: number;
  /** Pod with deletionTimestamp -> gone. */
  podTerminationMs: number;
  /** Terminating namespace -> content and namespace gone. */
  namespaceFinalizeMs: number;
  /** A connection to an unreachable peer times out after min(client timeout, this). */
  networkTimeoutCapMs: number;
}

export const DEFAULT_TIMING: Timing = {
  tickMs: 20,
  scheduleMs: 30,
  startMs: 80,
  runMs: 100,
  restartBackoffMs: 300,
  podTerminationMs: 60,
  namespaceFinalizeMs: 200,
  networkTimeoutCapMs: 1500,
};
