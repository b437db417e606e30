import { afterAll, beforeAll } from 'vitest';
import path from 'node:path';
import { buildKubesprayUpstream, type KubesprayUpstream } from './kubespray-upstream.js';
import { buildKubernetesTagsRepo, patchSeries } from './kubernetes-tags.js';
import { makeTempDir } from './tmp.js';

/**
 * What a detect-release run reads upstream, built once per test file: Kubespray's real history
 * and a Kubernetes tag series up to v1.28.6. The repos are filled in by beforeAll.
 */
export function useDetectUpstreams(prefix: string): { tmp: ReturnType<typeof makeTempDir>; built: { upstream: KubesprayUpstream; k8sUrl: string } } {
  const tmp = makeTempDir(prefix);
  const built = {} as { upstream: KubesprayUpstream; k8sUrl: string };
  beforeAll(() => {
    built.k8sUrl = buildKubernetesTagsRepo(tmp.dir, patchSeries(1, 28, 6));
    built.upstream = buildKubesprayUpstream(path.join(tmp.dir, 'up'));
  });
  afterAll(() => tmp.cleanup());
  return { tmp, built };
}
