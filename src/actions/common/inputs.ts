import { getInput as runnerInput } from '../../adapters/runner/actions-runner.js';
import { ConfigurationError } from '../../core/errors.js';

/** The input as given (INPUT_<NAME>, set by the runner or by the CLI from its flags), trimmed. */
export const getInput = (name: string): string => runnerInput(name);

/** The trimmed input, or undefined when it is empty or absent. */
export function optionalInput(name: string): string | undefined {
  const v = getInput(name).trim();
  return v === '' ? undefined : v;
}

export function requiredInput(name: string): string {
  const v = optionalInput(name);
  if (v === undefined) throw new ConfigurationError(`input "${name}" is required`);
  return v;
}

/** Like core.getBooleanInput, but a typo is a configuration error that names the input. */
export function booleanInput(name: string, defaultValue: boolean): boolean {
  const v = optionalInput(name);
  if (v === undefined) return defaultValue;
  if (/^(true|yes|on)$/i.test(v)) return true;
  if (/^(false|no|off)$/i.test(v)) return false;
  throw new ConfigurationError(`input "${name}" must be true or false, got ${JSON.stringify(v)}`);
}

export function integerInput(name: string, defaultValue: number, min = 0): number {
  const v = optionalInput(name);
  if (v === undefined) return defaultValue;
  if (!/^\d+$/.test(v) || Number(v) < min) {
    throw new ConfigurationError(`input "${name}" must be a whole number >= ${min}, got ${JSON.stringify(v)}`);
  }
  return Number(v);
}

export function multilineInput(name: string): string[] {
  return getInput(name)
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
}
