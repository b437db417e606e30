import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { REPO_ROOT } from '../support/paths.js';
import { commandsObeyed } from '../support/runner-commands.js';

const RUNNER = path.join(REPO_ROOT, 'src/adapters/runner/actions-runner.ts');
const FACADE = path.join(REPO_ROOT, 'src/actions/common/toolkit.ts');

// The same calls made through @actions/core and through the runner adapter must leave the same
// stdout and GITHUB_OUTPUT bytes (modulo the random heredoc delimiter) for ordinary text.
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

function runScript(source: string, env: NodeJS.ProcessEnv = {}): { stdout: string; output: string; exitCode: number | null } {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ksu-toolkit-'));
  try {
    const file = path.join(dir, 'out');
    writeFileSync(file, '');
    const entry = path.join(REPO_ROOT, `.tmp-toolkit-${process.pid}-${Math.random().toString(36).slice(2)}.mts`);
    writeFileSync(entry, source);
    try {
      const r = spawnSync(process.execPath, ['--import', 'tsx', entry], { cwd: REPO_ROOT, env: { ...process.env, GITHUB_OUTPUT: file, ...env }, encoding: 'utf8' });
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

describe('runner adapter speaks the runner protocol through @actions/core', () => {
  it('writes exactly what @actions/core writes for ordinary text, through the adapter and the old facade', () => {
    const theirs = runScript(script('@actions/core'));
    for (const ours of [runScript(script(RUNNER)), runScript(script(FACADE))]) {
      expect(ours.exitCode).toBe(1);
      expect(ours.stdout).toBe(theirs.stdout);
      expect(ours.output).toBe(theirs.output);
    }
    expect(theirs.stdout).toContain('::warning title=kube_version%3A pinned,file=inventory/a%2Cb.yml,line=12::careful: 50%25 done%0Anext line');
    expect(commandsObeyed(theirs.stdout).map((c) => c.name)).toEqual(['warning', 'error', 'notice', 'group', 'endgroup', 'add-mask', 'error']);
  });
});

// Text an attacker can shape: release notes, tag names, inventory values, API fields.
const HOSTILE = [
  '::add-mask::v1.29.5',
  '  ::error file=x::forged',
  'fine\n::stop-commands::abc\n::warning::after a stop I choose',
  'carriage\r::set-env name=A::b',
  'legacy ##[add-mask]secret in the middle',
  '%0A::debug::encoded',
  '::endgroup::',
];

describe('untrusted text never becomes a workflow command', () => {
  it.each(HOSTILE)('info(%j): the runner obeys only the fence, and the text is still printed whole', (text) => {
    const r = runScript(`import * as core from ${JSON.stringify(RUNNER)};\ncore.info(${JSON.stringify(text)});\n`);
    const obeyed = commandsObeyed(r.stdout);
    expect(obeyed.filter((c) => c.name !== 'stop-commands')).toEqual([]);
    expect(r.stdout).toContain(text);
  });

  it('debug, notice, annotations and group titles carry hostile text as escaped data only', () => {
    const lines = HOSTILE.map((t) => JSON.stringify(t));
    const r = runScript(
      `import * as core from ${JSON.stringify(RUNNER)};\n` +
        lines.map((t) => `core.debug(${t}); core.notice(${t}); core.warning(${t}, { title: ${t}, file: ${t} }); core.startGroup(${t}); core.endGroup();`).join('\n'),
      { RUNNER_DEBUG: '1' },
    );
    const names = new Set(commandsObeyed(r.stdout).map((c) => c.name));
    expect([...names].sort()).toEqual(['debug', 'endgroup', 'group', 'notice', 'warning']);
  });

  it('the check can fail: the same text written raw is obeyed', () => {
    const r = runScript(`process.stdout.write(${JSON.stringify(HOSTILE.join('\n') + '\n')});`);
    expect(commandsObeyed(r.stdout).map((c) => c.name)).toEqual(['add-mask', 'error', 'stop-commands']);
  });
});
