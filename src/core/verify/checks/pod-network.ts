import type { V1Node, V1Pod } from '../../kube/kube-api.js';
import { CONTROL_PLANE_TOLERATIONS, httpGetCommand, probeContainer, probeJob, probeLabels, serverContainer, SERVER_PORT } from '../probe/probe-pods.js';
import { logTail, runProbeJob } from '../probe/run-job.js';
import { describePod, podIsReady, pollUntil } from '../probe/wait.js';
import type { Check } from './types.js';

export interface NodePair {
  client: string;
  server: string;
}

/**
 * A chain over the nodes in name order, closed into a ring when the cap allows: every
 * chosen node is a server once and a client once, so n nodes are covered with n pairs.
 */
export function chooseNodePairs(nodes: readonly string[], maxPairs: number): NodePair[] {
  const sorted = [...nodes].sort();
  if (sorted.length < 2) return [];
  const count = Math.min(maxPairs, sorted.length);
  return Array.from({ length: count }, (_, i) => ({ server: sorted[i]!, client: sorted[(i + 1) % sorted.length]! }));
}

function schedulable(n: V1Node): boolean {
  return !n.spec?.unschedulable && n.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') === true;
}

function pinnedTo(node: string) {
  return { nodeSelector: { 'kubernetes.io/hostname': node }, tolerations: CONTROL_PLANE_TOLERATIONS };
}

/** Server pods on several nodes, each reached by pod IP from a client on another node. */
export const podNetworkCheck: Check = async (ctx) => {
  const ns = ctx.namespace;
  ctx.progress('listing nodes');
  const nodes = await ctx.api.listNodes();
  const eligible = nodes.filter(schedulable);
  const hostname = (n: V1Node) => n.metadata?.labels?.['kubernetes.io/hostname'] ?? n.metadata!.name!;
  const pairs = chooseNodePairs(eligible.map(hostname), ctx.maxNodePairs);
  if (pairs.length === 0) {
    return { summary: 'not enough nodes', failures: [`pod-network needs at least two Ready, schedulable nodes; found ${eligible.length}`] };
  }
  const servers = [...new Set(pairs.map((p) => p.server))];
  const serverPod = new Map<string, string>();
  for (const [i, node] of servers.entries()) {
    const name = `verify-net-server-${i}`;
    serverPod.set(node, name);
    const pod: V1Pod = {
      metadata: { name, labels: probeLabels('pod-network', { role: 'server' }), annotations: { 'kubespray-upgrade/node': node } },
      spec: { automountServiceAccountToken: false, ...pinnedTo(node), containers: [serverContainer(ctx.image)] },
    };
    await ctx.api.createPod(ns, pod);
  }
  const ready = await pollUntil(
    ctx.signal,
    async () => {
      const list = await ctx.api.listPods(ns, { labelSelector: 'role=server' });
      const waiting = list.filter((p) => !podIsReady(p) || !p.status?.podIP);
      ctx.progress(`waiting for ${servers.length} server pods: ${list.length - waiting.length} Ready${waiting.length ? `; ${waiting.map(describePod).join('; ')}` : ''}`);
      return list;
    },
    (list) => list.length === servers.length && list.every((p) => podIsReady(p) && p.status?.podIP),
  );
  const ipOf = new Map(ready.map((p) => [p.metadata!.name!, p.status!.podIP!]));
  const seconds = Math.max(1, Math.floor(ctx.timeoutMs / 1000));
  const results = await Promise.all(
    pairs.map(async (pair, i) => {
      const server = serverPod.get(pair.server)!;
      const url = `http://${ipOf.get(server)}:${SERVER_PORT}/hostname`;
      const job = probeJob(`verify-net-client-${i}`, 'pod-network', { ...pinnedTo(pair.client), containers: [probeContainer('client', ctx.image, { command: httpGetCommand(url) })] }, seconds, 1);
      const run = await runProbeJob(ctx, job, `${pair.client} -> ${pair.server}`);
      if (!run.succeeded) return `${pair.client} -> ${pair.server} (${server} at ${url}): ${logTail(run.log)}; ${run.reason}`;
      if (run.log.trim() !== server) return `${pair.client} -> ${pair.server}: ${url} answered ${JSON.stringify(logTail(run.log))}, expected ${server}`;
      return undefined;
    }),
  );
  const failures = results.filter((r): r is string => r !== undefined);
  return { summary: `${pairs.length - failures.length}/${pairs.length} node pairs reachable by pod IP`, failures };
};
