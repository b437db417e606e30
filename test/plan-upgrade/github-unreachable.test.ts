import { describe, expect, it } from 'vitest';
import { errorAnnotations } from '../support/run-action.js';
import { deadPort } from '../support/dead-port.js';
import { planSuite } from './suite.js';

// The plan-upgrade bundle as a runner runs it, with a GitHub API it cannot use: the step fails
// with one error line naming the server, the cause and the fix, and `status` says
// connection-error so a workflow can branch on it. That such causes are not retried is proved
// in test/github/connection-errors.test.ts.
const suite = planSuite('ksu-plan-gh-');

describe('plan-upgrade with a GitHub API it cannot use', () => {
  it('nothing listens at GITHUB_API_URL: status connection-error, one line', async () => {
    const f = await suite.fixture({ tag: 'v2.24.1', target: 'v2.25.1' });
    const api = `http://127.0.0.1:${await deadPort()}`;
    const r = await f.run({}, { GITHUB_API_URL: api });
    expect(r.exitCode, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.status).toBe('connection-error');
    const errors = errorAnnotations(r.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).not.toContain('\n');
    expect(errors[0]).toMatch(new RegExp(`GitHub API at ${api.replace(/\./g, '\\.')}: connection refused \\(nothing listens at that address and port\\); check GITHUB_API_URL`));
    expect(errors[0]).not.toMatch(/this is a bug/);
    // The API is read before the push: no branch is left behind without its pull request.
    expect(f.originRefs()).not.toMatch(/refs\/heads\/kubespray-upgrade\//);
  }, 60_000);

  it('a revoked token (401): status connection-error, the fix names the github-token input', async () => {
    const f = await suite.fixture({ tag: 'v2.24.1', target: 'v2.25.1' });
    const r = await f.run({ 'github-token': 'ghs_revoked_t0ken' });
    expect(r.exitCode, r.stdout + r.stderr).toBe(1);
    expect(r.outputs.status).toBe('connection-error');
    const errors = errorAnnotations(r.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/GitHub API at http:\/\/127\.0\.0\.1:\d+ rejected the token \(401: Bad credentials\)\. Check that the "github-token" input is set/);
    // Only where it is registered as a mask.
    expect((r.stdout + r.stderr).split('\n').filter((l) => l.includes('ghs_revoked_t0ken'))).toEqual(['::add-mask::ghs_revoked_t0ken']);
    expect(f.originRefs()).not.toMatch(/refs\/heads\/kubespray-upgrade\//);
  }, 60_000);
});
