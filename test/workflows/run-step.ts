import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Step } from './workflow-files.js';

export interface StepRun {
  exitCode: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  runnerTemp: string;
}

/**
 * Runs a workflow step's `run:` script the way the runner does (`bash --noprofile --norc -eo
 * pipefail`), with GITHUB_OUTPUT, GITHUB_STEP_SUMMARY and RUNNER_TEMP, and the values of the
 * step's `env:` entries supplied by the test. Supplying a variable the step does not declare
 * is an error, so a renamed variable cannot go unnoticed.
 */
export async function runStep(step: Step, env: Record<string, string>, o: { tempRoot: string; cwd?: string; path?: string }): Promise<StepRun> {
  if (typeof step.run !== 'string') throw new Error(`step ${step.name ?? step.id} has no run:`);
  const declared = Object.keys(step.env ?? {});
  const unknown = Object.keys(env).filter((k) => !declared.includes(k));
  if (unknown.length > 0) throw new Error(`step ${step.name ?? step.id} declares no env ${unknown.join(', ')} (it has ${declared.join(', ')})`);
  // Under the test's temp dir, which the test removes: the step's files are inspected afterwards.
  const dir = mkdtempSync(path.join(o.tempRoot, 'step-'));
  const runnerTemp = path.join(dir, 'runner-temp');
  mkdirSync(runnerTemp);
  const files = { output: path.join(dir, 'output'), summary: path.join(dir, 'summary'), script: path.join(dir, 'step.sh') };
  writeFileSync(files.output, '');
  writeFileSync(files.summary, '');
  writeFileSync(files.script, step.run);
  // Declared variables the test leaves out arrive empty, as an empty expression does.
  const stepEnv = Object.fromEntries(declared.map((k) => [k, env[k] ?? '']));
  const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', files.script], {
    cwd: o.cwd ?? dir,
    env: { PATH: o.path ?? process.env.PATH, HOME: process.env.HOME, GITHUB_OUTPUT: files.output, GITHUB_STEP_SUMMARY: files.summary, RUNNER_TEMP: runnerTemp, ...stepEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
  child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code) => resolve(code ?? 1)));
  const outputs: Record<string, string> = {};
  for (const line of readFileSync(files.output, 'utf8').split('\n').filter(Boolean)) {
    const eq = line.indexOf('=');
    outputs[line.slice(0, eq)] = line.slice(eq + 1);
  }
  return { exitCode, stdout, stderr, outputs, summary: readFileSync(files.summary, 'utf8'), runnerTemp };
}

/** A PATH whose `node` is this process's Node (24), as actions/setup-node leaves it. */
export function pathWithThisNode(dir: string): string {
  const bin = path.join(dir, 'node-bin');
  mkdirSync(bin, { recursive: true });
  rmSync(path.join(bin, 'node'), { force: true });
  symlinkSync(process.execPath, path.join(bin, 'node'));
  return `${bin}${path.delimiter}${process.env.PATH ?? ''}`;
}
