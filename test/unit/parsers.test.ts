import { describe, expect, it } from 'vitest';
import { parseLsRemoteTags, redactUrl, releaseTags, assertSafeRemote } from '../../src/core/releases/datasources/git-tags.js';
import { joinRelativeUrl, looksLikeKubespray, selectKubespraySubmodule } from '../../src/core/cluster-repo/submodules.js';
import { parseArgs } from '../../src/cli/args.js';

const A = 'a'.repeat(40);
const B = 'b'.repeat(40);
const C = 'c'.repeat(40);

describe('parseLsRemoteTags', () => {
  it('peels annotated tags and keeps lightweight ones', () => {
    const out = `${A}\trefs/tags/v2.24.0\n${B}\trefs/tags/v2.24.0^{}\n${C}\trefs/tags/v2.24.1\n`;
    expect(parseLsRemoteTags(out)).toEqual([
      { name: 'v2.24.0', commit: B },
      { name: 'v2.24.1', commit: C },
    ]);
  });
  it('keeps only allowed release tags', () => {
    const tags = [
      { name: 'v2.25.0-rc.1', commit: A },
      { name: 'v2.24.1', commit: B },
      { name: 'junk', commit: C },
    ];
    expect(releaseTags(tags, false).map((t) => t.tag)).toEqual(['v2.24.1']);
    expect(releaseTags(tags, true).map((t) => t.tag)).toEqual(['v2.25.0-rc.1', 'v2.24.1']);
  });
});

describe('URLs', () => {
  it('redacts credentials', () => {
    expect(redactUrl('https://x-access-token:ghs_abc@github.com/o/r.git')).toBe('https://***@github.com/o/r.git');
    expect(redactUrl('git@github.com:o/r.git')).toBe('git@github.com:o/r.git');
  });
  it('refuses option-like remotes', () => {
    expect(() => assertSafeRemote('--upload-pack=touch /tmp/x')).toThrow(/refusing/);
  });
  it('resolves relative submodule URLs like git', () => {
    expect(joinRelativeUrl('https://github.com/acme/clusters.git', '../kubespray.git')).toBe('https://github.com/acme/kubespray.git');
    expect(joinRelativeUrl('https://github.com/acme/clusters', '../../kubernetes-sigs/kubespray')).toBe('https://github.com/kubernetes-sigs/kubespray');
    expect(joinRelativeUrl('git@github.com:acme/clusters.git', '../kubespray.git')).toBe('git@github.com:acme/kubespray.git');
    expect(joinRelativeUrl('/srv/git/clusters.git', './kubespray.git')).toBe('/srv/git/clusters.git/kubespray.git');
  });
  it.each([
    ['https://github.com/kubernetes-sigs/kubespray.git', true],
    ['https://github.com/kubernetes-sigs/kubespray', true],
    ['git@github.com:acme/kubespray.git', true],
    ['https://github.com/acme/kubespray-inventory.git', false],
    ['https://github.com/acme/not-kubespray', false],
  ])('looksLikeKubespray(%s) = %s', (url, expected) => expect(looksLikeKubespray(url)).toBe(expected));
  it('selects a requested submodule by normalised path', () => {
    const subs = [{ name: 'k', path: 'vendor/kubespray', url: 'x' }];
    expect(selectKubespraySubmodule(subs, './vendor/kubespray/').path).toBe('vendor/kubespray');
  });
});

describe('CLI argument parsing', () => {
  it('reads --flag value, --flag=value and switches', () => {
    const a = parseArgs(['--repo', 'x', '--from=v1', '--json'], ['repo', 'from'], ['json']);
    expect(a.flags.get('repo')).toBe('x');
    expect(a.flags.get('from')).toBe('v1');
    expect(a.flags.get('json')).toBe(true);
  });
  it('rejects unknown flags and missing values', () => {
    expect(() => parseArgs(['--nope'], [], [])).toThrow(/unknown option --nope/);
    expect(() => parseArgs(['--repo'], ['repo'], [])).toThrow(/--repo needs a value/);
  });
});
