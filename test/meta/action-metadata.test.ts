import { describe, expect, it } from 'vitest';
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { REPO_ROOT } from '../support/paths.js';

const ACTIONS = ['detect-release', 'plan-upgrade', 'run-upgrade', 'verify'];

interface ActionYml {
  name?: string;
  description?: string;
  inputs?: Record<string, { description?: string }>;
  outputs?: Record<string, { description?: string }>;
  runs?: { using?: string; main?: string };
}

describe.each(ACTIONS)('actions/%s/action.yml', (name) => {
  const file = path.join(REPO_ROOT, 'actions', name, 'action.yml');
  const meta = parse(readFileSync(file, 'utf8')) as ActionYml;

  it('runs the committed ncc bundle on node24', () => {
    expect(meta.runs?.using).toBe('node24');
    expect(meta.runs?.main).toBe(`../../dist/${name}/index.js`);
    expect(existsSync(path.resolve(path.dirname(file), meta.runs!.main!))).toBe(true);
  });

  it('describes every input and output', () => {
    expect(meta.description?.trim()).toBeTruthy();
    for (const [key, spec] of Object.entries({ ...meta.inputs, ...meta.outputs })) {
      expect(spec.description?.trim(), `${name}: ${key} has no description`).toBeTruthy();
    }
  });

  it('reads only inputs that action.yml declares', () => {
    const src = path.join(REPO_ROOT, 'src', 'actions', name);
    const code = existsSync(path.join(src, 'input-helper.ts')) ? readFileSync(path.join(src, 'input-helper.ts'), 'utf8') : '';
    const used = [...code.matchAll(/Input\('([a-z0-9-]+)'/g)].map((m) => m[1]);
    for (const input of used) expect(Object.keys(meta.inputs ?? {}), `${name} reads undeclared input ${input}`).toContain(input);
  });
});
