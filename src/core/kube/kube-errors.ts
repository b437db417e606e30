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

/** The API server could not be reached at all, or did not answer in time. */
export class KubeUnreachableError extends ConnectionError {
  override name = 'KubeUnreachableError';
}

/** A failure that says nothing about the cluster's state: worth retrying, never a reason to redo work. */
export function isTransientKubeError(e: unknown): boolean {
  if (e instanceof KubeUnreachableError) return /did not answer within|ECONNRESET|UND_ERR_SOCKET/.test(e.message);
  return e instanceof KubeApiError && (e.status === 429 || e.status >= 500);
}
