/**
 * An expected failure whose message tells the user what to do. Anything else that
 * escapes an action is a bug and is reported with its stack.
 */
export class ActionError extends Error {
  override name = 'ActionError';
  /** How the run ended, for the `status` output. */
  readonly kind: 'configuration-error' | 'connection-error' | 'failed' = 'failed';
}

/** The user gave us input we cannot work with (bad value, missing file, ambiguous repo). */
export class ConfigurationError extends ActionError {
  override name = 'ConfigurationError';
  override readonly kind = 'configuration-error';
}

/** Something outside our control failed: an unreachable remote, a command that exited non-zero. */
export class ExternalCommandError extends ActionError {
  override name = 'ExternalCommandError';
  constructor(
    message: string,
    readonly exitCode: number | null,
    readonly stderr: string,
  ) {
    super(message);
  }
}

/**
 * A server could not be talked to: refused, unknown name, a certificate that does not check
 * out, or credentials it rejects. The message is one line naming the server, the cause and the fix.
 */
export class ConnectionError extends ActionError {
  override name = 'ConnectionError';
  override readonly kind = 'connection-error';
}

/** The `status` output's word for how a run that threw ended. */
export function failureKind(error: unknown): ActionError['kind'] | 'bug' {
  return error instanceof ActionError ? error.kind : 'bug';
}
