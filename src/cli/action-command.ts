import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { actionsRunner, actionsRunnerLoggingTo } from '../adapters/runner/actions-runner.js';
import type { ActionHost } from '../adapters/runner/host.js';
import { TerminalHost } from '../adapters/runner/terminal.js';
import { ActionError } from '../core/errors.js';
import { parseActionFlags } from './action-flags.js';
import { renderActionHelp } from './action-help.js';
import { UsageError } from './args.js';
import { defaultValue, inputVariable, type ActionInput } from './inputs/action-input.js';

/** A CLI command that is one of the actions: same inputs, same run(), same outputs. */
export interface ActionCommandSpec {
  command: string;
  /** The directory under actions/ and src/actions/. */
  action: string;
  about: string;
  inputs: readonly ActionInput[];
  /** What a runner always provides and a terminal may lack, checked before anything runs. */
  precheck?(inputs: ReadonlyMap<string, string>, env: NodeJS.ProcessEnv): void;
}

/**
 * Runs the action in this process: INPUT_* variables from the flags and the action.yml
 * defaults, as the runner sets them; the log, outputs and summary go to a TerminalHost (on a
 * runner, GITHUB_ACTIONS=true, the log stays the runner's, which understands workflow
 * commands). Then prints the summary and the outputs and returns the action's exit code.
 */
export async function runActionCommand(spec: ActionCommandSpec, argv: readonly string[]): Promise<number> {
  const flags = parseActionFlags(argv, spec.inputs);
  if (flags.help) {
    process.stdout.write(renderActionHelp(spec));
    return 0;
  }
  const inputs = resolveInputs(spec.inputs, flags.given, process.env);
  spec.precheck?.(inputs, process.env);

  const restoreEnv = setEnv(Object.fromEntries([...inputs].map(([name, value]) => [inputVariable(name), value])));
  // With --json, stdout carries the JSON object and nothing else: the log, and on a runner its
  // workflow commands too (the runner reads them on stderr as well), go to stderr.
  const log = flags.json ? process.stderr : process.stdout;
  const terminal = new TerminalHost({ log, diagnostics: process.stderr, debug: process.env.RUNNER_DEBUG === '1' });
  const host: ActionHost = process.env.GITHUB_ACTIONS === 'true' ? runnerHost(terminal, log) : terminal;
  const exitCodeBefore = process.exitCode;
  try {
    // The bundle's index.js is the very code a runner runs; imported, it leaves run() to us.
    const action = (await import(/* webpackIgnore: true */ actionEntry(spec.action))) as { run(host: ActionHost): Promise<void> };
    await action.run(host);
    printResult(terminal.summary, Object.fromEntries(terminal.outputs), flags.json);
    return terminal.failed ? 1 : 0;
  } finally {
    process.exitCode = exitCodeBefore;
    restoreEnv();
  }
}

/**
 * On a runner the log is the runner's, in workflow commands it understands; the outputs and
 * the summary are kept, as at a terminal, for the CLI to print.
 */
function runnerHost(terminal: TerminalHost, log: NodeJS.WritableStream): ActionHost {
  const runner = log === process.stdout ? actionsRunner : actionsRunnerLoggingTo(log);
  return {
    ...runner,
    setOutput: (n, v) => terminal.setOutput(n, v),
    appendSummary: (m) => terminal.appendSummary(m),
    setFailed: (m) => {
      terminal.failed = true;
      runner.setFailed(m);
    },
  };
}

/**
 * The action's own bundle, dist/<action>/index.js beside this CLI's dist/cli/index.js: the
 * very code a runner runs, loaded only when its command runs (verify and run-upgrade carry
 * the Kubernetes client, which would cost `detect` about 300 ms). Run unbundled (build/ or
 * src/ through tsx), the action's compiled or source entry point is used instead.
 */
export function actionEntry(action: string): string {
  const here = path.dirname(fileURLToPath(import.meta.url));
  const candidates = [path.join(here, '..', action, 'index.js'), path.join(here, '..', 'actions', action, 'index.js')];
  const found = candidates.find((c) => existsSync(c) || existsSync(c.replace(/\.js$/, '.ts')));
  if (!found) throw new ActionError(`the ${action} action is not beside the CLI (looked for ${candidates.join(', ')}); run the CLI from a checkout of the suite`);
  return pathToFileURL(found).href;
}

/** Every input's value as the runner would pass it; a missing required flag is a usage error. */
export function resolveInputs(inputs: readonly ActionInput[], given: ReadonlyMap<string, string>, env: NodeJS.ProcessEnv): Map<string, string> {
  const missing = inputs.filter((i) => i.required && (given.get(i.name) ?? '').trim() === '');
  if (missing.length > 0) throw new UsageError(`${missing.map((i) => `--${i.name}`).join(' and ')} ${missing.length === 1 ? 'is' : 'are'} required`);
  return new Map(inputs.map((i) => [i.name, given.get(i.name) ?? defaultValue(i, env)]));
}

function printResult(summary: string, outputs: Record<string, string>, json: boolean): void {
  const summaryText = summary.trim() ? `== Summary\n${summary.replace(/\n*$/, '\n')}` : '';
  if (json) {
    process.stderr.write(summaryText);
    process.stdout.write(JSON.stringify(outputs, null, 2) + '\n');
    return;
  }
  const lines = Object.entries(outputs).map(([name, value]) => `${name} = ${value.replace(/\n/g, '\n    ')}`);
  process.stdout.write(summaryText + (lines.length > 0 ? `== Outputs\n${lines.join('\n')}\n` : ''));
}

/** Sets the variables and returns how to put back what was there before. */
function setEnv(vars: Record<string, string>): () => void {
  const before = Object.keys(vars).map((k) => [k, process.env[k]] as const);
  Object.assign(process.env, vars);
  return () => {
    for (const [k, v] of before) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
  };
}
