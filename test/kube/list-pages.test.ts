import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createKubeApi } from '../../src/adapters/kube/client-kube-api.js';
import type { KubeApi } from '../../src/core/kube/kube-api.js';
import { readSnapshotAndDrainFacts } from '../../src/core/upgrade/drain-facts.js';
import { NODE_GETS_MAX, readNodeProblems } from '../../src/core/upgrade/node-checks.js';
import { FakeKube } from '../support/fake-kube/index.js';
import { seedScaledCluster } from '../support/fake-kube/seed-scale.js';
import { rawRequest } from './helpers.js';

let fake: FakeKube;
let api: KubeApi;

beforeEach(async () => {
  fake = await FakeKube.start();
  // 100 nodes: 200 DaemonSet pods, 3 apiservers, 279 workloads of 10 pods; 20 PDBs, every 5th blocking.
  seedScaledCluster(fake, { nodes: 100, pods: 3_000, pdbs: 20, blockingEvery: 5 });
  // No controllers: 3,000 pods reconciled every 20 ms would only slow the test down.
  fake.freeze();
  api = createKubeApi({ kubeconfig: fake.writeKubeconfig() });
});
afterEach(() => fake.stop());

const podLists = () => fake.requests.filter((r) => r.path === '/api/v1/pods');

describe('chunked lists (limit/continue) as the apiserver serves them', () => {
  it('pages a list with continue tokens and remainingItemCount, every page from one snapshot', async () => {
    const first = await rawRequest(fake.url, 'GET', '/api/v1/pods?limit=1000', { token: fake.token });
    const body = first.body as { items: unknown[]; metadata: { continue?: string; remainingItemCount?: number; resourceVersion: string } };
    expect(body.items).toHaveLength(1000);
    expect(body.metadata.remainingItemCount).toBe(2993 - 1000);
    const second = await rawRequest(fake.url, 'GET', `/api/v1/pods?limit=1000&continue=${body.metadata.continue}`, { token: fake.token });
    expect((second.body as { metadata: { resourceVersion: string } }).metadata.resourceVersion).toBe(body.metadata.resourceVersion);
    // After a compaction the snapshot is gone.
    fake.compact();
    const stale = await rawRequest(fake.url, 'GET', `/api/v1/pods?limit=1000&continue=${body.metadata.continue}`, { token: fake.token });
    expect(stale.status).toBe(410);
    expect(stale.body).toMatchObject({ kind: 'Status', reason: 'Expired', code: 410 });
    const bad = await rawRequest(fake.url, 'GET', '/api/v1/pods?limit=10&continue=bm9wZQ', { token: fake.token });
    expect(bad.status).toBe(400);
  });

  it('the client reads pods page by page, keeping only the views, and starts again once after a 410', async () => {
    const reads = readSnapshotAndDrainFacts(api);
    const [snapshot, facts] = await Promise.all([reads.snapshot, reads.drain]);
    expect(facts.pods).toHaveLength(2993);
    expect(facts.pdbs).toHaveLength(20);
    // kube-system is listed once, for the snapshot and the drain alike; the rest without it, only pods still on a node.
    expect(snapshot.kubeSystemPods).toHaveLength(203);
    expect(facts.pods.filter((p) => p.namespace === 'kube-system')).toHaveLength(203);
    expect(fake.requests.filter((r) => r.path === '/api/v1/namespaces/kube-system/pods')).toHaveLength(1);
    const pages = podLists();
    expect(pages).toHaveLength(6);
    const selector = new URLSearchParams(pages[0]!.query).get('fieldSelector');
    expect(selector).toBe('metadata.namespace!=kube-system,spec.nodeName!=,status.phase!=Succeeded,status.phase!=Failed');
    // Served as the apiserver serves pod field selectors: these fields only; another is a 400, not ignored.
    const refused = await rawRequest(fake.url, 'GET', `/api/v1/pods?limit=1&fieldSelector=${encodeURIComponent('spec.volumes!=')}`, { token: fake.token });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({ kind: 'Status', reason: 'BadRequest', message: 'field label not supported: spec.volumes' });
    expect(pages.every((r) => /[?&]limit=500(&|$)/.test(r.query))).toBe(true);
    expect(pages.slice(1).every((r) => /[?&]continue=/.test(r.query))).toBe(true);

    // A compaction while the list is half read: the next page is 410 Expired and the list starts over.
    fake.requests.length = 0;
    let compacted = false;
    const names = await api.listPodViews(undefined, {}, (p) => {
      if (!compacted) {
        compacted = true;
        fake.compact();
      }
      return p.metadata?.name;
    });
    expect(names).toHaveLength(2993);
    expect(new Set(names).size).toBe(2993);
    expect(podLists().map((r) => r.status)).toEqual([200, 410, 200, 200, 200, 200, 200, 200]);
  });

  it('the check between small batches reads only the batch nodes, one GET each', async () => {
    fake.requests.length = 0;
    const batch = ['node-00001', 'node-00002', 'node-00003'];
    expect(await readNodeProblems(api, batch, 'v1.29.5')).toEqual([]);
    expect(fake.requests.map((r) => `${r.method} ${r.path}`).sort()).toEqual(batch.map((n) => `GET /api/v1/nodes/${n}`));
    expect(await readNodeProblems(api, ['node-00004', 'gone'], 'v1.30.4')).toEqual(['node-00004: kubelet v1.29.5, expected v1.30.4', 'gone: not registered in the cluster']);
  });

  it('a frozen fake serves each page from memory, the same on every read, and refuses writes', async () => {
    const views = await api.listPodViews('kube-system', {}, (p) => p.spec?.nodeName);
    expect(views).toHaveLength(203);
    expect(await api.listPodViews('kube-system', {}, (p) => p.spec?.nodeName)).toEqual(views);
    expect(() => fake.store.mutate('nodes', undefined, 'cp-1', (n) => (n.metadata.labels = {}))).toThrow(/frozen/);
  });
});

describe('the check between large batches', () => {
  let big: FakeKube;
  afterEach(() => big.stop());

  it('reads the node list in pages instead of one GET per node, and keeps only the batch', async () => {
    big = await FakeKube.start();
    // 1,200 nodes (3 pages of 500), their DaemonSet pods and nothing else.
    const seeded = seedScaledCluster(big, { nodes: 1_200, pods: 2_403, pdbs: 0 });
    big.freeze();
    const client = createKubeApi({ kubeconfig: big.writeKubeconfig() });
    // Nodes from every page, more than are read one by one, and one that is not registered.
    const batch = [...seeded.workers.filter((_, i) => i % 40 === 0), 'gone'];
    expect(batch.length).toBeGreaterThan(NODE_GETS_MAX);
    big.requests.length = 0;
    expect(new Set(await client.listNodeViews((n) => n.metadata?.name)).size).toBe(1_200);
    const problems = await readNodeProblems(client, batch, 'v1.30.4');
    expect(problems).toEqual([...batch.slice(0, -1).map((n) => `${n}: kubelet v1.29.5, expected v1.30.4`), 'gone: not registered in the cluster']);
    const reads = big.requests.map((r) => `${r.method} ${r.path} ${/continue=/.test(r.query) ? 'next' : 'first'} ${/[?&]limit=500(&|$)/.test(r.query)}`);
    // Two lists of 3 pages each (the direct one above, then the check's), never a single-node GET.
    expect(reads).toEqual(Array.from({ length: 2 }, () => ['first', 'next', 'next'].map((k) => `GET /api/v1/nodes ${k} true`)).flat());
  });
});
