import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
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
    // On a mismatch: node scripts/cli-inputs.mjs regenerates the flags from action.yml.
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

describe('each input is declared once, in its action.yml', () => {
  it('the generated flag table is what action.yml says now', async () => {
    const { renderCliInputs, GENERATED } = (await import(path.join(REPO_ROOT, 'scripts/cli-inputs.mjs'))) as { renderCliInputs(): string; GENERATED: string };
    expect(readFileSync(GENERATED, 'utf8')).toBe(renderCliInputs());
  });

  it('no source file but the generated one repeats an input description', () => {
    const sources = listFiles(path.join(REPO_ROOT, 'src')).filter((f) => f.endsWith('.ts') && !f.endsWith('.generated.ts'));
    const text = sources.map((f) => [f, readFileSync(f, 'utf8')] as const);
    const copies: string[] = [];
    for (const action of readdirSync(path.join(REPO_ROOT, 'actions'))) {
      for (const [name, i] of Object.entries(actionYml(action))) {
        // 50 characters of a description: a copy, not a coincidence (descriptions are folded, so compare from the start).
        const probe = i.description.trim().replace(/\s+/g, ' ').slice(0, 50);
        if (probe.length < 50) continue;
        for (const [file, body] of text) if (body.includes(probe)) copies.push(`${action}/${name} in ${path.relative(REPO_ROOT, file)}`);
      }
    }
    expect(copies).toEqual([]);
  });
});

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}
