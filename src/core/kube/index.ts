export type { KubeApi, PodSelectors, ServerVersion } from './kube-api.js';
export { createKubeApi, DEFAULT_REQUEST_TIMEOUT_MS, type KubeApiOptions } from '../../adapters/kube/client-kube-api.js';
export { isTransientKubeError, KubeApiError, KubeAuthError, KubeConflictError, KubeNotFoundError, KubeUnreachableError } from './kube-errors.js';
export { canonicalKubeVersion, sameKubeVersion, imageTag } from './kube-versions.js';
