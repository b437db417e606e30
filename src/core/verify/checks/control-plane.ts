import { canonicalKubeVersion, imageTag, sameKubeVersion } from '../../kube/kube-versions.js';
import type { V1Node } from '../../kube/kube-api.js';
import { describePod, podIsReady } from '../probe/wait.js';
import type { Check } from './types.js';

export const CONTROL_PLANE_COMPONENTS = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'] as const;

export function isControlPlane(n: V1Node): boolean {
  const labels = n.metadata?.labels ?? {};
  return 'node-role.kubernetes.io/control-plane' in labels || 'node-role.kubernetes.io/master' in labels;
}

/** Strips build metadata (v1.29.5+vendor) so only the release is compared. */
function release(gitVersion: string): string {
  return canonicalKubeVersion(gitVersion.split('+')[0]!);
}

export const controlPlaneCheck: Check = async (ctx) => {
  ctx.progress('listing control-plane nodes and kube-system pods');
  const [nodes, pods] = await Promise.all([ctx.api.listNodes(), ctx.api.listPods('kube-system', { labelSelector: 'tier=control-plane' })]);
  const cps = nodes.filter(isControlPlane).map((n) => n.metadata!.name!);
  const failures: string[] = [];
  if (cps.length === 0) failures.push('no node is labelled node-role.kubernetes.io/control-plane (or master)');
  for (const node of cps) {
    for (const component of CONTROL_PLANE_COMPONENTS) {
      const pod = pods.find((p) => p.metadata?.labels?.component === component && p.spec?.nodeName === node);
      if (!pod) {
        failures.push(`${node}: no ${component} pod (expected static pod ${component}-${node} labelled component=${component})`);
        continue;
      }
      if (!podIsReady(pod)) failures.push(`${node}: ${component} not Ready: ${describePod(pod)}`);
      const container = pod.spec?.containers.find((c) => c.name === component) ?? pod.spec?.containers[0];
      const tag = container?.image ? imageTag(container.image) : undefined;
      if (!tag) failures.push(`${node}: ${component} image ${container?.image ?? '(none)'} has no version tag`);
      else if (!sameKubeVersion(tag, ctx.expectedVersion)) failures.push(`${node}: ${component} runs ${container!.image}, expected version ${ctx.expectedVersion}`);
    }
  }
  // Behind a load balancer each request may reach a different apiserver: ask several times.
  const asks = Math.min(Math.max(cps.length * 2, 1), 10);
  const seen = new Map<string, number>();
  for (let i = 0; i < asks; i++) {
    ctx.progress(`asking the API server for /version (${i + 1}/${asks})`);
    const v = release((await ctx.api.getServerVersion()).gitVersion);
    seen.set(v, (seen.get(v) ?? 0) + 1);
  }
  for (const [v, count] of seen) {
    if (v !== ctx.expectedVersion) failures.push(`API server /version answered ${v} on ${count} of ${asks} requests, expected ${ctx.expectedVersion}`);
  }
  return {
    summary: `${cps.length} control-plane node(s), ${cps.length * CONTROL_PLANE_COMPONENTS.length} components checked; /version ${[...seen.keys()].join(', ')}`,
    failures,
  };
};
