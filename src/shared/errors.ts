/**
 * An expected failure whose message tells the user what to do. Anything else that
 * escapes an action is a bug and is reported with its stack.
 */
export class ActionError extends Error {
  override name = 'ActionError';
}

/** The user gave us input we cannot work with (bad value, missing file, ambiguous repo). */
export class ConfigurationError extends ActionError {
  override name = 'ConfigurationError';
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
