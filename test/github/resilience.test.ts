import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { Octokit } from '@octokit/rest';
import { ActionError } from '../../src/core/errors.js';
import { isWrite, overlapping, primaryRateLimit, secondaryRateLimit, serverError } from '../support/fake-github/index.js';
import { REPO, TOKEN, startFixture, type Fixture } from './fixtures.js';

let f: Fixture;
beforeAll(async () => {
  // Slow writes, so that two writes in flight at once would show as overlapping intervals.
  f = await startFixture({ writeLatencyMs: 1200 });
});
afterAll(async () => {
  expect(f.logs.filter((l) => l.includes(TOKEN))).toEqual([]);
  await f.close();
});
beforeEach(() => {
  f.fake.repo(REPO).pulls.length = 0;
  f.fake.faults.clear();
});

const pulls = /\/repos\/platform\/cluster\/pulls$/;

describe('GitHubHelper under failures, with the real retry and throttling plugins', () => {
  it('retries 502s and succeeds', async () => {
    f.fake.faults.push(serverError(502, { path: pulls }), serverError(502, { path: pulls }));
    const mark = f.fake.requests.length;
    expect(await f.helper().findOpenPullRequest('upgrade/v2.25.1')).toBeUndefined();
    expect(f.fake.requests.slice(mark).map((r) => [r.status, r.fault])).toEqual([
      [502, true],
      [502, true],
      [200, false],
    ]);
  });

  it('gives up after 3 retries with a message that says it is transient', async () => {
    f.fake.faults.push(...Array.from({ length: 5 }, () => serverError(503, { path: pulls })));
    const mark = f.fake.requests.length;
    const e = await f.helper().findOpenPullRequest('upgrade/v2.25.1').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ActionError);
    expect((e as Error).message).toMatch(/could not list pull requests in platform\/cluster: GitHub answered 503 even after retries .*re-run the job/);
    expect(f.fake.requests.length - mark).toBe(4);
    expect(f.fake.faults.pending).toBe(1);
  });

  it('waits out a secondary rate limit for the retry-after GitHub sent, then retries the write', async () => {
    f.fake.faults.push(secondaryRateLimit(1, { method: 'POST', path: pulls }));
    const mark = f.fake.requests.length;
    const r = await f.helper().createOrUpdatePullRequest({ head: 'upgrade/v2.25.1', base: 'main', title: 't', body: 'b' });
    expect(r.operation).toBe('created');
    const posts = f.fake.requests.slice(mark).filter((x) => x.method === 'POST');
    expect(posts.map((x) => x.status)).toEqual([403, 201]);
    expect(posts[1]!.startedAt - posts[0]!.endedAt).toBeGreaterThanOrEqual(950);
    expect(f.logs.some((l) => /warning: GitHub secondary rate limit on POST .*retrying after 1s/.test(l))).toBe(true);
  });

  it('waits for a primary rate limit that resets soon', async () => {
    f.fake.faults.push(primaryRateLimit(1, 403, { path: /\/repos\/platform\/cluster$/ }));
    const started = performance.now();
    expect(await f.helper().getDefaultBranch()).toBe('main');
    // Octokit waits until one second past the reset, which is at most 2 s from now.
    expect(performance.now() - started).toBeGreaterThanOrEqual(1000);
  });

  it('fails fast, naming the reset time, when the primary rate limit resets in an hour', async () => {
    f.fake.faults.push(primaryRateLimit(3600, 429));
    const started = performance.now();
    const e = await f.helper().getDefaultBranch().catch((x: unknown) => x);
    expect(performance.now() - started).toBeLessThan(3000);
    expect((e as Error).message).toMatch(/rate limit is used up until \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d.\d{3}Z\. Re-run the job after that/);
  });

  it('never has two writes in flight at once, even from helpers called concurrently', async () => {
    const created = await f.helper().createOrUpdatePullRequest({ head: 'upgrade/v2.25.1', base: 'main', title: 't', body: 'b' });
    // Fresh helpers: their throttling spacing is independent, so only the shared queue keeps their writes apart.
    const [a, b, c] = [f.helper(), f.helper(), f.helper()];
    const mark = f.fake.requests.length;
    await Promise.all([
      a.createComment(created.number, 'one'),
      b.createComment(created.number, 'two'),
      c.createOrUpdatePullRequest({ head: 'upgrade/v2.26.1', base: 'main', title: 't2', body: 'b2', labels: ['x'] }),
    ]);
    const writes = f.fake.requests.slice(mark).filter(isWrite);
    expect(writes.map((w) => w.method)).toEqual(['POST', 'POST', 'POST', 'POST']);
    expect(overlapping(writes)).toEqual([]);
  });

  it('(control) the overlap check does catch concurrent writes from a client without the queue', async () => {
    const raw = new Octokit({ auth: TOKEN, baseUrl: f.fake.url, log: { debug() {}, info() {}, warn() {}, error() {} } });
    const { data } = await raw.rest.pulls.create({ owner: 'platform', repo: 'cluster', head: 'upgrade/v2.27.1', base: 'main', title: 'x' });
    const mark = f.fake.requests.length;
    await Promise.all([1, 2].map((i) => raw.rest.issues.createComment({ owner: 'platform', repo: 'cluster', issue_number: data.number, body: `c${i}` })));
    expect(overlapping(f.fake.requests.slice(mark).filter(isWrite))).toHaveLength(1);
  });
});
