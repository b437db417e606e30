import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildKubesprayUpstream, commitTree, createTag, publish, readDataTags, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { buildClusterRepo, runnerCheckout } from '../support/cluster-repo.js';
import { errorAnnotations, runAction } from '../support/run-action.js';
import { makeTempDir } from '../support/tmp.js';
import { deadPort } from '../support/dead-port.js';
import { git } from '../support/git.js';
import { KUBESPRAY_DATA } from '../support/paths.js';
import { buildKubernetesTagsRepo, patchSeries } from '../support/kubernetes-tags.js';

const tmp = makeTempDir('ksu-detect-');
let upstream: KubesprayUpstream;
let k8sUrl: string;

/** detect-release against the stand-in Kubernetes remote unless a test says otherwise. */
const detect = (inputs: Record<string, string>) => runAction('detect-release', { 'kubernetes-repository': k8sUrl, ...inputs });

beforeAll(() => {
  k8sUrl = buildKubernetesTagsRepo(tmp.dir, [...patchSeries(1, 27, 16), ...patchSeries(1, 28, 15), ...patchSeries(1, 29, 14), 'v1.30.0', 'kubernetes-1.28.99']);
  // Real tag list and trees; a few tags annotated, the rest lightweight as upstream does.
  upstream = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { annotated: ['v2.22.0', 'v2.24.0', 'v2.28.0'] });
  // Junk and pre-release tags that must be ignored.
  for (const t of ['release-2.24', 'latest', 'v2.24', 'v2.30.0.1', '2.31.1', 'v2.31.1+build']) {
    createTag(upstream.work, t, false);
  }
  // A pre-release is its own commit: a tag on the v2.31.0 commit would be a stray, never a target.
  commitTree(upstream.work, path.join(KUBESPRAY_DATA, 'tags', 'v2.31.0'), 'Next release candidate');
  createTag(upstream.work, 'v2.32.0-rc.1', false);
  publish(upstream);
});
afterAll(() => tmp.cleanup());

let n = 0;
function clusterAt(tag: string, files?: Record<string, string>) {
  const root = path.join(tmp.dir, `c${n++}`);
  mkdirSync(root);
  const repo = buildClusterRepo(root, { upstream, tag, files });
  return { repo, checkout: runnerCheckout(repo, path.join(root, 'runner')) };
}

describe('detect-release on the real Kubespray tag list', () => {
  it('names a lightweight v2.24.1 exactly on a depth-1, tagless runner checkout, and hops one minor', async () => {
    const { checkout } = clusterAt('v2.24.1');
    // The runner's submodule really is tagless and shallow, like actions/checkout leaves it.
    expect(git(path.join(checkout, 'kubespray'), ['tag', '-l']).trim()).toBe('');
    expect(git(path.join(checkout, 'kubespray'), ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');

    const r = await detect({ path: checkout });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['current-version']).toBe('v2.24.1');
    expect(r.outputs['current-commit']).toBe(upstream.commits.get('v2.24.1'));
    expect(r.outputs['next-version']).toBe('v2.25.1');
    expect(r.outputs['latest-version']).toBe('v2.31.0');
    expect(r.outputs['upgrade-available']).toBe('true');
    expect(JSON.parse(r.outputs['upgrade-path']!)).toEqual(['v2.25.1', 'v2.26.1', 'v2.27.1', 'v2.28.1', 'v2.29.1', 'v2.30.0', 'v2.31.0']);
    expect(r.outputs['hops-behind']).toBe('7');
    expect(r.summary).toContain('v2.24.1');
    expect(r.summary).toMatch(/Hops behind:\*\* 7/);
  });

  it('takes v2.22.x to the highest v2.23 patch even though v2.22.2 was tagged after v2.23.0', async () => {
    const { checkout } = clusterAt('v2.22.0');
    const r = await detect({ path: checkout });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['next-version']).toBe('v2.23.3');
    expect(JSON.parse(r.outputs['upgrade-path']!)[0]).toBe('v2.23.3');
    expect(JSON.parse(r.outputs['upgrade-path']!)[1]).toBe('v2.24.3');
  });

  it('recognises an annotated tag by its peeled commit', async () => {
    const { checkout } = clusterAt('v2.28.0');
    const r = await detect({ path: checkout });
    expect(r.outputs['current-version']).toBe('v2.28.0');
    expect(r.outputs['next-version']).toBe('v2.29.1');
  });

  it('on the newest minor, the next hop is a patch of the same minor; at the top it is empty', async () => {
    const up = buildKubesprayUpstream(path.join(tmp.dir, 'patch-up'), { tags: ['v2.29.0', 'v2.29.1', 'v2.30.0'] });
    const root = path.join(tmp.dir, 'patch');
    mkdirSync(root);
    const repo = buildClusterRepo(root, { upstream: up, tag: 'v2.29.0' });
    const checkout = runnerCheckout(repo, path.join(root, 'runner'));
    // A later minor exists, so v2.29.0 goes straight to v2.30.0, not v2.29.1.
    let r = await detect({ path: checkout });
    expect(r.outputs['next-version']).toBe('v2.30.0');

    const top = clusterAt('v2.31.0');
    r = await detect({ path: top.checkout });
    expect(r.exitCode).toBe(0);
    expect(r.outputs['next-version']).toBe('');
    expect(r.outputs['upgrade-available']).toBe('false');
    expect(r.outputs['upgrade-path']).toBe('[]');
    expect(r.outputs['hops-behind']).toBe('0');
  });

  it('offers a newer patch on the newest minor', async () => {
    const up = buildKubesprayUpstream(path.join(tmp.dir, 'p2-up'), { tags: ['v2.30.0', 'v2.31.0'] });
    commitTree(up.work, path.join(KUBESPRAY_DATA, 'tags', 'v2.31.0'), 'patch', '2026-06-01T00:00:00Z');
    createTag(up.work, 'v2.31.1', true);
    publish(up);
    const root = path.join(tmp.dir, 'p2');
    mkdirSync(root);
    const checkout = runnerCheckout(buildClusterRepo(root, { upstream: up, tag: 'v2.31.0' }), path.join(root, 'runner'));
    const r = await detect({ path: checkout });
    expect(r.outputs['next-version']).toBe('v2.31.1');
    expect(r.outputs['hops-behind']).toBe('1');
  });

  it('ignores pre-releases unless allowed', async () => {
    const { checkout } = clusterAt('v2.31.0');
    let r = await detect({ path: checkout });
    expect(r.outputs['latest-version']).toBe('v2.31.0');
    r = await detect({ path: checkout, 'allow-prerelease': 'true' });
    expect(r.outputs['next-version']).toBe('v2.32.0-rc.1');
    expect(r.outputs['latest-version']).toBe('v2.32.0-rc.1');
  });

  it('reads the tag list from kubespray-repository when given', async () => {
    const { checkout } = clusterAt('v2.30.0');
    const mirror = path.join(tmp.dir, 'mirror.git');
    git(tmp.dir, ['clone', '-q', '--mirror', upstream.bare, mirror]);
    const r = await detect({ path: checkout, 'kubespray-repository': `file://${mirror}` });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['next-version']).toBe('v2.31.0');
  });
});

describe('detect-release refuses bad input with an actionable error and no outputs', () => {
  it('a path that does not exist', async () => {
    const r = await detect({ path: path.join(tmp.dir, 'nope') });
    expect(r.exitCode).toBe(1);
    expect(errorAnnotations(r.stdout).join('\n')).toMatch(/path ".*nope" does not exist/);
    expect(r.outputs).toEqual({ status: 'configuration-error' }); // only how it ended: never half an answer
  });

  it('a repo with no Kubespray submodule', async () => {
    const root = path.join(tmp.dir, 'nosub');
    mkdirSync(root);
    git(root, ['init', '-q']);
    writeFileSync(path.join(root, 'README.md'), 'x\n');
    git(root, ['add', '-A']);
    git(root, ['commit', '-q', '-m', 'x']);
    const r = await detect({ path: root });
    expect(r.exitCode).toBe(1);
    // Neither a submodule nor an image reference: one error naming both searches.
    expect(errorAnnotations(r.stdout).join('\n')).toMatch(/no Kubespray found: looked for a submodule whose URL ends in "kubespray".*and for a kubespray image reference/);
    expect(r.outputs).toEqual({ status: 'configuration-error' }); // only how it ended: never half an answer
  });

  it('two candidate submodules, until submodule-path picks one', async () => {
    const { repo } = clusterAt('v2.27.1');
    git(repo.seed, ['submodule', 'add', '-q', upstream.url, 'vendor/kubespray']);
    git(repo.seed, ['commit', '-q', '-m', 'second']);
    let r = await detect({ path: repo.seed });
    expect(r.exitCode).toBe(1);
    expect(errorAnnotations(r.stdout).join('\n')).toMatch(/several submodules look like Kubespray: kubespray, vendor\/kubespray; set submodule-path/);
    r = await detect({ path: repo.seed, 'submodule-path': 'kubespray' });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['current-version']).toBe('v2.27.1');
    r = await detect({ path: repo.seed, 'submodule-path': 'other' });
    expect(errorAnnotations(r.stdout).join('\n')).toMatch(/submodule-path "other" is not a submodule/);
  });

  it('a gitlink that is no release: names the commit, the tags that contain it and the nearest one', async () => {
    const { repo } = clusterAt('v2.24.1');
    // A local patch on top of v2.24.0, as a team carrying a fix would have.
    const sub = path.join(repo.seed, 'kubespray');
    git(sub, ['checkout', '-q', 'v2.24.0']);
    git(sub, ['commit', '-q', '--allow-empty', '-m', 'local fix']);
    const patched = git(sub, ['rev-parse', 'HEAD']).trim();
    git(repo.seed, ['add', 'kubespray']);
    git(repo.seed, ['commit', '-q', '-m', 'pin patched']);
    let r = await detect({ path: repo.seed });
    expect(r.exitCode).toBe(1);
    let msg = errorAnnotations(r.stdout).join('\n');
    expect(msg).toContain(patched);
    expect(msg).toMatch(/No release tag contains it/);
    expect(msg).toMatch(/nearest release below it is v2\.24\.0 \(1 commit\(s\) earlier\)/);
    expect(r.outputs).toEqual({ status: 'failed' }); // only how it ended: never half an answer

    expect(msg).toMatch(/Pin the submodule to a release tag/);
  });

  it('a gitlink between two releases: lists the releases that contain it', async () => {
    const up = buildKubesprayUpstream(path.join(tmp.dir, 'mid-up'), { tags: ['v2.24.0'] });
    const mid = commitTree(up.work, path.join(KUBESPRAY_DATA, 'tags', 'v2.24.1'), 'work towards v2.24.1');
    git(up.work, ['commit', '-q', '--allow-empty', '-m', 'release v2.24.1']);
    createTag(up.work, 'v2.24.1', false);
    for (const t of ['v2.25.0', 'v2.25.1']) {
      commitTree(up.work, path.join(KUBESPRAY_DATA, 'tags', t), t);
      createTag(up.work, t, true);
    }
    publish(up);
    const root = path.join(tmp.dir, 'mid');
    mkdirSync(root);
    const repo = buildClusterRepo(root, { upstream: up, tag: 'v2.24.0' });
    git(path.join(repo.seed, 'kubespray'), ['checkout', '-q', mid]);
    git(repo.seed, ['add', 'kubespray']);
    git(repo.seed, ['commit', '-q', '-m', 'pin a branch commit']);
    const r = await detect({ path: repo.seed });
    expect(r.exitCode).toBe(1);
    const msg = errorAnnotations(r.stdout).join('\n');
    expect(msg).toContain(mid);
    expect(msg).toMatch(/Release tags that contain it: v2\.24\.1, v2\.25\.0, v2\.25\.1\./);
    expect(msg).toMatch(/nearest release below it is v2\.24\.0 \(1 commit\(s\) earlier\)/);
    expect(r.outputs).toEqual({ status: 'failed' }); // only how it ended: never half an answer
  });

  it('an unknown commit on a shallow runner checkout says the history is missing', async () => {
    const { checkout } = clusterAt('v2.24.1');
    const foreign = 'f'.repeat(40);
    git(checkout, ['update-index', '--cacheinfo', `160000,${foreign},kubespray`]);
    git(checkout, ['commit', '-q', '-m', 'pin an unknown commit']);
    const r = await detect({ path: checkout });
    expect(r.exitCode).toBe(1);
    const msg = errorAnnotations(r.stdout).join('\n');
    expect(msg).toContain(foreign);
    expect(msg).toMatch(/history is not available locally .*fetch --tags --unshallow/);
    expect(r.outputs).toEqual({ status: 'failed' }); // only how it ended: never half an answer
  });

  it('an unreachable upstream names the URL and git\'s message', async () => {
    const { checkout } = clusterAt('v2.24.1');
    const url = `file://${path.join(tmp.dir, 'gone.git')}`;
    const r = await detect({ path: checkout, 'kubespray-repository': url });
    expect(r.exitCode).toBe(1);
    const msg = errorAnnotations(r.stdout).join('\n');
    expect(msg).toContain(url);
    expect(msg).toMatch(/does not appear to be a git repository|Could not read from remote/);
    expect(r.outputs).toEqual({ status: 'failed' }); // only how it ended: never half an answer
  });

  it('an upstream nothing listens at is a connection error: status set, one line with the remote, the cause and the fix', async () => {
    const { checkout } = clusterAt('v2.24.1');
    const port = await deadPort();
    const r = await detect({ path: checkout, 'kubespray-repository': `http://user:s3cret@127.0.0.1:${port}/kubespray.git` });
    expect(r.exitCode).toBe(1);
    expect(r.outputs).toEqual({ status: 'connection-error' });
    const errors = errorAnnotations(r.stdout);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(new RegExp(`^cannot list the tags of http://\\*\\*\\*@127\\.0\\.0\\.1:${port}/kubespray\\.git: connection refused .*; check the remote URL and that the server is running\\.$`));
    expect(errors[0]).not.toMatch(/bug/);
    expect(r.stdout + r.stderr).not.toContain('s3cret');
  });

  it('a credential in the upstream URL never reaches the log', async () => {
    const { checkout } = clusterAt('v2.24.1');
    const r = await detect({ path: checkout, 'kubespray-repository': 'http://user:s3cret@127.0.0.1:9/kubespray.git' });
    expect(r.exitCode).toBe(1);
    expect(r.stdout + r.stderr).not.toContain('s3cret');
  });

  it('a bad boolean input', async () => {
    const { checkout } = clusterAt('v2.24.1');
    const r = await detect({ path: checkout, 'allow-prerelease': 'maybe' });
    expect(r.exitCode).toBe(1);
    expect(errorAnnotations(r.stdout).join('\n')).toMatch(/input "allow-prerelease" must be true or false/);
  });
});

describe('fixture sanity', () => {
  it('uses every tag in tags.tsv', () => {
    expect(upstream.commits.size).toBe(readDataTags().length);
  });
});

describe('detect-release reports the effective Kubernetes versions', () => {
  it('follows the inventory pin: the sample copied at v2.24.1 pins v1.28.6, which also holds the next hop back', async () => {
    const { checkout } = clusterAt('v2.24.1');
    const r = await detect({ path: checkout });
    expect(r.exitCode, r.stdout).toBe(0);
    // v2.24.1: role default and sample both say v1.28.6 (roles/kubespray-defaults/defaults/main/main.yml:19).
    expect(r.outputs['kubernetes-current']).toBe('v1.28.6');
    // The pin wins over v2.25.1's default v1.29.10.
    expect(r.outputs['kubernetes-next']).toBe('v1.28.6');
    // Stand-in upstream has v1.28.0..v1.28.15; v2.24.1's newest 1.28 checksum is v1.28.6.
    expect(r.outputs['kubernetes-patch-available']).toBe('v1.28.15');
    expect(r.outputs['kubernetes-patch-supported']).toBe('false');
    expect(r.summary).toContain('not yet supported by the pinned Kubespray');
  });

  it('without a pin, the role defaults decide, and a supported patch is flagged', async () => {
    const { repo } = clusterAt('v2.24.1');
    const file = path.join(repo.seed, 'inventory/mycluster/group_vars/k8s_cluster/k8s-cluster.yml');
    const { readFileSync } = await import('node:fs');
    writeFileSync(file, readFileSync(file, 'utf8').replace(/^kube_version:.*$/m, '# kube_version comes from Kubespray'));
    git(repo.seed, ['commit', '-q', '-am', 'unpin kube_version']);
    const k8s = buildKubernetesTagsRepo(path.join(tmp.dir, `k8s-small-${n}`), patchSeries(1, 28, 6));
    const r = await detect({ path: repo.seed, 'kubernetes-repository': k8s });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['kubernetes-current']).toBe('v1.28.6');
    // v2.25.1: roles/kubespray-defaults/defaults/main/main.yml:21 kube_version: v1.29.10
    expect(r.outputs['kubernetes-next']).toBe('v1.29.10');
    expect(r.outputs['kubernetes-patch-available']).toBe('v1.28.6');
    expect(r.outputs['kubernetes-patch-supported']).toBe('true');
  });

  it('from v2.28 the default is the first amd64 kubelet checksum key, without a v prefix', async () => {
    const { checkout } = clusterAt('v2.29.0');
    const r = await detect({ path: checkout });
    expect(r.exitCode, r.stdout).toBe(0);
    // Read the data file by hand: the first key under kubelet_checksums -> amd64.
    const { readFileSync } = await import('node:fs');
    const text = readFileSync(path.join(KUBESPRAY_DATA, 'tags/v2.29.0/roles/kubespray_defaults/vars/main/checksums.yml'), 'utf8');
    const block = text.slice(text.indexOf('\nkubelet_checksums:'));
    const firstAmd64Key = /\n  amd64:\n    ([^:]+):/.exec(block)![1];
    expect(r.outputs['kubernetes-current']).toBe(firstAmd64Key);
    expect(firstAmd64Key).toMatch(/^1\.\d+\.\d+$/);
  });

  it('an unreachable Kubernetes remote is a warning, not a failure', async () => {
    const { checkout } = clusterAt('v2.24.1');
    const r = await detect({ path: checkout, 'kubernetes-repository': `file://${path.join(tmp.dir, 'no-k8s.git')}` });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['kubernetes-patch-available']).toBe('');
    expect(r.outputs['kubernetes-patch-supported']).toBe('false');
    expect(r.stdout).toMatch(/::warning::cannot read Kubernetes tags/);
    expect(r.outputs['next-version']).toBe('v2.25.1');
  });
});
