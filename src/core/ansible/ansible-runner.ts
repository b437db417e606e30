/**
 * How the core runs Ansible programs: on the runner, or inside the team's Kubespray image.
 * The adapter (`src/adapters/ansible/runner.ts`) turns an invocation into the command line
 * of the chosen runner, and `src/adapters/process-group.ts` runs it; the entrypoint passes
 * both in (AnsibleSettings.commandLine and runGroup).
 */

export type RunnerKind = 'local' | 'container';
export type ContainerEngine = 'docker' | 'podman';

export interface AnsibleRunner {
  kind: RunnerKind;
  /** The team's Kubespray image; required for the container runner. */
  image?: string;
  engine?: ContainerEngine;
  /**
   * The image's own Kubespray tree (its WORKDIR), for an image-only repo: programs run
   * there, and the host directory they are given as cwd is only a copy preflight read.
   */
  workdir?: string;
}

export interface AnsibleInvocation {
  /** `ansible-playbook` or `ansible-inventory`. */
  program: string;
  args: readonly string[];
  /** Working directory: the Kubespray checkout, so its ansible.cfg and roles apply. */
  cwd: string;
  /** Host paths the command reads or writes (inventory, temp files, backup dir). */
  paths: readonly string[];
  /** Variables the command needs; passed by name to a container so values never appear in argv. */
  env: Readonly<Record<string, string>>;
  /** A name for the container, so it can be stopped when the client is killed. */
  name?: string;
}

export interface CommandLine {
  command: string;
  args: string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  /** Set for the container runner: `<engine> kill <name>` stops what killing the client may leave running. */
  stop?: { command: string; args: string[] };
}

/** The command line that runs `inv` with `runner`. */
export type BuildCommandLine = (runner: AnsibleRunner, inv: AnsibleInvocation) => CommandLine;

export interface GroupRunOptions {
  /** Kill the whole process group after this long; 0 or undefined means no limit. */
  timeoutMs?: number;
  /** Aborting kills the whole process group (cancelled job, lost lock). */
  signal?: AbortSignal;
  /** Each complete output line, stdout and stderr interleaved as they arrive. */
  onLine?: (line: string) => void;
  /** Time between SIGTERM and SIGKILL. */
  graceMs?: number;
  /** Keep stdout whole (and out of onLine), e.g. for JSON a command prints. */
  captureStdout?: boolean;
  /** Told the group's id once it runs, and again when it is gone (see GroupRecorder). */
  onGroup?: { started(pgid: number): void; ended(pgid: number): void };
}

export interface GroupRunResult {
  exitCode: number | null;
  /** The signal that ended the leader, if any. */
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  aborted: boolean;
  durationMs: number;
  /** The last lines of output, for error messages. */
  tail: string[];
  /** The whole stdout, when captureStdout was set. */
  stdout?: string;
}

/**
 * Runs a command as the leader of its own process group, so that a timeout or a cancel stops
 * everything it started, not just the leader; never through a shell. A command that cannot
 * start rejects; any exit resolves.
 */
export type RunProcessGroup = (cmd: CommandLine, options?: GroupRunOptions) => Promise<GroupRunResult>;

/** Where running process groups are written down, so a later step can stop what a killed one left (GroupRegistry). */
export interface GroupRecorder {
  started(pgid: number, stop?: CommandLine['stop']): void;
  ended(pgid: number): void;
}
