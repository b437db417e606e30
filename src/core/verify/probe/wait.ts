import type { V1Pod } from '../../kube/kube-api.js';

/** Resolves after ms, or rejects as soon as the signal aborts. */
export function sleep(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    const onAbort = () => {
      clearTimeout(timer);
      reject(signal.reason);
    };
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/**
 * Polls read() until done() holds, starting fast and backing off to 2 s: quick on a healthy
 * cluster, gentle on the API server when something takes long. Stops when the signal aborts.
 */
export async function pollUntil<T>(signal: AbortSignal, read: () => Promise<T>, done: (v: T) => boolean): Promise<T> {
  let delay = 100;
  for (;;) {
    const v = await read();
    if (done(v)) return v;
    await sleep(delay, signal);
    delay = Math.min(delay * 2, 2000);
  }
}

function condition(pod: V1Pod, type: string) {
  return pod.status?.conditions?.find((c) => c.type === type);
}

export function podIsReady(pod: V1Pod): boolean {
  return condition(pod, 'Ready')?.status === 'True';
}

/** One line saying why a pod is where it is: the scheduler's, kubelet's or container's own words. */
export function describePod(pod: V1Pod): string {
  const name = pod.metadata?.name ?? '?';
  const phase = pod.status?.phase ?? 'Unknown';
  const where = pod.spec?.nodeName ? ` on ${pod.spec.nodeName}` : '';
  const scheduled = condition(pod, 'PodScheduled');
  if (scheduled?.status === 'False') return `pod ${name} is Pending, not scheduled: ${scheduled.reason ?? ''}${scheduled.message ? `: ${scheduled.message}` : ''}`;
  for (const cs of pod.status?.containerStatuses ?? []) {
    const w = cs.state?.waiting;
    if (w?.reason && w.reason !== 'ContainerCreating' && w.reason !== 'PodInitializing') {
      return `pod ${name}${where}: container ${cs.name} ${w.reason}${cs.restartCount ? ` (restarts ${cs.restartCount})` : ''}${w.message ? `: ${w.message}` : ''}`;
    }
    const t = cs.state?.terminated;
    if (t && t.exitCode !== 0) return `pod ${name}${where}: container ${cs.name} exited ${t.exitCode}${t.reason ? ` (${t.reason})` : ''}`;
  }
  if (phase === 'Running' && !podIsReady(pod)) {
    const ready = condition(pod, 'Ready');
    return `pod ${name}${where} is Running but not Ready${ready?.reason ? ` (${ready.reason})` : ''}`;
  }
  return `pod ${name}${where} is ${phase}`;
}
