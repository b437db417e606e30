import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { setTimeout as sleep } from 'node:timers/promises';
import { matchRoute, type FakeIdentity, type Route, type RouteContext } from './context.js';
import { FaultQueue } from './faults.js';
import { HoldQueue } from './holds.js';
import { DOCS, HttpError, errorReply, notFound, parseJson, readBody, send, type Reply } from './http.js';
import { isWrite, type LoggedRequest } from './request-log.js';
import { FakeState, type FakeRepo, type RepoSeed } from './state.js';
import { repoRoutes } from './routes/repos.js';
import { pullRoutes } from './routes/pulls.js';
import { issueRoutes } from './routes/issues.js';
import { releaseRoutes } from './routes/releases.js';
import { plainIssueRoutes } from './routes/plain-issues.js';
import { deploymentRoutes } from './routes/deployments.js';
import { gitDataRoutes } from './routes/git-data.js';
import { user } from './context.js';

export { serverError, secondaryRateLimit, primaryRateLimit, type Fault } from './faults.js';
export { overlapping, isWrite, type LoggedRequest } from './request-log.js';
export type { FakeRepo, FakePull, FakeIssue, FakeDeployment, FakeRelease, FakeComment, RepoSeed, ReleaseSeed } from './state.js';
export { MAX_BODY_CHARACTERS } from './routes/pulls.js';

export interface FakeGitHubOptions {
  /** The only token the fake accepts, as `Authorization: token X` or `Bearer X`. */
  token: string;
  repos: RepoSeed[];
  identity?: Partial<FakeIdentity>;
  /** Serve under a prefix, as GitHub Enterprise Server does with `/api/v3`. */
  pathPrefix?: string;
  /** Delay before every answer, and extra delay before answers to writes (to make overlaps visible). */
  latencyMs?: number;
  writeLatencyMs?: number;
  htmlBase?: string;
  /** Logins `GET /users/{login}` knows (besides the token's own), with their ids. */
  users?: Record<string, number>;
}

export interface FakeGitHub {
  /** API base URL (with the prefix): what GITHUB_API_URL / Octokit `baseUrl` must be. */
  readonly url: string;
  readonly state: FakeState;
  readonly identity: FakeIdentity;
  readonly faults: FaultQueue;
  /** Make matching requests wait for each other (see HoldQueue). */
  readonly holds: HoldQueue;
  /** Every request answered so far, in arrival order. */
  readonly requests: LoggedRequest[];
  repo(fullName: string): FakeRepo;
  /** Environment for an action run as a child process against this fake. */
  env(repository?: string): Record<string, string>;
  close(): Promise<void>;
}

const ROUTES: Route[] = [...repoRoutes, ...pullRoutes, ...issueRoutes, ...plainIssueRoutes, ...deploymentRoutes, ...releaseRoutes, ...gitDataRoutes];

export async function startFakeGitHub(options: FakeGitHubOptions): Promise<FakeGitHub> {
  const state = new FakeState();
  for (const seed of options.repos) state.addRepo(seed);
  const identity: FakeIdentity = { login: 'github-actions[bot]', id: 41898282, canWrite: true, canCreatePullRequests: true, ...options.identity };
  state.users.set(identity.login.toLowerCase(), identity.id);
  for (const [login, id] of Object.entries(options.users ?? {})) state.users.set(login.toLowerCase(), id);
  const faults = new FaultQueue();
  const holds = new HoldQueue();
  const requests: LoggedRequest[] = [];
  const prefix = (options.pathPrefix ?? '').replace(/\/$/, '');
  const htmlBase = options.htmlBase ?? 'https://github.com';
  let apiBase = '';
  let remaining = 5000;

  const handle = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    const startedAt = performance.now();
    const method = req.method ?? 'GET';
    const url = new URL(req.url ?? '/', apiBase);
    const path = url.pathname.startsWith(`${prefix}/`) ? url.pathname.slice(prefix.length) : undefined;
    let body: unknown;
    let fault = false;
    let reply: Reply;
    try {
      body = parseJson(await readBody(req));
      if (path === undefined) throw notFound();
      authenticate(req.headers.authorization, options.token);
      await holds.wait(method, path);
      const injected = faults.take(method, path);
      if (injected) {
        fault = true;
        reply = injected;
      } else {
        reply = await route(method, path, url, body);
        remaining = Math.max(0, remaining - 1);
      }
    } catch (e) {
      if (e instanceof HttpError) {
        reply = errorReply(e);
      } else {
        console.error('fake-github: handler failed (a test setup bug):', e);
        reply = { status: 500, body: { message: `fake-github: ${(e as Error).message}` } };
      }
    }
    const delay = (options.latencyMs ?? 0) + (isWrite({ method }) ? (options.writeLatencyMs ?? 0) : 0);
    if (delay > 0) await sleep(delay);
    res.on('finish', () => {
      requests.push({ method, path: path ?? url.pathname, query: url.searchParams, status: reply.status, fault, startedAt, endedAt: performance.now(), body });
    });
    send(res, fault ? reply : { ...reply, headers: { ...rateHeaders(remaining), ...reply.headers } });
  };

  const route = async (method: string, path: string, url: URL, body: unknown): Promise<Reply> => {
    const segments = path.split('/').slice(1).map(decodeSegment);
    if (method === 'GET' && segments[0] === 'users' && segments.length === 2) {
      const id = state.users.get(segments[1]!.toLowerCase());
      if (id === undefined) throw notFound();
      return { status: 200, body: { ...user(segments[1]!), id } };
    }
    if (segments[0] !== 'repos' || segments.length < 3) throw notFound();
    const repo = state.repo(segments[1]!, segments[2]!);
    if (!repo) throw notFound();
    const rest = segments.slice(3);
    const r = matchRoute(ROUTES, method, rest);
    if (!r) throw notFound();
    if (method !== 'GET' && !identity.canWrite) {
      throw new HttpError(403, 'Resource not accessible by integration', { documentation_url: DOCS, status: '403' });
    }
    const ctx: RouteContext = { method, url, repo, rest, body, state, identity, apiBase: `${apiBase}${prefix}`, htmlBase };
    return r.handler(ctx);
  };

  const server = createServer((req, res) => {
    void handle(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const url = `${apiBase}${prefix}`;

  return {
    url,
    state,
    identity,
    faults,
    holds,
    requests,
    repo(fullName) {
      const [owner, name] = fullName.split('/');
      const r = state.repo(owner ?? '', name ?? '');
      if (!r) throw new Error(`fake-github: no repo ${fullName}`);
      return r;
    },
    env(repository) {
      return { GITHUB_API_URL: url, ...(repository ? { GITHUB_REPOSITORY: repository } : {}) };
    },
    close() {
      server.closeAllConnections();
      return new Promise((resolve, reject) => server.close((e) => (e ? reject(e) : resolve())));
    },
  };
}

function authenticate(header: string | undefined, token: string): void {
  if (!header) throw new HttpError(401, 'Requires authentication', { documentation_url: DOCS, status: '401' });
  const m = /^(?:token|bearer)\s+(\S+)$/i.exec(header.trim());
  if (!m || m[1] !== token) throw new HttpError(401, 'Bad credentials', { documentation_url: DOCS, status: '401' });
}

function rateHeaders(remaining: number): Record<string, string> {
  return {
    'x-ratelimit-limit': '5000',
    'x-ratelimit-remaining': String(remaining),
    'x-ratelimit-used': String(5000 - remaining),
    'x-ratelimit-reset': String(Math.ceil(Date.now() / 1000) + 3600),
    'x-ratelimit-resource': 'core',
  };
}

function decodeSegment(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    throw notFound();
  }
}
