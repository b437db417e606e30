/** A Kubernetes `Status` error, as the apiserver returns it for every failed request. */
export class StatusError extends Error {
  constructor(
    readonly code: number,
    readonly reason: string,
    message: string,
    readonly details?: { name?: string; group?: string; kind?: string },
  ) {
    super(message);
  }

  toStatus(): Record<string, unknown> {
    return {
      kind: 'Status',
      apiVersion: 'v1',
      metadata: {},
      status: 'Failure',
      message: this.message,
      reason: this.reason,
      ...(this.details ? { details: this.details } : {}),
      code: this.code,
    };
  }
}

export function notFound(plural: string, name: string, group = ''): StatusError {
  const what = group ? `${plural}.${group}` : plural;
  return new StatusError(404, 'NotFound', `${what} "${name}" not found`, { name, group, kind: plural });
}

export function alreadyExists(plural: string, name: string, group = ''): StatusError {
  const what = group ? `${plural}.${group}` : plural;
  return new StatusError(409, 'AlreadyExists', `${what} "${name}" already exists`, { name, group, kind: plural });
}

export function conflict(plural: string, name: string, group = ''): StatusError {
  const what = group ? `${plural}.${group}` : plural;
  return new StatusError(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${what} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    { name, group, kind: plural },
  );
}

export function badRequest(message: string): StatusError {
  return new StatusError(400, 'BadRequest', message);
}

export function invalid(kind: string, name: string, why: string): StatusError {
  return new StatusError(422, 'Invalid', `${kind} "${name}" is invalid: ${why}`, { name, kind });
}

export function forbidden(message: string): StatusError {
  return new StatusError(403, 'Forbidden', message);
}

export function methodNotAllowed(message: string): StatusError {
  return new StatusError(405, 'MethodNotAllowed', message);
}
