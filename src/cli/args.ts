import { ConfigurationError } from '../core/errors.js';
import { closest } from '../core/text/closest.js';

/** The command line itself cannot be understood (unknown option, missing value): exit code 2, not 1. */
export class UsageError extends ConfigurationError {
  override name = 'UsageError';
}

export interface ParsedArgs {
  flags: Map<string, string | true>;
  positionals: string[];
}

/**
 * A strict `--flag value` / `--flag=value` / `--switch` parser. Unknown flags are errors so
 * a typo never silently changes what runs.
 */
export function parseArgs(argv: readonly string[], valueFlags: readonly string[], switches: readonly string[]): ParsedArgs {
  const flags = new Map<string, string | true>();
  const positionals: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) {
      positionals.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    if (switches.includes(name)) {
      if (eq >= 0) throw new UsageError(`--${name} takes no value`);
      flags.set(name, true);
    } else if (valueFlags.includes(name)) {
      const value = eq >= 0 ? arg.slice(eq + 1) : argv[++i];
      if (value === undefined || (eq < 0 && value.startsWith('--'))) throw new UsageError(`--${name} needs a value`);
      flags.set(name, value);
    } else {
      throw new UsageError(unknownOption(name, [...valueFlags, ...switches]));
    }
  }
  return { flags, positionals };
}

/** "unknown option --x (did you mean --y?); known options: ..." so the fix needs no second look. */
export function unknownOption(name: string, known: readonly string[]): string {
  const guess = closest(name, known);
  return `unknown option --${name}${guess ? ` (did you mean --${guess}?)` : ''}; known options: ${known.map((k) => `--${k}`).join(', ')}`;
}

export function stringFlag(args: ParsedArgs, name: string): string | undefined {
  const v = args.flags.get(name);
  return typeof v === 'string' ? v : undefined;
}
