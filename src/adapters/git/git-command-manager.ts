import { setTimeout as sleep } from 'node:timers/promises';
import { ExternalCommandError } from '../../core/errors.js';
import { runProcess, type ProcessResult } from '../process.js';
import { redactUrl } from './remote-url.js';

export interface GitExecOptions {
  allowFailure?: boolean;
  input?: string;
  env?: NodeJS.ProcessEnv;
}

/** The one door to git. Everything else in the suite calls git through this interface. */
export interface Git {
  readonly cwd: string;
  exec(args: readonly string[], options?: GitExecOptions): Promise<ProcessResult>;
  /** The same git, run in another directory (for example the submodule's own repository). */
  at(cwd: string): Git;
}

/**
 * Config that every git call carries: untrusted `.gitmodules` URLs must never reach the
 * `ext::` transport, and a runner has no terminal to answer a credential prompt.
 */
const SAFETY_CONFIG = ['-c', 'protocol.ext.allow=never', '-c', 'core.quotePath=false'];

/** Git subcommands that talk to a remote: the ones worth retrying when the network blinks. */
const NETWORK_VERBS = new Set(['fetch', 'ls-remote', 'push', 'clone', 'pull']);

/**
 * What git prints when the network, not the request, failed: a reset, a timeout, a dropped
 * transfer or a 5xx from the server. A refused connection, an unknown host, a missing
 * repository or a rejected push are answers, and are not retried.
 */
const TRANSIENT =
  /Connection reset|Connection timed out|Operation timed out|Temporary failure in name resolution|early EOF|remote end hung up unexpectedly|RPC failed|unexpected disconnect|returned error: 5\d\d|The requested URL returned error: 429|TLS connection was non-properly terminated|gnutls_handshake\(\) failed/i;

export interface RetryPolicy {
  /** Waits before each retry; the attempts are one more than its length. Jittered by up to +50%. */
  delaysMs: readonly number[];
}

export const DEFAULT_RETRY: RetryPolicy = { delaysMs: [2_000, 8_000] };

export class GitCommandManager implements Git {
  constructor(
    readonly cwd: string,
    private readonly gitPath = 'git',
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
  ) {}

  /**
   * Runs git with argv (never a shell). Network verbs are retried with backoff on transient
   * failures, as actions/checkout does; a failure's message never shows URL credentials.
   */
  async exec(args: readonly string[], options: GitExecOptions = {}): Promise<ProcessResult> {
    const argv = [...SAFETY_CONFIG, ...args];
    const network = NETWORK_VERBS.has(args.find((a) => !a.startsWith('-')) ?? '');
    for (let attempt = 0; ; attempt++) {
      const r = await runProcess(this.gitPath, argv, { cwd: this.cwd, input: options.input, allowFailure: true, env: this.env(options.env) });
      if (r.exitCode === 0) return r;
      const delay = this.retry.delaysMs[attempt];
      if (network && delay !== undefined && TRANSIENT.test(r.stderr)) {
        await sleep(delay * (1 + Math.random() / 2));
        continue;
      }
      if (options.allowFailure) return r;
      const said = (r.stderr.trim() || r.stdout.trim()).split('\n').map(redactUrl).join('\n');
      throw new ExternalCommandError(`git ${argv.map(redactUrl).join(' ')} exited with ${r.exitCode}: ${said}`, r.exitCode, r.stderr);
    }
  }

  /** A manager for another directory, e.g. the submodule's own repository. */
  at(cwd: string): GitCommandManager {
    return new GitCommandManager(cwd, this.gitPath, this.retry);
  }

  private env(extra: NodeJS.ProcessEnv | undefined): NodeJS.ProcessEnv {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C', ...extra };
  }
}

/** `git show <rev>:<path>`, or undefined when the path does not exist at that revision. */
export async function showFile(git: Git, rev: string, filePath: string): Promise<string | undefined> {
  const r = await git.exec(['show', `${rev}:${filePath}`], { allowFailure: true });
  if (r.exitCode !== 0) return undefined;
  return r.stdout;
}
