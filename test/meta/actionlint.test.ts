import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { existsSync } from 'node:fs';
import { formatLint, lintWorkflow, readText, workflowFiles } from '../support/actionlint.js';
import { REPO_ROOT } from '../support/paths.js';

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
