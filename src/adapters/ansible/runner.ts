import path from 'node:path';

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

/**
 * The argv that runs an Ansible program on the runner or inside the Kubespray image.
 * Every path is mounted at the same absolute path so arguments need no translation.
 */
export function commandLine(runner: AnsibleRunner, inv: AnsibleInvocation): CommandLine {
  const env: NodeJS.ProcessEnv = { ...process.env, ...inv.env };
  if (runner.kind === 'local') return { command: inv.program, args: [...inv.args], cwd: inv.cwd, env };
  if (!runner.image) throw new Error('the container runner needs an image');
  const engine = runner.engine ?? 'docker';
  const mounts = mountRoots(runner.workdir ? inv.paths : [inv.cwd, ...inv.paths]);
  const args = ['run', '--rm', '--init', '--network', 'host', '--workdir', runner.workdir ?? inv.cwd];
  if (inv.name) args.push('--name', inv.name);
  for (const dir of mounts) args.push('--volume', `${dir}:${dir}`);
  for (const key of Object.keys(inv.env).sort()) args.push('--env', key);
  args.push('--entrypoint', inv.program, runner.image, ...inv.args);
  return {
    command: engine,
    args,
    cwd: inv.cwd,
    env,
    stop: inv.name ? { command: engine, args: ['kill', inv.name] } : undefined,
  };
}

/** The distinct absolute paths to mount, dropping any that sits inside another one. */
export function mountRoots(paths: readonly string[]): string[] {
  const abs = [...new Set(paths.map((p) => path.resolve(p)))].sort();
  return abs.filter((p) => !abs.some((q) => q !== p && (p.startsWith(q.endsWith('/') ? q : q + '/'))));
}
