/**
 * The GitHub Actions runner protocol (workflow commands on stdout, file commands for
 * outputs and the step summary), as documented and as @actions/core writes it.
 *
 * Why not @actions/core itself: it loads @actions/http-client and undici at import time
 * for OIDC, which costs ~45 ms per process (measured) — more than the whole git work of
 * detect-release. test/unit/toolkit.test.ts checks this file writes byte-for-byte what
 * @actions/core writes.
 */
import { randomUUID } from 'node:crypto';
import { appendFileSync, existsSync } from 'node:fs';
import { EOL } from 'node:os';

/**
 * Terminal mode, for the CLI: outside a runner, workflow commands would be noise, so groups
 * become `== name` headers, annotations become `warning: file:line: message` on stderr,
 * masks print nothing and debug is shown only with RUNNER_DEBUG=1. Off by default, so the
 * actions write exactly what @actions/core writes.
 */
interface OutputMode {
  terminal: boolean;
  /** Where logs (info, groups, workflow commands) go; the CLI moves them to stderr when stdout carries JSON. */
  logToStderr: boolean;
}

/**
 * One mode per process, shared through globalThis: the CLI sets it in its own bundle and the
 * action bundle it then loads (with its own copy of this module) reads it.
 */
const mode = ((globalThis as Record<symbol, unknown>)[Symbol.for('kubespray-upgrade-actions/toolkit-mode')] ??= {
  terminal: false,
  logToStderr: false,
}) as OutputMode;

/** Turns terminal mode on (ignored on a runner, where GITHUB_ACTIONS=true: there workflow commands are understood) or off. */
export function setTerminalMode(enabled: boolean): void {
  mode.terminal = enabled && process.env.GITHUB_ACTIONS !== 'true';
}

export function isTerminalMode(): boolean {
  return mode.terminal;
}

export function setLogStream(stream: 'stdout' | 'stderr'): void {
  mode.logToStderr = stream === 'stderr';
}

function log(text: string): void {
  (mode.logToStderr ? process.stderr : process.stdout).write(text);
}

export interface AnnotationProperties {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

function toCommandValue(input: unknown): string {
  if (input === null || input === undefined) return '';
  if (typeof input === 'string') return input;
  return JSON.stringify(input);
}

function escapeData(s: unknown): string {
  return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(s: unknown): string {
  return toCommandValue(s).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/:/g, '%3A').replace(/,/g, '%2C');
}

export function issueCommand(command: string, properties: Record<string, unknown>, message: unknown): void {
  const props = Object.entries(properties)
    .filter(([, v]) => v !== undefined && v !== null && v !== '' && v !== 0)
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',');
  log(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

function issueFileCommand(command: string, message: string): void {
  const filePath = process.env[`GITHUB_${command}`];
  if (!filePath) throw new Error(`Unable to find environment variable for file command ${command}`);
  if (!existsSync(filePath)) throw new Error(`Missing file at path: ${filePath}`);
  appendFileSync(filePath, `${message}${EOL}`, { encoding: 'utf8' });
}

function keyValueMessage(key: string, value: unknown): string {
  const delimiter = `ghadelimiter_${randomUUID()}`;
  const converted = toCommandValue(value);
  if (key.includes(delimiter) || converted.includes(delimiter)) throw new Error('Unexpected input: contains the file-command delimiter');
  return `${key}<<${delimiter}${EOL}${converted}${EOL}${delimiter}`;
}

export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

export function setOutput(name: string, value: unknown): void {
  if (process.env.GITHUB_OUTPUT) {
    issueFileCommand('OUTPUT', keyValueMessage(name, value));
    return;
  }
  log(EOL);
  issueCommand('set-output', { name }, toCommandValue(value));
}

export function setSecret(secret: string): void {
  // At a terminal nobody masks: printing the value to "mask" it would reveal it.
  if (secret && !mode.terminal) issueCommand('add-mask', {}, secret);
}

function annotation(kind: 'error' | 'warning' | 'notice', message: string | Error, p: AnnotationProperties): void {
  if (mode.terminal) {
    const at = p.file ? `${p.file}${p.startLine ? `:${p.startLine}` : ''}: ` : '';
    const title = p.title ? `${p.title}: ` : '';
    process.stderr.write(`${kind}: ${at}${title}${message instanceof Error ? message.toString() : message}${EOL}`);
    return;
  }
  issueCommand(
    kind,
    { title: p.title, file: p.file, line: p.startLine, endLine: p.endLine, col: p.startColumn, endColumn: p.endColumn },
    message instanceof Error ? message.toString() : message,
  );
}

export const error = (m: string | Error, p: AnnotationProperties = {}): void => annotation('error', m, p);
export const warning = (m: string | Error, p: AnnotationProperties = {}): void => annotation('warning', m, p);
export const notice = (m: string | Error, p: AnnotationProperties = {}): void => annotation('notice', m, p);

export function setFailed(message: string | Error): void {
  process.exitCode = 1;
  error(message);
}

export function info(message: string): void {
  log(message + EOL);
}

export function debug(message: string): void {
  if (!mode.terminal) issueCommand('debug', {}, message);
  else if (isDebug()) process.stderr.write(`debug: ${message}${EOL}`);
}

export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1';
}

export function startGroup(name: string): void {
  if (mode.terminal) log(`== ${name}${EOL}`);
  else issueCommand('group', {}, name);
}

export function endGroup(): void {
  if (!mode.terminal) issueCommand('endgroup', {}, '');
}

/** One collapsible log group per phase; the group is closed even when the phase throws. */
export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  startGroup(name);
  try {
    return await fn();
  } finally {
    endGroup();
  }
}

/** GitHub rejects a step summary over 1 MiB. */
export const SUMMARY_LIMIT_BYTES = 1024 * 1024;

/**
 * Appends Markdown to the job summary. Returns false (and warns) when there is no summary
 * file, so local runs can print the summary themselves.
 */
export function appendSummary(markdown: string): boolean {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (!file) return false;
  let text = markdown.endsWith('\n') ? markdown : `${markdown}\n`;
  if (Buffer.byteLength(text) > SUMMARY_LIMIT_BYTES - 1024) {
    const marker = '\n\n_Summary truncated at the 1 MiB job-summary limit; see the report artifact for the rest._\n';
    text = Buffer.from(text).subarray(0, SUMMARY_LIMIT_BYTES - 1024 - Buffer.byteLength(marker)).toString('utf8').replace(/\uFFFD$/, '') + marker;
  }
  if (!existsSync(file)) throw new Error(`Missing file at path: ${file}`);
  appendFileSync(file, text, { encoding: 'utf8' });
  return true;
}
