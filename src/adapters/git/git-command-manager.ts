import { runProcess, type ProcessResult } from '../process.js';

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

export class GitCommandManager implements Git {
  constructor(
    readonly cwd: string,
    private readonly gitPath = 'git',
  ) {}

  exec(args: readonly string[], options: GitExecOptions = {}): Promise<ProcessResult> {
    return runProcess(this.gitPath, [...SAFETY_CONFIG, ...args], {
      cwd: this.cwd,
      input: options.input,
      allowFailure: options.allowFailure,
      env: {
        ...process.env,
        GIT_TERMINAL_PROMPT: '0',
        GCM_INTERACTIVE: 'never',
        LC_ALL: 'C',
        ...options.env,
      },
    });
  }

  /** A manager for another directory, e.g. the submodule's own repository. */
  at(cwd: string): GitCommandManager {
    return new GitCommandManager(cwd, this.gitPath);
  }
}

/** `git show <rev>:<path>`, or undefined when the path does not exist at that revision. */
export async function showFile(git: Git, rev: string, filePath: string): Promise<string | undefined> {
  const r = await git.exec(['show', `${rev}:${filePath}`], { allowFailure: true });
  if (r.exitCode !== 0) return undefined;
  return r.stdout;
}
