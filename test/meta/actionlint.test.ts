import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { existsSync, writeFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { formatLint, lintWorkflow, readText, workflowFiles } from '../support/actionlint.js';
import { REPO_ROOT } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';

const dirs = [path.join(REPO_ROOT, '.github', 'workflows'), path.join(REPO_ROOT, 'docs', 'examples')].filter((d) => existsSync(d));
const files = dirs.flatMap(workflowFiles);

describe('every workflow in the repo passes actionlint', () => {
  it('finds the workflows', () => {
    expect(files.map((f) => path.basename(f))).toContain('ci.yml');
  });

  it.each(files.map((f) => [path.relative(REPO_ROOT, f), f]))('%s', async (rel, file) => {
    const results = await lintWorkflow(readText(file), rel);
    expect(formatLint(results)).toBe('');
  });

  it('the linter really reports errors', async () => {
    const broken = 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.nope.really }}\n      - uses: actions/checkout@v5\n        with: 3\n';
    expect((await lintWorkflow(broken, 'broken.yml')).length).toBeGreaterThan(0);
  });
});

describe('npm run lint:workflows (scripts/actionlint.ts)', () => {
  const lint = (args: string[]) => spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/tsx'), [path.join(REPO_ROOT, 'scripts/actionlint.ts'), ...args], { cwd: REPO_ROOT, encoding: 'utf8' });

  it('passes on the repository and names how many files it read', () => {
    const r = lint([]);
    expect(r.status, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`actionlint: ${files.length} workflow files, 0 findings`));
  });

  it('fails with file:line on a broken workflow', () => {
    const tmp = makeTempDir('ksu-lint-');
    try {
      const file = path.join(tmp.dir, 'broken.yml');
      writeFileSync(file, 'on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ github.event.nope.really }}\n      - uses: actions/checkout@v5\n        with: 3\n');
      const r = lint([file]);
      expect(r.status).toBe(1);
      expect(r.stdout).toMatch(/broken\.yml:\d+:\d+: /);
    } finally {
      tmp.cleanup();
    }
  });
});
