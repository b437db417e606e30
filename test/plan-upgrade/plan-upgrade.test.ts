import { beforeAll, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { git } from '../support/git.js';
import { errorAnnotations } from '../support/run-action.js';
import { isWrite, overlapping } from '../support/fake-github/index.js';
import { pushHumanCommit, releaseSeeds, REPO, TOKEN, type PlanFixture } from './fixture.js';
import { planSuite } from './suite.js';
import { mermaidBlocks, parseMermaid, type Flowchart } from '../support/mermaid-check.js';

const suite = planSuite('ksu-plan-');
const tmp = { dir: suite.dir };
let n = 0;
const fixture = suite.fixture;

const show = (repoDir: string, rev: string, file: string) => git(repoDir, ['show', `${rev}:${file}`]);

describe('plan-upgrade opens one PR per hop', () => {
  let f: PlanFixture;
  beforeAll(async () => {
    f = await fixture({ tag: 'v2.24.1', target: 'v2.25.1', inventoryFromTag: 'v2.23.0' });
  });

  it('creates the branch and the PR: submodule, Containerfile and scripts move together', async () => {
    const r = await f.run({ labels: 'kubespray-upgrade', reviewers: 'alice' });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['pull-request-operation']).toBe('created');
    expect(r.outputs.branch).toBe('kubespray-upgrade/v2.25.1');
    const head = git(f.repo.origin, ['rev-parse', 'refs/heads/kubespray-upgrade/v2.25.1']).trim();
    expect(r.outputs['head-sha']).toBe(head);
    // The gitlink is the real target tag commit of the upstream.
    expect(git(f.repo.origin, ['ls-tree', head, 'kubespray'])).toContain(suite.upstream().commits.get('v2.25.1'));
    expect(show(f.repo.origin, head, 'images/kubespray/Containerfile')).toContain('FROM quay.io/kubespray/kubespray:v2.25.1\n');
    expect(show(f.repo.origin, head, 'images/kubespray/build')).toContain('registry.example.com/platform/kubespray:v2.25.1-1');
    expect(show(f.repo.origin, head, 'create-cluster')).toContain('kubespray:v2.25.1-1');
    // One commit on top of main, by the bot, with the trailer.
    expect(git(f.repo.origin, ['rev-parse', `${head}^`]).trim()).toBe(git(f.repo.origin, ['rev-parse', 'refs/heads/main']).trim());
    expect(git(f.repo.origin, ['log', '-1', '--format=%cn|%B', head])).toMatch(/^github-actions\[bot\]\|Bump Kubespray from v2.24.1 to v2.25.1[\s\S]*Kubespray-Upgrade-Target: v2.25.1/);

    const pulls = f.fake.repo(REPO).pulls;
    expect(pulls).toHaveLength(1);
    const pr = pulls[0]!;
    expect(pr.title).toBe('Bump Kubespray from v2.24.1 to v2.25.1');
    expect(pr.labels).toEqual(['kubespray-upgrade']);
    expect(pr.requestedReviewers).toEqual(['alice']);
    expect(r.outputs['pull-request-number']).toBe(String(pr.number));
    const body = pr.body!;
    // Hazards first, then components with changelog links, drift, files, notes, compare, checklist.
    const order = ['### Points of interest', '### Components', '### Files changed by this PR', '### Inventory drift', '### Kubespray release notes', '### Compare', '### Checklist'];
    const at = order.map((h) => body.indexOf(h));
    expect(at.every((i) => i >= 0), body.slice(0, 3000)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
    expect(body).toContain('https://github.example/kubernetes-sigs/kubespray/compare/v2.24.1...v2.25.1');
    expect(body).toMatch(/\| Kubernetes \| `v1\.28\.6` \| `v1\.29\.\d+` \|/);
    expect(body).toContain('https://github.com/kubernetes/kubernetes/blob/master/CHANGELOG/CHANGELOG-1.29.md#v129');
    for (const tag of ['v2.24.2', 'v2.24.3', 'v2.25.0', 'v2.25.1']) expect(body).toContain(`#### [${tag}](https://github.com/kubernetes-sigs/kubespray/releases/tag/${tag})\n\n<details>`);
    expect(body).not.toContain('#### [v2.24.1]');
    // The upgrade path diagram parses: current, this hop, and every later minor to the newest data tag.
    const [flow] = mermaidBlocks(body).map(parseMermaid) as Flowchart[];
    const labels = [...flow!.nodes.values()];
    expect(labels[0]).toBe('v2.24.1 (current)');
    expect(labels[1]).toMatch(/^v2\.25\.1 \(this PR\): \d+ (error|warning)/);
    // The next three later hops are fetched and marked from their tags; the ones after say they were not studied.
    expect(labels[2]).toMatch(/^v2\.26\.1(: |$)/);
    expect(labels[2]).not.toContain('not studied');
    // The inventory (from v2.23.0's sample) pins kube_version v1.27.5, which v2.25.1 still installs but no later tag does.
    expect(labels.slice(2, 5)).toEqual(['v2.26.1', 'v2.27.1', 'v2.28.1'].map((t) => `${t}: cannot install the pinned kube_version v1.27.5`));
    expect(labels.at(-1)).toBe('v2.31.0 (latest): not studied');
    expect(body).toContain('no hazard shown does not mean none');
    expect(flow!.edges).toHaveLength(labels.length - 1);
    // Provenance: the suite version and the run that made it.
    expect(body).toMatch(/Made by kubespray-upgrade-actions \d+\.\d+\.\d+ from base commit [0-9a-f]{12} in \[this run\]\(https:\/\/github\.example\/platform\/cluster\/actions\/runs\/4242\)/);
    // Nobody is pinged, nothing cross-links.
    expect(body).not.toMatch(/(^|[^`\w])@someone\b/);
    expect(body).not.toMatch(/(^|\s)#1234\b/);
    // The inventory pins kube_version (copied from the v2.23.0 sample): a hazard with file:line.
    expect(body).toMatch(/kube-version-pinned.*inventory\/mycluster\/group_vars\/k8s_cluster\/k8s-cluster\.yml:\d+/);
    // ... linked to that line in the hop commit.
    expect(body).toMatch(new RegExp(`\\]\\(https://github\\.example/platform/cluster/blob/${head}/inventory/mycluster/group_vars/k8s_cluster/k8s-cluster\\.yml#L\\d+\\)`));
    expect(r.stdout).toMatch(/::(warning|error) [^:]*file=inventory\/mycluster\/group_vars\/k8s_cluster\/k8s-cluster\.yml,line=\d+/);
    // Report and summary files, and the job summary.
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8'));
    expect(report.from).toBe('v2.24.1');
    expect(report.to).toBe('v2.25.1');
    expect(r.summary).toContain('**created**');
    // The runner swallows ::add-mask:: and masks that value everywhere else; nothing else may carry it.
    const visible = (r.stdout + r.stderr).split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n');
    expect(visible).not.toContain(TOKEN);
    expect(r.stdout).toContain(`::add-mask::${TOKEN}`);
    // The fleet dashboard issue: created once, with this PR and the hazard count.
    const dashboards = f.fake.repo(REPO).issues;
    expect(dashboards).toHaveLength(1);
    expect(dashboards[0]!.labels).toEqual(['kubespray-upgrade-dashboard']);
    expect(r.outputs['dashboard-issue-number']).toBe(String(dashboards[0]!.number));
    const row = dashboards[0]!.body!.split('\n').find((l) => l.startsWith('| `mycluster`'))!;
    expect(row).toContain(`[#${pr.number}](https://github.com/${REPO}/pull/${pr.number}) → \`v2.25.1\``);
    expect(row).toMatch(/\| `v2\.24\.1` \/ not reported \|/);
    expect(row).toMatch(/\| [1-9]\d* \|$/);
    // Request budget for a create, dashboard included.
    const api = f.fake.requests.length;
    expect(api).toBeLessThanOrEqual(8);
    expect(overlapping(f.fake.requests.filter(isWrite))).toEqual([]);
  });

  it('a rerun with nothing new is unchanged, pushes nothing, leaves the dashboard as it was and costs at most 4 requests', async () => {
    const dashboard = f.fake.repo(REPO).issues[0]!;
    const dashboardBefore = { body: dashboard.body, updatedAt: dashboard.updatedAt };
    const before = f.originRefs();
    const count = f.fake.requests.length;
    // Another run: only the footer's run link differs, which is no reason to write.
    const r = await f.run({ labels: 'kubespray-upgrade', reviewers: 'alice' }, { GITHUB_RUN_ID: '4243' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['pull-request-operation']).toBe('unchanged');
    expect(f.originRefs()).toBe(before);
    expect(f.fake.requests.length - count).toBeLessThanOrEqual(4);
    expect(f.fake.requests.slice(count).filter(isWrite).map((q) => `${q.method} ${q.path}`)).toEqual([]);
    expect({ body: dashboard.body, updatedAt: dashboard.updatedAt }).toEqual(dashboardBefore);
    expect(f.fake.repo(REPO).pulls).toHaveLength(1);
  });

  it('regenerates the branch on a moved base: updated, same PR', async () => {
    git(f.repo.seed, ['pull', '-q', '--no-rebase', f.repo.origin, 'main']);
    writeFileSync(path.join(f.repo.seed, 'NOTES.md'), 'moved\n');
    git(f.repo.seed, ['add', 'NOTES.md']);
    git(f.repo.seed, ['commit', '-q', '-m', 'base moves']);
    git(f.repo.seed, ['push', '-q', f.repo.origin, 'HEAD:refs/heads/main']);
    const r = await f.run();
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['pull-request-operation']).toBe('updated');
    const head = git(f.repo.origin, ['rev-parse', 'refs/heads/kubespray-upgrade/v2.25.1']).trim();
    expect(git(f.repo.origin, ['rev-parse', `${head}^`]).trim()).toBe(git(f.repo.origin, ['rev-parse', 'refs/heads/main']).trim());
    expect(show(f.repo.origin, head, 'NOTES.md')).toBe('moved\n');
    expect(f.fake.repo(REPO).pulls.filter((p) => p.state === 'open')).toHaveLength(1);
  });

  it('never force-overwrites somebody else\'s commit on the hop branch', async () => {
    const tip = pushHumanCommit(f, path.join(tmp.dir, `foreign${n++}`), 'kubespray-upgrade/v2.25.1');
    const r = await f.run();
    expect(r.exitCode, r.stdout).toBe(0);
    expect(git(f.repo.origin, ['rev-parse', 'refs/heads/kubespray-upgrade/v2.25.1']).trim()).toBe(tip);
    expect(r.stdout).toMatch(/::warning::kubespray-upgrade\/v2\.25\.1: the branch tip \w+ was committed by Alice <alice@example.com>/);
  });
});

describe('crash between push and PR creation', () => {
  it('a rerun creates the PR on the existing branch, not a second branch', async () => {
    const f = await fixture({ tag: 'v2.26.0', target: 'v2.27.1' });
    f.fake.identity.canCreatePullRequests = false;
    let r = await f.run();
    expect(r.exitCode).toBe(1);
    expect(errorAnnotations(r.stdout).join('\n')).toMatch(/not permitted to create or approve pull requests/);
    const pushed = git(f.repo.origin, ['rev-parse', 'refs/heads/kubespray-upgrade/v2.27.1']).trim();
    f.fake.identity.canCreatePullRequests = true;
    r = await f.run();
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['pull-request-operation']).toBe('created');
    expect(git(f.repo.origin, ['rev-parse', 'refs/heads/kubespray-upgrade/v2.27.1']).trim()).toBe(pushed);
    expect(git(f.repo.origin, ['for-each-ref', 'refs/heads']).split('\n').filter(Boolean)).toHaveLength(2);
  });
});

describe('hostile and oversized release notes', () => {
  it('keeps the body under 65,536 characters with links to the full notes, and neutralises mentions and comments', async () => {
    const huge = (tag: string) =>
      `<!-- hidden @admin ping -->\n## ${tag}\n\ncc @kubernetes-sigs/maintainers and @everyone, fixes #999 and kubernetes-sigs/kubespray#1000\n\n` +
      'x'.repeat(200 * 1024);
    const f = await fixture({ tag: 'v2.27.1', target: 'v2.28.1', releases: releaseSeeds(huge) });
    const r = await f.run();
    expect(r.exitCode, r.stdout).toBe(0);
    const body = f.fake.repo(REPO).pulls[0]!.body!;
    expect(body.length).toBeLessThanOrEqual(65_536);
    expect(body).not.toContain('<!-- hidden');
    expect(body).not.toMatch(/(^|[^`\w])@everyone\b/);
    expect(body).not.toMatch(/(^|[^`\w])@kubernetes-sigs\/maintainers\b/);
    expect(body).not.toMatch(/(^|\s)#999\b/);
    expect(body).toMatch(/\[Full release notes for v2\.28\.1\]\(/);
    // The job summary keeps much more than the PR body, but stays under 1 MiB.
    expect(r.summary.length).toBeGreaterThan(body.length);
    expect(Buffer.byteLength(r.summary)).toBeLessThan(1024 * 1024);
  });
});

describe('bad input is refused and nothing is pushed', () => {
  let f: PlanFixture;
  beforeAll(async () => {
    f = await fixture({ tag: 'v2.24.1', target: 'v2.25.1' });
  });

  const refuse = async (inputs: Record<string, string>, pattern: RegExp, env: Record<string, string> = {}) => {
    const before = f.originRefs();
    const r = await f.run(inputs, env);
    expect(r.exitCode, r.stdout).toBe(1);
    expect(errorAnnotations(r.stdout).join('\n')).toMatch(pattern);
    expect(f.originRefs()).toBe(before);
    expect(f.fake.requests.filter(isWrite)).toEqual([]);
  };

  it('a target that is not a tag', () => refuse({ 'target-version': 'v2.25.9' }, /v2\.25\.9 is not a tag of/));
  it('a target that is not a version', () => refuse({ 'target-version': 'main' }, /"main" is not a release tag/));
  it('a skipped minor', () => refuse({ 'target-version': 'v2.26.1' }, /skips the v2\.25 line/));
  it('a regression', () => refuse({ 'target-version': 'v2.23.3' }, /older than the current v2\.24\.1/));
  it('a lower patch than the hop', () => refuse({ 'target-version': 'v2.25.0' }, /next hop is v2\.25\.1/));
  it('a branch prefix git cannot use', () => refuse({ 'target-version': 'v2.25.1', 'branch-prefix': 'upgrade..to/' }, /branch-prefix "upgrade\.\.to\/" does not make a valid git branch name/));
  it('a missing token', () => refuse({ 'target-version': 'v2.25.1', 'github-token': '' }, /"github-token" is empty/));
  it('an unknown config key', async () => {
    mkdirSync(path.join(f.checkout, 'cfg'), { recursive: true });
    writeFileSync(path.join(f.checkout, 'cfg', 'c.yml'), 'pull-request:\n  lables: [x]\n');
    await refuse({ 'target-version': 'v2.25.1', config: 'cfg/c.yml' }, /cfg\/c\.yml:2: unknown key "lables".*did you mean "labels"/);
  });
  it('a dirty work tree', async () => {
    writeFileSync(path.join(f.checkout, 'images/kubespray/Containerfile'), 'FROM scratch\n');
    try {
      await refuse({ 'target-version': 'v2.25.1' }, /uncommitted changes/);
    } finally {
      git(f.checkout, ['checkout', '--', 'images/kubespray/Containerfile']);
    }
  });
});

describe('dry-run', () => {
  it('does everything except the push and API writes, and prints the body', async () => {
    const f = await fixture({ tag: 'v2.28.0', target: 'v2.29.1' });
    const before = f.originRefs();
    const r = await f.run({ 'target-version': 'v2.29.1', 'dry-run': 'true' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['pull-request-operation']).toBe('none');
    expect(r.outputs['pull-request-number']).toBe('');
    // Printed to the log once, and in the job summary.
    expect(r.stdout.split('## Kubespray `v2.28.0` → `v2.29.1`')).toHaveLength(2);
    expect(r.summary).toContain('## Kubespray `v2.28.0` → `v2.29.1`');
    expect(f.originRefs()).toBe(before);
    expect(f.fake.requests.filter(isWrite)).toEqual([]);
  });
});

describe('update-pinned-versions', () => {
  it('rewrites the pinned kube_version line only, keeping every other byte', async () => {
    const f = await fixture({ tag: 'v2.24.1', target: 'v2.25.1', inventoryFromTag: 'v2.23.0' });
    const file = 'inventory/mycluster/group_vars/k8s_cluster/k8s-cluster.yml';
    const original = show(f.repo.origin, 'main', file).split('\n');
    const pinLine = original.findIndex((l) => /^kube_version: v1\.27\.5$/.test(l));
    expect(pinLine).toBeGreaterThan(0);
    const r = await f.run({ 'update-pinned-versions': 'true' });
    expect(r.exitCode, r.stdout).toBe(0);
    const after = show(f.repo.origin, r.outputs['head-sha']!, file).split('\n');
    expect(after.length).toBe(original.length);
    const changed = after.map((l, i) => (l === original[i] ? -1 : i)).filter((i) => i >= 0);
    expect(changed).toEqual([pinLine]);
    // The new value must be a Kubernetes version v2.25.1 ships a kubelet checksum for.
    const m = /^kube_version: (v1\.\d+\.\d+)$/.exec(after[pinLine]!);
    expect(m).not.toBeNull();
    const checksums = readFileSync(path.join(process.env.KUBESPRAY_DATA ?? path.resolve('../shared/kubespray-data'), 'tags/v2.25.1/roles/kubespray-defaults/defaults/main/checksums.yml'), 'utf8');
    const amd64 = checksums.slice(checksums.indexOf('\nkubelet_checksums:')).split('\n  amd64:\n')[1]!.split(/\n  \w/)[0]!;
    expect(amd64).toContain(`\n    ${m![1]}:`);
    const body = f.fake.repo(REPO).pulls[0]!.body!;
    expect(body).toContain('inventory pin');
    // The body describes the cluster after merge: the rewritten pin, not the old hold-back.
    expect(body).not.toMatch(/would keep Kubernetes at v1\.27\.5/);
    expect(body).toMatch(new RegExp(`\\| Kubernetes \\|[^\\n]*→ \`${m![1]!.replace(/\./g, '\\.')}`));
    // The cluster still runs v1.27.5 until this PR is applied: v2.25.1's default (1.29) is two
    // minors above it, so the rebuilt body must not advise deleting the rewritten pin.
    expect(m![1]).toMatch(/^v1\.28\./);
    expect(body).not.toContain('to follow the default');
    expect(body).not.toMatch(/pinned to v1\.28\.\d+[^\n]*which is v2\.25\.1's default/);
  });
});

describe('release notes that cannot be read', () => {
  it('are a warning: the PR is still opened, and the body says the notes were not fetched', async () => {
    const f = await fixture({ tag: 'v2.29.0', target: 'v2.30.0' });
    const r = await f.run({ 'kubespray-github-repository': 'mirror/kubespray' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.stdout).toMatch(/::warning::release notes of mirror\/kubespray are unavailable/);
    expect(r.outputs['pull-request-operation']).toBe('created');
    const body = f.fake.repo(REPO).pulls[0]!.body!;
    expect(body).toContain('Release notes were not fetched: the releases of mirror/kubespray could not be read.');
    expect(body).not.toContain('No GitHub release was found');
  });
});
