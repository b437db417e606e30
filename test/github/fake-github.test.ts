import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/rest';
import { RequestError } from '@octokit/request-error';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';
import { makeTempDir } from '../support/tmp.js';
import { git } from '../support/git.js';
import { buildOrigin, kubesprayReleases, KUBESPRAY, REPO, TOKEN } from './fixtures.js';

// The fake is checked with the plain @octokit/rest client (no retry, no throttling), so every
// answer seen here is exactly what the fake sent.
const tmp = makeTempDir('ksu-fakegh-');
let fake: FakeGitHub;
let octokit: Octokit;
const owner = 'platform';
const repo = 'cluster';

beforeAll(async () => {
  const gitDir = buildOrigin(tmp.dir, ['upgrade/v2.25.1', 'upgrade/v2.26.1']);
  git(gitDir, ['branch', 'same-as-main', 'main']);
  fake = await startFakeGitHub({ token: TOKEN, repos: [{ fullName: REPO, gitDir }, { fullName: KUBESPRAY, private: false, releases: kubesprayReleases() }] });
  octokit = client(TOKEN, fake.url);
});
afterAll(async () => {
  await fake.close();
  tmp.cleanup();
});
beforeEach(() => {
  fake.repo(REPO).pulls.length = 0;
  fake.faults.clear();
});

const quiet = { debug() {}, info() {}, warn() {}, error() {} };
function client(auth: string | undefined, baseUrl: string): Octokit {
  return new Octokit({ auth, baseUrl, log: quiet });
}

async function status(p: Promise<unknown>): Promise<{ status: number; data: unknown }> {
  try {
    await p;
    return { status: 200, data: undefined };
  } catch (e) {
    if (!(e instanceof RequestError)) throw e;
    return { status: e.status, data: e.response?.data };
  }
}

describe('fake GitHub, through the real @octokit/rest over HTTP', () => {
  it('answers 401 without a token or with the wrong one, and accepts `token` and `Bearer`', async () => {
    expect((await status(client(undefined, fake.url).rest.repos.get({ owner, repo }))).status).toBe(401);
    const wrong = await status(client('ghs_wrong', fake.url).rest.repos.get({ owner, repo }));
    expect(wrong).toMatchObject({ status: 401, data: { message: 'Bad credentials' } });
    const bearer = await fetch(`${fake.url}/repos/${REPO}`, { headers: { authorization: `Bearer ${TOKEN}` } });
    expect(bearer.status).toBe(200);
    expect(((await bearer.json()) as { default_branch: string }).default_branch).toBe('main');
  });

  it('404s an unknown repository and an unknown route', async () => {
    expect((await status(octokit.rest.repos.get({ owner, repo: 'nope' }))).status).toBe(404);
    expect((await status(octokit.request('GET /repos/{owner}/{repo}/nothing-here', { owner, repo }))).status).toBe(404);
  });

  it('opens a pull request with the head sha of the real branch, and refuses a second one for the same head and base', async () => {
    const { data } = await octokit.rest.pulls.create({ owner, repo, head: 'upgrade/v2.25.1', base: 'main', title: 'Hop', body: 'b' });
    expect(data.number).toBe(1);
    expect(data.head.sha).toMatch(/^[0-9a-f]{40}$/);
    expect(data.head.sha).not.toBe(data.base.sha);
    const dup = await status(octokit.rest.pulls.create({ owner, repo, head: 'upgrade/v2.25.1', base: 'main', title: 'Again' }));
    expect(dup.status).toBe(422);
    expect(JSON.stringify(dup.data)).toContain('A pull request already exists for platform:upgrade/v2.25.1.');
  });

  it('refuses a head branch that is not on origin, and a head with no commits over base', async () => {
    const missing = await status(octokit.rest.pulls.create({ owner, repo, head: 'upgrade/v9.9.9', base: 'main', title: 'x' }));
    expect(missing).toMatchObject({ status: 422, data: { errors: [{ field: 'head', code: 'invalid' }] } });
    const empty = await status(octokit.rest.pulls.create({ owner, repo, head: 'same-as-main', base: 'main', title: 'x' }));
    expect(JSON.stringify(empty.data)).toContain('No commits between main and same-as-main');
  });

  it('refuses bodies over 65536 characters on create and update, counting characters rather than UTF-16 units', async () => {
    const tooLong = await status(octokit.rest.pulls.create({ owner, repo, head: 'upgrade/v2.25.1', base: 'main', title: 'x', body: 'a'.repeat(65537) }));
    expect(tooLong).toMatchObject({ status: 422, data: { errors: [{ field: 'body', message: 'body is too long (maximum is 65536 characters)' }] } });
    // 65536 emoji are 131072 UTF-16 units but 65536 characters: accepted.
    const { data } = await octokit.rest.pulls.create({ owner, repo, head: 'upgrade/v2.25.1', base: 'main', title: 'x', body: '😀'.repeat(65536) });
    const update = await status(octokit.rest.pulls.update({ owner, repo, pull_number: data.number, body: 'b'.repeat(65537) }));
    expect(update.status).toBe(422);
  });

  it('filters the list by state, head (only as owner:branch) and base', async () => {
    const a = await octokit.rest.pulls.create({ owner, repo, head: 'upgrade/v2.25.1', base: 'main', title: 'a' });
    await octokit.rest.pulls.create({ owner, repo, head: 'upgrade/v2.26.1', base: 'main', title: 'b' });
    await octokit.rest.pulls.update({ owner, repo, pull_number: a.data.number, state: 'closed' });
    const open = await octokit.rest.pulls.list({ owner, repo });
    expect(open.data.map((p) => p.title)).toEqual(['b']);
    const all = await octokit.rest.pulls.list({ owner, repo, state: 'all', head: 'platform:upgrade/v2.25.1' });
    expect(all.data.map((p) => p.title)).toEqual(['a']);
    // Like GitHub, a bare branch name is not a filter at all.
    const bare = await octokit.rest.pulls.list({ owner, repo, state: 'all', head: 'upgrade/v2.25.1' });
    expect(bare.data.map((p) => p.title)).toEqual(['b', 'a']);
    expect((await octokit.rest.pulls.list({ owner, repo, state: 'all', base: 'other' })).data).toEqual([]);
    // A closed pull request does not block a new one from the same branch.
    expect((await octokit.rest.pulls.create({ owner, repo, head: 'upgrade/v2.25.1', base: 'main', title: 'a2' })).status).toBe(201);
  });

  it('paginates with a real Link header: per_page honoured, 30 by default, at most 100', async () => {
    const releases = kubesprayReleases().length;
    const first = await octokit.rest.repos.listReleases({ owner: 'kubernetes-sigs', repo: 'kubespray', per_page: 10 });
    expect(first.data).toHaveLength(10);
    expect(first.headers.link).toMatch(/<http:\/\/127\.0\.0\.1:\d+\/repos\/kubernetes-sigs\/kubespray\/releases\?per_page=10&page=2>; rel="next"/);
    expect(first.headers.link).toContain(`page=${Math.ceil(releases / 10)}>; rel="last"`);
    const all = await octokit.paginate(octokit.rest.repos.listReleases, { owner: 'kubernetes-sigs', repo: 'kubespray', per_page: 10 });
    expect(all.map((r) => r.tag_name)).toHaveLength(releases);
    expect(new Set(all.map((r) => r.id)).size).toBe(releases);
    // Newest first by date: the v2.26.1 backport was published after v2.30.0.
    expect(all.slice(0, 3).map((r) => r.tag_name)).toEqual(['v2.31.0', 'v2.26.1', 'v2.30.0']);
    const pagesFetched = fake.requests.filter((r) => r.path.endsWith('/releases') && r.query.get('per_page') === '10').length;
    expect(pagesFetched).toBe(1 + Math.ceil(releases / 10));
    expect((await octokit.rest.repos.listReleases({ owner: 'kubernetes-sigs', repo: 'kubespray' })).data).toHaveLength(Math.min(30, releases));
    const capped = await octokit.rest.repos.listReleases({ owner: 'kubernetes-sigs', repo: 'kubespray', per_page: 500 });
    expect(capped.data).toHaveLength(Math.min(100, releases));
  });

  it('gets a release by tag and 404s a tag without one', async () => {
    const r = await octokit.rest.repos.getReleaseByTag({ owner: 'kubernetes-sigs', repo: 'kubespray', tag: 'v2.25.1' });
    expect(r.data.body).toContain('v2.25.1');
    expect((await status(octokit.rest.repos.getReleaseByTag({ owner: 'kubernetes-sigs', repo: 'kubespray', tag: 'v9.0.0' }))).status).toBe(404);
  });

  it('adds labels, requests reviewers, and creates and lists comments on a pull request', async () => {
    const { data: pr } = await octokit.rest.pulls.create({ owner, repo, head: 'upgrade/v2.25.1', base: 'main', title: 'x' });
    const labels = await octokit.rest.issues.addLabels({ owner, repo, issue_number: pr.number, labels: ['kubespray', 'upgrade'] });
    expect(labels.data.map((l) => l.name)).toEqual(['kubespray', 'upgrade']);
    const rr = await octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: pr.number, reviewers: ['alice'], team_reviewers: ['platform'] });
    expect(rr.data.requested_reviewers?.map((u) => u.login)).toEqual(['alice']);
    const self = await status(octokit.rest.pulls.requestReviewers({ owner, repo, pull_number: pr.number, reviewers: ['github-actions[bot]'] }));
    expect(JSON.stringify(self.data)).toContain('Review cannot be requested from pull request author.');
    await octokit.rest.issues.createComment({ owner, repo, issue_number: pr.number, body: 'one' });
    await octokit.rest.issues.createComment({ owner, repo, issue_number: pr.number, body: 'two' });
    const comments = await octokit.rest.issues.listComments({ owner, repo, issue_number: pr.number });
    expect(comments.data.map((c) => c.body)).toEqual(['one', 'two']);
    expect((await status(octokit.rest.issues.createComment({ owner, repo, issue_number: 999, body: 'x' }))).status).toBe(404);
  });

  it('serves queued faults in order to matching requests only, and logs them', async () => {
    fake.faults.push({ status: 502, method: 'POST' }, { status: 503, path: /\/pulls$/ });
    const before = fake.requests.length;
    expect((await status(octokit.rest.repos.get({ owner, repo }))).status).toBe(200);
    expect((await status(octokit.rest.pulls.list({ owner, repo }))).status).toBe(503);
    expect((await status(octokit.rest.pulls.create({ owner, repo, head: 'upgrade/v2.25.1', base: 'main', title: 'x' }))).status).toBe(502);
    expect(fake.faults.pending).toBe(0);
    expect(fake.requests.slice(before).map((r) => [r.method, r.status, r.fault])).toEqual([
      ['GET', 200, false],
      ['GET', 503, true],
      ['POST', 502, true],
    ]);
  });

  it('answers 403 to writes when the token is read-only or Actions may not open pull requests', async () => {
    const cases = [
      [{ canWrite: false }, 'Resource not accessible by integration'],
      [{ canCreatePullRequests: false }, 'GitHub Actions is not permitted to create or approve pull requests.'],
    ] as const;
    for (const [denied, message] of cases) {
      Object.assign(fake.identity, denied);
      try {
        const r = await status(octokit.rest.pulls.create({ owner, repo, head: 'upgrade/v2.25.1', base: 'main', title: 'x' }));
        expect(r).toMatchObject({ status: 403, data: { message } });
      } finally {
        Object.assign(fake.identity, { canWrite: true, canCreatePullRequests: true });
      }
    }
  });

  it('serves under a GHES-style /api/v3 prefix and nowhere else', async () => {
    const ghes = await startFakeGitHub({ token: TOKEN, pathPrefix: '/api/v3', repos: [{ fullName: REPO, defaultBranch: 'trunk' }] });
    try {
      expect(ghes.url).toMatch(/\/api\/v3$/);
      const api = client(TOKEN, ghes.url);
      expect((await api.rest.repos.get({ owner, repo })).data.default_branch).toBe('trunk');
      const root = client(TOKEN, ghes.url.replace(/\/api\/v3$/, ''));
      expect((await status(root.rest.repos.get({ owner, repo }))).status).toBe(404);
    } finally {
      await ghes.close();
    }
  });
});
