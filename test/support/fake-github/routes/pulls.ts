import type { Route, RouteContext } from '../context.js';
import { user } from '../context.js';
import { HttpError, characterCount, notFound, validationFailed, DOCS } from '../http.js';
import { paginate } from '../pagination.js';
import { branchSha, commitsAhead } from '../git-refs.js';
import type { FakePull } from '../state.js';
import { renderRepo } from './repos.js';

export const MAX_BODY_CHARACTERS = 65536;

export const pullRoutes: Route[] = [
  { method: 'GET', pattern: 'pulls', handler: listPulls },
  { method: 'POST', pattern: 'pulls', handler: createPull },
  { method: 'GET', pattern: 'pulls/:n', handler: async (ctx) => ({ status: 200, body: await renderPull(ctx, findPull(ctx)) }) },
  { method: 'PATCH', pattern: 'pulls/:n', handler: updatePull },
  { method: 'POST', pattern: 'pulls/:n/requested_reviewers', handler: requestReviewers },
];

async function listPulls(ctx: RouteContext) {
  const q = ctx.url.searchParams;
  const state = q.get('state') ?? 'open';
  // GitHub ignores a `head` filter that lacks the `owner:` prefix and returns every pull request.
  const head = q.get('head')?.includes(':') ? q.get('head')!.split(':') : undefined;
  const base = q.get('base');
  const pulls = ctx.repo.pulls
    .filter((p) => state === 'all' || p.state === state)
    .filter((p) => !head || (head[0]!.toLowerCase() === ctx.repo.owner.toLowerCase() && p.head === head.slice(1).join(':')))
    .filter((p) => !base || p.base === base)
    .sort((a, b) => b.number - a.number);
  const page = paginate(pulls, ctx.url, (p) => p);
  const items = page.body as FakePull[];
  return { ...page, body: await Promise.all(items.map((p) => renderPull(ctx, p))) };
}

async function createPull(ctx: RouteContext) {
  assertCanCreatePullRequests(ctx);
  const b = ctx.body as Record<string, unknown>;
  for (const field of ['title', 'head', 'base'] as const) {
    if (typeof b[field] !== 'string' || b[field] === '') {
      throw new HttpError(422, `Invalid request.\n\n"${field}" wasn't supplied.`, { documentation_url: DOCS, status: '422' });
    }
  }
  const title = b.title as string;
  const base = b.base as string;
  const rawHead = b.head as string;
  const head = rawHead.includes(':') ? rawHead.slice(rawHead.indexOf(':') + 1) : rawHead;
  if (rawHead.includes(':') && rawHead.split(':')[0]!.toLowerCase() !== ctx.repo.owner.toLowerCase()) {
    throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
  }
  const body = optionalString(b.body, 'body');
  assertBodyLength(body, 'Issue');
  const gitDir = requireGitDir(ctx);
  if (!(await branchSha(gitDir, head))) throw validationFailed({ resource: 'PullRequest', field: 'head', code: 'invalid' });
  if (!(await branchSha(gitDir, base))) throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
  if (ctx.repo.pulls.some((p) => p.state === 'open' && p.head === head && p.base === base)) {
    throw validationFailed({ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${ctx.repo.owner}:${head}.` });
  }
  if ((await commitsAhead(gitDir, base, head)) === 0) {
    throw validationFailed({ resource: 'PullRequest', code: 'custom', message: `No commits between ${base} and ${head}` });
  }
  const draft = b.draft === true;
  if (draft && !ctx.repo.draftsSupported) {
    throw validationFailed({ resource: 'PullRequest', code: 'custom', message: 'Draft pull requests are not supported in this repository.' });
  }
  const now = new Date().toISOString();
  const pull: FakePull = {
    number: ctx.state.issueNumber(ctx.repo),
    title,
    body,
    state: 'open',
    draft,
    head,
    base,
    author: ctx.identity.login,
    labels: [],
    assignees: [],
    requestedReviewers: [],
    requestedTeams: [],
    createdAt: now,
    updatedAt: now,
  };
  ctx.repo.pulls.push(pull);
  return { status: 201, body: await renderPull(ctx, pull), headers: { location: `${ctx.apiBase}/repos/${ctx.repo.fullName}/pulls/${pull.number}` } };
}

async function updatePull(ctx: RouteContext) {
  const pull = findPull(ctx);
  const b = ctx.body as Record<string, unknown>;
  const body = b.body === undefined ? pull.body : optionalString(b.body, 'body');
  assertBodyLength(body, 'Issue');
  if (b.title !== undefined && (typeof b.title !== 'string' || b.title === '')) {
    throw validationFailed({ resource: 'Issue', field: 'title', code: 'missing_field' });
  }
  if (b.base !== undefined) {
    if (typeof b.base !== 'string' || !(await branchSha(requireGitDir(ctx), b.base))) {
      throw validationFailed({ resource: 'PullRequest', field: 'base', code: 'invalid' });
    }
  }
  const state = b.state === undefined ? pull.state : b.state;
  if (state !== 'open' && state !== 'closed') throw validationFailed({ resource: 'PullRequest', field: 'state', code: 'invalid' });
  const base = (b.base as string | undefined) ?? pull.base;
  if (state === 'open' && ctx.repo.pulls.some((p) => p !== pull && p.state === 'open' && p.head === pull.head && p.base === base)) {
    throw validationFailed({ resource: 'PullRequest', code: 'custom', message: `A pull request already exists for ${ctx.repo.owner}:${pull.head}.` });
  }
  Object.assign(pull, { title: (b.title as string | undefined) ?? pull.title, body, base, state, updatedAt: new Date().toISOString() });
  return { status: 200, body: await renderPull(ctx, pull) };
}

async function requestReviewers(ctx: RouteContext) {
  const pull = findPull(ctx);
  const b = ctx.body as { reviewers?: unknown; team_reviewers?: unknown };
  const reviewers = stringArray(b.reviewers, 'reviewers');
  const teams = stringArray(b.team_reviewers, 'team_reviewers');
  if (reviewers.some((r) => r.toLowerCase() === pull.author.toLowerCase())) {
    throw validationFailed({ resource: 'PullRequest', code: 'custom', message: 'Review cannot be requested from pull request author.' });
  }
  const known = ctx.identity.collaborators?.map((c) => c.toLowerCase());
  if (known && reviewers.some((r) => !known.includes(r.toLowerCase()))) {
    throw validationFailed({
      resource: 'PullRequest',
      code: 'custom',
      message: `Reviews may only be requested from collaborators. One or more of the users or teams you specified is not a collaborator of the ${ctx.repo.fullName} repository.`,
    });
  }
  for (const r of reviewers) if (!pull.requestedReviewers.includes(r)) pull.requestedReviewers.push(r);
  for (const t of teams) if (!pull.requestedTeams.includes(t)) pull.requestedTeams.push(t);
  return { status: 201, body: await renderPull(ctx, pull) };
}

export function findPull(ctx: RouteContext): FakePull {
  const n = Number(ctx.rest[1]);
  const pull = ctx.repo.pulls.find((p) => p.number === n);
  if (!pull) throw notFound();
  return pull;
}

export async function renderPull(ctx: RouteContext, p: FakePull): Promise<Record<string, unknown>> {
  const repo = renderRepo(ctx);
  const gitDir = ctx.repo.gitDir;
  const sha = async (branch: string) => (gitDir ? await branchSha(gitDir, branch) : undefined) ?? '0'.repeat(40);
  const ref = async (branch: string) => ({ label: `${ctx.repo.owner}:${branch}`, ref: branch, sha: await sha(branch), user: user(ctx.repo.owner), repo });
  const api = `${ctx.apiBase}/repos/${ctx.repo.fullName}`;
  return {
    url: `${api}/pulls/${p.number}`,
    id: p.number + 100000,
    number: p.number,
    state: p.state,
    locked: false,
    title: p.title,
    body: p.body,
    user: user(p.author),
    html_url: `${ctx.htmlBase}/${ctx.repo.fullName}/pull/${p.number}`,
    issue_url: `${api}/issues/${p.number}`,
    draft: p.draft,
    labels: p.labels.map((name, i) => ({ id: i + 1, name, color: 'ededed', default: false })),
    assignees: (p.assignees ?? []).map(user),
    milestone: renderMilestone(ctx, p.milestone),
    requested_reviewers: p.requestedReviewers.map(user),
    requested_teams: p.requestedTeams.map((slug) => ({ slug, name: slug })),
    head: await ref(p.head),
    base: await ref(p.base),
    created_at: p.createdAt,
    updated_at: p.updatedAt,
    closed_at: p.state === 'closed' ? p.updatedAt : null,
    merged_at: null,
  };
}

export function renderMilestone(ctx: RouteContext, n: number | undefined): Record<string, unknown> | null {
  const m = ctx.repo.milestones.find((x) => x.number === n);
  return m ? { number: m.number, title: m.title, state: m.state, url: `${ctx.apiBase}/repos/${ctx.repo.fullName}/milestones/${m.number}` } : null;
}

export function assertBodyLength(body: string | null, resource: string): void {
  if (body !== null && characterCount(body) > MAX_BODY_CHARACTERS) {
    throw validationFailed({ resource, code: 'custom', field: 'body', message: `body is too long (maximum is ${MAX_BODY_CHARACTERS} characters)` });
  }
}

function assertCanCreatePullRequests(ctx: RouteContext): void {
  if (!ctx.identity.canCreatePullRequests) {
    throw new HttpError(403, 'GitHub Actions is not permitted to create or approve pull requests.', { documentation_url: DOCS, status: '403' });
  }
}

function requireGitDir(ctx: RouteContext): string {
  if (!ctx.repo.gitDir) throw new Error(`fake-github: repo ${ctx.repo.fullName} has no gitDir configured, so it cannot check branches`);
  return ctx.repo.gitDir;
}

function optionalString(v: unknown, field: string): string | null {
  if (v === undefined || v === null) return null;
  if (typeof v !== 'string') throw validationFailed({ resource: 'PullRequest', field, code: 'invalid' });
  return v;
}

function stringArray(v: unknown, field: string): string[] {
  if (v === undefined) return [];
  if (!Array.isArray(v) || v.some((x) => typeof x !== 'string')) {
    throw new HttpError(422, `Invalid request.\n\nFor '${field}', ${JSON.stringify(v)} is not an array of strings.`, { documentation_url: DOCS, status: '422' });
  }
  return v as string[];
}
