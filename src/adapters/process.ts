import { spawn } from 'node:child_process';
import { ExternalCommandError } from '../core/errors.js';
import type { CommandOutcome, RunCommand, RunCommandOptions } from '../core/verify/checks/types.js';

export interface ProcessOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  input?: string;
  /** Non-zero exits resolve instead of throwing; the caller inspects exitCode. */
  allowFailure?: boolean;
}

export interface ProcessResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs a program with an argv array and never through a shell: tag names, URLs and
 * inventory values are untrusted and must not be interpreted.
 */
export function runProcess(command: string, args: readonly string[], options: ProcessOptions = {}): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, {
      cwd: options.cwd,
      env: options.env ?? process.env,
      stdio: ['pipe', 'pipe', 'pipe'],
      shell: false,
    });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => {
      const hint = e.code === 'ENOENT' ? ` (is ${command} installed and on PATH?)` : '';
      reject(new ExternalCommandError(`could not start ${command}: ${e.message}${hint}`, null, ''));
    });
    child.on('close', (code, signal) => {
      const result = {
        exitCode: code ?? 128,
        stdout: Buffer.concat(out).toString('utf8'),
        stderr: Buffer.concat(err).toString('utf8'),
      };
      if (result.exitCode !== 0 && !options.allowFailure) {
        const why = signal ? `was killed by ${signal}` : `exited with ${result.exitCode}`;
        reject(
          new ExternalCommandError(
            `${command} ${args.join(' ')} ${why}: ${result.stderr.trim() || result.stdout.trim()}`,
            code,
            result.stderr,
          ),
        );
        return;
      }
      resolve(result);
    });
    child.stdin.on('error', () => {
      // The child may exit before reading its input; its exit status tells the story.
    });
    child.stdin.end(options.input ?? '');
  });
}

/**
 * The core's RunCommand (verify's regression commands): stdout and stderr kept together, up
 * to maxOutput characters; aborting kills the whole process group.
 */
export const runWithCombinedOutput: RunCommand = (command: string, args: readonly string[], options: RunCommandOptions): Promise<CommandOutcome> => {
  const { env, signal: abort, maxOutput } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
    let output = '';
    const append = (b: Buffer) => {
      if (output.length < maxOutput) output += b.toString('utf8');
    };
    child.stdout.on('data', append);
    child.stderr.on('data', append);
    // A timeout kills the whole process group: the team's commands may have started children.
    const kill = () => {
      try {
        process.kill(-child.pid!, 'SIGTERM');
        setTimeout(() => {
          try {
            process.kill(-child.pid!, 'SIGKILL');
          } catch {
            // already gone
          }
        }, 5000).unref();
      } catch {
        // already gone
      }
    };
    abort.addEventListener('abort', kill, { once: true });
    child.on('error', (e) => reject(e));
    child.on('close', (code, signal) => {
      abort.removeEventListener('abort', kill);
      resolve({ code, signal, output });
    });
  });
};
