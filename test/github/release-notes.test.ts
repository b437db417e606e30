import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createGitHubClient } from '../../src/adapters/github/octokit-client.js';
import { fetchReleaseNotes } from '../../src/adapters/github/release-notes.js';
import { KUBESPRAY, TOKEN, startFixture, type Fixture } from './fixtures.js';

// The fake holds the real Kubespray releases v2.20.0 – v2.31.0, listed newest first by
// date. That order is not version order: v2.26.1 came after v2.30.0, v2.22.2 after v2.23.3.
// Pages of 5 (newest first):
//   1: v2.31.0 v2.26.1 v2.30.0 v2.29.1 v2.29.0
//   2: v2.28.1 v2.27.1 v2.28.0 v2.27.0 v2.25.1
//   3: v2.24.3 v2.26.0 v2.24.2 v2.25.0 v2.24.1
//   4: v2.22.2 v2.23.3 v2.24.0 v2.23.2 v2.23.1
//   5: v2.23.0 v2.22.1 v2.22.0 v2.21.0 v2.20.0
let f: Fixture;
const where = { owner: 'kubernetes-sigs', repo: 'kubespray' };
beforeAll(async () => {
  f = await startFixture();
});
afterAll(() => f.close());

async function notes(tags: string[], perPage = 5) {
  const client = createGitHubClient({ token: TOKEN, baseUrl: f.fake.url, log: { debug() {}, info() {}, warning() {} } });
  const mark = f.fake.requests.length;
  const found = await fetchReleaseNotes(client, where, tags, perPage);
  return { found, pages: f.fake.requests.slice(mark).map((r) => Number(r.query.get('page') ?? 1)) };
}

describe('release notes from one paginated list', () => {
  it('reads recent releases from the first page only', async () => {
    const { found, pages } = await notes(['v2.30.0', 'v2.31.0']);
    expect(pages).toEqual([1]);
    expect(found.get('v2.31.0')).toEqual({
      tag: 'v2.31.0',
      name: 'v2.31.0',
      body: "## What's changed in v2.31.0\n\n* Fix etcd backup (#1234, @someone)\n",
      url: 'https://github.com/kubernetes-sigs/kubespray/releases/tag/v2.31.0',
    });
  });

  it('follows the Link header until every wanted tag was found', async () => {
    const { found, pages } = await notes(['v2.26.0', 'v2.26.1']);
    expect(pages).toEqual([1, 2, 3]);
    expect([...found.keys()].sort()).toEqual(['v2.26.0', 'v2.26.1']);
  });

  it('stops at the first page entirely older than the oldest wanted tag; a tag without a release is just absent', async () => {
    const { found, pages } = await notes(['v2.25.1', 'v2.25.5']);
    expect(pages).toEqual([1, 2, 3, 4]);
    expect([...found.keys()]).toEqual(['v2.25.1']);
  });

  it('ignores drafts and costs nothing for no tags', async () => {
    f.fake.state.addRelease(f.fake.repo(KUBESPRAY), { tagName: 'v2.32.0', draft: true, body: 'draft' });
    const { found } = await notes(['v2.32.0', 'v2.31.0']);
    expect([...found.keys()]).toEqual(['v2.31.0']);
    expect((await notes([])).pages).toEqual([]);
  });

  it('uses pages of 100 through the helper: all 25 real releases in one request', async () => {
    const mark = f.fake.requests.length;
    const found = await f.helper().listReleaseNotes(KUBESPRAY, ['v2.20.0', 'v2.31.0', 'v2.22.2']);
    expect(found.size).toBe(3);
    expect(f.fake.requests.slice(mark).map((r) => r.query.get('per_page'))).toEqual(['100']);
  });
});
