/**
 * The GitHub Actions runner, spoken to through @actions/core: workflow commands, file commands
 * for outputs and the step summary, masks and groups. The one place the suite writes to a
 * runner's log, so the one place untrusted text is made inert (see log-hygiene.ts).
 */
import * as core from '@actions/core';
import type { Annotation } from '../../core/reporter.js';
import type { ActionHost } from './host.js';
import { fenceUntrusted } from './log-hygiene.js';

export type AnnotationProperties = Annotation;

export function info(text: string): void {
  for (const line of fenceUntrusted(text)) core.info(line);
}

// debug, annotations, group titles and setFailed go out as `::name::data` with the data
// escaped by @actions/core (%, CR and LF), so their text can never start a line of its own.
export const debug = (text: string): void => core.debug(text);
export const warning = (message: string | Error, where: Annotation = {}): void => core.warning(message, where);
export const error = (message: string | Error, where: Annotation = {}): void => core.error(message, where);
export const notice = (message: string | Error, where: Annotation = {}): void => core.notice(message, where);
export const startGroup = (title: string): void => core.startGroup(title);
export const endGroup = (): void => core.endGroup();
export const group = <T>(title: string, fn: () => Promise<T>): Promise<T> => core.group(title, fn);
export const setFailed = (message: string | Error): void => core.setFailed(message);
export const setOutput = (name: string, value: unknown): void => core.setOutput(name, value);
export const setSecret = (value: string): void => {
  if (value) core.setSecret(value);
};
export const isDebug = (): boolean => core.isDebug();
/** The input as the runner passes it (INPUT_<NAME>), trimmed; '' when absent. */
export const getInput = (name: string): string => core.getInput(name);

/** GitHub rejects a step summary over 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/**
 * Appends Markdown to the job summary through @actions/core's summary. Returns false when
 * there is no summary file, so local runs can print the summary themselves. The suite builds
 * whole Markdown documents, added raw and cut at the limit.
 */
export async function appendSummary(markdown: string): Promise<boolean> {
  if (!process.env.GITHUB_STEP_SUMMARY) return false;
  await core.summary.addRaw(fitSummary(markdown)).write();
  return true;
}

/** The Markdown with a final newline, cut (with a note) to fit under the job-summary limit. */
export function fitSummary(markdown: string): string {
  const text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
  if (Buffer.byteLength(text) <= SUMMARY_LIMIT_BYTES - 1024) return text;
  const marker = '\n\n_Summary truncated at the 1 MiB job-summary limit; see the report artifact for the rest._\n';
  return Buffer.from(text).subarray(0, SUMMARY_LIMIT_BYTES - 1024 - Buffer.byteLength(marker)).toString('utf8').replace(/\uFFFD$/, '') + marker;
}

/** The runner as an ActionHost. */
export const actionsRunner: ActionHost = {
  info,
  debug,
  warning,
  error,
  notice,
  group,
  setOutput,
  setSecret,
  appendSummary,
  setFailed,
};

/**
 * The runner as an ActionHost whose log lines and workflow commands go to `log` instead of
 * stdout; the runner reads workflow commands on stderr as well. For the CLI with --json on a
 * runner, where stdout carries the JSON document and nothing else. @actions/core always
 * writes to process.stdout, so each call is pointed at `log` for its own synchronous duration
 * only: nothing else that writes to stdout meanwhile is moved.
 */
export function actionsRunnerLoggingTo(log: NodeJS.WritableStream): ActionHost {
  const to =
    <A extends unknown[], R>(fn: (...args: A) => R) =>
    (...args: A): R => {
      const write = process.stdout.write;
      process.stdout.write = ((chunk: string | Uint8Array, ...rest: unknown[]) => (log.write as (c: string | Uint8Array, ...r: unknown[]) => boolean)(chunk, ...rest)) as typeof write;
      try {
        return fn(...args);
      } finally {
        process.stdout.write = write;
      }
    };
  return {
    info: to(info),
    debug: to(debug),
    warning: to(warning),
    error: to(error),
    notice: to(notice),
    // Only the group's two commands are moved; the phase in between logs through this host.
    group: async (title, fn) => {
      to(startGroup)(title);
      try {
        return await fn();
      } finally {
        to(endGroup)();
      }
    },
    // Outside a runner with GITHUB_OUTPUT, @actions/core sets an output with a command on stdout.
    setOutput: to(setOutput),
    setSecret: to(setSecret),
    appendSummary,
    setFailed: to(setFailed),
  };
}
