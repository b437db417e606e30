import type { Route, RouteContext } from '../context.js';
import { user } from '../context.js';
import { notFound } from '../http.js';
import { paginate } from '../pagination.js';
import type { FakeRelease } from '../state.js';

export const releaseRoutes: Route[] = [
  // The token is treated as having push access, so drafts are listed, as GitHub does for such tokens.
  { method: 'GET', pattern: 'releases', handler: (ctx) => paginate(ctx.repo.releases, ctx.url, (r) => renderRelease(ctx, r)) },
  { method: 'GET', pattern: 'releases/tags/*', handler: getByTag },
];

function getByTag(ctx: RouteContext) {
  const tag = ctx.rest[2]!;
  const release = ctx.repo.releases.find((r) => r.tagName === tag && !r.draft);
  if (!release) throw notFound();
  return { status: 200, body: renderRelease(ctx, release) };
}

function renderRelease(ctx: RouteContext, r: FakeRelease) {
  return {
    url: `${ctx.apiBase}/repos/${ctx.repo.fullName}/releases/${r.id}`,
    html_url: `${ctx.htmlBase}/${ctx.repo.fullName}/releases/tag/${encodeURIComponent(r.tagName)}`,
    id: r.id,
    tag_name: r.tagName,
    target_commitish: ctx.repo.defaultBranch,
    name: r.name,
    draft: r.draft,
    prerelease: r.prerelease,
    created_at: r.createdAt,
    published_at: r.draft ? null : r.createdAt,
    author: user('release-bot'),
    body: r.body,
  };
}
