import type { KubeApi } from '../../kube/kube-api.js';

export const ALL_CHECKS = ['nodes', 'versions', 'control-plane', 'system-pods', 'dns', 'workload', 'pod-network', 'regression'] as const;
export type CheckName = (typeof ALL_CHECKS)[number];

/** Checks that create pods in the verify namespace. */
export const CHECKS_NEEDING_NAMESPACE: readonly CheckName[] = ['dns', 'workload', 'pod-network'];

export type CheckStatus = 'passed' | 'failed' | 'skipped';

/** What a check found. An empty failures list means it passed. */
export interface CheckOutcome {
  /** One line for the summary table. */
  summary: string;
  /** Each a precise, self-contained statement of one problem. */
  failures: string[];
  /** Worth a look but not a failure (e.g. restarts since the upgrade started). */
  warnings?: string[];
  /** Captured command output (regression). */
  output?: string;
  skipped?: boolean;
}

export interface CheckResult {
  name: CheckName;
  status: CheckStatus;
  durationMs: number;
  summary: string;
  failures: string[];
  warnings: string[];
  output?: string;
}

export interface CheckContext {
  api: KubeApi;
  /** Canonical vX.Y.Z. */
  expectedVersion: string;
  namespace: string;
  image: string;
  clusterDomain: string;
  upgradeStartedAt?: Date;
  maxNodePairs: number;
  regressionCommands: string;
  /** The environment the regression commands get (the runner's, passed in by the entrypoint); KUBECONFIG is added to it. */
  regressionEnv: Readonly<Record<string, string | undefined>>;
  /** Starts the regression commands' bash (the process adapter's runWithCombinedOutput, passed in by the entrypoint). */
  runCommand: RunCommand;
  /** Absolute kubeconfig path for child processes, when one was given. */
  kubeconfig?: string;
  timeoutMs: number;
  /** Aborted when the check's timeout expires; long waits and child processes must stop. */
  signal: AbortSignal;
  /** What the check is doing now, so a timeout can say what it was waiting for. */
  progress(text: string): void;
}

export type Check = (ctx: CheckContext) => Promise<CheckOutcome>;

/** How a command ended, and its stdout and stderr together in the order they arrived. */
export interface CommandOutcome {
  code: number | null;
  signal: NodeJS.Signals | null;
  output: string;
}

export interface RunCommandOptions {
  /** The command's whole environment: nothing of this process's is added. */
  env: Readonly<Record<string, string | undefined>>;
  /** Aborting kills the command's whole process group: SIGTERM, then SIGKILL. */
  signal: AbortSignal;
  /** Output past this many characters is dropped, so a chatty command cannot grow memory without bound. */
  maxOutput: number;
}

/**
 * Runs argv, never through a shell, as the leader of its own process group (the commands
 * may start children). Any exit resolves; a command that cannot start rejects.
 */
export type RunCommand = (command: string, args: readonly string[], options: RunCommandOptions) => Promise<CommandOutcome>;
