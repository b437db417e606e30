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
    const problems = nodeProblems((await kube.listNodes()).map(nodeView), wanted, target);
    if (problems.length === 0 || Date.now() >= deadline || o.signal?.aborted) return problems;
    await new Promise((r) => setTimeout(r, Math.min(o.pollMs ?? 2000, Math.max(0, deadline - Date.now()))));
  }
}
