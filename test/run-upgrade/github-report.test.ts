import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';
import { TARGET_KUBE, TARGET_TAG, useSuite, withCase } from './env.js';

const suite = useSuite('ksu-run-upgrade-gh-');
const TOKEN = 'ghs_runUpgradeReportToken00000000000000';
const REPO = 'platform/cluster';
let fake: FakeGitHub;
beforeAll(async () => {
  fake = await startFakeGitHub({ token: TOKEN, repos: [{ fullName: REPO, gitDir: path.join(suite().root, 'repo', 'cluster.git') }] });
});
afterAll(() => fake.close());

const env = { ...{ GITHUB_SERVER_URL: 'https://github.example', GITHUB_RUN_ID: '77' }, GITHUB_REPOSITORY: REPO };

describe('run-upgrade reports the cluster to GitHub', () => {
  it('a deployment to the environment, in_progress then success with the run link, and the dashboard row', () =>
    withCase(suite(), async (c) => {
      const r = await c.run({ 'github-token': TOKEN, cluster: 'lab', environment: 'lab-env' }, { env: { ...fake.env(REPO), ...env } });
      expect(r.exitCode, r.stdout).toBe(0);
      const [d] = fake.repo(REPO).deployments;
      expect(d!.environment).toBe('lab-env');
      expect(d!.sha).toMatch(/^[0-9a-f]{40}$/);
      expect(d!.statuses.map((s) => [s.state, s.logUrl])).toEqual([
        ['in_progress', `https://github.example/${REPO}/actions/runs/77`],
        ['success', `https://github.example/${REPO}/actions/runs/77`],
      ]);
      const row = fake.repo(REPO).issues[0]!.body!.split('\n').find((l) => l.startsWith('| `lab`'))!;
      expect(row).toContain(`| \`${TARGET_TAG}\` / \`${TARGET_TAG}\` |`);
      expect(row).toContain(`/ \`${TARGET_KUBE}\``);
      expect(row).toContain(`[✅ succeeded](https://github.example/${REPO}/actions/runs/77) to \`${TARGET_TAG}\``);
    }));

  it('a refused run ends its deployment as a failure; deployment: false and dashboard: false report nothing', () =>
    withCase(suite(), async (c) => {
      const before = fake.repo(REPO).deployments.length;
      let r = await c.run({ 'github-token': TOKEN, cluster: 'lab2', 'target-version': 'v2.99.0' }, { env: { ...fake.env(REPO), ...env } });
      expect(r.exitCode).toBe(1);
      const d = fake.repo(REPO).deployments.at(-1)!;
      expect(fake.repo(REPO).deployments.length).toBe(before + 1);
      expect(d.environment).toBe('lab2');
      expect(d.statuses.map((s) => s.state)).toEqual(['in_progress', 'failure']);
      const requests = fake.requests.length;
      r = await c.run({ 'github-token': TOKEN, cluster: 'lab2', 'target-version': 'v2.99.0', deployment: 'false', dashboard: 'false' }, { env: { ...fake.env(REPO), ...env } });
      expect(r.exitCode).toBe(1);
      expect(fake.requests.length).toBe(requests);
    }));
});
