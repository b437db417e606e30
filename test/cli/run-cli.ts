import { spawn } from 'node:child_process';
import { CLI_NODE } from '../support/cli-node.js';
import { suiteVersionLine } from '../../src/actions/common/suite-version.js';
import { git } from '../support/git.js';
import { distEntry, REPO_ROOT } from '../support/paths.js';

export interface CliRun {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Runs the bundled CLI, `node dist/cli/index.js <args>` on CLI_NODE, as a terminal would: a clean
 * environment (no GITHUB_ACTIONS, no INPUT_*, no GITHUB_OUTPUT) plus `env`.
 */
export function runCli(args: readonly string[], o: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {}): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, ...o.env };
  return new Promise((resolve, reject) => {
    const child = spawn(CLI_NODE, [distEntry('cli'), ...args], { cwd: o.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    const timer = setTimeout(() => child.kill('SIGKILL'), o.timeoutMs ?? 110_000);
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ exitCode: code ?? 128, stdout, stderr });
    });
  });
}

/** The `key = value` lines the CLI prints under `== Outputs`. */
export function printedOutputs(stdout: string): Record<string, string> {
  const at = stdout.lastIndexOf('\n== Outputs\n');
  if (at < 0) throw new Error(`no outputs section in:\n${stdout}`);
  return Object.fromEntries(
    stdout
      .slice(at + '\n== Outputs\n'.length)
      .split('\n')
      .filter((l) => l.includes(' = '))
      .map((l) => [l.slice(0, l.indexOf(' = ')), l.slice(l.indexOf(' = ') + 3)]),
  );
}

/**
 * The line an action run by the CLI from this checkout logs first: the suite version and the
 * checkout's commit (src/actions/common/suite-version.ts).
 */
export function suiteLine(action: string): string {
  return suiteVersionLine(action, {}, { top: REPO_ROOT, head: git(REPO_ROOT, ['rev-parse', 'HEAD']).trim() });
}
