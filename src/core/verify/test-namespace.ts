import type { Reporter } from '../reporter.js';
import { ConfigurationError } from '../errors.js';
import type { KubeApi } from '../kube/kube-api.js';
import { MANAGED_BY, MANAGED_BY_LABEL } from './probe/probe-pods.js';
import { sleep } from './probe/wait.js';

export interface CleanupResult {
  /** deleted | kept | not-created | still-terminating */
  state: 'deleted' | 'kept' | 'not-created' | 'still-terminating';
  detail: string;
}

async function waitGone(api: KubeApi, name: string, timeoutMs: number): Promise<boolean> {
  const signal = AbortSignal.timeout(timeoutMs);
  let delay = 100;
  for (;;) {
    if (!(await api.getNamespace(name))) return true;
    try {
      await sleep(delay, signal);
    } catch {
      return false;
    }
    delay = Math.min(delay * 2, 2000);
  }
}

/**
 * Creates the probe namespace. A leftover from an earlier run (kept on failure) carries our
 * label and is replaced; any other existing namespace is refused, so a typo in the input can
 * never delete someone's namespace.
 */
export async function createTestNamespace(log: Reporter, api: KubeApi, name: string, timeoutMs: number): Promise<void> {
  const existing = await api.getNamespace(name);
  if (existing) {
    if (existing.metadata?.labels?.[MANAGED_BY_LABEL] !== MANAGED_BY) {
      throw new ConfigurationError(`namespace ${name} already exists and was not created by verify (no ${MANAGED_BY_LABEL}=${MANAGED_BY} label); set the namespace input to an unused name`);
    }
    log.info(`namespace ${name} is left over from an earlier verify run; deleting it first`);
    await api.deleteNamespace(name);
    if (!(await waitGone(api, name, timeoutMs))) {
      throw new ConfigurationError(`leftover namespace ${name} is still Terminating after ${timeoutMs / 1000} s; remove it or choose another namespace input`);
    }
  }
  await api.createNamespace(name, { [MANAGED_BY_LABEL]: MANAGED_BY });
}

/** Deletes the namespace and everything verify created in it, waiting (bounded) until it is gone. */
export async function deleteTestNamespace(api: KubeApi, name: string, timeoutMs: number): Promise<CleanupResult> {
  await api.deleteNamespace(name);
  if (await waitGone(api, name, timeoutMs)) return { state: 'deleted', detail: `namespace ${name} and everything in it deleted` };
  return { state: 'still-terminating', detail: `namespace ${name} deletion requested but it was still Terminating after ${timeoutMs / 1000} s` };
}
