import { describe, expect, it } from 'vitest';
import { describeRepository, githubWebUrl, hostedRepository, sameRepository, UPSTREAM_KUBESPRAY } from '../../src/core/cluster-repo/repository-url.js';
import { suffixScheme, type ForkInfo } from '../../src/core/releases/detect/fork-release.js';
import { forkLinks } from '../../src/core/pull-request/fork-links.js';
import { parseReleaseTag } from '../../src/core/releases/versions/release-version.js';
import type { ReleaseTag } from '../../src/core/releases/datasources/git-tags.js';

const isUpstream = (url: string) => {
  const r = hostedRepository(url);
  return r !== undefined && sameRepository(r, UPSTREAM_KUBESPRAY);
};

describe('which repository a submodule URL names', () => {
  it.each([
    'https://github.com/kubernetes-sigs/kubespray.git',
    'https://github.com/kubernetes-sigs/kubespray',
    'https://github.com/Kubernetes-Sigs/Kubespray/',
    'http://github.com/kubernetes-sigs/kubespray.git',
    'https://x-access-token:secret@github.com/kubernetes-sigs/kubespray.git',
    'ssh://git@github.com/kubernetes-sigs/kubespray.git',
    'ssh://git@github.com:22/kubernetes-sigs/kubespray.git',
    'git://github.com/kubernetes-sigs/kubespray.git',
    'git@github.com:kubernetes-sigs/kubespray.git',
    'github.com:kubernetes-sigs/kubespray',
    '  https://GitHub.com/kubernetes-sigs/kubespray.git  ',
  ])('%s is upstream', (url) => expect(isUpstream(url)).toBe(true));

  it.each([
    ['https://github.com/acme-platform/kubespray.git', 'github.com/acme-platform/kubespray'],
    ['git@github.com:robin/kubespray.git', 'github.com/robin/kubespray'],
    ['https://gitlab.example.com/platform/infra/kubespray.git', 'gitlab.example.com/platform/infra/kubespray'],
    ['ssh://git@ghe.corp.example:7999/k8s/kubespray-fork.git', 'ghe.corp.example/k8s/kubespray-fork'],
    ['http://192.168.202.74/octopus/k8s-ansible.git', '192.168.202.74/octopus/k8s-ansible'],
    ['https://github.com/kubernetes-sigs/kubespray-fork.git', 'github.com/kubernetes-sigs/kubespray-fork'],
    ['https://github.example/kubernetes-sigs/kubespray.git', 'github.example/kubernetes-sigs/kubespray'],
  ])('%s is a fork: %s', (url, name) => {
    expect(isUpstream(url)).toBe(false);
    expect(describeRepository(hostedRepository(url)!)).toBe(name);
  });

  it.each(['/srv/git/kubespray.git', 'file:///srv/git/kubespray.git', '../kubespray.git', './kubespray', 'C:\\repos\\kubespray', 'https://github.com/kubespray', 'https://github.com/a/../kubespray'])(
    '%s names no hosted repository (never called a fork)',
    (url) => expect(hostedRepository(url)).toBeUndefined(),
  );
});

describe('web addresses of a fork', () => {
  it('github.com and the run\'s own GHES get a web address; another host gets none', () => {
    expect(githubWebUrl({ host: 'github.com', path: 'acme/kubespray' })).toBe('https://github.com/acme/kubespray');
    expect(githubWebUrl({ host: 'ghe.corp.example', path: 'k8s/kubespray' }, 'https://ghe.corp.example/')).toBe('https://ghe.corp.example/k8s/kubespray');
    expect(githubWebUrl({ host: 'gitlab.example.com', path: 'platform/kubespray' }, 'https://github.com')).toBeUndefined();
    expect(githubWebUrl({ host: 'ghe.corp.example', path: 'group/sub/kubespray' }, 'https://ghe.corp.example')).toBeUndefined();
  });

  const tag = (name: string, commit: string): ReleaseTag => ({ ...parseReleaseTag(name)!, commit });
  const fork = (url: string, over: Partial<ForkInfo> = {}): ForkInfo => ({
    repository: hostedRepository(url)!,
    url,
    upstreamUrl: 'https://github.com/kubernetes-sigs/kubespray.git',
    pinTag: 'v2.26.0-acme.1',
    base: tag('v2.26.0', 'a'.repeat(40)),
    ownCommits: 3,
    followTags: false,
    bases: new Map(),
    forkTags: [],
    history: undefined as never,
    ...over,
  });

  it('compares across forks on GitHub, inside the fork in follow mode, and names no page on another host', () => {
    const target = tag('v2.27.1', 'b'.repeat(40));
    expect(forkLinks(fork('git@github.com:acme/kubespray.git'), 'c'.repeat(40), target, 'https://github.com').url).toBe(
      'https://github.com/acme/kubespray/compare/v2.26.0-acme.1...kubernetes-sigs:kubespray:v2.27.1',
    );
    const follow = forkLinks(fork('https://github.com/acme/kubespray.git', { followTags: true }), 'c'.repeat(40), tag('v2.27.1-acme.1', 'd'.repeat(40)), 'https://github.com');
    expect(follow.url).toBe('https://github.com/acme/kubespray/compare/v2.26.0-acme.1...v2.27.1-acme.1');
    const untagged = forkLinks(fork('https://ghe.corp.example/k8s/kubespray.git', { pinTag: undefined, upstreamUrl: 'https://ghe.corp.example/mirrors/kubespray.git' }), 'c'.repeat(40), target, 'https://ghe.corp.example');
    expect(untagged.url).toBe(`https://ghe.corp.example/k8s/kubespray/compare/${'c'.repeat(40)}...mirrors:kubespray:v2.27.1`);
    const gitlab = forkLinks(fork('https://gitlab.example.com/platform/kubespray.git'), 'c'.repeat(40), target, 'https://github.com');
    expect(gitlab.url).toBeUndefined();
    expect(gitlab.why).toContain('gitlab.example.com');
    // A GHES fork of github.com's upstream: GitHub cannot compare across servers.
    expect(forkLinks(fork('https://ghe.corp.example/k8s/kubespray.git'), 'c'.repeat(40), target, 'https://ghe.corp.example').url).toBeUndefined();
  });
});

describe("a fork's tag series", () => {
  it.each([
    ['v2.26.0-acme.1', 'acme.#'],
    ['v2.27.1-acme.12', 'acme.#'],
    ['v2.26.0-kaas-3', 'kaas-#'],
    ['v2.26.0-rc.1', 'rc.#'],
    ['v2.26.0', undefined],
    ['release-2.26', undefined],
  ])('%s has the scheme %s', (t, scheme) => expect(suffixScheme(t)).toBe(scheme));
});
