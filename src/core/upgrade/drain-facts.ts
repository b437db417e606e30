import type { KubeApi } from '../kube/index.js';
import type { V1Pod, V1PodDisruptionBudget } from '../kube/kube-api.js';
import type { LabelSelectorObject } from '../kube/label-selectors.js';
import { readClusterSnapshot, type ClusterSnapshot } from './cluster-snapshot.js';

/** What a drain does to a pod depends on these, and nothing else of the pod is kept. */
export interface DrainPodView {
  namespace: string;
  name: string;
  node: string;
  labels: Record<string, string>;
  /** Kind of the controlling owner (ReplicaSet, StatefulSet, DaemonSet, Job, Node for static pods...). */
  controller?: string;
  /** Static pod mirrors: kubectl drain never touches them. */
  mirror: boolean;
  emptyDirVolumes: readonly string[];
}

export interface PdbView {
  namespace: string;
  name: string;
  /** Undefined: policy/v1 null selector, which selects nothing. */
  selector?: LabelSelectorObject;
  minAvailable?: number | string;
  maxUnavailable?: number | string;
  /** Undefined while the disruption controller has not written a status. */
  disruptionsAllowed?: number;
  currentHealthy?: number;
  desiredHealthy?: number;
  expectedPods?: number;
}

export interface DrainFacts {
  pods: DrainPodView[];
  pdbs: PdbView[];
}

/**
 * Pods on a node and still there (the drain never sees finished ones), outside kube-system:
 * the cluster snapshot reads every kube-system pod anyway, and hands them over (see below).
 * `metadata.namespace` and `spec.nodeName` are field selectors every apiserver serves for pods.
 */
const ON_NODES_OUTSIDE_KUBE_SYSTEM = 'metadata.namespace!=kube-system,spec.nodeName!=,status.phase!=Succeeded,status.phase!=Failed';

/**
 * The cluster snapshot and the drain facts of preflight, reading the kube-system pods once:
 * the snapshot's list of them also yields their drain views. The other pods (running or
 * pending on a node, not finished) and every PDB are read beside it, page by page, each pod
 * reduced at once to its view, so 150,000 pods are never held whole.
 */
export function readSnapshotAndDrainFacts(kube: KubeApi): { snapshot: Promise<ClusterSnapshot>; drain: Promise<DrainFacts> } {
  const view = drainPodView(sharedStrings());
  const read = readClusterSnapshot(kube, view);
  const drain = Promise.all([read, kube.listPodViews(undefined, { fieldSelector: ON_NODES_OUTSIDE_KUBE_SYSTEM }, view), kube.listPodDisruptionBudgets()]).then(
    ([snapshot, pods, pdbs]) => ({ pods: [...snapshot.also, ...pods], pdbs: pdbs.map(pdbView) }),
  );
  return { snapshot: read.then(({ also: _, ...snapshot }) => snapshot), drain };
}

const FINISHED = new Set(['Succeeded', 'Failed']);

/**
 * One copy of each node and namespace name across the views: every parsed pod brings its
 * own copy of strings that 150,000 pods share among a few thousand values.
 */
function sharedStrings(): (s: string) => string {
  const seen = new Map<string, string>();
  return (s) => {
    const known = seen.get(s);
    if (known !== undefined) return known;
    seen.set(s, s);
    return s;
  };
}

const NO_VOLUMES: readonly string[] = [];

function drainPodView(shared: (s: string) => string) {
  return (p: V1Pod): DrainPodView | undefined => {
    const node = p.spec?.nodeName;
    if (!node || p.metadata?.deletionTimestamp || FINISHED.has(p.status?.phase ?? '')) return undefined;
    const owner = p.metadata?.ownerReferences?.find((r) => r.controller);
    const emptyDirs = (p.spec?.volumes ?? []).filter((v) => v.emptyDir).map((v) => v.name);
    return {
      namespace: shared(p.metadata?.namespace ?? ''),
      name: p.metadata?.name ?? '',
      node: shared(node),
      labels: p.metadata?.labels ?? {},
      ...(owner ? { controller: shared(owner.kind) } : {}),
      mirror: p.metadata?.annotations?.['kubernetes.io/config.mirror'] !== undefined,
      emptyDirVolumes: emptyDirs.length > 0 ? emptyDirs : NO_VOLUMES,
    };
  };
}

function pdbView(b: V1PodDisruptionBudget): PdbView {
  const s = b.status;
  return {
    namespace: b.metadata?.namespace ?? '',
    name: b.metadata?.name ?? '',
    ...(b.spec?.selector ? { selector: b.spec.selector as LabelSelectorObject } : {}),
    ...(b.spec?.minAvailable !== undefined ? { minAvailable: b.spec.minAvailable } : {}),
    ...(b.spec?.maxUnavailable !== undefined ? { maxUnavailable: b.spec.maxUnavailable } : {}),
    ...(s ? { disruptionsAllowed: s.disruptionsAllowed, currentHealthy: s.currentHealthy, desiredHealthy: s.desiredHealthy, expectedPods: s.expectedPods } : {}),
  };
}
