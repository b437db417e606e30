import { gzipSync } from 'node:zlib';
import { createKubeApi } from '../src/adapters/kube/client-kube-api.js';
import { mentionsAny, removedBetween } from '../src/core/kube/removed-apis.js';
import { scanCluster } from '../src/core/upgrade/removed-apis/cluster-uses.js';
import { decodeHelmRelease } from '../src/core/upgrade/removed-apis/helm-release.js';
import { manifestObjects } from '../src/core/upgrade/removed-apis/manifest-objects.js';
import { FakeKube, helmReleaseSecret, seedCluster } from '../test/support/fake-kube/index.js';
import { median } from './stats.js';

const RELEASES = 1_000;
const REVISIONS = 3;
const OBJECTS = 5_000;

/** A rendered chart of `docs` documents, about 1.5 KiB each, as Helm stores it. */
function manifest(release: string, docs: number): string {
  const out: string[] = [];
  for (let i = 0; i < docs; i++) {
    out.push(
      `---\n# Source: ${release}/templates/part-${i}.yaml\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${release}-${i}\n  labels:\n    app.kubernetes.io/name: ${release}\n    app.kubernetes.io/instance: ${release}\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: ${release}-${i}\n  template:\n    metadata:\n      labels:\n        app: ${release}-${i}\n    spec:\n      containers:\n        - name: app\n          image: registry.example.com/${release}:1.${i}.0\n          env:\n${Array.from({ length: 20 }, (_, k) => `            - name: SETTING_${k}\n              value: "${k}"`).join('\n')}\n`,
    );
  }
  return out.join('');
}

/**
 * The removed-API preflight read (gauge, last-applied annotations, Helm releases) against
 * the loopback API over HTTP with the real client: 1,000 Helm releases of 3 revisions
 * (2 superseded, 1 deployed), 10 documents each, and 5,000 objects of an affected resource.
 * Memory is this process's (the fake API server lives in it too, holding every object).
 */
export async function benchRemovedApis(): Promise<string[]> {
  const fake = await FakeKube.start({ gitVersion: 'v1.24.17' });
  try {
    seedCluster(fake, { controlPlanes: 1, workers: 1, kubernetesVersion: 'v1.24.17' });
    fake.cluster.create('namespaces', undefined, { metadata: { name: 'apps' } });
    let bytes = 0;
    for (let r = 0; r < RELEASES; r++) {
      const text = manifest(`rel-${r}`, 10);
      for (let v = 1; v <= REVISIONS; v++) {
        const s = helmReleaseSecret({ name: `rel-${r}`, namespace: 'apps', revision: v, status: v === REVISIONS ? 'deployed' : 'superseded', manifest: text });
        bytes += s.data!.release!.length;
        fake.store.create('secrets', 'apps', s);
      }
    }
    for (let i = 0; i < OBJECTS; i++) {
      fake.store.create('cronjobs', 'apps', {
        metadata: { name: `job-${i}`, namespace: 'apps', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: `job-${i}` } }) } },
        spec: { schedule: '0 3 * * *' },
      });
    }
    const api = createKubeApi({ kubeconfig: fake.writeKubeconfig() });
    const removals = removedBetween('v1.24.17', 'v1.25.16');
    const times: number[] = [];
    let peak = 0;
    let last: Awaited<ReturnType<typeof scanCluster>> | undefined;
    for (let i = 0; i < 3; i++) {
      const rssBefore = process.memoryUsage().rss;
      const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss - rssBefore)), 20);
      const t = performance.now();
      last = await scanCluster(api, removals);
      times.push(performance.now() - t);
      clearInterval(timer);
    }
    const one = helmReleaseSecret({ name: 'x', namespace: 'apps', revision: 1, manifest: manifest('x', 10) }).data!.release!;
    const perRelease = (filter?: (doc: string) => boolean) => {
      const t = performance.now();
      for (let i = 0; i < 200; i++) manifestObjects(decodeHelmRelease(one).manifest, 'bench', filter);
      return (performance.now() - t) / 200;
    };
    const parseAll = perRelease();
    const decodeMs = perRelease(mentionsAny(removals));
    const bombT = performance.now();
    const bomb = helmReleaseSecret({ name: 'b', namespace: 'apps', revision: 1, manifest: '' }, gzipSync(Buffer.alloc(256 * 1024 * 1024)).toString('base64')).data!.release!;
    const bombBuilt = performance.now() - bombT;
    const b0 = performance.now();
    try {
      decodeHelmRelease(bomb);
    } catch {
      /* refused, as expected */
    }
    const bombMs = performance.now() - b0;
    const c = last!.counts;
    return [
      `${RELEASES} Helm releases x ${REVISIONS} revisions (${(bytes / 1024 / 1024).toFixed(1)} MiB of data.release), ${OBJECTS} CronJobs; hop v1.24 -> v1.25 (${removals.length} removed versions)`,
      `  scan (gauge + annotations + Helm), median of 3   ${(median(times) / 1000).toFixed(2)} s; RSS growth during a scan <= ${(peak / 1024 / 1024).toFixed(0)} MiB`,
      `    read: ${c.helmSecrets} deployed-revision Secrets (${c.helmReleases} releases) in pages of 20, ${c.objects} objects of ${c.resources} resources in pages of 500`,
      `  one release (10 documents): decode and scan ${decodeMs.toFixed(2)} ms; parsing every document instead ${parseAll.toFixed(2)} ms`,
      `  a 256 MiB gzip bomb (${(bomb.length / 1024).toFixed(0)} KiB encoded) refused in ${bombMs.toFixed(0)} ms (building it took ${bombBuilt.toFixed(0)} ms)`,
    ];
  } finally {
    await fake.stop();
  }
}
