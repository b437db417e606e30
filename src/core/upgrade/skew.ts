import { compareLooseVersions, minorGap, versionParts } from '../knowledge/hazards/versions.js';
import type { ApiserverView, NodeView } from './cluster-snapshot.js';

/**
 * The Kubernetes version skew policy: a kubelet must not be newer than kube-apiserver and
 * may be up to three minors older (two for kubelets older than 1.25); HA apiservers must
 * be within one minor of each other.
 */
export function allowedKubeletLag(kubeletVersion: string): number {
  const p = versionParts(kubeletVersion);
  return p && p.length >= 2 && p[0] === 1 && p[1]! < 25 ? 2 : 3;
}

/** Why a kubelet at `kubelet` may not talk to an apiserver at `apiserver`, or undefined. */
export function kubeletSkewProblem(node: string, kubelet: string, apiserver: string): string | undefined {
  const cmp = compareLooseVersions(kubelet, apiserver);
  const gap = minorGap(kubelet, apiserver);
  if (cmp === undefined || gap === undefined) return `${node}: cannot compare kubelet ${kubelet} with apiserver ${apiserver}`;
  if (cmp > 0) return `${node}: kubelet ${kubelet} is newer than apiserver ${apiserver}`;
  const lag = allowedKubeletLag(kubelet);
  if (gap > lag) return `${node}: kubelet ${kubelet} is ${gap} minors behind apiserver ${apiserver} (at most ${lag} allowed)`;
  return undefined;
}

export function apiserverSpreadProblem(apiservers: readonly ApiserverView[]): string | undefined {
  const sorted = [...apiservers].sort((a, b) => compareLooseVersions(a.version, b.version) ?? 0);
  const low = sorted[0];
  const high = sorted[sorted.length - 1];
  if (!low || !high) return undefined;
  const gap = minorGap(low.version, high.version);
  if (gap !== undefined && gap > 1) {
    return `HA apiservers are ${gap} minors apart: ${low.source} at ${low.version}, ${high.source} at ${high.version} (at most 1 allowed)`;
  }
  return undefined;
}

/** Violations right now: every kubelet against every apiserver it may reach. */
export function skewNow(apiservers: readonly ApiserverView[], nodes: readonly NodeView[]): string[] {
  const problems: string[] = [];
  const spread = apiserverSpreadProblem(apiservers);
  if (spread) problems.push(spread);
  const versions = [...new Set(apiservers.map((a) => a.version))];
  for (const n of nodes) {
    for (const v of versions) {
      const p = kubeletSkewProblem(n.name, n.kubeletVersion, v);
      if (p) problems.push(p);
    }
  }
  return problems;
}

/**
 * Violations the upgrade would cause: the apiservers move to `target` while the kubelets
 * of nodes upgraded later (workers) still run their current version, and HA apiservers
 * run old and new side by side while the control plane is rolled.
 */
export function skewDuring(apiservers: readonly ApiserverView[], nodes: readonly NodeView[], target: string, upgradedLater: ReadonlySet<string>): string[] {
  const problems: string[] = [];
  for (const a of apiservers) {
    const gap = minorGap(a.version, target);
    if (gap !== undefined && Math.abs(gap) > 1) problems.push(`${a.source} at ${a.version} and an upgraded apiserver at ${target} would be ${Math.abs(gap)} minors apart`);
  }
  for (const n of nodes) {
    if (!upgradedLater.has(n.name)) continue;
    const p = kubeletSkewProblem(n.name, n.kubeletVersion, target);
    if (p) problems.push(`${p} once the control plane is at ${target}, until its batch runs`);
  }
  return problems;
}
