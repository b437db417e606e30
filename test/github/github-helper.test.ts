import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { ActionError, ConfigurationError, ConnectionError } from '../../src/core/errors.js';
import { KUBESPRAY, REPO, TOKEN, startFixture, type Fixture } from './fixtures.js';
import { git } from '../support/git.js';

let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(async () => {
  // Every test logged through the fixture; none of it may carry the token.
  expect(f.logs.length).toBeGreaterThan(20);
  expect(f.logs.filter((l) => l.includes(TOKEN))).toEqual([]);
  await f.close();
});
beforeEach(() => {
  f.fake.repo(REPO).pulls.length = 0;
  f.fake.faults.clear();
});

const spec = (head: string, extra = {}) => ({
  head,
  base: 'main',
  title: `Upgrade Kubespray to ${head.split('/')[1]}`,
  body: `Hop to ${head}.\n\nRelease notes below.`,
  labels: ['kubespray', 'upgrade'],
  ...extra,
});

describe('GitHubHelper against the fake, with the real Octokit and its retry and throttling plugins', () => {
  it('opens a pull request in 6 requests all told, and a rerun with nothing new costs 3 and writes nothing', async () => {
    let mark = f.fake.requests.length;
    const h = f.helper();
    const base = await h.getDefaultBranch();
    const notes = await h.listReleaseNotes(KUBESPRAY, ['v2.25.0', 'v2.25.1']);
    const created = await h.createOrUpdatePullRequest(spec('upgrade/v2.25.1', { base, reviewers: ['alice'], teamReviewers: ['platform'] }));
    expect(f.since(mark)).toEqual([
      'GET /repos/platform/cluster',
      'GET /repos/kubernetes-sigs/kubespray/releases',
      'GET /repos/platform/cluster/pulls',
      'POST /repos/platform/cluster/pulls',
      'POST /repos/platform/cluster/issues/1/labels',
      'POST /repos/platform/cluster/pulls/1/requested_reviewers',
    ]);
    expect(created).toEqual({ number: 1, url: 'https://github.com/platform/cluster/pull/1', operation: 'created', warnings: [] });
    expect([...notes.keys()].sort()).toEqual(['v2.25.0', 'v2.25.1']);
    expect(notes.get('v2.25.1')).toMatchObject({ body: expect.stringContaining("What's changed in v2.25.1"), url: 'https://github.com/kubernetes-sigs/kubespray/releases/tag/v2.25.1' });
    const pr = f.fake.repo(REPO).pulls[0]!;
    expect(pr).toMatchObject({ head: 'upgrade/v2.25.1', base: 'main', labels: ['kubespray', 'upgrade'], requestedReviewers: ['alice'], requestedTeams: ['platform'] });

    mark = f.fake.requests.length;
    const again = f.helper();
    const rerunBase = await again.getDefaultBranch();
    await again.listReleaseNotes(KUBESPRAY, ['v2.25.0', 'v2.25.1']);
    const rerun = await again.createOrUpdatePullRequest(spec('upgrade/v2.25.1', { base: rerunBase, reviewers: ['alice'], teamReviewers: ['platform'] }));
    expect(rerun.operation).toBe('unchanged');
    expect(f.since(mark)).toEqual(['GET /repos/platform/cluster', 'GET /repos/kubernetes-sigs/kubespray/releases', 'GET /repos/platform/cluster/pulls']);
  });

  it('finds the open pull request of its own branch only, as owner:branch', async () => {
    const h = f.helper();
    await h.createOrUpdatePullRequest(spec('upgrade/v2.26.1', { labels: [] }));
    // With a bare branch name GitHub would return this other pull request; owner:branch returns none.
    expect(await h.findOpenPullRequest('upgrade/v2.27.1')).toBeUndefined();
    const found = await h.findOpenPullRequest('upgrade/v2.26.1');
    expect(found).toMatchObject({ number: expect.any(Number), base: 'main', title: 'Upgrade Kubespray to v2.26.1', labels: [] });
    expect(found!.headSha).toBe(git(f.gitDir, ['rev-parse', 'refs/heads/upgrade/v2.26.1']).trim());
  });

  it('updates only what changed: a new body is one PATCH of the body; a removed label is added back', async () => {
    const h = f.helper();
    const { number } = await h.createOrUpdatePullRequest(spec('upgrade/v2.25.1'));
    let mark = f.fake.requests.length;
    const updated = await h.createOrUpdatePullRequest(spec('upgrade/v2.25.1', { body: 'New body' }));
    expect(updated.operation).toBe('updated');
    expect(f.since(mark)).toEqual(['GET /repos/platform/cluster/pulls', `PATCH /repos/platform/cluster/pulls/${number}`]);
    expect(f.fake.requests.at(-1)!.body).toEqual({ body: 'New body' });

    const pr = f.fake.repo(REPO).pulls[0]!;
    pr.labels = ['kubespray'];
    pr.requestedReviewers = [];
    mark = f.fake.requests.length;
    const relabelled = await h.createOrUpdatePullRequest(spec('upgrade/v2.25.1', { body: 'New body' }));
    expect(relabelled.operation).toBe('updated');
    // Reviewers are not re-requested on an existing pull request: someone may have reviewed already.
    expect(f.since(mark)).toEqual(['GET /repos/platform/cluster/pulls', `POST /repos/platform/cluster/issues/${number}/labels`]);
    expect(pr.labels).toEqual(['kubespray', 'upgrade']);
  });

  it('treats a body GitHub returns with CRLF line ends as unchanged', async () => {
    const h = f.helper();
    await h.createOrUpdatePullRequest(spec('upgrade/v2.25.1'));
    const pr = f.fake.repo(REPO).pulls[0]!;
    pr.body = pr.body!.replace(/\n/g, '\r\n');
    expect((await h.createOrUpdatePullRequest(spec('upgrade/v2.25.1'))).operation).toBe('unchanged');
  });

  it('moves an open pull request to a new base instead of opening a second one', async () => {
    const h = f.helper();
    const first = await h.createOrUpdatePullRequest(spec('upgrade/v2.28.1', { labels: [] }));
    const moved = await h.createOrUpdatePullRequest(spec('upgrade/v2.28.1', { base: 'upgrade/v2.25.1', labels: [], reviewers: [], teamReviewers: [] }));
    expect(moved).toMatchObject({ number: first.number, operation: 'updated' });
    expect(f.fake.repo(REPO).pulls.map((p) => p.base)).toEqual(['upgrade/v2.25.1']);
  });

  it('updates the pull request another run opened between its list and its create', async () => {
    const h = f.helper();
    await h.createOrUpdatePullRequest(spec('upgrade/v2.25.1'));
    // This run's list happens "before" the other run's create: it sees no pull request.
    f.fake.faults.push({ method: 'GET', path: /\/pulls$/, status: 200, body: [] });
    const mark = f.fake.requests.length;
    const r = await h.createOrUpdatePullRequest(spec('upgrade/v2.25.1'));
    expect(r.operation).toBe('unchanged');
    expect(f.since(mark)).toEqual(['GET /repos/platform/cluster/pulls', 'POST /repos/platform/cluster/pulls', 'GET /repos/platform/cluster/pulls']);
    expect(f.fake.requests.at(-2)!.status).toBe(422);
    expect(f.fake.repo(REPO).pulls).toHaveLength(1);
  });

  it('opens a regular pull request where drafts are not supported, and says so', async () => {
    const repo = f.fake.repo(REPO);
    repo.draftsSupported = false;
    try {
      const r = await f.helper().createOrUpdatePullRequest(spec('upgrade/v2.27.1', { draft: true, labels: [], reviewers: [], teamReviewers: [] }));
      expect(r.operation).toBe('created');
      expect(repo.pulls[0]!.draft).toBe(false);
      expect(f.logs.some((l) => /warning: .*does not support draft/.test(l))).toBe(true);
    } finally {
      repo.draftsSupported = true;
    }
  });

  it('keeps the pull request when a reviewer cannot be requested, and reports it as a warning', async () => {
    f.fake.identity.collaborators = ['alice'];
    try {
      const r = await f.helper().createOrUpdatePullRequest(spec('upgrade/v2.26.1', { labels: [], reviewers: ['mallory'] }));
      expect(r.operation).toBe('created');
      expect(r.warnings).toHaveLength(1);
      expect(r.warnings[0]).toMatch(/could not request reviews on #\d+ in platform\/cluster: GitHub refused the request \(422: .*not a collaborator/);
    } finally {
      delete f.fake.identity.collaborators;
    }
  });

  it('comments on a pull request', async () => {
    const h = f.helper();
    const { number } = await h.createOrUpdatePullRequest(spec('upgrade/v2.25.1'));
    const c = await h.createComment(number, 'Upgrade of staging finished.');
    expect(c.url).toBe(`https://github.com/platform/cluster/pull/${number}#issuecomment-${c.id}`);
    expect(f.fake.repo(REPO).comments.filter((x) => x.issueNumber === number).map((x) => x.body)).toEqual(['Upgrade of staging finished.']);
  });
});

describe('GitHubHelper errors tell the user what to fix', () => {
  async function failure(p: Promise<unknown>): Promise<Error> {
    const e = await p.then(
      () => undefined,
      (x: unknown) => x,
    );
    expect(e).toBeInstanceOf(ActionError);
    expect(String((e as Error).message)).not.toContain(TOKEN);
    return e as Error;
  }

  it('401: the token is wrong or expired', async () => {
    const e = await failure(f.helper({ token: 'ghs_revoked' }).getDefaultBranch());
    expect(e).toBeInstanceOf(ConnectionError);
    expect(e.message).toMatch(/could not read the repository in platform\/cluster: GitHub API at http:\/\/127\.0\.0\.1:\d+ rejected the token \(401: Bad credentials\)\. Check that the "github-token" input/);
  });

  it('403: a read-only token needs pull-requests: write', async () => {
    f.fake.identity.canWrite = false;
    try {
      const e = await failure(f.helper().createOrUpdatePullRequest(spec('upgrade/v2.25.1')));
      expect(e).toBeInstanceOf(ConnectionError);
      expect(e.message).toMatch(/Resource not accessible by integration.*pull-requests: write/);
    } finally {
      f.fake.identity.canWrite = true;
    }
  });

  it('403: the repository does not let GitHub Actions open pull requests', async () => {
    f.fake.identity.canCreatePullRequests = false;
    try {
      const e = await failure(f.helper().createOrUpdatePullRequest(spec('upgrade/v2.25.1')));
      expect(e.message).toMatch(/Allow GitHub Actions to create and approve pull requests/);
    } finally {
      f.fake.identity.canCreatePullRequests = true;
    }
  });

  it('404: the repository is missing or hidden from the token', async () => {
    const e = await failure(f.helper({ repository: 'platform/missing' }).getDefaultBranch());
    expect(e).toBeInstanceOf(ConfigurationError);
    expect(e.message).toMatch(/platform\/missing does not exist at this API URL, or the token cannot see it/);
    const notes = await failure(f.helper().listReleaseNotes('kubernetes-sigs/nope', ['v1.0.0']));
    expect(notes.message).toMatch(/could not list releases in kubernetes-sigs\/nope/);
  });

  it('422: the head branch was not pushed, or has nothing to propose', async () => {
    const e = await failure(f.helper().createOrUpdatePullRequest(spec('upgrade/v9.9.9')));
    expect(e.message).toBe('cannot open a pull request from "upgrade/v9.9.9" into "main" in platform/cluster: the branch "upgrade/v9.9.9" does not exist there; it must be pushed first');
    const none = await failure(f.helper().createOrUpdatePullRequest(spec('upgrade/v2.25.1', { base: 'upgrade/v2.26.1', head: 'main' })));
    expect(none.message).toMatch(/"main" has no commits that "upgrade\/v2.26.1" lacks/);
  });

  it('refuses a body over 65536 characters without sending anything', async () => {
    const mark = f.fake.requests.length;
    const e = await failure(f.helper().createOrUpdatePullRequest(spec('upgrade/v2.25.1', { body: 'x'.repeat(65537) })));
    expect(e.message).toMatch(/65537 characters, over GitHub's limit of 65536/);
    expect(f.fake.requests.length).toBe(mark);
  });

  it('rejects a malformed repository name and an empty token as configuration errors', () => {
    expect(() => f.helper({ repository: 'no-slash' })).toThrow(ConfigurationError);
    expect(() => f.helper({ token: '' })).toThrow(/token/);
  });

  it('reads GITHUB_API_URL and GITHUB_REPOSITORY, so it works against a GHES-style /api/v3 prefix', async () => {
    const { startFakeGitHub } = await import('../support/fake-github/index.js');
    const ghes = await startFakeGitHub({ token: TOKEN, pathPrefix: '/api/v3', repos: [{ fullName: 'corp/cluster', defaultBranch: 'trunk' }] });
    const saved = { url: process.env.GITHUB_API_URL, repo: process.env.GITHUB_REPOSITORY };
    Object.assign(process.env, ghes.env('corp/cluster'));
    try {
      expect(await f.helper({ baseUrl: undefined, repository: undefined }).getDefaultBranch()).toBe('trunk');
    } finally {
      for (const [k, v] of [['GITHUB_API_URL', saved.url], ['GITHUB_REPOSITORY', saved.repo]] as const) {
        if (v === undefined) delete process.env[k];
        else process.env[k] = v;
      }
      await ghes.close();
    }
  });
});
