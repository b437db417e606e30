import type { Route, RouteContext } from '../context.js';
import { user } from '../context.js';
import { DOCS, HttpError, validationFailed } from '../http.js';
import { paginate } from '../pagination.js';
import type { FakeComment } from '../state.js';
import { assertBodyLength, findPull } from './pulls.js';

/** Pull requests are issues: labels and comments live under /issues/{number}. */
export const issueRoutes: Route[] = [
  { method: 'POST', pattern: 'issues/:n/labels', handler: addLabels },
  { method: 'GET', pattern: 'issues/:n/labels', handler: (ctx) => paginate(findPull(ctx).labels, ctx.url, renderLabel) },
  { method: 'POST', pattern: 'issues/:n/comments', handler: createComment },
  { method: 'GET', pattern: 'issues/:n/comments', handler: listComments },
];

function addLabels(ctx: RouteContext) {
  const pull = findPull(ctx);
  // GitHub takes either {"labels": [...]} or a bare array, and creates labels that do not exist yet.
  const raw = Array.isArray(ctx.body) ? ctx.body : (ctx.body as { labels?: unknown }).labels;
  if (!Array.isArray(raw) || raw.some((l) => typeof l !== 'string' || l.trim() === '')) {
    throw new HttpError(422, 'Invalid request.\n\n"labels" must be a non-empty array of label names.', { documentation_url: DOCS, status: '422' });
  }
  for (const l of raw as string[]) if (!pull.labels.includes(l)) pull.labels.push(l);
  pull.updatedAt = new Date().toISOString();
  return { status: 200, body: pull.labels.map(renderLabel) };
}

function createComment(ctx: RouteContext) {
  const pull = findPull(ctx);
  const body = (ctx.body as { body?: unknown }).body;
  if (typeof body !== 'string' || body === '') throw validationFailed({ resource: 'IssueComment', field: 'body', code: 'missing_field' });
  assertBodyLength(body, 'IssueComment');
  const comment: FakeComment = { id: ctx.state.id(), issueNumber: pull.number, body, author: ctx.identity.login, createdAt: new Date().toISOString() };
  ctx.repo.comments.push(comment);
  return { status: 201, body: renderComment(ctx, comment) };
}

function listComments(ctx: RouteContext) {
  const pull = findPull(ctx);
  const comments = ctx.repo.comments.filter((c) => c.issueNumber === pull.number);
  return paginate(comments, ctx.url, (c) => renderComment(ctx, c));
}

function renderLabel(name: string, i: number) {
  return { id: i + 1, name, color: 'ededed', default: false };
}

function renderComment(ctx: RouteContext, c: FakeComment) {
  return {
    id: c.id,
    body: c.body,
    user: user(c.author),
    html_url: `${ctx.htmlBase}/${ctx.repo.fullName}/pull/${c.issueNumber}#issuecomment-${c.id}`,
    url: `${ctx.apiBase}/repos/${ctx.repo.fullName}/issues/comments/${c.id}`,
    created_at: c.createdAt,
    updated_at: c.createdAt,
  };
}
