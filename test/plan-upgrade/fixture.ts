import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { buildClusterRepo, runnerCheckout, type ClusterRepo, type ClusterRepoOptions } from '../support/cluster-repo.js';
import { startFakeGitHub, type FakeGitHub, type ReleaseSeed } from '../support/fake-github/index.js';
import { readDataTags } from '../support/kubespray-upstream.js';
import { runAction, type ActionRun } from '../support/run-action.js';
import { git } from '../support/git.js';

export const TOKEN = 'ghs_planUpgradeTestToken000000000000000000';
export const REPO = 'platform/cluster';

export function releaseSeeds(body: (tag: string) => string = (t) => `## What's changed in ${t}\n\n* Bump calico by @someone in #1234\n`): ReleaseSeed[] {
  return readDataTags().map((t) => ({ tagName: t.tag, createdAt: new Date(t.date).toISOString(), body: body(t.tag) }));
}

export interface PlanFixture {
  upstream: KubesprayUpstream;
  repo: ClusterRepo;
  checkout: string;
  fake: FakeGitHub;
  run(inputs?: Record<string, string>, env?: Record<string, string>): Promise<ActionRun>;
  /** Refs on origin, to prove nothing was pushed. */
  originRefs(): string;
  close(): Promise<void>;
}

/** A cluster repo pinned at `tag`, its inventory copied from an older sample, and a fake GitHub. */
export async function planFixture(
  root: string,
  upstream: KubesprayUpstream,
  o: { tag: string; target: string; inventoryFromTag?: string; releases?: ReleaseSeed[]; files?: Record<string, string> } & Pick<ClusterRepoOptions, 'inventories'>,
): Promise<PlanFixture> {
  mkdirSync(root, { recursive: true });
  const repo = buildClusterRepo(root, { upstream, tag: o.tag, inventoryFromTag: o.inventoryFromTag, files: o.files, inventories: o.inventories });
  const checkout = runnerCheckout(repo, path.join(root, 'runner'));
  const fake = await startFakeGitHub({
    token: TOKEN,
    repos: [
      { fullName: REPO, gitDir: repo.origin },
      { fullName: 'kubernetes-sigs/kubespray', releases: o.releases ?? releaseSeeds() },
    ],
  });
  return {
    upstream,
    repo,
    checkout,
    fake,
    run: (inputs = {}, env = {}) =>
      runAction(
        'plan-upgrade',
        { path: checkout, 'target-version': o.target, 'github-token': TOKEN, 'kubespray-github-repository': 'kubernetes-sigs/kubespray', ...inputs },
        { cwd: checkout, env: { ...fake.env(REPO), GITHUB_SERVER_URL: 'https://github.example', GITHUB_RUN_ID: '4242', RUNNER_TEMP: path.join(root, 'runner-temp'), ...env } },
      ),
    originRefs: () => git(repo.origin, ['for-each-ref', '--format=%(refname) %(objectname)']),
    close: () => fake.close(),
  };
}

/** Alice pushes a commit of her own onto `branch` of the fixture's origin; returns the new tip. */
export function pushHumanCommit(f: PlanFixture, workDir: string, branch: string): string {
  git(path.dirname(workDir), ['clone', '-q', f.repo.origin, workDir]);
  git(workDir, ['checkout', '-q', branch]);
  writeFileSync(path.join(workDir, 'fix.txt'), 'human fix\n');
  git(workDir, ['add', 'fix.txt']);
  git(workDir, ['-c', 'user.name=Alice', '-c', 'user.email=alice@example.com', 'commit', '-q', '-m', 'human fix'], { GIT_COMMITTER_NAME: 'Alice', GIT_COMMITTER_EMAIL: 'alice@example.com' });
  git(workDir, ['push', '-q', 'origin', 'HEAD']);
  return git(f.repo.origin, ['rev-parse', `refs/heads/${branch}`]).trim();
}

/** Sets the submodule's `.gitmodules` branch line on the fixture's main, and the runner's checkout to it. */
export function setBranchLine(f: PlanFixture, branch: string): void {
  git(f.repo.seed, ['config', '--file', '.gitmodules', 'submodule.kubespray.branch', branch]);
  git(f.repo.seed, ['commit', '-qam', `branch line ${branch}`]);
  git(f.repo.seed, ['push', '-q', f.repo.origin, 'HEAD:refs/heads/main']);
  git(f.checkout, ['fetch', '-q', '--depth=1', 'origin', 'main']);
  git(f.checkout, ['reset', '-q', '--hard', 'FETCH_HEAD']);
}

export { buildKubesprayUpstream, writeFileSync };

