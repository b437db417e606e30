import { ACTION_INPUTS } from './action-inputs.generated.js';

/** One input as its action.yml declares it (see action-inputs.generated.ts). */
export interface DeclaredInput {
  name: string;
  description: string;
  required?: boolean;
  /** The action.yml default, verbatim, expressions included. */
  default?: string;
}

/** boolean: may be given as a bare switch (`--dry-run`). list: may be repeated; the values are joined with newlines. */
export type FlagKind = 'boolean' | 'list';

/** One input of an action's action.yml, as the CLI offers it: `--<name> VALUE`. */
export interface ActionInput extends DeclaredInput {
  kind?: FlagKind;
}

/**
 * The CLI's flags for an action: its action.yml inputs, each a switch when its default is
 * true/false or when `kinds` says so. `kinds` adds only how a flag is typed at a terminal.
 */
export function actionFlags(action: string, kinds: Readonly<Record<string, FlagKind>> = {}): readonly ActionInput[] {
  const inputs = ACTION_INPUTS[action];
  if (!inputs) throw new Error(`no action.yml inputs generated for ${action}; run node scripts/cli-inputs.mjs`);
  for (const name of Object.keys(kinds)) if (!inputs.some((i) => i.name === name)) throw new Error(`${action} has no input ${name}`);
  return inputs.map((i) => {
    const kind = kinds[i.name] ?? (/^(true|false)$/.test(i.default ?? '') ? 'boolean' : undefined);
    return kind ? { ...i, kind } : { ...i };
  });
}

/** The only expression our action.yml defaults use. */
export const GITHUB_TOKEN_EXPRESSION = '${{ github.token }}';

/**
 * What the runner would put in INPUT_<NAME> for an input that was not given. Outside a
 * workflow there is no `github.token`: the token comes from GITHUB_TOKEN or GH_TOKEN (as the
 * gh CLI reads it), else it is empty and the action says what it needs it for.
 */
export function defaultValue(input: ActionInput, env: NodeJS.ProcessEnv): string {
  const d = input.default ?? '';
  if (d === GITHUB_TOKEN_EXPRESSION) return env.GITHUB_TOKEN || env.GH_TOKEN || '';
  if (d.includes('${{')) throw new Error(`input ${input.name}: the CLI cannot evaluate the default ${d}`);
  return d;
}

/** The environment variable the runner passes an input in; the same rule as getInput's. */
export function inputVariable(name: string): string {
  return `INPUT_${name.replace(/ /g, '_').toUpperCase()}`;
}
