import { describeNetworkFailure } from '../network-failure.js';
import { ActionError, ConfigurationError, ConnectionError } from '../../core/errors.js';

/** The parts of an Octokit RequestError we read; anything else is rethrown untouched. */
interface RequestErrorLike {
  status: number;
  message: string;
  response?: { headers?: Record<string, string | number | undefined>; data?: unknown };
  request?: { url?: string };
}

function isRequestError(e: unknown): e is RequestErrorLike {
  return e instanceof Error && typeof (e as { status?: unknown }).status === 'number';
}

interface GitHubErrorBody {
  message?: string;
  errors?: Array<{ message?: string; field?: string; code?: string; resource?: string } | string>;
}

/** GitHub's own explanation: the top message plus each validation error. */
export function gitHubMessages(e: unknown): string[] {
  if (!isRequestError(e)) return [];
  const data = (e.response?.data ?? {}) as GitHubErrorBody;
  const details = (data.errors ?? []).map((x) =>
    typeof x === 'string' ? x : (x.message ?? [x.resource, x.field, x.code].filter(Boolean).join(' ')),
  );
  return [data.message ?? e.message, ...details].filter((m): m is string => typeof m === 'string' && m !== '');
}

export function isValidationError(e: unknown, pattern: RegExp): boolean {
  return isRequestError(e) && e.status === 422 && gitHubMessages(e).some((m) => pattern.test(m));
}

function apiOrigin(url: string | undefined): string {
  try {
    return new URL(url ?? '').origin;
  } catch {
    return 'the configured URL';
  }
}

export function httpStatus(e: unknown): number | undefined {
  return isRequestError(e) ? e.status : undefined;
}

/**
 * Turns a failed API call into an error that says what the user must change. `what` is
 * the attempted operation ("open a pull request"), `where` the repository. Never includes
 * request headers, so the token cannot leak through an error message.
 */
export function toActionError(e: unknown, what: string, where: string): unknown {
  if (!isRequestError(e)) return e;
  const said = gitHubMessages(e).join('; ');
  const headers = e.response?.headers ?? {};
  const failed = `could not ${what} in ${where}`;
  const server = apiOrigin(e.request?.url);
  if (!e.response) {
    // Octokit reports a connection failure as a status-500 error without a response.
    const failure = describeNetworkFailure(e, server, 'github');
    if (failure) return new ConnectionError(`${failed}: GitHub API at ${server}: ${failure.cause}; ${failure.fix}.`);
    return new ConnectionError(`${failed}: the GitHub API at ${server} could not be reached (${e.message}). Check GITHUB_API_URL, HTTPS_PROXY/NO_PROXY and the runner's network access.`);
  }
  // The server refuses these credentials: a connection error, as the Kubernetes and git clients report it.
  if (e.status === 401) {
    return new ConnectionError(
      `${failed}: GitHub API at ${server} rejected the token (401: ${said}). Check that the "github-token" input is set (for example to secrets.GITHUB_TOKEN) and has not expired or been revoked.`,
    );
  }
  if ((e.status === 403 || e.status === 429) && String(headers['x-ratelimit-remaining']) === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    const when = Number.isFinite(reset) && reset > 0 ? new Date(reset * 1000).toISOString() : 'later';
    return new ActionError(
      `${failed}: the token's GitHub API rate limit is used up until ${when}. Re-run the job after that, or use a token with its own quota (a GitHub App installation token).`,
    );
  }
  if (/secondary rate limit/i.test(said)) {
    return new ActionError(`${failed}: GitHub's secondary rate limit was still in force after waiting as it asked (${said}). Re-run the job in a few minutes.`);
  }
  if (e.status === 403 && /not permitted to create or approve pull requests/i.test(said)) {
    return new ConfigurationError(
      `${failed}: ${said} Enable "Allow GitHub Actions to create and approve pull requests" under Settings → Actions → General (for the repository or its organization), or pass a GitHub App or personal access token as the "github-token" input.`,
    );
  }
  if (e.status === 403) {
    return new ConnectionError(
      `${failed}: GitHub API at ${server}: the token is not allowed to (403: ${said}). Give the job "permissions: { contents: write, pull-requests: write, issues: write }", or use a token with write access to ${where}.`,
    );
  }
  if (e.status === 404) {
    return new ConfigurationError(
      `${failed}: GitHub answered 404 (${said}). Either ${where} does not exist at this API URL, or the token cannot see it (GitHub hides private repositories from tokens without access). Check the repository name, GITHUB_API_URL, and the token's repository access.`,
    );
  }
  if (e.status === 422) {
    return new ActionError(`${failed}: GitHub refused the request (422: ${said}).`);
  }
  if (e.status >= 500) {
    return new ActionError(`${failed}: GitHub answered ${e.status} even after retries (${said}). This is usually temporary; re-run the job.`);
  }
  return new ActionError(`${failed}: GitHub answered ${e.status} (${said}).`);
}
