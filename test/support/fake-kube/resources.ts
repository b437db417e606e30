/** The API resources the fake serves. Anything else is a 404 like an apiserver without that API. */
export interface ResourceKind {
  group: string;
  version: string;
  plural: string;
  kind: string;
  namespaced: boolean;
  /** Has a /status subresource: the main resource ignores status, /status ignores everything else. */
  hasStatus: boolean;
  /** Computed by the fake from other objects (endpoints from services and pods). */
  derived?: boolean;
}

export const KINDS: readonly ResourceKind[] = [
  { group: '', version: 'v1', plural: 'nodes', kind: 'Node', namespaced: false, hasStatus: true },
  { group: '', version: 'v1', plural: 'namespaces', kind: 'Namespace', namespaced: false, hasStatus: true },
  { group: '', version: 'v1', plural: 'pods', kind: 'Pod', namespaced: true, hasStatus: true },
  { group: '', version: 'v1', plural: 'configmaps', kind: 'ConfigMap', namespaced: true, hasStatus: false },
  { group: '', version: 'v1', plural: 'services', kind: 'Service', namespaced: true, hasStatus: true },
  { group: '', version: 'v1', plural: 'endpoints', kind: 'Endpoints', namespaced: true, hasStatus: false, derived: true },
  { group: 'coordination.k8s.io', version: 'v1', plural: 'leases', kind: 'Lease', namespaced: true, hasStatus: false },
  { group: 'batch', version: 'v1', plural: 'jobs', kind: 'Job', namespaced: true, hasStatus: true },
  { group: 'apps', version: 'v1', plural: 'deployments', kind: 'Deployment', namespaced: true, hasStatus: true },
  { group: 'policy', version: 'v1', plural: 'poddisruptionbudgets', kind: 'PodDisruptionBudget', namespaced: true, hasStatus: true },
  { group: '', version: 'v1', plural: 'secrets', kind: 'Secret', namespaced: true, hasStatus: false },
  // Served versions of kinds whose older versions Kubernetes removed: where the removed-API
  // check lists them to read last-applied annotations. Written out as a v1.29 apiserver serves them.
  ...served('apps', 'v1', true, ['daemonsets', 'DaemonSet'], ['replicasets', 'ReplicaSet'], ['statefulsets', 'StatefulSet']),
  ...served('networking.k8s.io', 'v1', true, ['ingresses', 'Ingress'], ['networkpolicies', 'NetworkPolicy']),
  ...served('networking.k8s.io', 'v1', false, ['ingressclasses', 'IngressClass']),
  ...served('batch', 'v1', true, ['cronjobs', 'CronJob']),
  ...served('autoscaling', 'v2', true, ['horizontalpodautoscalers', 'HorizontalPodAutoscaler']),
  ...served('discovery.k8s.io', 'v1', true, ['endpointslices', 'EndpointSlice']),
  ...served('events.k8s.io', 'v1', true, ['events', 'Event']),
  ...served('rbac.authorization.k8s.io', 'v1', true, ['roles', 'Role'], ['rolebindings', 'RoleBinding']),
  ...served('rbac.authorization.k8s.io', 'v1', false, ['clusterroles', 'ClusterRole'], ['clusterrolebindings', 'ClusterRoleBinding']),
  ...served('admissionregistration.k8s.io', 'v1', false, ['mutatingwebhookconfigurations', 'MutatingWebhookConfiguration'], ['validatingwebhookconfigurations', 'ValidatingWebhookConfiguration']),
  ...served('apiextensions.k8s.io', 'v1', false, ['customresourcedefinitions', 'CustomResourceDefinition']),
  ...served('apiregistration.k8s.io', 'v1', false, ['apiservices', 'APIService']),
  ...served('certificates.k8s.io', 'v1', false, ['certificatesigningrequests', 'CertificateSigningRequest']),
  ...served('scheduling.k8s.io', 'v1', false, ['priorityclasses', 'PriorityClass']),
  ...served('node.k8s.io', 'v1', false, ['runtimeclasses', 'RuntimeClass']),
  ...served('storage.k8s.io', 'v1', false, ['storageclasses', 'StorageClass'], ['csidrivers', 'CSIDriver'], ['csinodes', 'CSINode'], ['volumeattachments', 'VolumeAttachment']),
  ...served('storage.k8s.io', 'v1', true, ['csistoragecapacities', 'CSIStorageCapacity']),
  ...served('flowcontrol.apiserver.k8s.io', 'v1', false, ['flowschemas', 'FlowSchema'], ['prioritylevelconfigurations', 'PriorityLevelConfiguration']),
  ...served('flowcontrol.apiserver.k8s.io', 'v1beta3', false, ['flowschemas', 'FlowSchema'], ['prioritylevelconfigurations', 'PriorityLevelConfiguration']),
];

function served(group: string, version: string, namespaced: boolean, ...kinds: Array<[plural: string, kind: string]>): ResourceKind[] {
  return kinds.map(([plural, kind]) => ({ group, version, plural, kind, namespaced, hasStatus: false }));
}

export function kindOf(plural: string): ResourceKind {
  const k = KINDS.find((x) => x.plural === plural);
  if (!k) throw new Error(`fake-kube: unknown resource ${plural}`);
  return k;
}

export function apiVersionOf(k: ResourceKind): string {
  return k.group ? `${k.group}/${k.version}` : k.version;
}

export interface ParsedPath {
  kind: ResourceKind;
  namespace?: string;
  name?: string;
  subresource?: string;
}

/** Maps `/api/v1/...` and `/apis/<group>/<version>/...` to a resource, or undefined for unknown paths. */
export function parseResourcePath(pathname: string): ParsedPath | undefined {
  const segs = pathname.split('/').filter(Boolean).map(decodeURIComponent);
  let group: string;
  let version: string;
  let rest: string[];
  if (segs[0] === 'api' && segs.length >= 3) {
    group = '';
    version = segs[1]!;
    rest = segs.slice(2);
  } else if (segs[0] === 'apis' && segs.length >= 4) {
    group = segs[1]!;
    version = segs[2]!;
    rest = segs.slice(3);
  } else {
    return undefined;
  }
  const find = (plural: string | undefined) => KINDS.find((k) => k.group === group && k.version === version && k.plural === plural);
  // /namespaces/<ns>/<plural>/... is a namespaced resource; /namespaces/<name>[/status] is the namespace itself.
  if (rest[0] === 'namespaces' && rest.length >= 3) {
    const kind = find(rest[2]);
    if (kind?.namespaced) return { kind, namespace: rest[1], name: rest[3], subresource: rest[4] };
  }
  const kind = find(rest[0]);
  if (!kind || rest.length > 3) return undefined;
  return { kind, name: rest[1], subresource: rest[2] };
}
