import { beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { GitCommandManager } from '../../src/adapters/git/git-command-manager.js';
import { pinBeforeHop } from '../../src/core/upgrade/pin-history.js';
import { buildClusterRepo } from '../support/cluster-repo.js';
import { git } from '../support/git.js';
import { FROM_KUBE, FROM_TAG, priorState, seedState, TARGET_TAG, useSuite, withCase as withSuiteCase, type UpgradeCase } from './env.js';

const suite = useSuite('ksu-run-upgrade-first-');
const withCase = <T>(fn: (c: UpgradeCase) => Promise<T>) => withSuiteCase(suite(), fn);

/** A cluster repo as a team has it after merging the hop's pull request: pin, merge, later commits. */
let fullCheckout: string;
let hopMerge: string;
let fromCommit: string;

beforeAll(() => {
  const root = path.join(suite().root, 'history');
  mkdirSync(root);
  const repo = buildClusterRepo(root, { upstream: suite().upstream, tag: FROM_TAG });
  const sub = path.join(repo.seed, 'kubespray');
  fromCommit = git(sub, ['rev-parse', 'HEAD']).trim();
  git(repo.seed, ['checkout', '-q', '-b', `kubespray-upgrade/${TARGET_TAG}`]);
  git(sub, ['checkout', '-q', TARGET_TAG]);
  git(repo.seed, ['commit', '-q', '-am', `Upgrade Kubespray to ${TARGET_TAG}`]);
  git(sub, ['checkout', '-q', FROM_TAG]);
  git(repo.seed, ['checkout', '-q', 'main']);
  git(repo.seed, ['merge', '-q', '--no-ff', '-m', 'Merge pull request #12 from kubespray-upgrade', `kubespray-upgrade/${TARGET_TAG}`]);
  hopMerge = git(repo.seed, ['rev-parse', 'HEAD']).trim();
  writeFileSync(path.join(repo.seed, 'README.md'), '# mycluster\n\nUpgraded; notes follow.\n');
  // Only the README: the seed's submodule work tree is back at the old pin.
  git(repo.seed, ['commit', '-q', '-m', 'Notes after the upgrade', 'README.md']);
  git(repo.seed, ['push', '-q', repo.origin, 'main']);
  // actions/checkout with fetch-depth: 0 and submodules: true (a depth-1 submodule without tags).
  fullCheckout = path.join(root, 'runner');
  git(root, ['clone', '-q', repo.originUrl, fullCheckout]);
  git(fullCheckout, ['submodule', 'update', '-q', '--init', '--depth', '1']);
  const runnerSub = path.join(fullCheckout, 'kubespray');
  for (const ref of git(runnerSub, ['for-each-ref', '--format=%(refname)', 'refs/tags']).split('\n').filter(Boolean)) git(runnerSub, ['update-ref', '-d', ref]);
});

describe('the release applied before, on a first run and later', () => {
  it('seeds a first run from the pin before the merged hop, labelled as coming from the repo history', () =>
    withCase(async (c) => {
      const r = await c.run({ path: fullCheckout, 'dry-run': 'true' });
      expect(r.exitCode, r.stdout).toBe(0);
      expect(r.outputs).toMatchObject({ 'from-version': FROM_TAG, 'from-version-source': 'repo-history', 'to-version': TARGET_TAG });
      const label = `from the cluster repo's history: the submodule pin ${fromCommit.slice(0, 12)} before commit ${hopMerge.slice(0, 12)}`;
      expect(r.summary).toContain(`Kubespray \`${FROM_TAG}\` → \`${TARGET_TAG}\``);
      expect(r.summary).toContain(`Kubespray \`${FROM_TAG}\` is the release applied before, ${label}.`);
      expect(r.summary).toMatch(new RegExp(`\\| Kubespray target .* \\| ✅ pass \\| ${FROM_TAG} -> ${TARGET_TAG} \\(`));
    }));

  it('later runs use the state, not the history', () =>
    withCase(async (c) => {
      seedState(c, priorState({ status: 'succeeded', kubesprayTo: 'v2.25.0', kubernetesTo: FROM_KUBE, lastApplied: { kubespray: 'v2.25.0', kubernetes: FROM_KUBE } }));
      const r = await c.run({ path: fullCheckout, 'dry-run': 'true' });
      expect(r.exitCode, r.stdout).toBe(0);
      expect(r.outputs).toMatchObject({ 'from-version': 'v2.25.0', 'from-version-source': 'state' });
      expect(r.summary).toContain('Kubespray `v2.25.0` is the release applied before, recorded by upgrade older.');
    }));

  it('says why it is unknown when the checkout is shallow', () =>
    withCase(async (c) => {
      const r = await c.run({ 'dry-run': 'true' });
      expect(r.exitCode, r.stdout).toBe(0);
      expect(r.outputs).toMatchObject({ 'from-version': '', 'from-version-source': '' });
      expect(r.summary).toMatch(/The Kubespray release applied before is not known: the cluster repo is a shallow checkout.*fetch-depth: 0/);
      expect(r.summary).not.toContain('Kubespray `unknown`');
    }));

  it('finds no earlier pin in a repo created at this pin', async () => {
    const seed = path.join(suite().root, 'repo', 'cluster-seed');
    const gitlink = git(path.join(seed, 'kubespray'), ['rev-parse', 'HEAD']).trim();
    expect(await pinBeforeHop(new GitCommandManager(seed), 'kubespray', gitlink)).toEqual({ reason: "the cluster repo's history records no earlier pin of kubespray" });
  });
});
