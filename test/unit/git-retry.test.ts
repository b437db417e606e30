import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GitCommandManager } from '../../src/adapters/git/git-command-manager.js';
import { git } from '../support/git.js';
import { makeTempDir } from '../support/tmp.js';

const tmp = makeTempDir('ksu-git-retry-');
afterAll(() => tmp.cleanup());

/**
 * A git that fails its first `failures` network calls the way a dropped connection fails
 * (stderr and exit code as git prints them), then is the real git. Each call is counted.
 */
function flakyGit(name: string, failures: number, message: string): { path: string; calls: () => number } {
  const counter = path.join(tmp.dir, `${name}.count`);
  const script = path.join(tmp.dir, `${name}.sh`);
  writeFileSync(
    script,
    `#!/bin/sh
n=$(cat ${JSON.stringify(counter)} 2>/dev/null || echo 0); n=$((n+1)); echo $n > ${JSON.stringify(counter)}
for a in "$@"; do case "$a" in fetch|ls-remote|push) if [ $n -le ${failures} ]; then echo ${JSON.stringify(message)} >&2; exit 128; fi; break;; esac; done
exec git "$@"
`,
  );
  chmodSync(script, 0o755);
  return { path: script, calls: () => (existsSync(counter) ? Number(readFileSync(counter, 'utf8')) : 0) };
}

function remoteWithTag(): string {
  const dir = path.join(tmp.dir, `remote-${Math.random().toString(36).slice(2)}`);
  git(tmp.dir, ['init', '-q', dir]);
  git(dir, ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'one']);
  git(dir, ['tag', 'v2.24.1']);
  return dir;
}

const fast = { delaysMs: [10, 20] };

describe('git network verbs retry transient failures with backoff', () => {
  it('ls-remote succeeds after two dropped connections', async () => {
    const flaky = flakyGit('reset', 2, 'fatal: unable to access https://example/kubespray.git/: Connection reset by peer');
    const r = await new GitCommandManager(tmp.dir, flaky.path, fast).exec(['ls-remote', '--tags', remoteWithTag()]);
    expect(r.stdout).toContain('refs/tags/v2.24.1');
    expect(flaky.calls()).toBe(3);
  });

  it('gives up after the last retry, with the error of the last attempt', async () => {
    const flaky = flakyGit('always', 99, 'error: RPC failed; HTTP 502 curl 22 The requested URL returned error: 502');
    await expect(new GitCommandManager(tmp.dir, flaky.path, fast).exec(['fetch', remoteWithTag(), 'v2.24.1'])).rejects.toThrow(/exited with 128: error: RPC failed; HTTP 502/);
    expect(flaky.calls()).toBe(3);
  });

  it('does not retry an answer: a missing repository, or a local command', async () => {
    const flaky = flakyGit('answer', 99, "fatal: repository 'https://example/none.git/' not found");
    const r = await new GitCommandManager(tmp.dir, flaky.path, fast).exec(['ls-remote', 'https://example/none.git'], { allowFailure: true });
    expect(r.exitCode).toBe(128);
    expect(flaky.calls()).toBe(1);
    const local = flakyGit('local', 99, 'Connection reset by peer');
    await new GitCommandManager(tmp.dir, local.path, fast).exec(['rev-parse', '--git-common-dir'], { allowFailure: true });
    expect(local.calls()).toBe(1);
  });

  it('never shows credentials of a URL in its error', async () => {
    const e = await new GitCommandManager(tmp.dir, 'git', fast).exec(['ls-remote', 'https://x-access-token:ghs_s3cr3t@127.0.0.1:1/o/r.git']).catch((x: Error) => x);
    expect(String((e as Error).message)).toContain('https://***@127.0.0.1:1/o/r.git');
    expect(String((e as Error).message)).not.toContain('ghs_s3cr3t');
  });
});
