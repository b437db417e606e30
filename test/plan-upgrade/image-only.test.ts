/**
 * An image-only cluster repo (no submodule; our own files, shaped like public repos that
 * pin quay.io/kubespray/kubespray in a Containerfile ARG, a Makefile and Helm values):
 * plan-upgrade reads Kubespray from upstream and moves every image pin; report does too.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import type { UpgradeReport } from '../../src/core/knowledge/upgrade-report-types.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';
import { git } from '../support/git.js';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { distEntry, KUBESPRAY_DATA } from '../support/paths.js';
import { runAction } from '../support/run-action.js';
import { makeTempDir } from '../support/tmp.js';
import { releaseSeeds, REPO, TOKEN } from './fixture.js';

const tmp = makeTempDir('ksu-image-only-');
let up: KubesprayUpstream;
let fake: FakeGitHub;
let checkout: string;
let origin: string;
beforeAll(async () => {
  up = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: ['v2.24.1', 'v2.25.1'] });
  const seed = path.join(tmp.dir, 'seed');
  mkdirSync(seed);
  git(seed, ['init', '-q', '-b', 'main']);
  cpSync(path.join(KUBESPRAY_DATA, 'tags/v2.24.1/inventory/sample'), path.join(seed, 'inventory/prod'), { recursive: true });
  const files: Record<string, string> = {
    'images/kubespray/Containerfile': 'ARG KUBESPRAY_VERSION=v2.24.1\nFROM quay.io/kubespray/kubespray:${KUBESPRAY_VERSION}\nRUN pip install jmespath\n',
    Makefile: 'IMAGE ?= quay.io/kubespray/kubespray:v2.24.1\n\nupgrade:\n\tdocker run --rm -v $(PWD)/inventory:/inventory $(IMAGE) ansible-playbook -i /inventory/prod upgrade-cluster.yml\n',
    'deploy/values.yaml': 'image:\n  repository: quay.io/kubespray/kubespray\n  tag: v2.24.1\n',
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(seed, rel)), { recursive: true });
    writeFileSync(path.join(seed, rel), text);
  }
  git(seed, ['add', '-A']);
  git(seed, ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'image-only cluster repo']);
  origin = path.join(tmp.dir, 'cluster.git');
  git(tmp.dir, ['clone', '-q', '--bare', seed, origin]);
  checkout = path.join(tmp.dir, 'runner');
  git(tmp.dir, ['clone', '-q', '--depth', '1', `file://${origin}`, checkout]);
  fake = await startFakeGitHub({ token: TOKEN, repos: [{ fullName: REPO, gitDir: origin }, { fullName: 'kubernetes-sigs/kubespray', releases: releaseSeeds() }] });
});
afterAll(async () => {
  await fake?.close();
  tmp.cleanup();
});

describe('image-only repo', () => {
  it('plan-upgrade moves every image pin, with no submodule, and studies the hop from upstream', async () => {
    const runnerTemp = path.join(tmp.dir, 'runner-temp');
    const r = await runAction(
      'plan-upgrade',
      { path: checkout, 'target-version': 'v2.25.1', 'github-token': TOKEN, 'kubespray-repository': up.url, 'dry-run': 'true' },
      { cwd: checkout, env: { ...fake.env(REPO), GITHUB_SERVER_URL: 'https://github.example', RUNNER_TEMP: runnerTemp } },
    );
    expect(r.exitCode, r.stdout).toBe(0);
    const head = r.outputs['head-sha']!;
    const show = (file: string) => git(checkout, ['show', `${head}:${file}`]);
    expect(show('images/kubespray/Containerfile')).toContain('ARG KUBESPRAY_VERSION=v2.25.1\n');
    expect(show('Makefile')).toContain('IMAGE ?= quay.io/kubespray/kubespray:v2.25.1\n');
    expect(show('deploy/values.yaml')).toContain('  tag: v2.25.1\n');
    // Only those three files change; no gitlink appears.
    expect(git(checkout, ['diff', '--name-only', `${head}^`, head]).trim().split('\n').sort()).toEqual(['Makefile', 'deploy/values.yaml', 'images/kubespray/Containerfile']);
    expect(git(checkout, ['ls-tree', '-r', head]).split('\n').some((l) => l.startsWith('160000'))).toBe(false);
    // The hop was studied from upstream's tags, kept in the cache under RUNNER_TEMP.
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8')) as UpgradeReport;
    expect(report.inventories).toEqual(['inventory/prod']);
    expect(report.hazards.map((h) => h.id)).toContain('kube-version-pinned');
    expect(git(path.join(runnerTemp, 'kubespray-upgrade', 'kubespray.git'), ['tag', '-l']).trim().split('\n').sort()).toEqual(['v2.24.1', 'v2.25.1']);
    const body = readFileSync(r.outputs['summary-path']!, 'utf8');
    expect(body).toContain('every kubespray image pin moves (this repo names Kubespray only through its image)');
    expect(body).toContain('`images/kubespray/Containerfile:1`');
  });

  it('report reads both tags from upstream into the cache and applies the inventory', async () => {
    const cacheHome = path.join(tmp.dir, 'xdg-cache');
    const out = await promisify(execFile)(process.execPath, [distEntry('cli'), 'report', '--repo', checkout, '--from', 'v2.24.1', '--to', 'v2.25.1', '--kubespray-repository', up.url, '--json'], {
      env: { ...process.env, RUNNER_TEMP: '', XDG_CACHE_HOME: cacheHome },
      maxBuffer: 64 << 20,
    });
    const report = JSON.parse(out.stdout) as UpgradeReport;
    expect(report.inventories).toEqual(['inventory/prod']);
    expect(report.components.kube_version!.pinned?.file).toBe('inventory/prod/group_vars/k8s_cluster/k8s-cluster.yml');
    expect(git(path.join(cacheHome, 'kubespray-upgrade', 'kubespray.git'), ['tag', '-l']).trim().split('\n').sort()).toEqual(['v2.24.1', 'v2.25.1']);
  });
});
