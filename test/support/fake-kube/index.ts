export { FakeKube, type FakeKubeOptions } from './fake-kube.js';
export { seedCluster, type SeedOptions, type SeededCluster } from './seed.js';
export { defaultBehaviour, type PodBehaviour, type ContainerOutcome, type BehaviourContext, type ClusterView } from './behaviour.js';
export type { Timing } from './timing.js';
export type { KObj } from './store.js';
export type { RequestLogEntry } from './http-handler.js';
export { helmReleaseSecret, type HelmReleaseOptions } from './helm.js';
export { apiserverMetrics, type DeprecatedApiSeries } from './metrics.js';
