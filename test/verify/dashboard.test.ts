import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startHarness, type Harness } from './verify-harness.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';

const TOKEN = 'ghs_verifyDashboardToken000000000000000';
const REPO = 'platform/cluster';
let fake: FakeGitHub;
let h: Harness;
beforeAll(async () => {
  fake = await startFakeGitHub({ token: TOKEN, repos: [{ fullName: REPO }] });
  h = await startHarness({ controlPlanes: 1, workers: 1, kubernetesVersion: 'v1.30.4' });
  h.fake.cluster.create('configmaps', 'kube-system', {
    metadata: { name: 'kubespray-upgrade-state' },
    data: { 'state.json': JSON.stringify({ kubernetesTo: '1.30.4', status: 'succeeded', startedAt: new Date(Date.now() - 60_000).toISOString() }) },
  });
});
afterAll(async () => {
  await h.stop();
  await fake.close();
});

describe('verify and the fleet dashboard', () => {
  it('writes the result with the run link, and the Kubernetes the state ConfigMap names, into the cluster row', async () => {
    const run = await h.run({ checks: 'versions', cluster: 'prod', 'github-token': TOKEN }, { env: { ...fake.env(REPO), GITHUB_RUN_ID: '5', GITHUB_SERVER_URL: 'https://github.example' } });
    expect(run.exitCode, run.stdout).toBe(0);
    const row = fake.repo(REPO).issues[0]!.body!.split('\n').find((l) => l.startsWith('| `prod`'))!;
    expect(row).toContain('| ? / not reported | ? / `v1.30.4` |');
    expect(row).toContain(`[✅ passed](https://github.example/${REPO}/actions/runs/5)`);
  });

  it('without cluster the dashboard is left alone', async () => {
    const before = fake.requests.length;
    const run = await h.run({ checks: 'versions', 'github-token': TOKEN }, { env: fake.env(REPO) });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(fake.requests.length).toBe(before);
  });
});
