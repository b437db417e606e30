import { afterAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildKubesprayUpstream, commitTree, createTag, publish, readDataTags, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { KUBESPRAY_DATA } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';
import { git } from '../support/git.js';
import { planFixture, pushHumanCommit, REPO, type PlanFixture } from './fixture.js';

const tmp = makeTempDir('ksu-superseded-');
const fixtures: PlanFixture[] = [];
afterAll(async () => {
  await Promise.all(fixtures.map((f) => f.close()));
  tmp.cleanup();
});

/** Real history up to `last`; the next patch is released later with `release`. */
function upstreamUpTo(name: string, last: string): KubesprayUpstream {
  const order = readDataTags().map((t) => t.tag);
  return buildKubesprayUpstream(path.join(tmp.dir, name), { tags: order.slice(0, order.indexOf(last) + 1) });
}

function release(up: KubesprayUpstream, tag: string): void {
  const date = readDataTags().find((t) => t.tag === tag)!.date;
  commitTree(up.work, path.join(KUBESPRAY_DATA, 'tags', tag), `Release ${tag}`, date);
  createTag(up.work, tag, false, date);
  publish(up);
}

const branches = (f: PlanFixture) => git(f.repo.origin, ['for-each-ref', '--format=%(refname:short)', 'refs/heads']).split('\n').filter(Boolean).sort();

describe('a newer patch of the same hop supersedes the open PR', () => {
  it('closes the old PR with a comment linking the new one and deletes its branch', async () => {
    const up = upstreamUpTo('up-a', 'v2.25.0');
    const f = await planFixture(path.join(tmp.dir, 'a'), up, { tag: 'v2.24.3', target: 'v2.25.0' });
    fixtures.push(f);
    let r = await f.run();
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['pull-request-operation']).toBe('created');
    expect(r.outputs['superseded-pull-requests']).toBe('[]');
    const old = f.fake.repo(REPO).pulls[0]!;

    // Upstream releases v2.25.1 between the two scheduled runs.
    release(up, 'v2.25.1');
    r = await f.run({ 'target-version': 'v2.25.1' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['pull-request-operation']).toBe('created');
    const pulls = f.fake.repo(REPO).pulls;
    const fresh = pulls.find((p) => p.head === 'kubespray-upgrade/v2.25.1')!;
    expect(old.state).toBe('closed');
    expect(fresh.state).toBe('open');
    const comments = f.fake.repo(REPO).comments.filter((c) => c.issueNumber === old.number);
    expect(comments).toHaveLength(1);
    expect(comments[0]!.body).toContain(`Superseded by #${fresh.number} (v2.24.3 → v2.25.1)`);
    expect(branches(f)).toEqual(['kubespray-upgrade/v2.25.1', 'main']);
    expect(JSON.parse(r.outputs['superseded-pull-requests']!)).toEqual([
      { number: old.number, url: `https://github.com/${REPO}/pull/${old.number}`, branch: 'kubespray-upgrade/v2.25.0', operation: 'closed' },
    ]);
    expect(r.summary).toMatch(/Superseded: \[#1\]\([^)]+\) \(kubespray-upgrade\/v2\.25\.0\): \*\*closed, branch deleted\*\*/);

    // A rerun has nothing left to supersede.
    r = await f.run({ 'target-version': 'v2.25.1' });
    expect(r.outputs['pull-request-operation']).toBe('unchanged');
    expect(r.outputs['superseded-pull-requests']).toBe('[]');
  });

  it('a PR people pushed commits to stays open, with one comment however often it runs', async () => {
    const up = upstreamUpTo('up-b', 'v2.27.0');
    const f = await planFixture(path.join(tmp.dir, 'b'), up, { tag: 'v2.26.1', target: 'v2.27.0' });
    fixtures.push(f);
    expect((await f.run()).exitCode).toBe(0);
    const old = f.fake.repo(REPO).pulls[0]!;
    const tip = pushHumanCommit(f, path.join(tmp.dir, 'human'), 'kubespray-upgrade/v2.27.0');

    release(up, 'v2.27.1');
    let r = await f.run({ 'target-version': 'v2.27.1' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(old.state).toBe('open');
    expect(git(f.repo.origin, ['rev-parse', 'refs/heads/kubespray-upgrade/v2.27.0']).trim()).toBe(tip);
    expect(JSON.parse(r.outputs['superseded-pull-requests']!)).toMatchObject([{ number: old.number, operation: 'commented' }]);
    const comments = () => f.fake.repo(REPO).comments.filter((c) => c.issueNumber === old.number);
    expect(comments()).toHaveLength(1);
    expect(comments()[0]!.body).toMatch(/stays open because kubespray-upgrade\/v2\.27\.0 has commits not made by this action .*`Alice`/);

    r = await f.run({ 'target-version': 'v2.27.1' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(JSON.parse(r.outputs['superseded-pull-requests']!)).toMatchObject([{ number: old.number, operation: 'already-commented' }]);
    expect(comments()).toHaveLength(1);
    expect(old.state).toBe('open');
  });
});
