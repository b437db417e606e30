import type { KubeApi } from '../kube/index.js';
import type { V1Node, V1Pod } from '../kube/kube-api.js';
import { canonicalKubeVersion, imageTag } from '../kube/index.js';
import { compareLooseVersions } from '../knowledge/hazards/versions.js';

export interface NodeView {
  name: string;
  ready: boolean;
  /** Why not Ready, from the Ready condition. */
  readyReason?: string;
  kubeletVersion: string;
  unschedulable: boolean;
}

export interface PodView {
  name: string;
  node?: string;
  phase: string;
  ready: boolean;
  /** Why not ready: a waiting reason like CrashLoopBackOff, or the pod phase. */
  reason?: string;
}

export interface ApiserverView {
  /** The kube-apiserver pod, or "/version" when no apiserver pod is visible. */
  source: string;
  node?: string;
  version: string;
}

/** What preflight and the checks between batches read from the cluster. */
export interface ClusterSnapshot {
  server: string;
  /** /version of whichever apiserver answered. */
  serverVersion: string;
  /** One entry per kube-apiserver static pod (HA), or just /version. */
  apiservers: ApiserverView[];
  nodes: NodeView[];
  kubeSystemPods: PodView[];
}

/** The oldest apiserver: what "the running version" means while HA apiservers differ. */
export function lowestApiserver(s: ClusterSnapshot): string {
  return [...s.apiservers].sort((a, b) => compareLooseVersions(a.version, b.version) ?? 0)[0]?.version ?? s.serverVersion;
}

export function readClusterSnapshot(kube: KubeApi): Promise<ClusterSnapshot>;
/** `alsoView` sees each kube-system pod too, its results returned as `also`: a caller needing more of these pods reads them once. */
export function readClusterSnapshot<T>(kube: KubeApi, alsoView: (p: V1Pod) => T | undefined): Promise<ClusterSnapshot & { also: T[] }>;
export async function readClusterSnapshot<T>(kube: KubeApi, alsoView?: (p: V1Pod) => T | undefined): Promise<ClusterSnapshot & { also?: T[] }> {
  // kube-system holds a kube-proxy and a CNI pod per node: read in pages, reduced at once.
  const [version, nodes, pods] = await Promise.all([
    kube.getServerVersion(),
    kube.listNodeViews(nodeView),
    kube.listPodViews('kube-system', {}, (p) => ({ view: podView(p), apiserver: apiserverView(p), also: alsoView?.(p) })),
  ]);
  const serverVersion = canonicalKubeVersion(version.gitVersion);
  const apiservers = pods.flatMap((p) => (p.apiserver ? [p.apiserver] : []));
  return {
    server: kube.server,
    serverVersion,
    apiservers: apiservers.length > 0 ? apiservers : [{ source: '/version', version: serverVersion }],
    nodes,
    kubeSystemPods: pods.map((p) => p.view),
    ...(alsoView ? { also: pods.flatMap((p) => (p.also === undefined ? [] : [p.also])) } : {}),
  };
}

function apiserverView(p: V1Pod): ApiserverView | undefined {
  if (p.metadata?.labels?.component !== 'kube-apiserver') return undefined;
  const c = p.spec?.containers?.find((x) => x.name === 'kube-apiserver') ?? p.spec?.containers?.[0];
  const tag = c?.image ? imageTag(c.image) : undefined;
  return tag ? { source: `pod/${p.metadata?.name ?? '?'}`, node: p.spec?.nodeName, version: canonicalKubeVersion(tag) } : undefined;
}

export function nodeView(n: V1Node): NodeView {
  const ready = n.status?.conditions?.find((c) => c.type === 'Ready');
  return {
    name: n.metadata?.name ?? '',
    ready: ready?.status === 'True',
    readyReason: ready?.status === 'True' ? undefined : (ready?.reason ?? (ready ? `Ready=${ready.status}` : 'no Ready condition')),
    kubeletVersion: canonicalKubeVersion(n.status?.nodeInfo?.kubeletVersion ?? '?'),
    unschedulable: n.spec?.unschedulable === true,
  };
}

export function podView(p: V1Pod): PodView {
  const phase = p.status?.phase ?? 'Unknown';
  const readyCond = p.status?.conditions?.find((c) => c.type === 'Ready');
  // A finished pod (a completed Job) is not expected to be Ready.
  const ready = phase === 'Succeeded' || readyCond?.status === 'True';
  const waiting = p.status?.containerStatuses?.map((c) => c.state?.waiting?.reason ?? c.state?.terminated?.reason).find((r) => r);
  return {
    name: p.metadata?.name ?? '',
    node: p.spec?.nodeName,
    phase,
    ready,
    reason: ready ? undefined : (waiting ?? readyCond?.reason ?? phase),
  };
}
