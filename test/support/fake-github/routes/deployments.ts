import { execFile } from 'node:child_process';
import type { Route, RouteContext } from '../context.js';
import { user } from '../context.js';
import { notFound, validationFailed } from '../http.js';
import { paginate } from '../pagination.js';
import type { FakeDeployment, FakeDeploymentStatus } from '../state.js';

/** Deployments and their statuses, in the REST API's shapes (2022-11-28). */
export const deploymentRoutes: Route[] = [
  { method: 'GET', pattern: 'deployments', handler: listDeployments },
  { method: 'POST', pattern: 'deployments', handler: createDeployment },
  { method: 'GET', pattern: 'deployments/:n/statuses', handler: (ctx) => paginate([...findDeployment(ctx).statuses].reverse(), ctx.url, (s) => renderStatus(ctx, findDeployment(ctx), s)) },
  { method: 'POST', pattern: 'deployments/:n/statuses', handler: createStatus },
];

const STATES = ['error', 'failure', 'inactive', 'in_progress', 'queued', 'pending', 'success'];

function resolveRef(gitDir: string | undefined, ref: string): Promise<string | undefined> {
  if (!gitDir) return Promise.resolve(/^[0-9a-f]{40}$/.test(ref) ? ref : undefined);
  return new Promise((resolve) => {
    execFile('git', ['--git-dir', gitDir, 'rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { encoding: 'utf8' }, (error, stdout) => resolve(error ? undefined : stdout.trim()));
  });
}

async function createDeployment(ctx: RouteContext) {
  const b = ctx.body as Record<string, unknown>;
  if (typeof b.ref !== 'string' || b.ref === '') throw validationFailed({ resource: 'Deployment', field: 'ref', code: 'missing_field' });
  const sha = await resolveRef(ctx.repo.gitDir, b.ref);
  if (!sha) throw validationFailed({ resource: 'Deployment', field: 'ref', code: 'invalid', message: `No ref found for: ${b.ref}` });
  if (b.required_contexts !== undefined && !Array.isArray(b.required_contexts)) throw validationFailed({ resource: 'Deployment', field: 'required_contexts', code: 'invalid' });
  const environment = typeof b.environment === 'string' && b.environment !== '' ? b.environment : 'production';
  const d: FakeDeployment = {
    id: ctx.state.id(),
    ref: b.ref,
    sha,
    environment,
    description: typeof b.description === 'string' ? b.description : '',
    productionEnvironment: b.production_environment === true || (b.production_environment === undefined && environment === 'production'),
    creator: ctx.identity.login,
    createdAt: new Date().toISOString(),
    statuses: [],
  };
  ctx.repo.deployments.push(d);
  return { status: 201, body: renderDeployment(ctx, d) };
}

function listDeployments(ctx: RouteContext) {
  const env = ctx.url.searchParams.get('environment');
  const list = ctx.repo.deployments.filter((d) => !env || d.environment === env).sort((a, b) => b.id - a.id);
  return paginate(list, ctx.url, (d) => renderDeployment(ctx, d));
}

function createStatus(ctx: RouteContext) {
  const d = findDeployment(ctx);
  const b = ctx.body as Record<string, unknown>;
  if (typeof b.state !== 'string' || !STATES.includes(b.state)) throw validationFailed({ resource: 'DeploymentStatus', field: 'state', code: 'invalid' });
  const s: FakeDeploymentStatus = {
    id: ctx.state.id(),
    state: b.state,
    description: typeof b.description === 'string' ? b.description : '',
    logUrl: typeof b.log_url === 'string' ? b.log_url : '',
    creator: ctx.identity.login,
    createdAt: new Date().toISOString(),
  };
  d.statuses.push(s);
  return { status: 201, body: renderStatus(ctx, d, s) };
}

function findDeployment(ctx: RouteContext): FakeDeployment {
  const d = ctx.repo.deployments.find((x) => x.id === Number(ctx.rest[1]));
  if (!d) throw notFound();
  return d;
}

function renderDeployment(ctx: RouteContext, d: FakeDeployment) {
  const api = `${ctx.apiBase}/repos/${ctx.repo.fullName}/deployments/${d.id}`;
  return {
    url: api,
    id: d.id,
    sha: d.sha,
    ref: d.ref,
    task: 'deploy',
    payload: {},
    environment: d.environment,
    original_environment: d.environment,
    description: d.description,
    creator: user(d.creator),
    created_at: d.createdAt,
    updated_at: d.statuses.at(-1)?.createdAt ?? d.createdAt,
    statuses_url: `${api}/statuses`,
    repository_url: `${ctx.apiBase}/repos/${ctx.repo.fullName}`,
    transient_environment: false,
    production_environment: d.productionEnvironment,
  };
}

function renderStatus(ctx: RouteContext, d: FakeDeployment, s: FakeDeploymentStatus) {
  return {
    url: `${ctx.apiBase}/repos/${ctx.repo.fullName}/deployments/${d.id}/statuses/${s.id}`,
    id: s.id,
    state: s.state,
    creator: user(s.creator),
    description: s.description,
    environment: d.environment,
    log_url: s.logUrl,
    target_url: s.logUrl,
    created_at: s.createdAt,
    updated_at: s.createdAt,
    deployment_url: `${ctx.apiBase}/repos/${ctx.repo.fullName}/deployments/${d.id}`,
    repository_url: `${ctx.apiBase}/repos/${ctx.repo.fullName}`,
  };
}
