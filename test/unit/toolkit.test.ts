import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../support/paths.js';

// The same calls made through @actions/core and through our toolkit must leave the same
// stdout and GITHUB_OUTPUT bytes (modulo the random heredoc delimiter).
const script = (moduleSpecifier: string) => `
import * as core from ${JSON.stringify(moduleSpecifier)};
core.setOutput('plain', 'v2.24.1');
core.setOutput('multi', 'line one\\nline two: 100%');
core.setOutput('json', ['v2.25.1', 'v2.26.1']);
core.info('hello %0A world');
core.warning('careful: 50% done\\nnext line', { file: 'inventory/a,b.yml', startLine: 12, title: 'kube_version: pinned' });
core.error(new Error('boom'));
core.notice('note');
await core.group('Phase: one', async () => core.info('inside'));
core.setSecret('s3cret');
core.setFailed('failed: reason');
`;

function runWith(moduleSpecifier: string): { stdout: string; output: string; exitCode: number | null } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ksu-toolkit-'));
  try {
    const file = path.join(dir, 'out');
    writeFileSync(file, '');
    const entry = path.join(REPO_ROOT, `.tmp-toolkit-${process.pid}-${path.basename(moduleSpecifier)}.mts`);
    writeFileSync(entry, script(moduleSpecifier));
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', entry], { cwd: REPO_ROOT, env: { ...process.env, GITHUB_OUTPUT: file }, encoding: 'utf8' });
      if (r.error) throw r.error;
      const norm = (s: string) => s.replace(/ghadelimiter_[0-9a-f-]+/g, 'DELIM');
      return { stdout: norm(r.stdout), output: norm(readFileSync(file, 'utf8')), exitCode: r.status };
    } finally {
      rmSync(entry, { force: true });
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe('toolkit speaks the runner protocol exactly like @actions/core', () => {
  it('writes identical workflow commands and file commands', () => {
    const ours = runWith(path.join(REPO_ROOT, 'src/shared/actions/toolkit.ts'));
    const theirs = runWith('@actions/core');
    expect(ours.exitCode).toBe(1);
    expect(ours.stdout).toBe(theirs.stdout);
    expect(ours.output).toBe(theirs.output);
    expect(ours.stdout).toContain('::warning title=kube_version%3A pinned,file=inventory/a%2Cb.yml,line=12::careful: 50%25 done%0Anext line');
  });
});
