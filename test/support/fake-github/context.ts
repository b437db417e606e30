import type { FakeRepo, FakeState } from './state.js';
import type { Reply } from './http.js';

export interface FakeIdentity {
  /** Login of the token's owner, e.g. `github-actions[bot]`; it authors what the fake creates. */
  login: string;
  /** The login's user id (41898282 for github-actions[bot]); its noreply email is `<id>+<login>@users.noreply.github.com`. */
  id: number;
  /** False answers writes with 403 "Resource not accessible by integration" (a read-only GITHUB_TOKEN). */
  canWrite: boolean;
  /** False reproduces the repository setting that forbids GitHub Actions from opening pull requests. */
  canCreatePullRequests: boolean;
  /** When set, review requests for anyone else answer 422, as for non-collaborators. */
  collaborators?: readonly string[];
}

export interface RouteContext {
  method: string;
  url: URL;
  repo: FakeRepo;
  /** Remaining path segments after /repos/{owner}/{repo}, already URL-decoded. */
  rest: string[];
  body: unknown;
  state: FakeState;
  identity: FakeIdentity;
  /** Public base URL including the API prefix, for `url` fields. */
  apiBase: string;
  htmlBase: string;
}

export interface Route {
  method: string;
  /** Matches the path segments after /repos/{owner}/{repo}; `:n` is a number, `*` any one segment. */
  pattern: string;
  handler: (ctx: RouteContext) => Reply | Promise<Reply>;
}

export function matchRoute(routes: readonly Route[], method: string, rest: readonly string[]): Route | undefined {
  return routes.find((r) => {
    if (r.method !== method) return false;
    const parts = r.pattern === '' ? [] : r.pattern.split('/');
    if (parts.length !== rest.length) return false;
    return parts.every((p, i) => (p === ':n' ? /^\d+$/.test(rest[i]!) : p === '*' ? true : p === rest[i]));
  });
}

export function user(login: string): { login: string; id: number; type: string } {
  return { login, id: 1, type: login.endsWith('[bot]') ? 'Bot' : 'User' };
}
