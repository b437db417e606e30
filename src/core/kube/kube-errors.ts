import { ActionError, ConnectionError } from '../errors.js';

/** A Kubernetes API request that failed with an HTTP status; `reason` is the Status reason (NotFound, Conflict, ...). */
export class KubeApiError extends ActionError {
  override name = 'KubeApiError';
  /** A 429's Retry-After, when the server sent one. */
  retryAfterSeconds?: number;
  constructor(
    message: string,
    readonly status: number,
    readonly reason: string,
  ) {
    super(message);
  }
}

/** 404: the object (or its namespace) does not exist. */
export class KubeNotFoundError extends KubeApiError {
  override name = 'KubeNotFoundError';
}

/**
 * 409: either AlreadyExists on create or Conflict on a stale resourceVersion. Optimistic
 * concurrency code (the upgrade lock, the state ConfigMap) catches this and re-reads.
 */
export class KubeConflictError extends KubeApiError {
  override name = 'KubeConflictError';
  get alreadyExists(): boolean {
    return this.reason === 'AlreadyExists';
  }
}

/** 401/403: the kubeconfig's credentials are missing, expired or lack permission. */
export class KubeAuthError extends KubeApiError {
  override name = 'KubeAuthError';
  override readonly kind = 'connection-error';
}

/**
 * The API server could not be reached at all, or did not answer in time. `code` is how the
 * connection failed, as the HTTP client reported it (ECONNREFUSED, CERT_HAS_EXPIRED,
 * UND_ERR_SOCKET, ...), or TIMEOUT when the request's own deadline passed.
 */
export class KubeUnreachableError extends ConnectionError {
  override name = 'KubeUnreachableError';
  constructor(
    message: string,
    readonly code: string,
  ) {
    super(message);
  }
}

/** The request's own deadline passed (its abort signal fired). */
export const REQUEST_TIMEOUT = 'TIMEOUT';

/**
 * A connection that was made, or was being made, and broke or stalled: the server may be
 * restarting or a hop between may have dropped it. A refused connection, a name that does not
 * resolve or a certificate that is not trusted is a configuration to fix, not a hiccup.
 */
export const TRANSIENT_CONNECTION_CODES: ReadonlySet<string> = new Set([
  REQUEST_TIMEOUT,
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'ECONNABORTED',
  'UND_ERR_SOCKET',
  'UND_ERR_CLOSED',
  'UND_ERR_CONNECT_TIMEOUT',
  'UND_ERR_HEADERS_TIMEOUT',
  'UND_ERR_BODY_TIMEOUT',
]);

/**
 * A failure that says nothing about the cluster's state: worth retrying, never a reason to
 * redo work. Decided by structure (the HTTP status, the connection's error code), never by
 * the message, which quotes addresses and object names.
 */
export function isTransientKubeError(e: unknown): boolean {
  if (e instanceof KubeUnreachableError) return TRANSIENT_CONNECTION_CODES.has(e.code);
  return e instanceof KubeApiError && (e.status === 429 || e.status >= 500);
}
