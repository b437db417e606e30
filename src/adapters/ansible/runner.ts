import path from 'node:path';
import type { AnsibleInvocation, AnsibleRunner, CommandLine } from '../../core/ansible/ansible-runner.js';

/**
 * The argv that runs an Ansible program on the runner or inside the Kubespray image.
 * Every path is mounted at the same absolute path so arguments need no translation.
 * The core's BuildCommandLine: entrypoints pass it to Ansible.
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
