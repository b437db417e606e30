import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/paths.js';

// The core (src/core, and src/formats beneath it) never talks to the runner, never reads the
// environment, never starts or signals a process and never reaches an adapter: entrypoints (src/actions, with src/actions/common
// only they use, and src/cli) read the environment, build the adapters and pass both in;
// adapters (src/adapters) own the outside world and implement interfaces the core declares.
// See docs/architecture.md.
const SRC = path.join(REPO_ROOT, 'src');
const CORE_DIRS = [path.join(SRC, 'core'), path.join(SRC, 'formats')];
const FORMATS = path.join(SRC, 'formats');
const ADAPTERS = path.join(SRC, 'adapters');
/** Node's modules that start processes: only adapters (src/adapters/process.ts, process-group.ts, ...) may. */
const SPAWNING_MODULES = new Set(['node:child_process', 'child_process']);
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
    if (spec.startsWith('@actions/') || SPAWNING_MODULES.has(spec)) found.push(`imports ${spec}`);
    const resolved = spec.startsWith('.') ? path.resolve(path.dirname(file), spec).replace(/\.js$/, '.ts') : '';
    // A type import counts too: the interface belongs in the core, and the adapter implements it.
    if (resolved.startsWith(ADAPTERS + path.sep) || resolved.startsWith(RUNNER_FACING + path.sep)) found.push(`imports ${spec}`);
  }
  if (/\bprocess\s*\.\s*env\b|\bprocess\s*\[\s*['"]env['"]\s*\]/.test(code(source))) found.push('reads process.env');
  if (/\bprocess\s*\.\s*kill\b/.test(code(source))) found.push('signals a process');
  return found;
}

describe('the core never touches the runner, the environment or processes', () => {
  const coreFiles = CORE_DIRS.flatMap(listTs);

  it('covers the core and the formats', () => {
    expect(coreFiles.length).toBeGreaterThan(100);
    expect(coreFiles.filter((f) => f.startsWith(FORMATS + path.sep)).length).toBeGreaterThan(3);
  });

  it('no core or formats file imports @actions/*, node:child_process, an adapter (value or type) or the entrypoint helpers, reads process.env or signals a process', () => {
    const bad = coreFiles.flatMap((f) => violations(f, readFileSync(f, 'utf8')).map((v) => `${path.relative(REPO_ROOT, f)} ${v}`));
    expect(bad).toEqual([]);
  });

  it('the check finds each kind of violation', () => {
    const f = path.join(SRC, 'core', 'pull-request', 'example.ts');
    expect(violations(f, "import * as core from '@actions/core';")).toEqual(['imports @actions/core']);
    expect(violations(f, "import { info } from '../../adapters/runner/actions-runner.js';")).toEqual(['imports ../../adapters/runner/actions-runner.js']);
    expect(violations(f, "import { GitCommandManager } from '../../adapters/git/git-command-manager.js';")).toEqual(['imports ../../adapters/git/git-command-manager.js']);
    expect(violations(f, "import type { Git } from '../../adapters/git/git-command-manager.js';")).toEqual(['imports ../../adapters/git/git-command-manager.js']);
    expect(violations(f, "import {\n  GitHubHelper,\n  type ReleaseNote,\n} from '../../adapters/github/github-helper.js';")).toEqual(['imports ../../adapters/github/github-helper.js']);
    expect(violations(f, "export { createKubeApi } from '../../adapters/kube/client-kube-api.js';")).toEqual(['imports ../../adapters/kube/client-kube-api.js']);
    expect(violations(f, "const { runProcess } = await import('../../adapters/process.js');")).toEqual(['imports ../../adapters/process.js']);
    expect(violations(path.join(SRC, 'formats', 'yaml', 'example.ts'), "import type { CommandLine } from '../../adapters/ansible/runner.js';")).toEqual(['imports ../../adapters/ansible/runner.js']);
    expect(violations(f, "import type { Git } from '../git/git.js';")).toEqual([]);
    expect(violations(f, "import * as core from '../../actions/common/toolkit.js';")).toEqual(['imports ../../actions/common/toolkit.js']);
    expect(violations(f, "import { run } from '../../actions/verify/main.js';")).toEqual(['imports ../../actions/verify/main.js']);
    expect(violations(f, "import { redact } from '../text/redact.js';")).toEqual([]);
    expect(violations(f, 'const t = process.env.RUNNER_TEMP;')).toEqual(['reads process.env']);
    expect(violations(f, '// process.env is read by the entrypoint\nconst x = 1;')).toEqual([]);
    expect(violations(f, "import { spawn } from 'node:child_process';")).toEqual(['imports node:child_process']);
    expect(violations(f, "import { execFile } from 'child_process';")).toEqual(['imports child_process']);
    expect(violations(f, "const cp = await import('node:child_process');")).toEqual(['imports node:child_process']);
    expect(violations(f, "import { readFileSync } from 'node:fs';")).toEqual([]);
    expect(violations(f, "process.kill(-pgid, 'SIGTERM');")).toEqual(['signals a process']);
    expect(violations(f, 'const name = `run-${process.pid}`;')).toEqual([]);
  });
});
