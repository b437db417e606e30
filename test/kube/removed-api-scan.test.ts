import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeKube, helmReleaseSecret, seedCluster } from '../support/fake-kube/index.js';
import { createKubeApi } from '../../src/adapters/kube/client-kube-api.js';
import type { KubeApi } from '../../src/core/kube/kube-api.js';
import { removedBetween } from '../../src/core/kube/removed-apis.js';
import { scanCluster } from '../../src/core/upgrade/removed-apis/cluster-uses.js';
import { removedApiCheck } from '../../src/core/upgrade/removed-apis/removed-api-check.js';

let fake: FakeKube;
let api: KubeApi;
beforeAll(async () => {
  fake = await FakeKube.start({ gitVersion: 'v1.24.17' });
  seedCluster(fake, { controlPlanes: 1, workers: 1, kubernetesVersion: 'v1.24.17' });
  api = createKubeApi({ kubeconfig: fake.writeKubeconfig() });
  fake.cluster.create('namespaces', undefined, { metadata: { name: 'shop' } });
});
afterAll(() => fake.stop());

/** Crossing v1.25: batch/v1beta1 CronJob, policy/v1beta1 PodDisruptionBudget and the rest stop being served. */
const HOP = { from: 'v1.24.17', to: 'v1.25.16' };
const removals = removedBetween(HOP.from, HOP.to);
const judge = async () => {
  const cluster = await scanCluster(api, removals);
  return { cluster, check: removedApiCheck({ judged: true, ...HOP, removals, cluster, repo: { uses: [], filesRead: 0, skipped: [] } }) };
};

const lastApplied = (o: object) => ({ 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify(o) });

describe('removed APIs in the cluster, through the real client and the loopback API', () => {
  it('passes a healthy cluster: objects applied at served versions, a Helm release at served versions', async () => {
    fake.cluster.create('cronjobs', 'shop', {
      metadata: { name: 'nightly', annotations: lastApplied({ apiVersion: 'batch/v1', kind: 'CronJob', metadata: { name: 'nightly', namespace: 'shop' } }) },
      spec: { schedule: '0 2 * * *' },
    });
    fake.cluster.create('secrets', 'shop', helmReleaseSecret({ name: 'web', namespace: 'shop', revision: 1, manifest: 'apiVersion: policy/v1\nkind: PodDisruptionBudget\nmetadata:\n  name: web\n' }));
    const { check, cluster } = await judge();
    expect(check.result, check.detail).toBe('pass');
    expect(check.detail).toMatch(/^v1\.24\.17 -> v1\.25\.16 crosses v1\.25; none of the 7 removed API version\(s\) is in use \(read: 0 deprecated-API metric series, 1 object\(s\) of \d+ resource\(s\), 1 Helm release\(s\)/);
    expect(cluster.counts.helmReleases).toBe(1);
    const metricsReads = fake.requests.filter((r) => r.path === '/metrics');
    expect(metricsReads.length).toBe(1);
    // The lists used the served versions only: asking for a removed one would itself count as a deprecated request.
    expect(fake.requests.filter((r) => /v1beta1|v2beta1/.test(r.path))).toEqual([]);
    expect(fake.requests.some((r) => r.path === '/api/v1/secrets' && decodeURIComponent(r.query).includes('fieldSelector=type=helm.sh/release.v1'))).toBe(true);
  });

  it('refuses on the gauge, naming the API and its replacement', async () => {
    fake.deprecatedApiRequests.push({ group: 'batch', version: 'v1beta1', resource: 'cronjobs', removed_release: '1.25' });
    fake.deprecatedApiRequests.push({ group: 'flowcontrol.apiserver.k8s.io', version: 'v1beta2', resource: 'flowschemas', removed_release: '1.29' });
    try {
      const { check } = await judge();
      expect(check.result).toBe('fail');
      expect(check.detail).toContain('requests to batch/v1beta1 cronjobs since the apiserver started CronJob batch/v1beta1 (apiserver metric) -> use batch/v1 CronJob (served since v1.21)');
      expect(check.detail).not.toContain('flowschemas');
    } finally {
      fake.deprecatedApiRequests.length = 0;
    }
  });

  it('refuses on a last-applied annotation, read page by page', async () => {
    for (let i = 0; i < 1203; i++) {
      fake.cluster.create('poddisruptionbudgets', 'shop', { metadata: { name: `pdb-${String(i).padStart(4, '0')}` }, spec: { minAvailable: 1, selector: { matchLabels: { app: `a${i}` } } } });
    }
    fake.cluster.create('poddisruptionbudgets', 'shop', {
      metadata: { name: 'zz-old', annotations: lastApplied({ apiVersion: 'policy/v1beta1', kind: 'PodDisruptionBudget', metadata: { name: 'zz-old' } }) },
      spec: { minAvailable: 1, selector: { matchLabels: { app: 'old' } } },
    });
    const before = fake.requests.length;
    const { check, cluster } = await judge();
    expect(check.result).toBe('fail');
    expect(check.detail).toContain('shop/zz-old PodDisruptionBudget policy/v1beta1 (last-applied annotation) -> use policy/v1 PodDisruptionBudget (served since v1.21)');
    expect(cluster.counts.objects).toBeGreaterThanOrEqual(1205);
    const pages = fake.requests.slice(before).filter((r) => r.path === '/apis/policy/v1/poddisruptionbudgets');
    expect(pages.length).toBe(3);
    expect(pages.every((r) => r.query.includes('limit=500'))).toBe(true);
    fake.store.remove('poddisruptionbudgets', 'shop', 'zz-old');
  });

  it('refuses on the deployed revision of a Helm release, not on the ones it superseded', async () => {
    const old = 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: report\n';
    const now = 'apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: report\n';
    fake.cluster.create('secrets', 'shop', helmReleaseSecret({ name: 'reports', namespace: 'shop', revision: 1, status: 'superseded', manifest: old }));
    fake.cluster.create('secrets', 'shop', helmReleaseSecret({ name: 'reports', namespace: 'shop', revision: 2, manifest: now }));
    expect((await judge()).check.result).toBe('pass');
    fake.cluster.create('secrets', 'shop', helmReleaseSecret({ name: 'legacy', namespace: 'shop', revision: 7, manifest: `---\n# Source: legacy/templates/cron.yaml\n${old.replace('report', 'cleanup')}` }));
    const { check } = await judge();
    expect(check.result).toBe('fail');
    expect(check.detail).toContain('release shop/legacy (revision 7): cleanup CronJob batch/v1beta1 (Helm release) -> use batch/v1 CronJob');
    fake.store.remove('secrets', 'shop', 'sh.helm.release.v1.legacy.v7');
  });

  it('warns, naming the missing RBAC, when /metrics is forbidden; hostile Helm Secrets are reported, not fatal', async () => {
    fake.failRequests({ method: 'GET', match: /^\/metrics$/, status: 403, count: 1 });
    const bomb = helmReleaseSecret({ name: 'bomb', namespace: 'shop', revision: 1, manifest: '' }, (await import('node:zlib')).gzipSync(Buffer.alloc(64 * 1024 * 1024)).toString('base64'));
    fake.cluster.create('secrets', 'shop', bomb);
    fake.cluster.create('secrets', 'shop', helmReleaseSecret({ name: 'junk', namespace: 'shop', revision: 1, manifest: '' }, 'this is not base64!'));
    try {
      const { check } = await judge();
      expect(check.result).toBe('warn');
      expect(check.detail).toMatch(/apiserver metric: missing RBAC: get on the nonResourceURL \/metrics\. Kubernetes API at .* refused GET \/metrics \(403 Forbidden\)/);
      expect(check.detail).toContain('Helm release: Secret shop/sh.helm.release.v1.bomb.v1: the gzipped release expands past 16.0 MiB; refused unread; this release was not checked');
      expect(check.detail).toContain('Secret shop/sh.helm.release.v1.junk.v1: data.release does not hold base64 text');
    } finally {
      fake.clearFailures();
      fake.store.remove('secrets', 'shop', 'sh.helm.release.v1.bomb.v1');
      fake.store.remove('secrets', 'shop', 'sh.helm.release.v1.junk.v1');
    }
  });

  it('keeps at most 1 MiB of the gauge from a huge /metrics, and says the rest was not read', async () => {
    for (let i = 0; i < 20_000; i++) fake.deprecatedApiRequests.push({ group: 'example.com', version: 'v1beta1', resource: `widgets${i}`, removed_release: '1.40' });
    fake.deprecatedApiRequests.push({ group: 'zzz.example.com', version: 'v1beta1', resource: 'late', removed_release: '1.25' });
    try {
      const { check, cluster } = await judge();
      expect(check.result).toBe('warn');
      expect(check.detail).toContain('apiserver metric: apiserver_requested_deprecated_apis is over 1024 KiB; only its start was read');
      expect(cluster.counts.metricSeries).toBeGreaterThan(5_000);
      expect(cluster.counts.metricSeries).toBeLessThan(20_000);
    } finally {
      fake.deprecatedApiRequests.length = 0;
    }
  });

  it('lists a resource at an older served version when its replacement is not served yet', async () => {
    // A v1.28 apiserver serves FlowSchema at v1beta3 (and the v1beta2 that v1.29 removes), not yet at v1.
    fake.unservedApis.add('flowcontrol.apiserver.k8s.io/v1');
    fake.cluster.create('flowschemas', undefined, { metadata: { name: 'batch-jobs', annotations: lastApplied({ apiVersion: 'flowcontrol.apiserver.k8s.io/v1beta2', kind: 'FlowSchema' }) }, spec: {} });
    try {
      const crossed = removedBetween('v1.28.6', 'v1.29.10');
      const cluster = await scanCluster(api, crossed);
      expect(cluster.uses.map((u) => `${u.what} ${u.source}`)).toEqual(['batch-jobs last-applied annotation']);
      expect(fake.requests.some((r) => r.path === '/apis/flowcontrol.apiserver.k8s.io/v1beta3/flowschemas')).toBe(true);
    } finally {
      fake.unservedApis.clear();
      fake.store.remove('flowschemas', undefined, 'batch-jobs');
    }
  });
});
