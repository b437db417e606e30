import { UsageError, unknownOption } from './args.js';
import type { ActionInput } from './inputs/action-input.js';

export interface ActionFlags {
  /** The inputs given on the command line, by input name. */
  given: Map<string, string>;
  json: boolean;
  help: boolean;
}

const BOOLEAN_WORD = /^(true|false|yes|no|on|off)$/i;

/**
 * `--<input> VALUE` or `--<input>=VALUE` for every input of the action; a boolean input may
 * be a bare switch (`--dry-run`) or take true/false; a list input may be repeated. The
 * commands take no positional arguments, so anything else is a usage error.
 */
export function parseActionFlags(argv: readonly string[], inputs: readonly ActionInput[]): ActionFlags {
  const byName = new Map(inputs.map((i) => [i.name, i]));
  const flags: ActionFlags = { given: new Map(), json: false, help: argv.includes('--help') || argv.includes('-h') };
  if (flags.help) return flags;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (!arg.startsWith('--')) throw new UsageError(`unexpected argument ${JSON.stringify(arg)}: every input is a flag, e.g. --${inputs[0]!.name} VALUE`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const inline = eq < 0 ? undefined : arg.slice(eq + 1);
    if (name === 'json') {
      if (inline !== undefined) throw new UsageError('--json takes no value');
      flags.json = true;
      continue;
    }
    const input = byName.get(name);
    if (!input) throw new UsageError(unknownOption(name, [...byName.keys(), 'json', 'help']));
    let value = inline;
    if (value === undefined && input.kind === 'boolean') {
      value = BOOLEAN_WORD.test(argv[i + 1] ?? '') ? argv[++i]! : 'true';
    } else if (value === undefined) {
      value = argv[++i];
      // A value that starts with -- is almost always a forgotten value; --flag=--value says it is meant.
      if (value === undefined || value.startsWith('--')) throw new UsageError(`--${name} needs a value (write --${name}=VALUE for a value that starts with --)`);
    }
    const previous = flags.given.get(name);
    if (previous !== undefined && input.kind !== 'list') throw new UsageError(`--${name} is given twice`);
    flags.given.set(name, previous === undefined ? value : `${previous}\n${value}`);
  }
  return flags;
}
