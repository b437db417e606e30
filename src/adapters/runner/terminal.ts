import { EOL } from 'node:os';
import type { Annotation } from '../../core/reporter.js';
import type { ActionHost } from './host.js';
import { fitSummary } from './actions-runner.js';

export interface TerminalOptions {
  /** Where the log (info, group headers) goes; the CLI moves it to stderr when stdout carries JSON. */
  log: NodeJS.WritableStream;
  /** Where annotations and debug go. */
  diagnostics: NodeJS.WritableStream;
  /** Show debug lines (RUNNER_DEBUG=1). */
  debug: boolean;
}

/**
 * An action run at a terminal, for the CLI: groups become `== title` headers, annotations
 * become `warning: file:line: title: message` on stderr, masks print nothing (printing a value
 * to mask it would reveal it), and the outputs and summary are kept for the CLI to print.
 * No workflow commands are written, so none can be forged.
 */
export class TerminalHost implements ActionHost {
  readonly outputs = new Map<string, string>();
  summary = '';
  failed = false;

  constructor(private readonly o: TerminalOptions) {}

  info(text: string): void {
    this.o.log.write(text + EOL);
  }

  debug(text: string): void {
    if (this.o.debug) this.o.diagnostics.write(`debug: ${text}${EOL}`);
  }

  warning(message: string | Error, where: Annotation = {}): void {
    this.annotate('warning', message, where);
  }

  error(message: string | Error, where: Annotation = {}): void {
    this.annotate('error', message, where);
  }

  notice(message: string | Error, where: Annotation = {}): void {
    this.annotate('notice', message, where);
  }

  async group<T>(title: string, fn: () => Promise<T>): Promise<T> {
    this.o.log.write(`== ${title}${EOL}`);
    return fn();
  }

  setOutput(name: string, value: string): void {
    this.outputs.set(name, value);
  }

  setSecret(_value: string): void {}

  async appendSummary(markdown: string): Promise<boolean> {
    this.summary += fitSummary(markdown);
    return true;
  }

  setFailed(message: string): void {
    this.failed = true;
    this.error(message);
  }

  private annotate(kind: string, message: string | Error, p: Annotation): void {
    const at = p.file ? `${p.file}${p.startLine ? `:${p.startLine}` : ''}: ` : '';
    const title = p.title ? `${p.title}: ` : '';
    this.o.diagnostics.write(`${kind}: ${at}${title}${message instanceof Error ? message.toString() : message}${EOL}`);
  }
}
