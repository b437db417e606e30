/**
 * A Kubespray submodule that points at a team's fork (our own fixture, shaped like public
 * GitHub forks: local patches on a release tag, tagged `vX.Y.Z-<suffix>`, replayed on a later
 * release for the next tag), built on the data set's real Kubespray history. The .gitmodules
 * URLs are the real-looking public ones; git's own `url.insteadOf` maps them to local repos.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { ACME_FORK_URL, buildAcmeFork, HOSTILE_SUBJECTS, UPSTREAM_KUBESPRAY_URL, type KubesprayFork } from '../support/kubespray-fork.js';
import { buildClusterRepo, runnerCheckout } from '../support/cluster-repo.js';
import { runAction } from '../support/run-action.js';
import { makeTempDir } from '../support/tmp.js';
import { git } from '../support/git.js';
import { buildKubernetesTagsRepo, patchSeries } from '../support/kubernetes-tags.js';
import { forgedCommands } from '../support/runner-commands.js';

const FORK_URL = ACME_FORK_URL;
const UPSTREAM_URL = UPSTREAM_KUBESPRAY_URL;

const tmp = makeTempDir('ksu-fork-');
let upstream: KubesprayUpstream;
let fork: KubesprayFork;
let k8sUrl: string;
let env: NodeJS.ProcessEnv;
const saved = { ...process.env };

beforeAll(() => {
  k8sUrl = buildKubernetesTagsRepo(tmp.dir, [...patchSeries(1, 30, 4), ...patchSeries(1, 31, 4)]);
  upstream = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: ['v2.25.1', 'v2.26.0', 'v2.27.0', 'v2.27.1', 'v2.28.0', 'v2.28.1'] });
  fork = buildAcmeFork(tmp.dir, upstream);
  env = fork.env;
  // The fixture repos are cloned through the same public URLs.
  Object.assign(process.env, env);
});
afterAll(() => {
  for (const k of Object.keys(env)) if (!(k in saved)) delete process.env[k];
  tmp.cleanup();
});

let n = 0;
function clusterOn(url: string, pin: string) {
  const root = path.join(tmp.dir, `c${n++}`);
  mkdirSync(root);
  const repo = buildClusterRepo(root, { upstream: { ...upstream, url }, tag: pin });
  return runnerCheckout(repo, path.join(root, 'runner'));
}
const detect = (inputs: Record<string, string>) => runAction('detect-release', { 'kubernetes-repository': k8sUrl, dashboard: 'false', ...inputs }, { env });

describe('detect-release on a fork of Kubespray', () => {
  it('says the submodule is a fork, reads v2.26.0-acme.1 as built on v2.26.0 (not a pre-release), and counts the 3 commits the hop to v2.27.1 drops', async () => {
    const checkout = clusterOn(FORK_URL, fork.tag);
    const r = await detect({ path: checkout });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.fork).toBe('github.com/acme-platform/kubespray');
    expect(r.outputs['fork-base-version']).toBe('v2.26.0');
    expect(r.outputs['current-version']).toBe('v2.26.0');
    expect(r.outputs['current-commit']).toBe(fork.commits.get('v2.26.0-acme.1'));
    expect(r.outputs['next-version']).toBe('v2.27.1');
    expect(JSON.parse(r.outputs['upgrade-path']!)).toEqual(['v2.27.1', 'v2.28.1']);
    expect(r.outputs['fork-commits-dropped']).toBe('3');
    expect(r.stdout).toContain('never as an upstream pre-release');
    expect(r.summary).toContain('### Fork');
    expect(r.summary).toMatch(/\| `github.com\/acme-platform\/kubespray` \| `v2.26.0-acme.1` \| `v2.26.0` \| 3 \|/);
    expect(r.summary).toContain('This hop drops 3 commit(s)');
    expect(r.summary).toContain('`Pull images through the site registry mirror`');
    // Hostile subjects stay code spans in the summary and never act as commands in the log.
    expect(r.summary).toContain('`::error::FORGED-error from a commit subject`');
    // The one `<img` is inside a double-backtick span (the subject holds a backtick and ends with one).
    expect(r.summary).toContain(`\`\` ${HOSTILE_SUBJECTS[1]} \`\``);
    expect(r.summary.split('<img').length).toBe(2);
    expect(forgedCommands(r.stdout)).toEqual([]);
  });

  it('finds the base of an untagged fork commit from history, and counts only the commits the pin holds', async () => {
    const second = git(fork.work, ['rev-parse', `${fork.tag}~1`]).trim();
    const checkout = clusterOn(FORK_URL, second);
    const r = await detect({ path: checkout });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['fork-base-version']).toBe('v2.26.0');
    expect(r.outputs['current-commit']).toBe(second);
    expect(r.outputs['fork-commits-dropped']).toBe('2');
    expect(r.summary).toContain(`| \`${second.slice(0, 12)}\` | \`v2.26.0\` | 2 |`);
  });

  it("follow-fork-tags hops to the fork's v2.27.1-acme.1, which keeps every fork commit, and stops before the v2.28 line the fork has no tag on", async () => {
    const checkout = clusterOn(FORK_URL, fork.tag);
    const r = await detect({ path: checkout, 'follow-fork-tags': 'true' });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs['current-version']).toBe('v2.26.0-acme.1');
    expect(r.outputs['next-version']).toBe('v2.27.1-acme.1');
    expect(JSON.parse(r.outputs['upgrade-path']!)).toEqual(['v2.27.1-acme.1']);
    expect(r.outputs['fork-commits-dropped']).toBe('0');
    expect(r.stdout).toContain("the fork has no acme.# tag on upstream's v2.28 line");
    expect(r.summary).toContain('keeps every commit of the fork');
  });

  it("after an upstream hop merged, the fork submodule sits on upstream's v2.27.1 commit: read from upstream's history, nothing of the fork's own left to drop", async () => {
    const checkout = clusterOn(FORK_URL, upstream.commits.get('v2.27.1')!);
    const r = await detect({ path: checkout });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.fork).toBe('github.com/acme-platform/kubespray');
    expect(r.outputs['fork-base-version']).toBe('v2.27.1');
    expect(r.outputs['current-version']).toBe('v2.27.1');
    expect(r.outputs['next-version']).toBe('v2.28.1');
    expect(r.outputs['fork-commits-dropped']).toBe('0');
    expect(r.summary).toMatch(/\| `v2.27.1` \| 0 \| upstream's releases \|/);
  });

  it('follow-fork-tags on an untagged fork pin is a configuration error that says what to pin', async () => {
    const checkout = clusterOn(FORK_URL, git(fork.work, ['rev-parse', `${fork.tag}~1`]).trim());
    const r = await detect({ path: checkout, 'follow-fork-tags': 'true' });
    expect(r.exitCode).not.toBe(0);
    expect(r.outputs.status).toBe('configuration-error');
    expect(r.stdout).toContain("follow-fork-tags needs the kubespray submodule pinned at one of the fork's own tags");
  });

  it.each([UPSTREAM_URL, 'git@github.com:kubernetes-sigs/kubespray.git'])('raises no fork alarm for upstream itself (%s)', async (url) => {
    const checkout = clusterOn(url, 'v2.26.0');
    const r = await detect({ path: checkout });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.outputs.fork).toBe('');
    expect(r.outputs['fork-commits-dropped']).toBe('0');
    expect(r.outputs['next-version']).toBe('v2.27.1');
    expect(r.summary).not.toContain('### Fork');
  });
});
