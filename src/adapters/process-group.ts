import { spawn } from 'node:child_process';
import { ExternalCommandError } from '../core/errors.js';
import type { CommandLine, GroupRunOptions, GroupRunResult, RunProcessGroup } from '../core/ansible/ansible-runner.js';

const TAIL_LINES = 40;

/**
 * Runs a command as the leader of its own process group, so that a timeout or a cancel
 * stops everything it started (ansible forks, ssh, a container client), not just the
 * leader. Never through a shell. The core's RunProcessGroup: entrypoints pass it to Ansible.
 */
export const runProcessGroup: RunProcessGroup = (cmd: CommandLine, options: GroupRunOptions = {}): Promise<GroupRunResult> => {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(cmd.command, cmd.args, { cwd: cmd.cwd, env: cmd.env, detached: true, stdio: ['ignore', 'pipe', 'pipe'], shell: false });
    if (child.pid !== undefined) options.onGroup?.started(child.pid);
    const tail: string[] = [];
    let timedOut = false;
    let aborted = false;
    let killTimer: NodeJS.Timeout | undefined;
    let closed = false;
    const emit = (line: string) => {
      tail.push(line);
      if (tail.length > TAIL_LINES) tail.shift();
      options.onLine?.(line);
    };
    const splitter = () => {
      let rest = '';
      return {
        push: (b: Buffer) => {
          rest += b.toString('utf8');
          const lines = rest.split('\n');
          rest = lines.pop()!;
          for (const l of lines) emit(l.replace(/\r$/, ''));
        },
        flush: () => rest && emit(rest),
      };
    };
    const out = splitter();
    const err = splitter();
    const captured: Buffer[] = [];
    child.stdout.on('data', options.captureStdout ? (b: Buffer) => captured.push(b) : out.push);
    child.stderr.on('data', err.push);

    const killGroup = () => {
      // The leader may have exited while a grandchild still holds the pipes: kill the group anyway.
      if (killTimer || closed || child.pid === undefined) return;
      signalGroup(child.pid, 'SIGTERM');
      if (cmd.stop) spawn(cmd.stop.command, cmd.stop.args, { stdio: 'ignore', detached: false }).on('error', () => undefined);
      killTimer = setTimeout(() => signalGroup(child.pid!, 'SIGKILL'), options.graceMs ?? 5000);
    };
    const timer =
      options.timeoutMs && options.timeoutMs > 0
        ? setTimeout(() => {
            timedOut = true;
            killGroup();
          }, options.timeoutMs)
        : undefined;
    const onAbort = () => {
      aborted = true;
      killGroup();
    };
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort, { once: true });

    child.on('error', (e: NodeJS.ErrnoException) => {
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      const hint = e.code === 'ENOENT' ? ` (is ${cmd.command} installed and on PATH?)` : '';
      reject(new ExternalCommandError(`could not start ${cmd.command}: ${e.message}${hint}`, null, ''));
    });
    child.on('close', (code, signal) => {
      closed = true;
      clearTimeout(timer);
      options.signal?.removeEventListener('abort', onAbort);
      out.flush();
      err.flush();
      // After a kill, sweep stragglers that ignored SIGTERM. A normal exit leaves the group
      // alone: ssh ControlPersist masters live there and are reused by the next phase.
      if (killTimer && child.pid !== undefined) signalGroup(child.pid, 'SIGKILL');
      clearTimeout(killTimer);
      if (child.pid !== undefined) options.onGroup?.ended(child.pid);
      const stdout = options.captureStdout ? Buffer.concat(captured).toString('utf8') : undefined;
      resolve({ exitCode: code, signal, timedOut, aborted, durationMs: performance.now() - started, tail, stdout });
    });
  });
};

function signalGroup(pid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pid, signal);
  } catch {
    // The group is already gone.
  }
}
