import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildKubesprayUpstream, commitTree, createTag, publish, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { buildClusterRepo, runnerCheckout } from '../support/cluster-repo.js';
import { errorAnnotations, runAction } from '../support/run-action.js';
import { buildKubernetesTagsRepo, patchSeries } from '../support/kubernetes-tags.js';
import { planFixture } from '../plan-upgrade/fixture.js';
import { KUBESPRAY_DATA } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';
import { git } from '../support/git.js';
import { isWrite } from '../support/fake-github/index.js';

/**
 * Someone tags the commit a cluster is pinned at (v2.24.1) a second time as v2.29.9, on
 * upstream or on a mirror, and pushes a v99.0.0. Neither detect-release nor plan-upgrade may
 * move more than one minor, and a major change is never offered as a hop.
 */
const TAGS = ['v2.24.1', 'v2.25.0', 'v2.25.1', 'v2.26.1', 'v2.27.1', 'v2.28.1', 'v2.29.1', 'v2.30.0', 'v2.31.0'];
const tmp = makeTempDir('ksu-stray-tags-');
let clean: KubesprayUpstream;
let strayed: KubesprayUpstream;
let mirror: string;
let onlyStray: string;
let oldTreeMirror: string;
let k8sUrl: string;
let strayHop: string;
let lostLine: string;
let strayTop: string;

function bareCopy(from: string, name: string): string {
  const dest = path.join(tmp.dir, name);
  git(tmp.dir, ['clone', '-q', '--bare', from, dest]);
  return dest;
}

beforeAll(() => {
  k8sUrl = buildKubernetesTagsRepo(tmp.dir, [...patchSeries(1, 28, 6), ...patchSeries(1, 29, 10)]);
  clean = buildKubesprayUpstream(path.join(tmp.dir, 'clean'), { tags: TAGS });
  // A mirror of the clean upstream where someone added the stray tag.
  mirror = bareCopy(clean.bare, 'mirror.git');
  git(mirror, ['tag', 'v2.29.9', clean.commits.get('v2.24.1')!]);
  // A mirror that lost v2.24.1 and has only the stray name for that commit.
  onlyStray = bareCopy(clean.bare, 'only-stray.git');
  git(onlyStray, ['tag', '-d', 'v2.24.1']);
  git(onlyStray, ['tag', 'v2.29.9', clean.commits.get('v2.24.1')!]);

  // A mirror with a lone stray tag: v2.26.8 on a new commit that holds the v2.24.1 tree.
  oldTreeMirror = bareCopy(clean.bare, 'old-tree.git');
  commitTree(clean.work, path.join(KUBESPRAY_DATA, 'tags', 'v2.24.1'), 'an old tree under a new name');
  createTag(clean.work, 'v2.26.8', false);
  git(clean.work, ['push', '-q', oldTreeMirror, 'refs/tags/v2.26.8']);

  // Stray tags on commits of their own that hold an old tree (galaxy.yml says 2.24.1), each on
  // a mirror of the clean upstream: v2.29.9 beside the real v2.29.1; v2.27.5 on a mirror
  // that lost the real v2.27 line; v2.32.0 above the newest real line.
  const oldTree = path.join(KUBESPRAY_DATA, 'tags', 'v2.24.1');
  strayHop = bareCopy(clean.bare, 'stray-hop.git');
  commitTree(clean.work, oldTree, 'a v2.24.x tree tagged as v2.29.9');
  createTag(clean.work, 'v2.29.9', false);
  git(clean.work, ['push', '-q', strayHop, 'refs/tags/v2.29.9']);
  lostLine = bareCopy(clean.bare, 'lost-line.git');
  git(lostLine, ['tag', '-d', 'v2.27.1']);
  commitTree(clean.work, oldTree, 'a v2.24.x tree tagged as v2.27.5');
  createTag(clean.work, 'v2.27.5', false);
  git(clean.work, ['push', '-q', lostLine, 'refs/tags/v2.27.5']);
  strayTop = bareCopy(clean.bare, 'stray-top.git');
  commitTree(clean.work, oldTree, 'a v2.24.x tree tagged as v2.32.0');
  createTag(clean.work, 'v2.32.0', false);
  git(clean.work, ['push', '-q', strayTop, 'refs/tags/v2.32.0']);

  // Upstream itself with the stray tag, and a v99.0.0 on top of v2.31.0.
  strayed = buildKubesprayUpstream(path.join(tmp.dir, 'strayed'), { tags: TAGS });
  createTag(strayed.work, 'v2.29.9', false, undefined, strayed.commits.get('v2.24.1'));
  commitTree(strayed.work, path.join(KUBESPRAY_DATA, 'tags', 'v2.31.0'), 'not a release');
  createTag(strayed.work, 'v99.0.0', false);
  publish(strayed);
});
afterAll(() => tmp.cleanup());

let n = 0;
function checkoutAt(upstream: KubesprayUpstream, tag: string): string {
  const root = path.join(tmp.dir, `c${n++}`);
  mkdirSync(root);
  return runnerCheckout(buildClusterRepo(root, { upstream, tag }), path.join(root, 'runner'));
}

const detect = (inputs: Record<string, string>) => runAction('detect-release', { 'kubernetes-repository': k8sUrl, ...inputs });

describe('detect-release with stray release tags', () => {
  it('a stray v2.29.9 on the pinned v2.24.1 commit upstream: the tree says v2.24.1, the hop is v2.25.1, both tags named', async () => {
    const r = await detect({ path: checkoutAt(strayed, 'v2.24.1') });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['current-version']).toBe('v2.24.1');
    expect(r.outputs['next-version']).toBe('v2.25.1');
    expect(JSON.parse(r.outputs['upgrade-path']!)).toEqual(['v2.25.1', 'v2.26.1', 'v2.27.1', 'v2.28.1', 'v2.29.1', 'v2.30.0', 'v2.31.0']);
    expect(r.outputs['latest-version']).toBe('v2.31.0');
    expect(r.outputs['next-major-version']).toBe('v99.0.0');
    expect(r.stdout).toMatch(/::warning::the pinned commit is also tagged v2\.29\.9, which its galaxy\.yml \(version 2\.24\.1\) contradicts; taken as v2\.24\.1/);
  });

  it('the same stray tag on a mirror read through kubespray-repository', async () => {
    const r = await detect({ path: checkoutAt(clean, 'v2.24.1'), 'kubespray-repository': `file://${mirror}` });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['current-version']).toBe('v2.24.1');
    expect(r.outputs['next-version']).toBe('v2.25.1');
    expect(r.stdout).toContain('v2.29.9');
  });

  it('a mirror where only the stray tag names the pinned commit is refused, naming the tag and the tree version', async () => {
    const r = await detect({ path: checkoutAt(clean, 'v2.24.1'), 'kubespray-repository': `file://${onlyStray}` });
    expect(r.exitCode).toBe(1);
    expect(errorAnnotations(r.stdout).join('\n')).toMatch(/pinned commit [0-9a-f]{40} is tagged v2\.29\.9, but its galaxy\.yml says version 2\.24\.1/);
    expect(r.outputs['next-version'] ?? '').toBe('');
  });

  it('a lone stray v2.26.8 whose tree is v2.24.1 is never the next hop: the tree is read, the tag named, v2.26.1 offered', async () => {
    const r = await detect({ path: checkoutAt(clean, 'v2.25.1'), 'kubespray-repository': `file://${oldTreeMirror}` });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['next-version']).toBe('v2.26.1');
    expect(JSON.parse(r.outputs['upgrade-path']!)[0]).toBe('v2.26.1');
    const said = /the tree tagged v2\.26\.8 says version 2\.24\.1 in its galaxy\.yml.*set aside, and the next hop is chosen without it/;
    expect(r.stdout).toMatch(said);
    expect(r.summary).toMatch(said);
  });

  it('a stray v2.29.9 on a v2.24.x commit is not offered from v2.28.1: the real v2.29.1 is', async () => {
    const r = await detect({ path: checkoutAt(clean, 'v2.28.1'), 'kubespray-repository': `file://${strayHop}` });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['next-version']).toBe('v2.29.1');
    expect(JSON.parse(r.outputs['upgrade-path']!)).toEqual(['v2.29.1', 'v2.30.0', 'v2.31.0']);
    expect(r.summary).toMatch(/v2\.29\.9 says version 2\.24\.1/);
  });

  it('a line whose only tag is a stray is refused, never skipped: no v2.28.1 from v2.26.1', async () => {
    const r = await detect({ path: checkoutAt(clean, 'v2.26.1'), 'kubespray-repository': `file://${lostLine}` });
    expect(r.exitCode, r.stdout).toBe(1);
    expect(errorAnnotations(r.stdout).join('\n')).toMatch(/the v2\.27 line has only tags that cannot be trusted \(v2\.27\.5 at [0-9a-f]{12}\)/);
    expect(r.outputs['next-version'] ?? '').toBe('');
    expect(r.outputs.status).toBe('failed');
  });

  it('a stray above the newest real line skips nothing: up to date, and the tag is named', async () => {
    const r = await detect({ path: checkoutAt(clean, 'v2.31.0'), 'kubespray-repository': `file://${strayTop}` });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['next-version']).toBe('');
    expect(r.outputs['upgrade-available']).toBe('false');
    expect(r.outputs['latest-version']).toBe('v2.31.0');
    expect(r.summary).toMatch(/the tree tagged v2\.32\.0 says version 2\.24\.1/);
    expect(r.summary).toMatch(/no hop is offered to the v2\.32 line\(s\): their only tags cannot be trusted \(v2\.32\.0 at/);
  });

  it('v99.0.0 is shown but never the next hop, even from the newest 2.x release', async () => {
    const r = await detect({ path: checkoutAt(strayed, 'v2.31.0') });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['current-version']).toBe('v2.31.0');
    expect(r.outputs['next-version']).toBe('');
    expect(r.outputs['upgrade-available']).toBe('false');
    expect(r.outputs['next-major-version']).toBe('v99.0.0');
    expect(r.summary).toMatch(/v99\.0\.0.* is a new major version; it is never an automatic hop/);
  });
});

describe('plan-upgrade with stray release tags', () => {
  const refuse = async (target: string, pattern: RegExp, upstream: KubesprayUpstream = strayed, inputs: Record<string, string> = {}, tag = 'v2.24.1') => {
    const f = await planFixture(path.join(tmp.dir, `plan-${n++}`), upstream, { tag, target });
    try {
      const before = f.originRefs();
      const r = await f.run(inputs);
      expect(r.exitCode, r.stdout).toBe(1);
      expect(errorAnnotations(r.stdout).join('\n')).toMatch(pattern);
      expect(f.originRefs()).toBe(before);
      expect(f.fake.requests.filter(isWrite)).toEqual([]);
    } finally {
      await f.close();
    }
  };

  it('refuses the stray v2.29.9 as a target: it is the pinned commit', () => refuse('v2.29.9', /v2\.29\.9: it names the commit the submodule is already pinned at \(v2\.24\.1\)/));
  it('refuses v2.30.0 from v2.24.1: the tree says v2.24.1, so it skips minors', () => refuse('v2.30.0', /skips the v2\.25, v2\.26, v2\.27, v2\.28, v2\.29 line/));
  it('refuses v99.0.0: a major change only from the end of 2.x', () => refuse('v99.0.0', /v99\.0\.0 is a new major version; finish 2\.x first \(next is v2\.25\.1\)/));
  it('refuses a lone stray tag whose tree is an older release (galaxy.yml says 2.24.1)', () =>
    refuse('v2.26.8', /refusing target-version v2\.26\.8: the tree tagged v2\.26\.8 says version 2\.24\.1 in its galaxy\.yml/, clean, { 'kubespray-repository': `file://${oldTreeMirror}` }, 'v2.25.1'));
  it('refuses the stray tag read from a mirror too', () => refuse('v2.29.9', /already pinned at \(v2\.24\.1\)/, clean, { 'kubespray-repository': `file://${mirror}` }));
});
