import { canonicalKubeVersion, sameKubeVersion } from '../../kube/kube-versions.js';
import type { Check } from './types.js';

export const versionsCheck: Check = async (ctx) => {
  ctx.progress('listing nodes');
  const nodes = await ctx.api.listNodes();
  const failures: string[] = [];
  for (const n of nodes) {
    const v = n.status?.nodeInfo?.kubeletVersion;
    if (!v) failures.push(`node ${n.metadata?.name} reports no kubelet version`);
    else if (!sameKubeVersion(v, ctx.expectedVersion)) {
      failures.push(`node ${n.metadata?.name}: kubelet ${canonicalKubeVersion(v)}, expected ${ctx.expectedVersion}`);
    }
  }
  return { summary: `${nodes.length - failures.length}/${nodes.length} kubelets at ${ctx.expectedVersion}`, failures };
};
