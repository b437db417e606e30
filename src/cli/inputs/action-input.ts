/** One input of an action's action.yml, as the CLI offers it: `--<name> VALUE`. */
export interface ActionInput {
  name: string;
  description: string;
  required?: boolean;
  /** The action.yml default, verbatim, expressions included. */
  default?: string;
  /** boolean: may be given as a bare switch (`--dry-run`). list: may be repeated; the values are joined with newlines. */
  kind?: 'boolean' | 'list';
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
