import type {
  V1ConfigMap,
  V1Deployment,
  V1Endpoints,
  V1Job,
  V1Lease,
  V1Namespace,
  V1Node,
  V1Pod,
  V1PodDisruptionBudget,
  V1Secret,
  V1Service,
} from '@kubernetes/client-node';

export type { V1ConfigMap, V1Deployment, V1Endpoints, V1Job, V1Lease, V1Namespace, V1Node, V1Pod, V1PodDisruptionBudget, V1Secret, V1Service };

/** An object of any kind as the API returns it; only metadata is relied on. */
export interface KubeObject {
  apiVersion?: string;
  kind?: string;
  metadata?: { name?: string; namespace?: string; annotations?: Record<string, string>; labels?: Record<string, string> };
}

/** One page of a paginated list: `continue` is set while there is more. */
export interface ListPage<T> {
  items: T[];
  continue?: string;
}

export interface ServerVersion {
  gitVersion: string;
  major: string;
  minor: string;
}

export interface PodSelectors {
  /** e.g. `component=kube-apiserver,tier=control-plane` */
  labelSelector?: string;
  /** e.g. `spec.nodeName=worker-1` */
  fieldSelector?: string;
}

/**
 * The Kubernetes operations the upgrade actions need, nothing more. Errors are typed
 * (src/core/kube/kube-errors.ts): KubeNotFoundError, KubeConflictError (409 AlreadyExists or
 * stale resourceVersion), KubeAuthError, KubeUnreachableError, KubeApiError for the rest.
 *
 * get* return undefined on 404. delete* are idempotent (404 is success) unless a
 * resourceVersion precondition is given, in which case a stale one is a KubeConflictError.
 * replace* send the object's metadata.resourceVersion: optimistic concurrency.
 */
export interface KubeApi {
  /** The API server URL from the kubeconfig, for messages. */
  readonly server: string;
  getServerVersion(): Promise<ServerVersion>;

  listNodes(labelSelector?: string): Promise<V1Node[]>;
  /** namespace undefined lists across all namespaces. */
  listPods(namespace: string | undefined, selectors?: PodSelectors): Promise<V1Pod[]>;
  /**
   * Lists pods in pages (limit/continue), keeping only `view` of each pod (undefined drops it):
   * memory stays at one page plus the views however many pods the cluster runs. A list whose
   * snapshot expired mid-way (410) is started again once, as client-go's pager does. `view`
   * sees the pod as the API sent it: timestamps are strings, not Dates.
   */
  listPodViews<T>(namespace: string | undefined, selectors: PodSelectors, view: (pod: V1Pod) => T | undefined): Promise<T[]>;
  getNode(name: string): Promise<V1Node | undefined>;
  getPod(namespace: string, name: string): Promise<V1Pod | undefined>;
  createPod(namespace: string, pod: V1Pod): Promise<V1Pod>;
  deletePod(namespace: string, name: string): Promise<void>;
  readPodLog(namespace: string, name: string, container?: string): Promise<string>;

  getConfigMap(namespace: string, name: string): Promise<V1ConfigMap | undefined>;
  createConfigMap(namespace: string, configMap: V1ConfigMap): Promise<V1ConfigMap>;
  replaceConfigMap(namespace: string, configMap: V1ConfigMap): Promise<V1ConfigMap>;
  deleteConfigMap(namespace: string, name: string, resourceVersion?: string): Promise<void>;

  getLease(namespace: string, name: string): Promise<V1Lease | undefined>;
  createLease(namespace: string, lease: V1Lease): Promise<V1Lease>;
  replaceLease(namespace: string, lease: V1Lease): Promise<V1Lease>;
  deleteLease(namespace: string, name: string, resourceVersion?: string): Promise<void>;

  getNamespace(name: string): Promise<V1Namespace | undefined>;
  createNamespace(name: string, labels?: Record<string, string>): Promise<V1Namespace>;
  /** Starts deletion (the namespace goes Terminating, then disappears). */
  deleteNamespace(name: string): Promise<void>;

  createJob(namespace: string, job: V1Job): Promise<V1Job>;
  getJob(namespace: string, name: string): Promise<V1Job | undefined>;
  /** Deletes the Job and its pods (propagationPolicy Background). */
  deleteJob(namespace: string, name: string): Promise<void>;

  createDeployment(namespace: string, deployment: V1Deployment): Promise<V1Deployment>;
  getDeployment(namespace: string, name: string): Promise<V1Deployment | undefined>;
  deleteDeployment(namespace: string, name: string): Promise<void>;

  createService(namespace: string, service: V1Service): Promise<V1Service>;
  getService(namespace: string, name: string): Promise<V1Service | undefined>;
  deleteService(namespace: string, name: string): Promise<void>;
  getEndpoints(namespace: string, name: string): Promise<V1Endpoints | undefined>;

  /** policy/v1 PodDisruptionBudgets in all namespaces, with the disruption controller's status. */
  listPodDisruptionBudgets(): Promise<V1PodDisruptionBudget[]>;

  /**
   * The series of one metric family from the apiserver's `/metrics` (Prometheus text), read
   * as a stream that keeps only that family's lines, at most `maxBytes` of them. Needs RBAC
   * `get` on the nonResourceURL `/metrics`.
   */
  readMetricFamily(name: string, maxBytes: number): Promise<{ text: string; truncated: boolean }>;
  /** One page (`limit`, `continue`) of Secrets in all namespaces. */
  listSecretsPage(selectors: PodSelectors, limit: number, continueToken?: string): Promise<ListPage<V1Secret>>;
  /** One page of the objects of `resource` (plural) served at `apiVersion` (a named group), in all namespaces. */
  listObjectsPage(apiVersion: string, resource: string, limit: number, continueToken?: string): Promise<ListPage<KubeObject>>;
}
