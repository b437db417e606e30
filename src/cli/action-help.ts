import { GITHUB_TOKEN_EXPRESSION, type ActionInput } from './inputs/action-input.js';
import type { ActionCommandSpec } from './action-command.js';

const WIDTH = 100;

/** `kubespray-upgrade plan --target-version VALUE [options]`: the required flags spelled out. */
export function actionUsageLine(spec: ActionCommandSpec): string {
  const required = spec.inputs.filter((i) => i.required).map((i) => `--${i.name} VALUE`);
  return `kubespray-upgrade ${spec.command} ${[...required, '[--<input> VALUE ...]', '[--json]'].join(' ')}`;
}

/** `<command> --help`: every input of the action.yml as a flag, with its description and default. */
export function renderActionHelp(spec: ActionCommandSpec): string {
  const out = [
    `kubespray-upgrade ${spec.command}: ${spec.about}`,
    '',
    `Runs the ${spec.action} action (actions/${spec.action}/action.yml) in this process. Every input`,
    'of the action is a flag; an input not given takes the action.yml default.',
    '',
    `Usage: ${actionUsageLine(spec)}`,
    '',
    'Inputs:',
  ];
  for (const input of spec.inputs) out.push(...flagLines(input));
  out.push(
    '',
    'Options:',
    '  --json',
    ...wrap('Print the outputs as one JSON object on stdout; the log and the summary go to stderr.', 6),
    '  --help',
    ...wrap('Print this help.', 6),
    '',
    `Exit code: 0 when the action succeeds, 1 when it fails (as on a runner), 2 for a command line`,
    'that cannot be understood. See docs/cli.md.',
  );
  return out.join('\n') + '\n';
}

function flagLines(input: ActionInput): string[] {
  const value = input.kind === 'boolean' ? ' [true|false]' : ' VALUE';
  const notes = [
    input.required ? 'required' : undefined,
    input.default === GITHUB_TOKEN_EXPRESSION ? 'default: $GITHUB_TOKEN, else $GH_TOKEN' : input.default ? `default: ${input.default}` : undefined,
    input.kind === 'list' ? 'repeatable' : undefined,
  ].filter(Boolean);
  const head = `  --${input.name}${value}`;
  return [notes.length > 0 ? `${head.padEnd(34)} (${notes.join('; ')})` : head, ...wrap(input.description, 6)];
}

/** Words filled into lines of at most 100 columns, each indented by `indent` spaces. */
export function wrap(text: string, indent: number): string[] {
  const lines: string[] = [];
  // action.yml descriptions keep a line break only where it means one (a more-indented line).
  for (const paragraph of text.split('\n')) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter(Boolean)) {
      if (line && indent + line.length + 1 + word.length > WIDTH) {
        lines.push(' '.repeat(indent) + line);
        line = word;
      } else {
        line = line ? `${line} ${word}` : word;
      }
    }
    if (line) lines.push(' '.repeat(indent) + line);
  }
  return lines;
}
