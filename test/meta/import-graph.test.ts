import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/paths.js';

// The core (src/core, and src/formats beneath it) never talks to the runner and never reads the
// environment: entrypoints (src/actions, with src/actions/common only they use) read it and pass
// values in, adapters (src/adapters) own the outside world. See docs/architecture.md.
const SRC = path.join(REPO_ROOT, 'src');
const CORE_DIRS = [path.join(SRC, 'core'), path.join(SRC, 'formats')];
const FORMATS = path.join(SRC, 'formats');
/**
 * Core files that still read process.env, moved here from src/actions/verify by the layout move
 * (moves only): the regression check hands the runner's environment to the team's commands.
 * Passing it in from the entrypoint removes the entry; the last test below keeps this list honest.
 */
const KNOWN_ENV_READERS = ['src/core/verify/checks/regression.ts'];
/** What only entrypoints may use. */
const RUNNER_FACING = path.join(SRC, 'actions');

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
    if (resolved.startsWith(path.join(SRC, 'adapters', 'runner') + path.sep) || resolved.startsWith(RUNNER_FACING + path.sep)) found.push(`imports ${spec}`);
  }
  if (/\bprocess\s*\.\s*env\b|\bprocess\s*\[\s*['"]env['"]\s*\]/.test(code(source))) found.push('reads process.env');
  return found;
}

describe('the core never touches the runner or the environment', () => {
  const coreFiles = CORE_DIRS.flatMap(listTs);

  it('covers the core', () => {
    expect(coreFiles.length).toBeGreaterThan(100);
  });

  it('no core file imports @actions/*, the runner adapter or the entrypoint helpers, or reads process.env', () => {
    const bad = coreFiles
      .flatMap((f) => violations(f, readFileSync(f, 'utf8')).map((v) => `${path.relative(REPO_ROOT, f)} ${v}`))
      .filter((v) => !KNOWN_ENV_READERS.some((known) => v === `${known} reads process.env`));
    expect(bad).toEqual([]);
  });

  it('each known exception is still one (remove it from the list once fixed)', () => {
    for (const known of KNOWN_ENV_READERS) expect(violations(path.join(REPO_ROOT, known), readFileSync(path.join(REPO_ROOT, known), 'utf8'))).toContain('reads process.env');
  });

  it('the check finds each kind of violation', () => {
    const f = path.join(SRC, 'core', 'pull-request', 'example.ts');
    expect(violations(f, "import * as core from '@actions/core';")).toEqual(['imports @actions/core']);
    expect(violations(f, "import { info } from '../../adapters/runner/actions-runner.js';")).toEqual(['imports ../../adapters/runner/actions-runner.js']);
    expect(violations(f, "import * as core from '../../actions/common/toolkit.js';")).toEqual(['imports ../../actions/common/toolkit.js']);
    expect(violations(f, "import { run } from '../../actions/verify/main.js';")).toEqual(['imports ../../actions/verify/main.js']);
    expect(violations(f, "import { redact } from '../text/redact.js';")).toEqual([]);
    expect(violations(f, 'const t = process.env.RUNNER_TEMP;')).toEqual(['reads process.env']);
    expect(violations(f, '// process.env is read by the entrypoint\nconst x = 1;')).toEqual([]);
  });
});

describe('the formats read text and nothing else', () => {
  // src/formats still imports some core types and helpers (errors, the Python value model,
  // the listed-inventory shape); what it may never reach is an adapter.
  it('no file of src/formats imports an adapter', () => {
    const bad = listTs(FORMATS).flatMap((f) =>
      importsOf(readFileSync(f, 'utf8'))
        .filter((spec) => spec.startsWith('.') && path.resolve(path.dirname(f), spec).startsWith(path.join(SRC, 'adapters') + path.sep))
        .map((spec) => `${path.relative(REPO_ROOT, f)} imports ${spec}`),
    );
    expect(listTs(FORMATS).length).toBeGreaterThan(3);
    expect(bad).toEqual([]);
  });
});
