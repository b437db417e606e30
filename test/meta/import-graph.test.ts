import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/paths.js';

// The core (src/shared, but for src/shared/actions, which only entrypoints use) never talks to
// the runner and never reads the environment: entrypoints read it and pass values in, adapters
// (src/adapters) own the outside world.
const SRC = path.join(REPO_ROOT, 'src');
const CORE = path.join(SRC, 'shared');
const ENTRY_HELPERS = path.join(CORE, 'actions');
/** What only entrypoints may use (markdown.ts beside them is plain text formatting, open to the core). */
const RUNNER_FACING = ['toolkit.ts', 'inputs.ts', 'run-action.ts'].map((f) => path.join(ENTRY_HELPERS, f));

function listTs(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listTs(path.join(dir, e.name)) : e.name.endsWith('.ts') ? [path.join(dir, e.name)] : []));
}

/** The code without comments and string contents other than import specifiers, so prose cannot trip the checks. */
function code(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:])\/\/.*$/gm, '$1');
}

const importsOf = (source: string) => [...code(source).matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)].map((m) => m[1]!);

/** Why a core file breaks the layering, or nothing. */
export function violations(file: string, source: string): string[] {
  const found: string[] = [];
  for (const spec of importsOf(source)) {
    if (spec.startsWith('@actions/')) found.push(`imports ${spec}`);
    const resolved = spec.startsWith('.') ? path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts') : '';
    if (resolved.startsWith(path.join(SRC, 'adapters', 'runner')) || RUNNER_FACING.includes(resolved)) found.push(`imports ${spec}`);
  }
  if (/\bprocess\s*\.\s*env\b|\bprocess\s*\[\s*['"]env['"]\s*\]/.test(code(source))) found.push('reads process.env');
  return found;
}

describe('the core never touches the runner or the environment', () => {
  const coreFiles = listTs(CORE).filter((f) => !f.startsWith(ENTRY_HELPERS + path.sep));

  it('covers the core', () => {
    expect(coreFiles.length).toBeGreaterThan(100);
  });

  it('no core file imports @actions/*, the runner adapter or the entrypoint helpers, or reads process.env', () => {
    const bad = coreFiles.flatMap((f) => violations(f, readFileSync(f, 'utf8')).map((v) => `${path.relative(REPO_ROOT, f)} ${v}`));
    expect(bad).toEqual([]);
  });

  it('the check finds each kind of violation', () => {
    const f = path.join(CORE, 'plan', 'example.ts');
    expect(violations(f, "import * as core from '@actions/core';")).toEqual(['imports @actions/core']);
    expect(violations(f, "import { info } from '../../adapters/runner/actions-runner.js';")).toEqual(['imports ../../adapters/runner/actions-runner.js']);
    expect(violations(f, "import * as core from '../actions/toolkit.js';")).toEqual(['imports ../actions/toolkit.js']);
    expect(violations(f, 'const t = process.env.RUNNER_TEMP;')).toEqual(['reads process.env']);
    expect(violations(f, '// process.env is read by the entrypoint\nconst x = 1;')).toEqual([]);
  });
});
