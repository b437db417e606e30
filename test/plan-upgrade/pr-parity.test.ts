import { describe, expect, it, beforeAll } from 'vitest';
import { git } from '../support/git.js';
import { isWrite } from '../support/fake-github/index.js';
import { REPO, TOKEN, type PlanFixture } from './fixture.js';
import { planSuite } from './suite.js';

// create-pull-request parity: assignees, milestone, signoff, the App's bot identity and signed commits.
const suite = planSuite('ksu-parity-');

async function fixture(): Promise<PlanFixture> {
  const f = await suite.fixture({ tag: 'v2.24.1', target: 'v2.25.1', inventoryFromTag: 'v2.23.0' });
  f.fake.repo(REPO).milestones.push({ number: 7, title: 'Kubespray v2.25', state: 'open' });
  return f;
}

const BRANCH = 'refs/heads/kubespray-upgrade/v2.25.1';
const tip = (f: PlanFixture) => git(f.repo.origin, ['rev-parse', BRANCH]).trim();
const verification = async (f: PlanFixture, sha: string) => {
  const res = await fetch(`${f.fake.url}/repos/${REPO}/git/commits/${sha}`, { headers: { authorization: `token ${TOKEN}` } });
  return ((await res.json()) as { verification: { verified: boolean; reason: string } }).verification;
};

describe('sign-commits: true with the GITHUB_TOKEN', () => {
  let signed: PlanFixture;
  let plain: PlanFixture;
  beforeAll(async () => {
    [signed, plain] = await Promise.all([fixture(), fixture()]);
  });

  it('creates the hop commit through the API: verified, the same tree the push path makes, assignees, milestone by title and signoff', async () => {
    const inputs = { 'sign-commits': 'true', signoff: 'true', assignees: 'alice, bob', milestone: 'Kubespray v2.25', dashboard: 'false' };
    const r = await signed.run(inputs);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const p = await plain.run({ signoff: 'true', dashboard: 'false' });
    expect(p.exitCode, p.stdout + p.stderr).toBe(0);
    const head = tip(signed);
    expect(r.outputs['head-sha']).toBe(head);
    expect(await verification(signed, head)).toMatchObject({ verified: true, reason: 'valid' });
    expect(await verification(plain, tip(plain))).toMatchObject({ verified: false });
    // Same content as the local plumbing pushes: real git lists the same entries (gitlink, image files).
    expect(git(signed.repo.origin, ['ls-tree', '-r', head])).toBe(git(plain.repo.origin, ['ls-tree', '-r', tip(plain)]));
    expect(git(signed.repo.origin, ['rev-parse', `${head}^{tree}`]).trim()).toBe(git(plain.repo.origin, ['rev-parse', `${tip(plain)}^{tree}`]).trim());
    expect(git(signed.repo.origin, ['rev-parse', `${head}^`]).trim()).toBe(git(signed.repo.origin, ['rev-parse', 'refs/heads/main']).trim());
    const writes = signed.fake.requests.filter(isWrite).map((q) => `${q.method} ${q.path}`);
    expect(writes.filter((w) => w.includes('/git/'))).toEqual([
      ...writes.filter((w) => w.endsWith('/git/blobs')),
      `POST /repos/${REPO}/git/trees`,
      `POST /repos/${REPO}/git/commits`,
      `POST /repos/${REPO}/git/refs`,
    ]);
    expect(git(signed.repo.origin, ['log', '-1', '--format=%B', head])).toMatch(
      /Kubespray-Upgrade-Target: v2\.25\.1\nSigned-off-by: github-actions\[bot\] <41898282\+github-actions\[bot\]@users\.noreply\.github\.com>\n/,
    );
    const pr = signed.fake.repo(REPO).pulls[0]!;
    expect(pr.assignees).toEqual(['alice', 'bob']);
    expect(pr.milestone).toBe(7);
  });

  it('a rerun recognises the signed commit as its own: unchanged, nothing written', async () => {
    const before = signed.originRefs();
    const count = signed.fake.requests.length;
    const r = await signed.run({ 'sign-commits': 'true', signoff: 'true', assignees: 'alice, bob', milestone: '7', dashboard: 'false' }, { GITHUB_RUN_ID: '4243' });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['pull-request-operation']).toBe('unchanged');
    expect(signed.originRefs()).toBe(before);
    expect(signed.fake.requests.slice(count).filter(isWrite)).toEqual([]);
  });

  it('a moved base regenerates the branch through the API (force-moved from where it was), still verified', async () => {
    git(signed.repo.seed, ['pull', '-q', '--no-rebase', signed.repo.origin, 'main']);
    git(signed.repo.seed, ['commit', '-q', '--allow-empty', '-m', 'base moves']);
    git(signed.repo.seed, ['push', '-q', signed.repo.origin, 'HEAD:refs/heads/main']);
    const old = tip(signed);
    const count = signed.fake.requests.length;
    const r = await signed.run({ 'sign-commits': 'true', assignees: 'carol', dashboard: 'false' });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['pull-request-operation']).toBe('updated');
    const head = tip(signed);
    expect(head).not.toBe(old);
    expect(git(signed.repo.origin, ['rev-parse', `${head}^`]).trim()).toBe(git(signed.repo.origin, ['rev-parse', 'refs/heads/main']).trim());
    expect(await verification(signed, head)).toMatchObject({ verified: true });
    const refWrites = signed.fake.requests.slice(count).filter((q) => q.path.includes('/git/ref'));
    expect(refWrites.map((q) => q.method)).toEqual(['GET', 'PATCH']);
    expect(refWrites[1]!.body).toMatchObject({ force: true });
    // Assignees are added, never removed.
    expect(signed.fake.repo(REPO).pulls[0]!.assignees).toEqual(['alice', 'bob', 'carol']);
  });
});

describe('an App installation token (app-slug)', () => {
  it("commits as the App's bot user, found by GET /users/<slug>[bot], and recognises its commit on a rerun", async () => {
    const f = await fixture();
    Object.assign(f.fake.identity, { login: 'kube-upgrader[bot]', id: 987654 });
    f.fake.state.users.set('kube-upgrader[bot]', 987654);
    const r = await f.run({ 'app-slug': 'kube-upgrader', signoff: 'true', dashboard: 'false' });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const bot = 'kube-upgrader[bot] <987654+kube-upgrader[bot]@users.noreply.github.com>';
    expect(git(f.repo.origin, ['log', '-1', '--format=%an <%ae>|%cn <%ce>', tip(f)]).trim()).toBe(`${bot}|${bot}`);
    expect(git(f.repo.origin, ['log', '-1', '--format=%B', tip(f)])).toContain(`Signed-off-by: ${bot}\n`);
    expect(f.fake.requests.some((q) => decodeURIComponent(q.path) === '/users/kube-upgrader[bot]')).toBe(true);
    const again = await f.run({ 'app-slug': 'kube-upgrader', signoff: 'true', dashboard: 'false' }, { GITHUB_RUN_ID: '4243' });
    expect(again.outputs['pull-request-operation']).toBe('unchanged');
    expect(again.stdout).not.toMatch(/not by this action/);
  });

  it('an unknown slug or milestone, or a malformed assignee, is a configuration error and nothing is pushed', async () => {
    const f = await fixture();
    const before = f.originRefs();
    const slug = await f.run({ 'app-slug': 'no-such-app', dashboard: 'false' });
    expect(slug.exitCode).not.toBe(0);
    expect(slug.outputs.status).toBe('configuration-error');
    expect(slug.stdout + slug.stderr).toMatch(/GitHub has no user no-such-app\[bot\]/);
    const milestone = await f.run({ milestone: 'v9 someday', dashboard: 'false' });
    expect(milestone.outputs.status).toBe('configuration-error');
    expect(milestone.stdout + milestone.stderr).toMatch(/"v9 someday" is neither a milestone number nor the title of an open milestone/);
    const bad = await f.run({ 'app-slug': 'bad slug!', dashboard: 'false' });
    expect(bad.outputs.status).toBe('configuration-error');
    const assignees = await f.run({ assignees: 'alice, not a login!', dashboard: 'false' });
    expect(assignees.outputs.status).toBe('configuration-error');
    expect(assignees.stdout + assignees.stderr).toMatch(/input "assignees" lists "not a login!", which is not a GitHub login/);
    expect(f.originRefs()).toBe(before);
    expect(f.fake.repo(REPO).pulls).toEqual([]);
  });
});
