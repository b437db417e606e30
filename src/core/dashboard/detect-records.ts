import type { DetectResult } from '../releases/detect/detect-release.js';
import type { ForkInfo } from '../releases/detect/fork-release.js';
import type { KubernetesInsight } from '../releases/detect/kubernetes-insight.js';
import type { FleetCluster } from './fleet-clusters.js';
import type { FleetUpdate } from './fleet-data.js';

/**
 * detect-release's part of the dashboard: the repo's pin and how far behind it is, for every
 * cluster (they share the submodule). The effective Kubernetes version is per inventory, so
 * it goes to the clusters whose inventory it was read from, or to the only cluster.
 */
export function detectRecords(r: DetectResult, k: KubernetesInsight, clusters: readonly FleetCluster[]): FleetUpdate {
  const kube = k.current.known ? k.current.value : undefined;
  const owns = (c: FleetCluster) => clusters.length === 1 || (k.inventory !== undefined && c.inventory.replace(/\/+$/, '') === k.inventory.replace(/\/+$/, ''));
  return {
    clusters: clusters.map((c) => c.name),
    records: clusters.map((c) => ({
      name: c.name,
      environment: c.environment,
      pinnedKubespray: r.current.tag,
      // '' clears a fork an earlier run recorded, once the submodule is upstream's again.
      pinnedFork: r.fork ? forkPin(r.fork) : '',
      hopsBehind: r.path.length,
      latest: r.latest.tag,
      ...(owns(c) && kube ? { pinnedKubernetes: kube } : {}),
    })),
  };
}

/** Which fork, and its pin: its own tag, or how far it is from the upstream release it is counted as. */
function forkPin(f: ForkInfo): string {
  return f.pinTag ? `${f.repository.path} ${f.pinTag}` : `${f.repository.path}, ${f.ownCommits} own commit(s) on ${f.base.tag}`;
}
