import type { ActionHost } from '../../adapters/runner/host.js';
import { ActionError, failureKind } from '../../core/errors.js';

/** Outputs an action sets when it ends by throwing, so a workflow can branch on how it ended. */
export type FailureOutputs = (kind: ReturnType<typeof failureKind>) => Record<string, string>;

/**
 * Top-level error policy shared by every action: expected failures (configuration, connection,
 * a refused or failed step) become one actionable line; anything else is a bug and is reported
 * with its stack so it can be fixed. Either way the status outputs are set.
 */
export async function runAction(actionName: string, host: ActionHost, failureOutputs: FailureOutputs, body: (host: ActionHost) => Promise<void>): Promise<void> {
  // An output the body already set (run-upgrade's `refused`, say) says more than the kind of error.
  const set = new Set<string>();
  const recording: ActionHost = {
    info: (t) => host.info(t),
    debug: (t) => host.debug(t),
    warning: (m, w) => host.warning(m, w),
    error: (m, w) => host.error(m, w),
    notice: (m, w) => host.notice(m, w),
    group: (title, fn) => host.group(title, fn),
    setSecret: (v) => host.setSecret(v),
    appendSummary: (m) => host.appendSummary(m),
    setFailed: (m) => host.setFailed(m),
    setOutput: (name, value) => {
      set.add(name);
      host.setOutput(name, value);
    },
  };
  try {
    await body(recording);
  } catch (error) {
    for (const [name, value] of Object.entries(failureOutputs(failureKind(error)))) if (!set.has(name)) host.setOutput(name, value);
    if (error instanceof ActionError) {
      host.setFailed(error.message);
    } else {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      host.setFailed(`${actionName} failed unexpectedly; this is a bug, please report it with this log:\n${detail}`);
    }
  }
}
