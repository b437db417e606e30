import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../support/paths.js';

const script = `
import * as core from ${JSON.stringify(path.join(REPO_ROOT, 'src/shared/actions/toolkit.ts'))};
core.setTerminalMode(true);
if (process.env.LOG_TO_STDERR) core.setLogStream('stderr');
await core.group('Phase one', async () => core.info('inside'));
core.warning('pinned', { file: 'inventory/a.yml', startLine: 12, title: 'kube-version-pinned' });
core.notice('no file');
core.error(new Error('boom'));
core.setSecret('s3cret');
core.debug('details');
core.setFailed('failed: reason');
`;

function run(env: NodeJS.ProcessEnv): { stdout: string; stderr: string; status: number | null } {
  const entry = path.join(REPO_ROOT, `.tmp-terminal-mode-${process.pid}-${Math.random().toString(36).slice(2)}.mts`);
  writeFileSync(entry, script);
  try {
    const r = spawnSync(process.execPath, ['--import', 'tsx', entry], { cwd: REPO_ROOT, env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env }, encoding: 'utf8' });
    if (r.error) throw r.error;
    return { stdout: r.stdout, stderr: r.stderr, status: r.status };
  } finally {
    rmSync(entry, { force: true });
  }
}

describe('toolkit terminal mode', () => {
  it('prints headers and plain messages, no workflow commands, no mask, no debug', () => {
    const r = run({});
    expect(r.status).toBe(1);
    expect(r.stdout).toBe('== Phase one\ninside\n');
    expect(r.stderr).toBe(
      'warning: inventory/a.yml:12: kube-version-pinned: pinned\n' + 'notice: no file\n' + 'error: Error: boom\n' + 'error: failed: reason\n',
    );
  });

  it('shows debug with RUNNER_DEBUG=1, and moves the log to stderr on request', () => {
    const r = run({ RUNNER_DEBUG: '1', LOG_TO_STDERR: '1' });
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('== Phase one\ninside\n');
    expect(r.stderr).toContain('debug: details\n');
  });

  it('is ignored on a runner, where workflow commands are understood', () => {
    const r = run({ GITHUB_ACTIONS: 'true' });
    expect(r.stdout).toContain('::group::Phase one\ninside\n::endgroup::\n');
    expect(r.stdout).toContain('::warning title=kube-version-pinned,file=inventory/a.yml,line=12::pinned\n');
    expect(r.stdout).toContain('::add-mask::s3cret\n');
    expect(r.stdout).toContain('::debug::details\n');
    expect(r.stderr).toBe('');
  });
});
