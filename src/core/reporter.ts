/**
 * How the core tells a person what it is doing. The core never writes to the runner or the
 * terminal itself: the runner adapter (src/adapters/runner) and the CLI's terminal adapter
 * implement this, and each owns how untrusted text is made safe for its medium.
 */
export interface Annotation {
  title?: string;
  file?: string;
  startLine?: number;
  endLine?: number;
  startColumn?: number;
  endColumn?: number;
}

export interface Reporter {
  /** A line (or lines) of log. May carry untrusted text: the adapter makes it inert. */
  info(text: string): void;
  /** Shown only when the user asked for debug output. */
  debug(text: string): void;
  warning(message: string | Error, where?: Annotation): void;
  error(message: string | Error, where?: Annotation): void;
  notice(message: string | Error, where?: Annotation): void;
  /** A collapsible log section around one phase; closed even when the phase throws. Never nested. */
  group<T>(title: string, fn: () => Promise<T>): Promise<T>;
}

/** Says nothing: for callers (tests, benches, nested reads) that want no log. */
export const silentReporter: Reporter = {
  info: () => undefined,
  debug: () => undefined,
  warning: () => undefined,
  error: () => undefined,
  notice: () => undefined,
  group: (_title, fn) => fn(),
};
