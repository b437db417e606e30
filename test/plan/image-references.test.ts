import { describe, expect, it } from 'vitest';
import { bumpImageReferences, defaultKubesprayRule, resetBuildSuffix } from '../../src/core/managers/image-references.js';
import { globToRegExp, matchesAny } from '../../src/core/managers/glob.js';

const bump = (text: string, rules = [defaultKubesprayRule('v2.24.1')]) => bumpImageReferences(text, 'v2.24.1', 'v2.25.1', rules);

describe('default rule: kubespray:<current>', () => {
  it('bumps the Containerfile FROM line', () => {
    const r = bump('FROM quay.io/kubespray/kubespray:v2.24.1\nRUN true\n');
    expect(r.text).toBe('FROM quay.io/kubespray/kubespray:v2.25.1\nRUN true\n');
    expect(r.changes).toEqual([{ line: 1, before: 'FROM quay.io/kubespray/kubespray:v2.24.1', after: 'FROM quay.io/kubespray/kubespray:v2.25.1', rule: expect.any(String) }]);
  });

  it('resets the team build number in scripts', () => {
    const src = 'podman build -t registry.example.com/platform/kubespray:v2.24.1-2 .\npodman push registry.example.com:5000/platform/kubespray:v2.24.1-2\n';
    expect(bump(src).text).toBe('podman build -t registry.example.com/platform/kubespray:v2.25.1-1 .\npodman push registry.example.com:5000/platform/kubespray:v2.25.1-1\n');
  });

  it.each([
    ['kubespray:v2.24.10', 'a later patch'],
    ['kubespray:v2.24.1.1', 'a four-part tag'],
    ['kubespray-tools:v2.24.1', 'another image'],
    ['mykubespray:v2.24.1', 'another image name ending in kubespray'],
    ['kubespray:v2.23.0', 'another version'],
  ])('leaves %s alone (%s)', (text) => {
    expect(bump(`image: ${text}\n`).changes).toEqual([]);
  });

  it('handles several references on a line and keeps other text byte for byte', () => {
    const src = 'a kubespray:v2.24.1 b quay.io/kubespray/kubespray:v2.24.1-3-gpu "c"\r\n';
    expect(bump(src).text).toBe('a kubespray:v2.25.1 b quay.io/kubespray/kubespray:v2.25.1-1-gpu "c"\r\n');
  });
});

describe('build suffix rule', () => {
  it.each([
    [undefined, ''],
    ['-2', '-1'],
    ['-17', '-1'],
    ['-3-gpu', '-1-gpu'],
    ['-custom', '-custom'],
  ])('%s -> %s', (s, expected) => expect(resetBuildSuffix(s)).toBe(expected));
});

describe('custom rules with a named version group', () => {
  it('bumps a version without the v prefix and resets a build group', () => {
    const rule = { name: 'env', pattern: /KUBESPRAY_VERSION=(?<version>[\d.]+)\nBUILD=(?<build>\d+)/dg };
    const r = bumpImageReferences('KUBESPRAY_VERSION=2.24.1\nBUILD=4\n', 'v2.24.1', 'v2.25.1', [rule]);
    expect(r.text).toBe('KUBESPRAY_VERSION=2.25.1\nBUILD=1\n');
    expect(r.changes.map((c) => c.line)).toEqual([1, 2]);
  });

  it('does not edit text twice when two rules match the same span', () => {
    const custom = { name: 'c', pattern: /kubespray:(?<version>v[\d.]+)/dg };
    const r = bump('kubespray:v2.24.1\n', [custom, defaultKubesprayRule('v2.24.1')]);
    expect(r.text).toBe('kubespray:v2.25.1\n');
  });
});

describe('glob', () => {
  it.each([
    ['images/**', 'images/kubespray/Containerfile', true],
    ['**/Containerfile', 'Containerfile', true],
    ['**/Containerfile', 'a/b/Containerfile', true],
    ['*.sh', 'a/b.sh', false],
    ['docs/*.md', 'docs/a.md', true],
    ['docs/?.md', 'docs/ab.md', false],
  ])('%s ~ %s = %s', (g, p, expected) => expect(globToRegExp(g).test(p)).toBe(expected));
  it('matchesAny tolerates ./', () => expect(matchesAny('docs/x', ['./docs/**'])).toBe(true));
});
