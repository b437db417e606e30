import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { git } from '../support/git.js';
import { readDataTags } from '../support/kubespray-upstream.js';
import { makeTempDir } from '../support/tmp.js';
import { startFakeGitHub, type FakeGitHub, type FakeGitHubOptions, type ReleaseSeed } from '../support/fake-github/index.js';
import { GitHubHelper, type GitHubHelperOptions } from '../../src/adapters/github/github-helper.js';

export const TOKEN = 'ghs_fakeTokenThatMustNeverBeLogged0123456789';
export const REPO = 'platform/cluster';
export const KUBESPRAY = 'kubernetes-sigs/kubespray';

/**
 * A bare "origin" with `main` and, for each name in `branches`, a branch one commit ahead
 * of main, as plan-upgrade pushes before it opens the pull request.
 */
export function buildOrigin(root: string, branches: readonly string[]): string {
  const work = path.join(root, 'work');
  const bare = path.join(root, 'origin.git');
  git(root, ['init', '-q', work]);
  writeFileSync(path.join(work, 'README.md'), '# cluster\n');
  git(work, ['add', '-A']);
  git(work, ['commit', '-q', '-m', 'initial']);
  for (const b of branches) {
    git(work, ['checkout', '-q', '-b', b, 'main']);
    writeFileSync(path.join(work, 'hop.txt'), `${b}\n`);
    git(work, ['add', '-A']);
    git(work, ['commit', '-q', '-m', `hop ${b}`]);
  }
  git(work, ['checkout', '-q', 'main']);
  git(root, ['clone', '-q', '--bare', work, bare]);
  return bare;
}

/** The real Kubespray releases (v2.20.0 on), dated by their tag commits, with short notes. */
export function kubesprayReleases(): ReleaseSeed[] {
  return readDataTags().map((t) => ({
    tagName: t.tag,
    createdAt: new Date(t.date).toISOString(),
    body: `## What's changed in ${t.tag}\n\n* Fix etcd backup (#1234, @someone)\n`,
  }));
}

export interface Fixture {
  fake: FakeGitHub;
  gitDir: string;
  /** Every line any helper logged, to prove the token never appears. */
  logs: string[];
  helper(options?: Partial<GitHubHelperOptions>): GitHubHelper;
  /** Requests the fake answered since the given count, as `METHOD /path` strings. */
  since(count: number): string[];
  close(): Promise<void>;
}

export const BRANCHES = ['upgrade/v2.25.1', 'upgrade/v2.26.1', 'upgrade/v2.27.1', 'upgrade/v2.28.1'];

export async function startFixture(options: Partial<FakeGitHubOptions> = {}): Promise<Fixture> {
  const tmp = makeTempDir('ksu-gh-');
  const gitDir = buildOrigin(tmp.dir, BRANCHES);
  const fake = await startFakeGitHub({
    token: TOKEN,
    repos: [
      { fullName: REPO, gitDir },
      { fullName: KUBESPRAY, private: false, releases: kubesprayReleases() },
    ],
    ...options,
  });
  const logs: string[] = [];
  let helpers = 0;
  const sink = (level: string) => (m: string) => logs.push(`${level}: ${m}`);
  return {
    fake,
    gitDir,
    logs,
    helper: (o = {}) =>
      new GitHubHelper({
        token: TOKEN,
        repository: REPO,
        baseUrl: fake.url,
        retryBaseDelayMs: 20,
        // Each helper stands for its own job, so tests do not wait out each other's write spacing.
        throttleId: `test-${++helpers}`,
        log: { debug: sink('debug'), info: sink('info'), warning: sink('warning') },
        ...o,
      }),
    since: (count) => fake.requests.slice(count).map((r) => `${r.method} ${r.path}`),
    close: async () => {
      await fake.close();
      tmp.cleanup();
    },
  };
}
