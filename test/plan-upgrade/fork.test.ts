/**
 * plan-upgrade on a cluster repo whose Kubespray submodule is the acme-platform fork (see
 * test/support/kubespray-fork.ts), on the data set's real Kubespray history: the hop to an
 * upstream release drops the fork's commits (an error hazard listing them, hostile subjects
 * inert), the compare link is the fork's, and follow-fork-tags hops to the fork's own tag.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { UpgradeReport } from '../../src/core/knowledge/upgrade-report-types.js';
import { buildKubesprayUpstream, commitTree, createTag, publish, readDataTags, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { KUBESPRAY_DATA } from '../support/paths.js';
import { ACME_FORK_URL, buildAcmeFork, buildKubesprayFork, HOSTILE_SUBJECTS, insteadOf, UPSTREAM_KUBESPRAY_URL, type KubesprayFork } from '../support/kubespray-fork.js';
import { git } from '../support/git.js';
import { makeTempDir } from '../support/tmp.js';
import { forgedCommands } from '../support/runner-commands.js';
import { planFixture, REPO, setBranchLine, TOKEN, type PlanFixture } from './fixture.js';
import { startFakeGitHub } from '../support/fake-github/index.js';
import { runAction } from '../support/run-action.js';

const tmp = makeTempDir('ksu-plan-fork-');
let upstream: KubesprayUpstream;
let fork: KubesprayFork;
let f: PlanFixture;
const saved = { ...process.env };
const extra: PlanFixture[] = [];

beforeAll(async () => {
  upstream = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: ['v2.26.0', 'v2.27.0', 'v2.27.1'] });
  fork = buildAcmeFork(tmp.dir, upstream);
  Object.assign(process.env, fork.env);
  f = await planFixture(path.join(tmp.dir, 'cluster'), { ...upstream, url: ACME_FORK_URL }, { tag: fork.tag, target: 'v2.27.1' });
});
afterAll(async () => {
  await f?.close();
  await Promise.all(extra.map((x) => x.close()));
  for (const k of Object.keys(fork?.env ?? {})) if (!(k in saved)) delete process.env[k];
  tmp.cleanup();
});

const bodyOf = (summaryPath: string) => readFileSync(summaryPath, 'utf8');

describe('plan-upgrade on a fork', () => {
  it('the hop to upstream v2.27.1 is planned with an error hazard naming the 3 fork commits it drops, and the fork compare link', async () => {
    const r = await f.run({ 'dry-run': 'true' }, fork.env as Record<string, string>);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8')) as UpgradeReport;
    expect(report.from).toBe('v2.26.0');
    expect(report.to).toBe('v2.27.1');
    // The title, commit and branch name what is really pinned: the fork's tag, not the base it is read as.
    expect(r.stdout).toContain('not opening "Bump Kubespray from v2.26.0-acme.1 (fork of v2.26.0) to v2.27.1');
    expect(r.outputs.branch).toBe('kubespray-upgrade/v2.26.0-acme.1-to-v2.27.1');
    expect(git(f.checkout, ['log', '-1', '--format=%s', r.outputs['head-sha']!]).trim()).toBe('Bump Kubespray from v2.26.0-acme.1 (fork of v2.26.0) to v2.27.1');
    expect(report.fork).toMatchObject({ repository: 'github.com/acme-platform/kubespray', pinned: 'v2.26.0-acme.1', baseVersion: 'v2.26.0', ownCommits: 3, followTags: false, dropped: { count: 3 } });
    // The fork has v2.27.1's commit (its v2.27.1-acme.1 is built on it) but no ref at it: served by id only, a warning.
    expect(report.fork!.targetOnFork).toBe('by-id');
    const lacks = report.hazards.find((h) => h.id === 'fork-lacks-target');
    expect(lacks?.severity).toBe('warning');
    expect(lacks?.message).toContain('git push <fork remote> v2.27.1');
    const hazard = report.hazards.find((h) => h.id === 'fork-commits-dropped');
    expect(hazard?.severity).toBe('error');
    expect(hazard?.message).toContain('drops 3 commit(s) of the fork github.com/acme-platform/kubespray that are on v2.26.0-acme.1 but not in v2.27.1');
    // The pin is the fork's commit by design: no "not at the from tag" divergence on top of the fork hazard.
    expect(report.hazards.map((h) => h.id)).not.toContain('local-divergence');
    const body = bodyOf(r.outputs['summary-path']!);
    expect(body).toContain('`fork-commits-dropped`');
    expect(body).toContain('`Pull images through the site registry mirror`');
    expect(body).toContain('https://github.com/acme-platform/kubespray/compare/v2.26.0-acme.1...kubernetes-sigs:kubespray:v2.27.1');
    expect(body).not.toContain('kubernetes-sigs/kubespray/compare/');
    // The hostile subjects: inside code spans (the pipe escaped for the table cell), nowhere else.
    expect(body).toContain(`\`\` ${HOSTILE_SUBJECTS[1]!.replace('|', '\\|')} \`\``);
    expect(body.split('<img').length).toBe(2);
    expect(forgedCommands(r.stdout)).toEqual([]);
    // The submodule moves to upstream's v2.27.1 commit.
    expect(git(f.checkout, ['ls-tree', r.outputs['head-sha']!, 'kubespray']).split(/\s+/)[2]).toBe(upstream.commits.get('v2.27.1'));
  });

  it("follow-fork-tags moves the submodule to v2.27.1-acme.1, which keeps the fork's commits, studying the fork's own trees", async () => {
    const r = await f.run({ 'dry-run': 'true', 'target-version': 'v2.27.1-acme.1', 'follow-fork-tags': 'true' }, fork.env as Record<string, string>);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8')) as UpgradeReport;
    expect([report.from, report.to]).toEqual(['v2.26.0-acme.1', 'v2.27.1-acme.1']);
    expect(report.hazards.map((h) => h.id)).not.toContain('fork-commits-dropped');
    expect(git(f.checkout, ['ls-tree', r.outputs['head-sha']!, 'kubespray']).split(/\s+/)[2]).toBe(fork.commits.get('v2.27.1-acme.1'));
    expect(bodyOf(r.outputs['summary-path']!)).toContain('https://github.com/acme-platform/kubespray/compare/v2.26.0-acme.1...v2.27.1-acme.1');
  });

  it('follow-fork-tags refuses an upstream release as the target: the candidates are the fork tags', async () => {
    const r = await f.run({ 'dry-run': 'true', 'follow-fork-tags': 'true' }, fork.env as Record<string, string>);
    expect(r.exitCode).not.toBe(0);
    expect(r.outputs.status).toBe('configuration-error');
    expect(r.stdout).toContain('target-version v2.27.1 is not a tag of');
  });
});

/** A fork that never synced past v2.26.0: the upstream v2.27.1 commit is nowhere on its remote. */
function globexFork(): KubesprayFork {
  const g = buildKubesprayFork(path.join(tmp.dir, 'globex'), upstream, {
    publicUrl: GLOBEX_URL,
    baseTag: 'v2.26.0',
    suffix: 'globex.2',
    commits: [{ subject: 'Site CA bundle', files: { 'roles/kubespray-defaults/defaults/main/globex.yml': 'ca_bundle: /etc/globex/ca.pem\n' } }],
    carryUpstreamTagsUpTo: 'v2.26.0',
  });
  // The acme rewrites stay too: the other tests' fixtures are built through the same process-wide config.
  g.env = insteadOf(path.join(tmp.dir, 'globex.gitconfig'), { [GLOBEX_URL]: `file://${g.bare}`, [ACME_FORK_URL]: `file://${fork.bare}`, [UPSTREAM_KUBESPRAY_URL]: upstream.url });
  return g;
}
const GLOBEX_URL = 'https://github.com/globex-infra/kubespray.git';
const INITECH_URL = 'https://github.com/initech/kubespray.git';

describe('plan-upgrade on a fork: the target on the fork, .gitmodules, branches, release notes', () => {
  it("a fork that lacks the target commit gets an error hazard with the fix (push upstream's tag to the fork)", async () => {
    const g = globexFork();
    Object.assign(process.env, g.env);
    const gx = await planFixture(path.join(tmp.dir, 'globex-cluster'), { ...upstream, url: GLOBEX_URL }, { tag: g.tag, target: 'v2.27.1' });
    extra.push(gx);
    const r = await gx.run({ 'dry-run': 'true' }, g.env as Record<string, string>);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8')) as UpgradeReport;
    expect(report.fork?.targetOnFork).toBe('missing');
    const lacks = report.hazards.find((h) => h.id === 'fork-lacks-target');
    expect(lacks?.severity).toBe('error');
    expect(lacks?.file).toBe('kubespray');
    expect(lacks?.message).toContain(`The fork github.com/globex-infra/kubespray does not have v2.27.1 (${upstream.commits.get('v2.27.1')!.slice(0, 12)})`);
    expect(lacks?.message).toContain('git fetch https://github.com/kubernetes-sigs/kubespray.git tag v2.27.1 && git push <fork remote> v2.27.1');
    expect(readFileSync(r.outputs['summary-path']!, 'utf8')).toContain('`fork-lacks-target`');
    expect(r.outputs.branch).toBe('kubespray-upgrade/v2.26.0-globex.2-to-v2.27.1');
  });

  it('a .gitmodules branch = <fork tag> moves to the upstream target; a fork branch is kept and the PR says why', async () => {
    const bx = await planFixture(path.join(tmp.dir, 'branch-cluster'), { ...upstream, url: ACME_FORK_URL }, { tag: fork.tag, target: 'v2.27.1' });
    extra.push(bx);
    setBranchLine(bx, 'v2.26.0-acme.1');
    let r = await bx.run({ 'dry-run': 'true' }, fork.env as Record<string, string>);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const moved = git(bx.checkout, ['show', `${r.outputs['head-sha']}:.gitmodules`]);
    expect(moved).toContain('branch = v2.27.1');
    expect(moved).not.toContain('branch = v2.26.0-acme.1');
    expect(readFileSync(r.outputs['summary-path']!, 'utf8')).toMatch(/`\.gitmodules:\d+` \| submodule branch/);

    setBranchLine(bx, 'work');
    r = await bx.run({ 'dry-run': 'true' }, fork.env as Record<string, string>);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(git(bx.checkout, ['show', `${r.outputs['head-sha']}:.gitmodules`])).toContain('branch = work');
    const body = readFileSync(r.outputs['summary-path']!, 'utf8');
    expect(body).toContain('sets branch = `work` for the submodule: it names a branch, not the pinned tag v2.26.0-acme.1 or v2.26.0');
    expect(body).toContain("The submodule is the fork github.com/acme-platform/kubespray, and this hop pins upstream's v2.27.1");
  });

  it('the fork-pin branch is stable across reruns and a newer patch of the same hop supersedes it', async () => {
    // Upstream has released only v2.27.0 so far; v2.27.1 comes between two scheduled runs.
    const up = buildKubesprayUpstream(path.join(tmp.dir, 'up-later'), { tags: ['v2.26.0', 'v2.27.0'] });
    const initech = buildKubesprayFork(path.join(tmp.dir, 'initech'), up, {
      publicUrl: INITECH_URL, baseTag: 'v2.26.0', suffix: 'initech.1', carryUpstreamTagsUpTo: 'v2.26.0',
      commits: [{ subject: 'Proxy settings for the lab', files: { 'initech/PROXY': 'http://proxy.initech.example:3128\n' } }],
    });
    const env = { ...insteadOf(path.join(tmp.dir, 'initech.gitconfig'), { [INITECH_URL]: `file://${initech.bare}`, [ACME_FORK_URL]: `file://${fork.bare}` }) } as Record<string, string>;
    Object.assign(process.env, env);
    const px = await planFixture(path.join(tmp.dir, 'pr-cluster'), { ...up, url: INITECH_URL }, { tag: initech.tag, target: 'v2.27.0' });
    extra.push(px);
    const plan = (target: string) => px.run({ 'target-version': target, 'kubespray-repository': up.url }, env);
    let r = await plan('v2.27.0');
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['pull-request-operation']).toBe('created');
    const old = px.fake.repo(REPO).pulls[0]!;
    expect(old.head).toBe('kubespray-upgrade/v2.26.0-initech.1-to-v2.27.0');
    expect(old.title).toBe('Bump Kubespray from v2.26.0-initech.1 (fork of v2.26.0) to v2.27.0');
    const firstBody = readFileSync(r.outputs['summary-path']!, 'utf8');
    r = await plan('v2.27.0');
    expect(readFileSync(r.outputs['summary-path']!, 'utf8')).toBe(firstBody);
    expect(r.outputs['pull-request-operation']).toBe('unchanged');
    expect(px.fake.repo(REPO).pulls).toHaveLength(1);

    const date = readDataTags().find((t) => t.tag === 'v2.27.1')!.date;
    commitTree(up.work, path.join(KUBESPRAY_DATA, 'tags', 'v2.27.1'), 'Release v2.27.1', date);
    createTag(up.work, 'v2.27.1', false, date);
    publish(up);
    r = await plan('v2.27.1');
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(JSON.parse(r.outputs['superseded-pull-requests']!)).toMatchObject([{ number: old.number, branch: 'kubespray-upgrade/v2.26.0-initech.1-to-v2.27.0', operation: 'closed' }]);
    expect(old.state).toBe('closed');
    expect(px.fake.repo(REPO).pulls.find((p) => p.state === 'open')!.head).toBe('kubespray-upgrade/v2.26.0-initech.1-to-v2.27.1');
  });

  it("follow-fork-tags reads the fork's own releases on the run's GitHub host, and says when the fork has none", async () => {
    const fake = await startFakeGitHub({
      token: TOKEN,
      repos: [
        { fullName: REPO, gitDir: f.repo.origin },
        { fullName: 'kubernetes-sigs/kubespray', releases: [{ tagName: 'v2.27.1', body: 'UPSTREAM-NOTES-v2.27.1' }] },
        { fullName: 'acme-platform/kubespray', releases: [{ tagName: 'v2.27.1-acme.1', body: 'ACME-NOTES: mirror patch re-applied' }] },
      ],
    });
    const run = (serverUrl: string) =>
      runAction('plan-upgrade', { path: f.checkout, 'target-version': 'v2.27.1-acme.1', 'follow-fork-tags': 'true', 'dry-run': 'true', 'github-token': TOKEN, 'kubespray-github-repository': 'kubernetes-sigs/kubespray' }, {
        cwd: f.checkout,
        env: { ...fake.env(REPO), GITHUB_SERVER_URL: serverUrl, RUNNER_TEMP: path.join(tmp.dir, 'notes-temp'), ...(fork.env as Record<string, string>) },
      });
    try {
      let r = await run('https://github.com');
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      let body = readFileSync(r.outputs['summary-path']!, 'utf8');
      expect(body).toContain('ACME-NOTES: mirror patch re-applied');
      expect(body).not.toContain('UPSTREAM-NOTES');
      expect(body).toContain('https://github.com/acme-platform/kubespray/releases/tag/v2.27.1-acme.1');

      fake.repo('acme-platform/kubespray').releases.length = 0;
      r = await run('https://github.com');
      body = readFileSync(r.outputs['summary-path']!, 'utf8');
      expect(body).toContain("The fork `github.com/acme-platform/kubespray` has no GitHub release for `v2.27.1-acme.1`; it is built on upstream's [v2.27.1](https://github.com/kubernetes-sigs/kubespray/releases/tag/v2.27.1).");
      expect(body).not.toContain('No GitHub release was found');

      // On another GitHub host the token cannot read the fork's releases: said, not read as "no release".
      r = await run('https://github.example');
      body = readFileSync(r.outputs['summary-path']!, 'utf8');
      expect(body).toContain("Release notes were not fetched: the fork github.com/acme-platform/kubespray is not on this run's GitHub host (github.example)");
      expect(body).not.toContain('has no GitHub release');
    } finally {
      await fake.close();
    }
  });
});
