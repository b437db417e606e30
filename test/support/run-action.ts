import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distEntry } from './paths.js';

export interface ActionRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  durationMs: number;
}

export interface RunActionOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Signal to send after the given delay, to test cancellation. */
  kill?: { signal: NodeJS.Signals; afterMs: number } | { signal: NodeJS.Signals; whenStdoutMatches: RegExp };
  timeoutMs?: number;
}

/**
 * Runs a bundled action as the runner does: `node dist/<action>/index.js` with INPUT_*
 * variables and GITHUB_OUTPUT / GITHUB_STEP_SUMMARY files, on this process's Node (24).
 */
export async function runAction(action: string, inputs: Record<string, string>, options: RunActionOptions = {}): Promise<ActionRun> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ksu-run-'));
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: dir,
    GITHUB_WORKSPACE: options.cwd ?? process.cwd(),
    ...options.env,
  };
  for (const [k, v] of Object.entries(inputs)) env[`INPUT_${k.replace(/ /g, '_').toUpperCase()}`] = v;
  const started = performance.now();
  try {
    const result = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
      const child = spawn(process.execPath, [distEntry(action)], { cwd: options.cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
      let stdout = '';
      let stderr = '';
      const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 110_000);
      const kill = options.kill;
      if (kill && 'afterMs' in kill) setTimeout(() => child.kill(kill.signal), kill.afterMs);
      child.stdout.on('data', (b: Buffer) => {
        stdout += b.toString();
        if (kill && 'whenStdoutMatches' in kill && kill.whenStdoutMatches.test(stdout) && child.exitCode === null && !child.killed) {
          child.kill(kill.signal);
        }
      });
      child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
      child.on('error', reject);
      child.on('close', (code) => {
        clearTimeout(timer);
        resolve({ code: code ?? 128, stdout, stderr });
      });
    });
    return {
      exitCode: result.code,
      stdout: result.stdout,
      stderr: result.stderr,
      outputs: parseGithubOutput(readFileSync(outputFile, 'utf8')),
      summary: readFileSync(summaryFile, 'utf8'),
      durationMs: performance.now() - started,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Parses the `name<<delimiter` heredoc format @actions/core writes to GITHUB_OUTPUT. */
export function parseGithubOutput(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^=<]+)<<(.+)$/.exec(lines[i]!);
    if (m) {
      const [, name, delim] = m as unknown as [string, string, string];
      const value: string[] = [];
      for (i++; i < lines.length && lines[i] !== delim; i++) value.push(lines[i]!);
      out[name] = value.join('\n');
    } else if (lines[i]!.includes('=')) {
      const eq = lines[i]!.indexOf('=');
      out[lines[i]!.slice(0, eq)] = lines[i]!.slice(eq + 1);
    }
  }
  return out;
}

/** The `::error::` lines an action printed, i.e. what the runner shows as the failure. */
export function errorAnnotations(stdout: string): string[] {
  return stdout
    .split('\n')
    .filter((l) => l.startsWith('::error'))
    .map((l) => l.replace(/^::error[^:]*::/, '').replace(/%0A/g, '\n').replace(/%25/g, '%'));
}
