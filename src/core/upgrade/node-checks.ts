import { sameKubeVersion, type KubeApi } from '../kube/index.js';
import { nodeView, type NodeView } from './cluster-snapshot.js';

/** Why the given nodes are not (yet) upgraded: missing, NotReady, or a kubelet other than the target. */
export function nodeProblems(nodes: readonly NodeView[], wanted: readonly string[], target: string): string[] {
  const byName = new Map(nodes.map((n) => [n.name, n]));
  const problems: string[] = [];
  for (const name of wanted) {
    const n = byName.get(name);
    if (!n) problems.push(`${name}: not registered in the cluster`);
    else if (!n.ready) problems.push(`${name}: NotReady (${n.readyReason ?? 'unknown'})`);
    else if (!sameKubeVersion(n.kubeletVersion, target)) problems.push(`${name}: kubelet ${n.kubeletVersion}, expected ${target}`);
  }
  return problems;
}

export interface WaitOptions {
  timeoutMs: number;
  pollMs?: number;
  signal?: AbortSignal;
}

/**
 * Polls until every node is Ready with its kubelet at the target: a restarted kubelet
 * takes a moment to report its new version. Returns the remaining problems, [] on success.
 */
export async function waitForUpgradedNodes(kube: KubeApi, wanted: readonly string[], target: string, o: WaitOptions): Promise<string[]> {
  if (wanted.length === 0) return [];
  const deadline = Date.now() + o.timeoutMs;
  for (;;) {
    const problems = await readNodeProblems(kube, wanted, target);
    if (problems.length === 0 || Date.now() >= deadline || o.signal?.aborted) return problems;
    await new Promise((r) => setTimeout(r, Math.min(o.pollMs ?? 2000, Math.max(0, deadline - Date.now()))));
  }
}

/** Concurrent GETs of one batch's nodes: enough to hide the round trips, few enough not to burst the apiserver. */
const NODE_READS_IN_FLIGHT = 8;

/**
 * One look at the given nodes: the check after each playbook (between batches), polled by
 * waitForUpgradedNodes. Reads only those nodes, one GET each, so its cost follows the batch,
 * not the cluster.
 */
export async function readNodeProblems(kube: KubeApi, wanted: readonly string[], target: string): Promise<string[]> {
  const nodes: NodeView[] = [];
  let next = 0;
  const worker = async () => {
    while (next < wanted.length) {
      const n = await kube.getNode(wanted[next++]!);
      if (n) nodes.push(nodeView(n));
    }
  };
  await Promise.all(Array.from({ length: Math.min(NODE_READS_IN_FLIGHT, wanted.length) }, worker));
  return nodeProblems(nodes, wanted, target);
}
