import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildClusterRepo } from '../support/cluster-repo.js';
import { runAction } from '../support/run-action.js';
import { runCli } from '../cli/run-cli.js';
import { useDetectUpstreams } from '../support/detect-upstreams.js';
import { git } from '../support/git.js';

/**
 * With the Kubespray submodule not initialized (a plain `git clone`), every read of Kubespray's
 * trees (the pin's galaxy.yml, the next hop's) goes to one cache the entrypoint chose: under
 * RUNNER_TEMP on a runner, under $XDG_CACHE_HOME at a terminal. Never the user's ~/.cache
 * behind the entrypoint's back.
 */
const { tmp, built } = useDetectUpstreams('ksu-cache-location-');

let n = 0;
/** The cluster repo cloned without its submodule, and a home whose ~/.cache must stay empty. */
function uninitializedClone(): { repo: string; home: string } {
  const root = path.join(tmp.dir, `c${n++}`);
  mkdirSync(root);
  const { seed } = buildClusterRepo(root, { upstream: built.upstream, tag: 'v2.24.1' });
  const repo = path.join(root, 'clone');
  git(root, ['clone', '-q', seed, repo]);
  expect(existsSync(path.join(repo, 'kubespray', 'galaxy.yml'))).toBe(false);
  const home = path.join(root, 'home');
  mkdirSync(home);
  return { repo, home };
}
const cached = (cache: string, tag: string) => git(cache, ['rev-parse', `refs/tags/${tag}`]).trim();

describe('where Kubespray objects are cached when the submodule is not checked out', () => {
  it('detect-release on a runner: under RUNNER_TEMP, the pin and the next hop both', async () => {
    const { repo, home } = uninitializedClone();
    const runnerTemp = path.join(tmp.dir, `runner-temp-${n}`);
    mkdirSync(runnerTemp);
    const r = await runAction('detect-release', { path: repo, 'kubernetes-repository': built.k8sUrl }, { env: { HOME: home, RUNNER_TEMP: runnerTemp } });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['next-version']).toBe('v2.25.1');
    const cache = path.join(runnerTemp, 'kubespray-upgrade', 'kubespray.git');
    expect(cached(cache, 'v2.24.1')).toBe(built.upstream.commits.get('v2.24.1'));
    expect(cached(cache, 'v2.25.1')).toBe(built.upstream.commits.get('v2.25.1'));
    expect(existsSync(path.join(home, '.cache'))).toBe(false);
  });

  it('the CLI at a terminal: under $XDG_CACHE_HOME', async () => {
    const { repo, home } = uninitializedClone();
    const xdg = path.join(tmp.dir, `xdg-${n}`);
    const r = await runCli(['detect', '--repo', repo, '--json'], { env: { HOME: home, XDG_CACHE_HOME: xdg } });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(JSON.parse(r.stdout).nextVersion).toBe('v2.25.1');
    expect(cached(path.join(xdg, 'kubespray-upgrade', 'kubespray.git'), 'v2.24.1')).toBe(built.upstream.commits.get('v2.24.1'));
    expect(existsSync(path.join(home, '.cache'))).toBe(false);
  });
});
