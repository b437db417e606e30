export type { KubeApi, PodSelectors, ServerVersion } from './kube-api.js';
export { isTransientKubeError, KubeApiError, KubeAuthError, KubeConflictError, KubeNotFoundError, KubeUnreachableError } from './kube-errors.js';
export { canonicalKubeVersion, sameKubeVersion, imageTag } from './kube-versions.js';
