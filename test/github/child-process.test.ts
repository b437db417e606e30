import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../support/paths.js';
import { REPO, TOKEN, startFixture, type Fixture } from './fixtures.js';

let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(() => f.close());

function runChild(env: Record<string, string>): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', path.join(REPO_ROOT, 'test/github/child-helper-script.ts')], {
      cwd: REPO_ROOT,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => (stderr += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 128, stdout, stderr }));
  });
}

describe('the helper in a child process, configured like an action', () => {
  it('finds the API and repository through GITHUB_API_URL and GITHUB_REPOSITORY, and never prints the token', async () => {
    const r = await runChild({ ...f.fake.env(REPO), INPUT_TOKEN: TOKEN, INPUT_HEAD: 'upgrade/v2.25.1' });
    expect(r.code, r.stderr).toBe(0);
    const line = r.stdout.split('\n').find((l) => l.startsWith('RESULT '))!;
    const out = JSON.parse(line.slice(7)) as { base: string; result: { operation: string; number: number }; missing: string };
    expect(out.base).toBe('main');
    expect(out.result).toMatchObject({ operation: 'created', number: 1 });
    expect(out.missing).toMatch(/could not list releases in kubernetes-sigs\/missing: GitHub answered 404/);
    expect(f.fake.repo(REPO).pulls.map((p) => [p.title, p.labels])).toEqual([['From a child', ['upgrade']]]);
    // Octokit's request log reaches the runner log as debug lines...
    expect(r.stdout).toMatch(/::debug::POST \/repos\/platform\/cluster\/pulls - 201/);
    expect(r.stdout).toMatch(/::debug::GET \/repos\/kubernetes-sigs\/missing\/releases\?per_page=100 - 404/);
    // ...and nothing anywhere carries the token.
    expect(r.stdout + r.stderr).not.toContain(TOKEN);
  });
});
