import type { Reporter } from '../../core/reporter.js';

/**
 * Everything an action's entrypoint says to whoever runs it: the log (a Reporter), its
 * outputs, the job summary, masks and the final failure. The runner (`actions-runner.ts`)
 * and the CLI at a terminal (`terminal.ts`) are the two implementations.
 */
export interface ActionHost extends Reporter {
  setOutput(name: string, value: string): void;
  /** Masks the value in everything logged after this call (a no-op at a terminal, where printing it would reveal it). */
  setSecret(value: string): void;
  /** Appends Markdown to the job summary; false when there is nowhere to put it. */
  appendSummary(markdown: string): Promise<boolean>;
  /** Marks the run failed (exit code 1) with one error line. */
  setFailed(message: string): void;
}
