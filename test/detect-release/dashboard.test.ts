import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { buildClusterRepo, runnerCheckout } from '../support/cluster-repo.js';
import { runAction } from '../support/run-action.js';
import { makeTempDir } from '../support/tmp.js';
import { buildKubernetesTagsRepo, patchSeries } from '../support/kubernetes-tags.js';
import { startFakeGitHub, isWrite, type FakeGitHub } from '../support/fake-github/index.js';
import { gfmCells } from '../support/gfm-table.js';

const tmp = makeTempDir('ksu-detect-dash-');
const TOKEN = 'ghs_detectDashboardToken0000000000000000';
const REPO = 'platform/cluster';
let upstream: KubesprayUpstream;
let k8sUrl: string;
let fake: FakeGitHub;
let checkout: string;

beforeAll(async () => {
  k8sUrl = buildKubernetesTagsRepo(tmp.dir, [...patchSeries(1, 28, 15), ...patchSeries(1, 29, 14)]);
  upstream = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: ['v2.24.1', 'v2.25.0', 'v2.25.1', 'v2.26.0'] });
  const root = path.join(tmp.dir, 'c');
  mkdirSync(root);
  const clusters = 'clusters:\n  - name: stage\n    inventory: inventory/mycluster\n    wave: 1\n  - name: prod\n    inventory: inventory/mycluster\n    environment: production\n    wave: 2\n';
  checkout = runnerCheckout(buildClusterRepo(root, { upstream, tag: 'v2.24.1', files: { '.github/kubespray-upgrade.yml': clusters } }), path.join(root, 'runner'));
  fake = await startFakeGitHub({ token: TOKEN, repos: [{ fullName: REPO }] });
});
afterAll(async () => {
  await fake.close();
  tmp.cleanup();
});

const detect = (inputs: Record<string, string> = {}) =>
  runAction('detect-release', { path: checkout, 'kubernetes-repository': k8sUrl, 'github-token': TOKEN, ...inputs }, { env: fake.env(REPO) });

describe('detect-release and the fleet dashboard', () => {
  it('creates the issue with a row per configured cluster, puts the same table in the summary, and a rerun writes nothing', async () => {
    let r = await detect();
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const issues = fake.repo(REPO).issues;
    expect(issues).toHaveLength(1);
    const table = issues[0]!.body!.split('\n').filter((l) => l.startsWith('|'));
    expect(table).toHaveLength(4);
    expect(table.slice(2).map((l) => gfmCells(l)[0])).toEqual(['`prod` (environment `production`)', '`stage`']);
    expect(table[2]).toMatch(/\| `v2\.24\.1` \/ not reported \| `v1\.28\.\d+` \/ not reported \| 2 \(newest `v2\.26\.0`\) \|/);
    // The job summary carries the same table.
    for (const line of table) expect(r.summary).toContain(line);

    const before = fake.requests.length;
    const body = issues[0]!.body;
    r = await detect();
    expect(r.exitCode).toBe(0);
    expect(fake.requests.slice(before).map((q) => `${q.method} ${q.path}`)).toEqual([`GET /repos/${REPO}/issues`]);
    expect(issues[0]!.body).toBe(body);
  });

  it('dashboard: false makes no API request at all', async () => {
    const before = fake.requests.length;
    const r = await detect({ dashboard: 'false' });
    expect(r.exitCode).toBe(0);
    expect(fake.requests.length).toBe(before);
    expect(r.summary).toContain('### Fleet');
  });

  it('a token without issues: write is a warning, not a failure', async () => {
    fake.identity.canWrite = false;
    try {
      fake.repo(REPO).issues.length = 0;
      const before = fake.requests.length;
      const r = await detect();
      expect(r.exitCode, r.stdout).toBe(0);
      expect(r.stdout).toMatch(/::warning::the fleet dashboard issue was not updated: .*issues: write/);
      const writes = fake.requests.slice(before).filter(isWrite);
      expect(writes.length).toBeGreaterThan(0);
      expect(writes.every((q) => q.status === 403)).toBe(true);
    } finally {
      fake.identity.canWrite = true;
    }
  });
});
