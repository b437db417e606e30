import type { V1Pod } from '../../kube/kube-api.js';
import { describePod, podIsReady } from '../probe/wait.js';
import type { Check } from './types.js';

function restartsSince(pod: V1Pod, since: Date): string[] {
  const out: string[] = [];
  for (const cs of pod.status?.containerStatuses ?? []) {
    const last = cs.lastState?.terminated;
    const finished = last?.finishedAt ? new Date(last.finishedAt) : undefined;
    if (cs.restartCount > 0 && finished && finished >= since) {
      out.push(
        `pod kube-system/${pod.metadata?.name} container ${cs.name} restarted since the upgrade started (${since.toISOString()}): restartCount ${cs.restartCount}, last exit ${last!.exitCode}${last!.reason ? ` (${last!.reason})` : ''} at ${finished.toISOString()}`,
      );
    }
  }
  return out;
}

export const systemPodsCheck: Check = async (ctx) => {
  ctx.progress('listing kube-system pods');
  const pods = await ctx.api.listPods('kube-system');
  const failures: string[] = [];
  const warnings: string[] = [];
  let healthy = 0;
  const considered = pods.filter((p) => p.status?.phase !== 'Succeeded' && !p.metadata?.deletionTimestamp);
  for (const pod of considered) {
    const crashLooping = (pod.status?.containerStatuses ?? []).filter((cs) => cs.state?.waiting?.reason === 'CrashLoopBackOff');
    if (crashLooping.length > 0) {
      for (const cs of crashLooping) {
        const last = cs.lastState?.terminated;
        failures.push(
          `pod kube-system/${pod.metadata?.name}${pod.spec?.nodeName ? ` on ${pod.spec.nodeName}` : ''}: container ${cs.name} is in CrashLoopBackOff (restarts ${cs.restartCount}${last ? `, last exit ${last.exitCode}${last.reason ? ` ${last.reason}` : ''}` : ''})`,
        );
      }
    } else if (!podIsReady(pod)) {
      failures.push(`kube-system: ${describePod(pod)}`);
    } else {
      healthy++;
    }
    if (ctx.upgradeStartedAt) warnings.push(...restartsSince(pod, ctx.upgradeStartedAt));
  }
  return { summary: `${healthy}/${considered.length} kube-system pods Ready`, failures, warnings };
};
