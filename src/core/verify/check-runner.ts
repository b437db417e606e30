import { ActionError } from '../errors.js';
import { CHECKS } from './checks/registry.js';
import type { Check, CheckContext, CheckName, CheckResult } from './checks/types.js';

export type SharedContext = Omit<CheckContext, 'signal' | 'progress'>;

class CheckTimeout extends Error {
  override name = 'CheckTimeout';
}

/** Rejects when the signal aborts, so a check stuck in an API call cannot outlive its timeout. */
function whenAborted(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => signal.addEventListener('abort', () => reject(signal.reason), { once: true }));
}

/**
 * Runs one check under its own timeout. Expected failures (API errors, timeouts) become a
 * failed result naming what the check was doing; a bug is recorded too, marked as such, so
 * one broken check never costs the others' results or the cleanup.
 */
export async function runCheck(name: CheckName, check: Check, shared: SharedContext, cancel?: AbortSignal): Promise<CheckResult> {
  const started = performance.now();
  const controller = new AbortController();
  let progress = 'starting';
  const timer = setTimeout(() => controller.abort(new CheckTimeout()), shared.timeoutMs);
  const onCancel = () => controller.abort(cancel!.reason);
  cancel?.addEventListener('abort', onCancel, { once: true });
  const result = (status: CheckResult['status'], summary: string, failures: string[], warnings: string[] = [], output?: string): CheckResult => ({
    name,
    status,
    durationMs: Math.round(performance.now() - started),
    summary,
    failures,
    warnings,
    ...(output !== undefined ? { output } : {}),
  });
  try {
    const ctx: CheckContext = { ...shared, signal: controller.signal, progress: (t) => (progress = t) };
    const outcome = await Promise.race([check(ctx), whenAborted(controller.signal)]);
    if (outcome.skipped) return result('skipped', outcome.summary, [], outcome.warnings ?? [], outcome.output);
    return result(outcome.failures.length > 0 ? 'failed' : 'passed', outcome.summary, outcome.failures, outcome.warnings ?? [], outcome.output);
  } catch (e) {
    if (cancel?.aborted) return result('failed', 'cancelled', [`${name} ${String((cancel.reason as Error)?.message ?? 'cancelled')} while ${progress}`]);
    if (e instanceof CheckTimeout || controller.signal.aborted) {
      return result('failed', `timed out after ${shared.timeoutMs / 1000} s`, [`${name} timed out after ${shared.timeoutMs / 1000} s while ${progress}`]);
    }
    if (e instanceof ActionError) return result('failed', 'error', [`${name} could not complete while ${progress}: ${e.message}`]);
    const detail = e instanceof Error ? (e.stack ?? e.message) : String(e);
    return result('failed', 'internal error', [`${name} failed unexpectedly (a bug in verify, please report it) while ${progress}: ${detail}`]);
  } finally {
    clearTimeout(timer);
    cancel?.removeEventListener('abort', onCancel);
    controller.abort(new CheckTimeout());
  }
}

/** All selected checks at once: they are independent, and the slow ones mostly wait on pods. */
export function runChecks(names: readonly CheckName[], shared: SharedContext, cancel?: AbortSignal): Promise<CheckResult[]> {
  return Promise.all(names.map((n) => runCheck(n, CHECKS[n], shared, cancel)));
}
