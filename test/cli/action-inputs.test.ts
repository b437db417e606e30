import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ACTION_COMMANDS } from '../../src/cli/commands/action-commands.js';
import { GITHUB_TOKEN_EXPRESSION, type ActionInput } from '../../src/cli/inputs/action-input.js';
import { REPO_ROOT } from '../support/paths.js';

interface YamlInput {
  description: string;
  required?: boolean;
  default?: string | number | boolean;
}

const actionYml = (action: string): Record<string, YamlInput> =>
  (parse(readFileSync(path.join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8')) as { inputs: Record<string, YamlInput> }).inputs;

/** What the flag table must say about an input, read from action.yml the way the runner reads it. */
const fromYml = (name: string, i: YamlInput) => ({
  name,
  required: i.required === true,
  default: i.default === undefined ? '' : String(i.default),
  description: i.description.trim(),
});
const fromTable = (i: ActionInput) => ({ name: i.name, required: i.required === true, default: i.default ?? '', description: i.description });

describe.each(ACTION_COMMANDS.map((c) => [c.command, c] as const))('the flags of `%s` are the inputs of its action.yml', (_, spec) => {
  const yml = actionYml(spec.action);

  it('the same inputs in the same order, with the same required flag, default and description', () => {
    const expected = Object.entries(yml).map(([name, i]) => fromYml(name, i));
    // On a mismatch, the expected entries are printed: update src/cli/inputs/<action>.ts from them.
    expect(spec.inputs.map(fromTable)).toEqual(expected);
  });

  it('marks every input with a true/false default as boolean, so it can be a bare switch', () => {
    const booleanDefaults = Object.entries(yml)
      .filter(([, i]) => /^(true|false)$/.test(String(i.default)))
      .map(([name]) => name);
    expect(booleanDefaults.length).toBeGreaterThan(0);
    for (const name of booleanDefaults) expect(spec.inputs.find((i) => i.name === name)?.kind, name).toBe('boolean');
  });

  it('has no default expression the CLI cannot evaluate, and no input that clashes with --json or --help', () => {
    for (const [name, i] of Object.entries(yml)) {
      if (String(i.default ?? '').includes('${{')) expect(String(i.default), name).toBe(GITHUB_TOKEN_EXPRESSION);
    }
    expect(Object.keys(yml)).not.toContain('json');
    expect(Object.keys(yml)).not.toContain('help');
  });
});

it('covers the three actions that have no CLI command of their own', () => {
  expect(ACTION_COMMANDS.map((c) => `${c.command}=${c.action}`)).toEqual(['plan=plan-upgrade', 'upgrade=run-upgrade', 'verify=verify']);
});
