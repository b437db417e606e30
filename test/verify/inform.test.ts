import { afterEach, describe, expect, it } from 'vitest';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';
import { errorAnnotations } from '../support/run-action.js';
import { startHarness, type Harness } from './verify-harness.js';

const TOKEN = 'ghs_verifyInformToken0000000000000000000000';
let h: Harness | undefined;
let gh: FakeGitHub | undefined;
afterEach(async () => {
  await h?.stop();
  await gh?.close();
  h = gh = undefined;
});

/** The merged upgrade PR the comment goes to (the fake 404s comments on unknown numbers, as GitHub does). */
function openPullRequest(fake: FakeGitHub, number: number): void {
  const now = new Date().toISOString();
  fake.repo('platform/cluster').pulls.push({
    number, title: 'Bump Kubespray from v2.24.1 to v2.25.1', body: '', state: 'closed', draft: false, head: 'kubespray-upgrade/v2.25.1', base: 'main',
    author: 'github-actions[bot]', labels: [], requestedReviewers: [], requestedTeams: [], createdAt: now, updatedAt: now,
  });
}

describe('verify informs the upgrade pull request', () => {
  it('posts the verdict and the per-check table as a comment', async () => {
    h = await startHarness({ controlPlanes: 1, workers: 2 });
    gh = await startFakeGitHub({ token: TOKEN, repos: [{ fullName: 'platform/cluster' }] });
    openPullRequest(gh, 7);
    const run = await h.run(
      { 'expected-kubernetes-version': 'v1.29.5', checks: 'nodes,versions', 'inform-pull-request': '7', 'github-token': TOKEN },
      { env: { ...gh.env('platform/cluster'), GITHUB_RUN_ID: '42', GITHUB_SERVER_URL: 'https://github.example' } },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    const comments = gh.repo('platform/cluster').comments;
    expect(comments).toHaveLength(1);
    expect(comments[0]!.issueNumber).toBe(7);
    expect(comments[0]!.body).toContain('Cluster verified');
    expect(comments[0]!.body).toContain('https://github.example/platform/cluster/actions/runs/42');
    expect(comments[0]!.body).toMatch(/`nodes`.*passed/);
  });

  it('a comment that cannot be posted is a warning; a failed verdict still fails the step', async () => {
    h = await startHarness({ controlPlanes: 1, workers: 2 });
    h.fake.setNodeReady('worker-1', false);
    gh = await startFakeGitHub({ token: TOKEN, repos: [{ fullName: 'platform/cluster' }] });
    gh.identity.canWrite = false;
    const run = await h.run(
      { 'expected-kubernetes-version': 'v1.29.5', checks: 'nodes', 'inform-pull-request': '7', 'github-token': TOKEN },
      { env: gh.env('platform/cluster') },
    );
    expect(run.exitCode).toBe(1);
    expect(run.stdout).toMatch(/::warning::could not comment on #7/);
    expect(gh.repo('platform/cluster').comments).toEqual([]);
    expect(errorAnnotations(run.stdout).join('\n')).toMatch(/verification failed \(nodes\)/);
  });

  it('refuses inform-pull-request without a token', async () => {
    h = await startHarness();
    const run = await h.run({ 'expected-kubernetes-version': 'v1.29.5', 'inform-pull-request': '7', 'github-token': '' });
    expect(run.exitCode).toBe(1);
    expect(errorAnnotations(run.stdout).join('\n')).toMatch(/"github-token" is empty/);
  });
});
