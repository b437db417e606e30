import type { ActionHost } from '../../adapters/runner/host.js';
import { ActionError, failureKind } from '../../core/errors.js';
import { Redactor } from '../../core/text/redact.js';

/** Outputs an action sets when it ends by throwing, so a workflow can branch on how it ended. */
export type FailureOutputs = (kind: ReturnType<typeof failureKind>) => Record<string, string>;

/**
 * Top-level error policy shared by every action: expected failures (configuration, connection,
 * a refused or failed step) become one actionable line; anything else is a bug and is reported
 * with its stack so it can be fixed. Either way the status outputs are set.
 *
 * Also the one door out of the run besides the log: every output, job summary and failure
 * message passes this run's Redactor, which knows every value given to setSecret. The body
 * gets the same Redactor for what it writes elsewhere (run-upgrade's state in the cluster).
 */
export async function runAction(
  actionName: string,
  host: ActionHost,
  failureOutputs: FailureOutputs,
  body: (host: ActionHost, redactor: Redactor) => Promise<void>,
  redactor: Redactor = new Redactor(),
): Promise<void> {
  // An output the body already set (run-upgrade's `refused`, say) says more than the kind of error.
  const set = new Set<string>();
  const masked: ActionHost = {
    info: (t) => host.info(t),
    debug: (t) => host.debug(t),
    warning: (m, w) => host.warning(m, w),
    error: (m, w) => host.error(m, w),
    notice: (m, w) => host.notice(m, w),
    group: (title, fn) => host.group(title, fn),
    setSecret: (v) => {
      redactor.register(v);
      host.setSecret(v);
    },
    appendSummary: (m) => host.appendSummary(redactor.redact(m)),
    setFailed: (m) => host.setFailed(redactor.redact(m)),
    setOutput: (name, value) => host.setOutput(name, redactor.redact(value)),
  };
  const recording: ActionHost = {
    ...masked,
    setOutput: (name, value) => {
      set.add(name);
      masked.setOutput(name, value);
    },
  };
  try {
    await body(recording, redactor);
  } catch (error) {
    for (const [name, value] of Object.entries(failureOutputs(failureKind(error)))) if (!set.has(name)) masked.setOutput(name, value);
    if (error instanceof ActionError) {
      masked.setFailed(error.message);
    } else {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      masked.setFailed(`${actionName} failed unexpectedly; this is a bug, please report it with this log:\n${detail}`);
    }
  }
}
