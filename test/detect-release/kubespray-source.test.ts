/**
 * Where Kubespray comes from: a submodule at any path, or only image references, in the
 * forms public cluster repos use (our own files, modelled on their shapes), on real
 * Kubespray history from the data set.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { detectRelease } from '../../src/core/releases/detect/detect-release.js';
import { kubernetesInsight } from '../../src/core/releases/detect/kubernetes-insight.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { GitCommandManager, openGit } from '../../src/adapters/git/git-command-manager.js';
import { findVariableAssignments, scanImageText, type ImagePin } from '../../src/core/managers/image-pins.js';
import { checkImageReference, pinnedImage } from '../../src/core/upgrade/kubespray-image.js';
import type { AnsibleRunner } from '../../src/core/ansible/ansible-runner.js';
import { findKubespraySource } from '../../src/core/cluster-repo/kubespray-source.js';
import { locateKubespray } from '../../src/core/upgrade/kubespray-checkout.js';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { buildClusterRepo } from '../support/cluster-repo.js';
import { git } from '../support/git.js';
import { makeTempDir } from '../support/tmp.js';
import { defaultKubeVersion } from '../kubespray-report/data-facts.js';
import { kubesprayCacheDir } from '../../src/adapters/runner/cache-dir.js';

const tmp = makeTempDir('ksu-source-');
/** The entrypoint's choice of cache: under this suite's temp dir, never the user's ~/.cache. */
const CACHE = kubesprayCacheDir({ XDG_CACHE_HOME: path.join(tmp.dir, 'xdg-cache') });
let up: KubesprayUpstream;
beforeAll(() => {
  up = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: ['v2.24.1', 'v2.25.1'] });
});
afterAll(() => tmp.cleanup());

let n = 0;
/** A cluster repo with no submodule at all: only these files, committed. */
function imageRepo(files: Record<string, string>): string {
  const dir = path.join(tmp.dir, `img${n++}`);
  mkdirSync(dir);
  git(dir, ['init', '-q']);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  git(dir, ['add', '-A']);
  git(dir, ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', 'cluster repo']);
  return dir;
}

const INVENTORY = { 'inventory/prod/inventory.ini': '[kube_control_plane]\ncp1\n[etcd]\ncp1\n[kube_node]\nw1\n', 'inventory/prod/group_vars/all/all.yml': '---\n' };

/** Each form names v2.24.1 for the kubespray image; `at` is the file:line that pins it. */
const forms: Array<{ name: string; files: Record<string, string>; at: string[] }> = [
  { name: 'Containerfile FROM', files: { 'images/kubespray/Containerfile': 'FROM quay.io/kubespray/kubespray:v2.24.1\nRUN pip install jmespath\n' }, at: ['images/kubespray/Containerfile:1'] },
  { name: 'Dockerfile ARG default', files: { Dockerfile: 'ARG KUBESPRAY_VERSION=v2.24.1\nFROM quay.io/kubespray/kubespray:${KUBESPRAY_VERSION}\n' }, at: ['Dockerfile:1'] },
  {
    name: '.env and a compose file',
    files: { '.env': 'CLUSTER=prod\nKUBESPRAY_TAG=v2.24.1\n', 'docker-compose.yml': 'services:\n  kubespray:\n    image: quay.io/kubespray/kubespray:${KUBESPRAY_TAG}\n    volumes: ["./inventory:/inventory"]\n' },
    at: ['.env:2'],
  },
  { name: 'Makefile', files: { Makefile: 'KUBESPRAY_VERSION ?= v2.24.1\nIMAGE := quay.io/kubespray/kubespray:$(KUBESPRAY_VERSION)\n\nshell:\n\tdocker run --rm -it $(IMAGE) bash\n' }, at: ['Makefile:1'] },
  {
    name: 'shell script through two variables',
    files: { 'scripts/deploy.sh': '#!/usr/bin/env bash\nIMAGE_TAG="v2.24.1"\nDOCKER_IMAGE=quay.io/kubespray/kubespray:${IMAGE_TAG}\ndocker run --rm "${DOCKER_IMAGE}" ansible-playbook cluster.yml\n', 'compose.yaml': 'services:\n  ks:\n    image: ${DOCKER_IMAGE}\n' },
    at: ['scripts/deploy.sh:2'],
  },
  { name: 'shell script, direct', files: { 'run.sh': '#!/bin/sh\npodman run --rm -v "$PWD/inventory:/inventory" quay.io/kubespray/kubespray:v2.24.1 bash\n' }, at: ['run.sh:2'] },
  { name: 'Helm values', files: { 'deploy/values.yaml': 'job:\n  image:\n    repository: quay.io/kubespray/kubespray\n    tag: "v2.24.1"\n    pullPolicy: IfNotPresent\n' }, at: ['deploy/values.yaml:4'] },
  { name: 'Kustomize images', files: { 'deploy/kustomization.yaml': 'resources: [job.yaml]\nimages:\n  - name: quay.io/kubespray/kubespray\n    newTag: v2.24.1\n' }, at: ['deploy/kustomization.yaml:4'] },
];

describe('image-only repos: every form that names the release', () => {
  for (const f of forms) {
    it(`${f.name}: detected at its file and line, and the next hop is planned from it`, async () => {
      // A README naming another release is prose, not a pin.
      const dir = imageRepo({ ...INVENTORY, ...f.files, 'README.md': 'Upgrade with quay.io/kubespray/kubespray:v2.23.0 first.\n' });
      const source = await findKubespraySource(new GitCommandManager(dir), 'HEAD');
      expect(source.kind).toBe('image');
      if (source.kind !== 'image') return;
      expect(source.version).toBe('v2.24.1');
      expect(source.pins.map((p) => `${p.file}:${p.line}`)).toEqual(expect.arrayContaining(f.at));
      const r = await detectRelease({ repoPath: dir, kubesprayRepository: up.url, allowPrerelease: false, kubesprayCache: CACHE }, openGit);
      expect([r.current.tag, r.currentCommit, r.next?.tag, r.submodule]).toEqual(['v2.24.1', up.commits.get('v2.24.1'), 'v2.25.1', undefined]);
    });
  }

  it('reads the tree at the needed tags from upstream into a cache that later runs reuse', async () => {
    const dir = imageRepo({ ...INVENTORY, Dockerfile: 'FROM quay.io/kubespray/kubespray:v2.24.1\n' });
    // The entrypoint passes RUNNER_TEMP: the cache lives under it and later runs reuse it.
    const runnerTemp = path.join(tmp.dir, 'runner-temp');
    const r = await detectRelease({ repoPath: dir, kubesprayRepository: up.url, allowPrerelease: false, kubesprayCache: CACHE }, openGit);
    const k = await kubernetesInsight(new GitCommandManager(dir), r, ['inventory/prod'], path.join(tmp.dir, 'no-kubernetes-remote'), kubesprayCacheDir({ RUNNER_TEMP: runnerTemp }));
    expect(k.current).toEqual({ known: true, value: defaultKubeVersion('v2.24.1') });
    expect(k.next).toEqual({ known: true, value: defaultKubeVersion('v2.25.1') });
    const cache = path.join(runnerTemp, 'kubespray-upgrade', 'kubespray.git');
    expect(git(cache, ['rev-parse', 'v2.24.1', 'v2.25.1']).trim().split('\n')).toEqual([up.commits.get('v2.24.1'), up.commits.get('v2.25.1')]);
    expect(git(cache, ['rev-parse', '--is-shallow-repository']).trim()).toBe('true');
    // A later run with upstream gone still has both trees.
    const offline = { ...r, upstreamUrl: path.join(tmp.dir, 'gone.git') };
    const again = await kubernetesInsight(new GitCommandManager(dir), offline, ['inventory/prod'], path.join(tmp.dir, 'no-kubernetes-remote'), kubesprayCacheDir({ RUNNER_TEMP: runnerTemp }));
    expect(again.next).toEqual(k.next);
  });

  it('releases that disagree are one error naming each place', async () => {
    const dir = imageRepo({ Dockerfile: 'FROM quay.io/kubespray/kubespray:v2.24.1\n', 'Makefile': 'IMAGE=quay.io/kubespray/kubespray:v2.25.1\n' });
    await expect(findKubespraySource(new GitCommandManager(dir), 'HEAD')).rejects.toThrow(/name 2 releases \(Dockerfile:1 v2\.24\.1, Makefile:1 v2\.25\.1\)/);
  });

  it('a repo with neither gets one error saying both were looked for and how to configure either', async () => {
    const dir = imageRepo({ ...INVENTORY, 'README.md': 'quay.io/kubespray/kubespray:v2.24.1 is what we run\n' });
    const err = await detectRelease({ repoPath: dir, allowPrerelease: false, kubesprayCache: CACHE }, openGit).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    const msg = (err as Error).message;
    expect(msg).toContain('looked for a submodule whose URL ends in "kubespray"');
    expect(msg).toContain('and for a kubespray image reference pinned at a release');
    expect(msg).toContain('Set submodule-path to the Kubespray submodule');
    expect(msg).toContain('or pin the kubespray image');
  });
});

describe('a submodule at any path wins over image references', () => {
  it('vendor/kubespray is found and pinned, even beside a Containerfile', async () => {
    const root = path.join(tmp.dir, `sub${n++}`);
    mkdirSync(root);
    const seed = buildClusterRepo(root, { upstream: up, tag: 'v2.24.1', submodulePath: 'vendor/kubespray' }).seed;
    const r = await detectRelease({ repoPath: seed, allowPrerelease: false, kubesprayCache: CACHE }, openGit);
    expect([r.source.kind, r.submodule?.path, r.current.tag, r.next?.tag]).toEqual(['submodule', 'vendor/kubespray', 'v2.24.1', 'v2.25.1']);
  });
});

describe('the text scanners', () => {
  it('do not take a lookalike image, a longer version or a variable assigned something else', () => {
    const text = 'FROM quay.io/acme/kubespray-tools:v2.24.1\nFROM quay.io/kubespray/kubespray:v2.24.1.post1\nimage: quay.io/kubespray/kubespray:${TAG}\n';
    const r = scanImageText(text, 'f');
    expect(r.pins).toEqual([]);
    expect([...r.variables]).toEqual(['TAG']);
    expect(findVariableAssignments('TAG=latest\nTAGS=v2.24.1\nexport TAG="v2.24.1" # pinned\n', 'f', 'TAG').map((p) => p.line)).toEqual([3]);
  });
});

describe('run-upgrade on an image-only repo', () => {
  const unusedImages = { workingDir: () => Promise.reject(new Error('no engine call expected')), copyOut: () => Promise.reject(new Error('no engine call expected')) };
  const locate = (dir: string, runner: AnsibleRunner) => locateKubespray({ repoPath: dir, runner, imageTreeDir: path.join(dir, '.tree'), images: unusedImages, openGit });

  it('with runner local: refuses before anything runs, naming the image pins and the exact fix', async () => {
    const dir = imageRepo({ ...INVENTORY, Dockerfile: 'FROM quay.io/kubespray/kubespray:v2.24.1\n' });
    const err = await locate(dir, { kind: 'local' }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ConfigurationError);
    expect((err as Error).message).toBe(
      'this repo names Kubespray only through its image (Dockerfile:1 at v2.24.1), so run-upgrade runs the playbooks inside that image: set runner: container ' +
        "(image defaults to the pinned reference; set image to the team's own build of v2.24.1), or add Kubespray as a submodule at v2.24.1 to run it with runner: local",
    );
  });

  it('with runner container: a pinned reference that is no image reference is refused before the engine is called', async () => {
    const dir = imageRepo({ ...INVENTORY, Dockerfile: 'FROM quay.io/kubespray/kubespray:v2.24.1\n' });
    const err = await locate(dir, { kind: 'container', image: '--privileged' }).catch((e: unknown) => e);
    expect((err as Error).message).toMatch(/^input image "--privileged" is not an image reference; write it as registry\/path\/name:tag/);
  });

  it('defaults to the repository the pins write out, and refuses two', () => {
    const pin = (file: string, image?: string): ImagePin => ({ file, line: 1, version: 'v2.26.0', form: image ? 'reference' : 'variable', image });
    expect(pinnedImage([pin('.env')], 'v2.26.0')).toBe('quay.io/kubespray/kubespray:v2.26.0');
    expect(pinnedImage([pin('.env'), pin('Makefile', 'mirror.example.com:5000/kubespray/kubespray')], 'v2.26.0')).toBe('mirror.example.com:5000/kubespray/kubespray:v2.26.0');
    expect(() => pinnedImage([pin('a', 'quay.io/kubespray/kubespray'), pin('b', 'mirror.example.com/kubespray')], 'v2.26.0')).toThrow(
      /name 2 images \(a:1 quay\.io\/kubespray\/kubespray, b:1 mirror\.example\.com\/kubespray\); set input image/,
    );
    for (const ok of ['quay.io/kubespray/kubespray:v2.26.0', 'localhost:5000/k/kubespray:v2.26.0-1', `k@sha256:${'a'.repeat(64)}`]) expect(() => checkImageReference(ok, 'input image')).not.toThrow();
    for (const bad of ['', 'Quay.io/X:v1', 'a b', 'img:-tag', 'img:v1;id', '-x']) expect(() => checkImageReference(bad, 'input image'), bad).toThrow(ConfigurationError);
  });

  it('records which image each direct or values pin names', () => {
    const r = scanImageText('FROM mirror.example.com/kubespray/kubespray:v2.26.0\nimage:\n  repository: quay.io/kubespray/kubespray\n  tag: v2.26.0\n', 'f');
    expect(r.pins.map((p) => [p.line, p.form, p.image])).toEqual([
      [1, 'reference', 'mirror.example.com/kubespray/kubespray'],
      [4, 'values', 'quay.io/kubespray/kubespray'],
    ]);
  });
});
