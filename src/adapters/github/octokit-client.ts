import { getOctokit } from '@actions/github';
import { HttpClient } from '@actions/http-client';
import { requestLog } from '@octokit/plugin-request-log';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';
import { fetch as undiciFetch } from 'undici';
import { SerialQueue } from '../../core/github/write-queue.js';
import { isPermanentNetworkFailure } from '../network-failure.js';

export type GitHubClient = ReturnType<typeof getOctokit>;

/** Where log lines go. Only plain strings are ever passed. */
export interface GitHubLog {
  debug(message: string): void;
  info(message: string): void;
  warning(message: string): void;
}

export interface ClientOptions {
  token: string;
  /** REST API root; GHES uses `https://host/api/v3`. Defaults to GITHUB_API_URL, then api.github.com. */
  baseUrl?: string;
  log: GitHubLog;
  /** Retries of 5xx answers wait 1, 4, 9 × this (ms); tests may shorten it. Default 1000. */
  retryBaseDelayMs?: number;
  /** Longest wait for the primary rate limit to reset before giving up. Default 60 s. */
  maxRateLimitWaitSeconds?: number;
  /**
   * Clients with the same id space their writes together (1 s apart, 3 s for writes that
   * notify people, as plugin-throttling does). Default: one id for the whole process,
   * since every client of a job shares the token's limits.
   */
  throttleId?: string;
}

export const DEFAULT_API_URL = 'https://api.github.com';
const SECONDARY_LIMIT_RETRIES = 3;

/**
 * GitHub asks integrations to serialise content-creating requests. One queue per process:
 * every client in this process shares the token's limits, so they share the queue too.
 */
const writeQueue = new SerialQueue();

export function apiBaseUrl(explicit?: string): string {
  return (explicit || process.env.GITHUB_API_URL || DEFAULT_API_URL).replace(/\/+$/, '');
}

/**
 * A fetch that goes through the proxy the runner names for `baseUrl` (HTTPS_PROXY / HTTP_PROXY,
 * minus NO_PROXY), as @actions/http-client decides it. @actions/github sets this up only for
 * GITHUB_API_URL as it was when it was first imported; this follows the URL actually used.
 */
function proxiedFetch(baseUrl: string): typeof globalThis.fetch {
  const dispatcher = new HttpClient('kubespray-upgrade-actions').getAgentDispatcher(baseUrl);
  return ((url: string, init: Record<string, unknown>) => undiciFetch(url, { ...init, dispatcher } as never)) as unknown as typeof globalThis.fetch;
}

/**
 * An Octokit plugin, registered before plugin-retry so that its error hook sees each failure
 * first: a connection that failed for a cause waiting cannot fix (refused, no such host, a
 * certificate that does not check out) gets plugin-retry's per-request `retries: 0`, so it
 * fails at once instead of after 1 + 4 + 9 s of retries. A new object: `options.request` may
 * be the defaults every request shares.
 */
function failFastOnPermanentCauses(octokit: { hook: GitHubClient['hook'] }): void {
  octokit.hook.error('request', (error, options) => {
    if (isPermanentNetworkFailure(error)) options.request = { ...options.request, retries: 0 };
    throw error;
  });
}

/** The @actions/github client (proxy-aware) with retries of transient failures and rate-limit handling. */
export function createGitHubClient(options: ClientOptions): GitHubClient {
  const log = options.log;
  const baseUrl = apiBaseUrl(options.baseUrl);
  const redact = (text: string) => (options.token ? text.split(options.token).join('***') : text);
  // Octokit's request logger passes whole request objects as extra arguments; only the
  // message string is kept, and the token is masked in case it ever appears there.
  const say = (sink: (m: string) => void) => (message: unknown) => sink(redact(String(message)));
  const warn = say(log.warning);
  const octokit = getOctokit(
    options.token,
    {
    baseUrl,
    request: { fetch: proxiedFetch(baseUrl) },
    userAgent: 'kubespray-upgrade-actions',
    // Octokit logs expected 404s as errors; they are the caller's to judge, so they stay debug.
    log: { debug: say(log.debug), info: say(log.debug), warn, error: say(log.debug) },
    retry: {
      retryAfterBaseValue: options.retryBaseDelayMs ?? 1000,
      // 403/429 belong to the throttling plugin, which reads retry-after and the reset time.
      doNotRetry: [400, 401, 403, 404, 410, 422, 429, 451],
    },
    throttle: {
      id: options.throttleId ?? 'kubespray-upgrade-actions',
      onRateLimit: (retryAfter, request, _octokit, retryCount) => {
        const wait = retryAfter <= (options.maxRateLimitWaitSeconds ?? 60) && retryCount < 1;
        warn(`GitHub API rate limit reached on ${request.method} ${request.url}; ${wait ? `waiting ${retryAfter}s for the reset` : `reset is in ${retryAfter}s, not waiting`}`);
        return wait;
      },
      onSecondaryRateLimit: (retryAfter, request, _octokit, retryCount) => {
        const wait = retryCount < SECONDARY_LIMIT_RETRIES;
        warn(`GitHub secondary rate limit on ${request.method} ${request.url}; ${wait ? `retrying after ${retryAfter}s as GitHub asks` : 'giving up'}`);
        return wait;
      },
    },
    },
    failFastOnPermanentCauses,
    retry,
    throttling,
    // Each request's method, path, status and time, as debug lines (as @octokit/rest logged them).
    requestLog,
  );
  octokit.hook.wrap('request', (request, requestOptions) => {
    const method = String(requestOptions.method).toUpperCase();
    return method === 'GET' || method === 'HEAD' ? request(requestOptions) : writeQueue.run(async () => request(requestOptions));
  });
  return octokit;
}
