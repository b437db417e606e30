import { DOCS, type Reply } from './http.js';

/** A canned response the fake serves instead of the real one, once, to the next matching request. */
export interface Fault extends Reply {
  /** Only requests with this method (e.g. `POST`) consume the fault; default any. */
  method?: string;
  /** Only requests whose path (without query, without the API prefix) matches consume it. */
  path?: RegExp;
}

export class FaultQueue {
  private readonly queue: Fault[] = [];

  /** Queues faults; they are served in order, each to the first request it matches. */
  push(...faults: Fault[]): void {
    this.queue.push(...faults);
  }

  /** How many queued faults no request consumed yet. */
  get pending(): number {
    return this.queue.length;
  }

  clear(): void {
    this.queue.length = 0;
  }

  take(method: string, path: string): Fault | undefined {
    const i = this.queue.findIndex((f) => (!f.method || f.method === method) && (!f.path || f.path.test(path)));
    return i < 0 ? undefined : this.queue.splice(i, 1)[0];
  }
}

export function serverError(status = 502, match: Pick<Fault, 'method' | 'path'> = {}): Fault {
  return { ...match, status, body: { message: 'Server Error' } };
}

/** GitHub's documented secondary rate limit answer: 403 with `retry-after`. */
export function secondaryRateLimit(retryAfterSeconds: number, match: Pick<Fault, 'method' | 'path'> = {}): Fault {
  return {
    ...match,
    status: 403,
    headers: { 'retry-after': String(retryAfterSeconds) },
    body: {
      message:
        'You have exceeded a secondary rate limit. Please wait a few minutes before you try again. If you reach out to GitHub Support for help, please include the request ID.',
      documentation_url: 'https://docs.github.com/free-pro-team@latest/rest/overview/rate-limits-for-the-rest-api#about-secondary-rate-limits',
      status: '403',
    },
  };
}

/** The primary (hourly) limit: 403 or 429 with `x-ratelimit-remaining: 0` and the reset epoch. */
export function primaryRateLimit(resetInSeconds: number, status: 403 | 429 = 403, match: Pick<Fault, 'method' | 'path'> = {}): Fault {
  const reset = Math.ceil(Date.now() / 1000 + resetInSeconds);
  return {
    ...match,
    status,
    headers: {
      'x-ratelimit-limit': '5000',
      'x-ratelimit-remaining': '0',
      'x-ratelimit-used': '5000',
      'x-ratelimit-reset': String(reset),
      'x-ratelimit-resource': 'core',
    },
    body: { message: 'API rate limit exceeded for installation ID 1.', documentation_url: DOCS, status: String(status) },
  };
}
