/**
 * How the core runs Ansible programs: on the runner, or inside the team's Kubespray image.
 * The adapter (`src/adapters/ansible/runner.ts`) turns an invocation into the command line
 * of the chosen runner; the entrypoint passes it in (AnsibleSettings.commandLine).
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
