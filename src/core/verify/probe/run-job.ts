import type { V1Job, V1Pod } from '../../kube/kube-api.js';
import type { CheckContext } from '../checks/types.js';
import { describePod, pollUntil } from './wait.js';

export interface JobRun {
  succeeded: boolean;
  /** Log of the last pod that ran (the successful one, or the last failed attempt). */
  log: string;
  /** Why it failed: the Job's condition and the last pod's state. */
  reason: string;
  attempts: number;
}

function finished(job: V1Job | undefined): { type: string; reason?: string; message?: string } | undefined {
  return job?.status?.conditions?.find((c) => (c.type === 'Complete' || c.type === 'Failed') && c.status === 'True');
}

function newest(pods: V1Pod[]): V1Pod | undefined {
  const t = (p: V1Pod) => new Date(p.metadata?.creationTimestamp ?? 0).getTime();
  return [...pods].sort((a, b) => t(b) - t(a) || (b.metadata?.name ?? '').localeCompare(a.metadata?.name ?? ''))[0];
}

/** Creates a probe Job and waits for it to finish, reporting the pod's state as progress. */
export async function runProbeJob(ctx: CheckContext, job: V1Job, purpose: string): Promise<JobRun> {
  const ns = ctx.namespace;
  const name = job.metadata!.name!;
  await ctx.api.createJob(ns, job);
  const pods = () => ctx.api.listPods(ns, { labelSelector: `job-name=${name}` });
  const done = await pollUntil(
    ctx.signal,
    async () => {
      const j = await ctx.api.getJob(ns, name);
      const last = newest(await pods());
      ctx.progress(`waiting for Job ${name} (${purpose}): ${last ? describePod(last) : 'no pod created yet'}`);
      return j;
    },
    (j) => finished(j) !== undefined,
  );
  const cond = finished(done)!;
  const all = await pods();
  const ran = cond.type === 'Complete' ? all.find((p) => p.status?.phase === 'Succeeded') : newest(all.filter((p) => p.status?.phase === 'Failed')) ?? newest(all);
  let log = '';
  if (ran?.metadata?.name) {
    log = await ctx.api.readPodLog(ns, ran.metadata.name).catch((e: Error) => `(log unavailable: ${e.message})`);
  }
  const attempts = (done?.status?.succeeded ?? 0) + (done?.status?.failed ?? 0);
  const reason = cond.type === 'Complete' ? 'completed' : `Job ${name} failed (${cond.reason ?? 'Failed'}${cond.message ? `: ${cond.message}` : ''}) after ${attempts} attempt(s)${ran ? `; ${describePod(ran)}` : ''}`;
  return { succeeded: cond.type === 'Complete', log, reason, attempts };
}

/** The last non-empty lines of a log, on one line, for failure messages. */
export function logTail(log: string, lines = 3): string {
  const tail = log
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .slice(-lines)
    .join(' | ');
  return tail === '' ? '(no output)' : tail;
}
