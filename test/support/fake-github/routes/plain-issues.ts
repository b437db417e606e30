import type { Route, RouteContext } from '../context.js';
import { user } from '../context.js';
import { notFound, validationFailed } from '../http.js';
import { paginate } from '../pagination.js';
import type { FakeIssue, FakePull } from '../state.js';
import { assertBodyLength, renderMilestone, renderPull } from './pulls.js';

/**
 * Issues as GitHub serves them: the list holds pull requests too (with a `pull_request`
 * key), filtered by `labels` (all of them must be on the item) and `state`, newest first.
 */
export const plainIssueRoutes: Route[] = [
  { method: 'GET', pattern: 'issues', handler: listIssues },
  { method: 'POST', pattern: 'issues', handler: createIssue },
  { method: 'GET', pattern: 'issues/:n', handler: (ctx) => ({ status: 200, body: renderIssue(ctx, findIssue(ctx)) }) },
  { method: 'PATCH', pattern: 'issues/:n', handler: updateIssue },
  { method: 'GET', pattern: 'milestones', handler: (ctx) => paginate(ctx.repo.milestones.filter((m) => (ctx.url.searchParams.get('state') ?? 'open') === 'all' || m.state === (ctx.url.searchParams.get('state') ?? 'open')), ctx.url, (m) => renderMilestone(ctx, m.number)) },
];

type Item = { kind: 'issue'; item: FakeIssue } | { kind: 'pull'; item: FakePull };

function listIssues(ctx: RouteContext) {
  const q = ctx.url.searchParams;
  const state = q.get('state') ?? 'open';
  const labels = (q.get('labels') ?? '').split(',').map((l) => l.trim()).filter(Boolean);
  const items: Item[] = [...ctx.repo.issues.map((item) => ({ kind: 'issue' as const, item })), ...ctx.repo.pulls.map((item) => ({ kind: 'pull' as const, item }))];
  const shown = items
    .filter((i) => state === 'all' || i.item.state === state)
    .filter((i) => labels.every((l) => i.item.labels.some((x) => x.toLowerCase() === l.toLowerCase())))
    .sort((a, b) => b.item.number - a.item.number);
  return paginate(shown, ctx.url, (i) => (i.kind === 'issue' ? renderIssue(ctx, i.item) : { ...renderIssue(ctx, { ...i.item }), pull_request: { url: `${ctx.apiBase}/repos/${ctx.repo.fullName}/pulls/${i.item.number}` } }));
}

function createIssue(ctx: RouteContext) {
  const b = ctx.body as Record<string, unknown>;
  if (typeof b.title !== 'string' || b.title === '') throw validationFailed({ resource: 'Issue', field: 'title', code: 'missing_field' });
  const body = typeof b.body === 'string' ? b.body : null;
  assertBodyLength(body, 'Issue');
  const labels = Array.isArray(b.labels) ? b.labels.map(String) : [];
  const now = new Date().toISOString();
  const issue: FakeIssue = { number: ctx.state.issueNumber(ctx.repo), title: b.title, body, state: 'open', author: ctx.identity.login, labels, createdAt: now, updatedAt: now };
  ctx.repo.issues.push(issue);
  return { status: 201, body: renderIssue(ctx, issue) };
}

/** Assignees and milestone: GitHub sets them on pull requests through the issues endpoint too. */
function assignment(ctx: RouteContext, item: { assignees?: string[]; milestone?: number }): void {
  const b = ctx.body as Record<string, unknown>;
  if (b.milestone !== undefined) {
    if (b.milestone === null) delete item.milestone;
    else if (typeof b.milestone !== 'number' || !ctx.repo.milestones.some((m) => m.number === b.milestone)) throw validationFailed({ resource: 'Issue', field: 'milestone', code: 'invalid' });
    else item.milestone = b.milestone;
  }
  if (b.assignees !== undefined) {
    if (!Array.isArray(b.assignees) || b.assignees.some((a) => typeof a !== 'string')) throw validationFailed({ resource: 'Issue', field: 'assignees', code: 'invalid' });
    const known = ctx.repo.assignable?.map((a) => a.toLowerCase());
    const bad = (b.assignees as string[]).find((a) => known && !known.includes(a.toLowerCase()));
    if (bad) throw validationFailed({ resource: 'Issue', field: 'assignees', code: 'invalid', message: `${bad} is not assignable` });
    item.assignees = [...new Set(b.assignees as string[])];
  }
}

async function updateIssue(ctx: RouteContext) {
  const pull = ctx.repo.pulls.find((p) => p.number === Number(ctx.rest[1]));
  if (pull) {
    assignment(ctx, pull);
    pull.updatedAt = new Date().toISOString();
    return { status: 200, body: { ...(await renderPull(ctx, pull)), pull_request: { url: `${ctx.apiBase}/repos/${ctx.repo.fullName}/pulls/${pull.number}` } } };
  }
  const issue = findIssue(ctx);
  const b = ctx.body as Record<string, unknown>;
  if (b.title !== undefined && (typeof b.title !== 'string' || b.title === '')) throw validationFailed({ resource: 'Issue', field: 'title', code: 'missing_field' });
  if (b.state !== undefined && b.state !== 'open' && b.state !== 'closed') throw validationFailed({ resource: 'Issue', field: 'state', code: 'invalid' });
  const body = b.body === undefined ? issue.body : typeof b.body === 'string' ? b.body : null;
  assertBodyLength(body, 'Issue');
  Object.assign(issue, { title: (b.title as string | undefined) ?? issue.title, body, state: (b.state as FakeIssue['state'] | undefined) ?? issue.state, updatedAt: new Date().toISOString() });
  if (Array.isArray(b.labels)) issue.labels = b.labels.map(String);
  return { status: 200, body: renderIssue(ctx, issue) };
}

function findIssue(ctx: RouteContext): FakeIssue {
  const issue = ctx.repo.issues.find((i) => i.number === Number(ctx.rest[1]));
  if (!issue) throw notFound();
  return issue;
}

function renderIssue(ctx: RouteContext, i: Pick<FakeIssue, 'number' | 'title' | 'body' | 'state' | 'author' | 'labels' | 'createdAt' | 'updatedAt'>) {
  return {
    id: i.number + 200000,
    number: i.number,
    title: i.title,
    body: i.body,
    state: i.state,
    user: user(i.author),
    labels: i.labels.map((name, n) => ({ id: n + 1, name, color: 'ededed', default: false })),
    html_url: `${ctx.htmlBase}/${ctx.repo.fullName}/issues/${i.number}`,
    url: `${ctx.apiBase}/repos/${ctx.repo.fullName}/issues/${i.number}`,
    comments: ctx.repo.comments.filter((c) => c.issueNumber === i.number).length,
    created_at: i.createdAt,
    updated_at: i.updatedAt,
    closed_at: i.state === 'closed' ? i.updatedAt : null,
  };
}
