import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { setLogStream, setTerminalMode } from '../shared/actions/toolkit.js';
import { ActionError } from '../shared/errors.js';
import { parseActionFlags } from './action-flags.js';
import { renderActionHelp } from './action-help.js';
import { UsageError } from './args.js';
import { defaultValue, inputVariable, type ActionInput } from './inputs/action-input.js';
import { parseOutputFile } from './output-file.js';

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
 * Runs the action in this process as the runner would: INPUT_* variables from the flags and
 * the action.yml defaults, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY in a temp dir. Then prints
 * the summary and the outputs and returns the action's exit code.
 */
export async function runActionCommand(spec: ActionCommandSpec, argv: readonly string[]): Promise<number> {
  const flags = parseActionFlags(argv, spec.inputs);
  if (flags.help) {
    process.stdout.write(renderActionHelp(spec));
    return 0;
  }
  const inputs = resolveInputs(spec.inputs, flags.given, process.env);
  spec.precheck?.(inputs, process.env);

  const dir = mkdtempSync(path.join(os.tmpdir(), 'kubespray-upgrade-cli-'));
  const outputFile = path.join(dir, 'output');
  const summaryFile = path.join(dir, 'summary');
  writeFileSync(outputFile, '');
  writeFileSync(summaryFile, '');
  const restoreEnv = setEnv({
    ...Object.fromEntries([...inputs].map(([name, value]) => [inputVariable(name), value])),
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
  });
  const exitCodeBefore = process.exitCode;
  process.exitCode = undefined;
  setTerminalMode(true);
  // With --json, stdout carries the JSON object and nothing else.
  setLogStream(flags.json ? 'stderr' : 'stdout');
  try {
    // The bundle's index.js runs the action on import, exactly as the runner starts it.
    await import(/* webpackIgnore: true */ actionEntry(spec.action));
    const exitCode = Number(process.exitCode ?? 0);
    printResult(readFileSync(summaryFile, 'utf8'), parseOutputFile(readFileSync(outputFile, 'utf8')), flags.json);
    return exitCode;
  } finally {
    setTerminalMode(false);
    setLogStream('stdout');
    process.exitCode = exitCodeBefore;
    restoreEnv();
    rmSync(dir, { recursive: true, force: true });
  }
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
