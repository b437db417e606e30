import type { V1Node } from '../../kube/kube-api.js';
import type { Check } from './types.js';

/** Conditions that are healthy when False (pressure and network) — anything else is worth naming. */
const HEALTHY_WHEN_FALSE = new Set(['MemoryPressure', 'DiskPressure', 'PIDPressure', 'NetworkUnavailable']);

export function describeConditions(node: V1Node): string {
  return (node.status?.conditions ?? [])
    .filter((c) => (c.type === 'Ready' ? c.status !== 'True' : HEALTHY_WHEN_FALSE.has(c.type) ? c.status !== 'False' : false))
    .map((c) => `${c.type}=${c.status}${c.reason ? ` (${c.reason}${c.message ? `: ${c.message}` : ''})` : ''}`)
    .join('; ');
}

export const nodesCheck: Check = async (ctx) => {
  ctx.progress('listing nodes');
  const nodes = await ctx.api.listNodes();
  if (nodes.length === 0) return { summary: 'no nodes', failures: ['the cluster has no nodes'] };
  const failures: string[] = [];
  const warnings: string[] = [];
  for (const n of nodes) {
    const ready = n.status?.conditions?.find((c) => c.type === 'Ready');
    if (ready?.status !== 'True') {
      failures.push(`node ${n.metadata?.name} is not Ready: ${describeConditions(n) || 'no Ready condition reported'}`);
    }
    if (n.spec?.unschedulable) warnings.push(`node ${n.metadata?.name} is cordoned (spec.unschedulable); Kubespray uncordons nodes after upgrading them`);
  }
  const ok = nodes.length - failures.length;
  return { summary: `${ok}/${nodes.length} nodes Ready`, failures, warnings };
};
