import type { Route, RouteContext } from '../context.js';
import { user } from '../context.js';

export function renderRepo(ctx: RouteContext): Record<string, unknown> {
  const r = ctx.repo;
  return {
    id: 1,
    name: r.name,
    full_name: r.fullName,
    owner: user(r.owner),
    private: r.private,
    html_url: `${ctx.htmlBase}/${r.fullName}`,
    url: `${ctx.apiBase}/repos/${r.fullName}`,
    default_branch: r.defaultBranch,
  };
}

export const repoRoutes: Route[] = [{ method: 'GET', pattern: '', handler: (ctx) => ({ status: 200, body: renderRepo(ctx) }) }];
