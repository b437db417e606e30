/**
 * Which Kubespray release an image's tree holds, read from its galaxy.yml, on every tag of the
 * real history in the data set: an image is confirmed as the pinned release only when it is
 * that release, for every pair of tags (image built from one, repo pinning another).
 */
import { describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { imageRelease, checkImageRelease } from '../../src/core/upgrade/image-release.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { KUBESPRAY_DATA } from '../support/paths.js';
import { readDataTags } from '../support/kubespray-upstream.js';
import { makeTempDir } from '../support/tmp.js';

const tags = readDataTags().map((t) => t.tag);
const galaxyOf = (tag: string): string | undefined => {
  const file = path.join(KUBESPRAY_DATA, 'tags', tag, 'galaxy.yml');
  return existsSync(file) ? readFileSync(file, 'utf8') : undefined;
};

describe('the release an image holds, on real Kubespray history', () => {
  it('confirms an image built from the pinned tag wherever its galaxy.yml names it, and says unknown where Kubespray\'s did not', () => {
    const own = Object.fromEntries(tags.map((t) => [t, imageRelease(galaxyOf(t), t).kind]));
    // v2.20.0 and v2.21.0 have no galaxy.yml; v2.22.0/v2.22.1 say 2.21.0 and v2.23.0/v2.23.1 say 2.22.1.
    // v2.22.2 names itself, but a later tree could say 2.22.x too, so it is not confirmed either.
    expect(Object.keys(own).filter((t) => own[t] === 'unknown')).toEqual(['v2.20.0', 'v2.21.0', 'v2.22.0', 'v2.22.1', 'v2.22.2', 'v2.23.0', 'v2.23.1']);
    expect(Object.keys(own).filter((t) => own[t] === 'other')).toEqual([]);
    expect(tags.length).toBeGreaterThanOrEqual(25);
  });

  it('never confirms an image of one tag as another tag, and names the release it holds wherever galaxy.yml can tell', () => {
    let other = 0;
    for (const held of tags) {
      for (const pinned of tags) {
        if (held === pinned) continue;
        const r = imageRelease(galaxyOf(held), pinned);
        expect(r.kind, `image of ${held}, repo pins ${pinned}`).not.toBe('pinned');
        if (r.kind === 'other') {
          other++;
          // The evidence quoted is what the held tree's galaxy.yml states.
          expect(galaxyOf(held)).toContain(`version: ${r.evidence.split(' ').pop()}`);
        }
      }
    }
    // Most pairs are told apart; only a missing galaxy.yml or one a minor behind the pin is unknown.
    expect(other).toBeGreaterThan((tags.length * (tags.length - 1)) / 2);
  });

  it('reads galaxy.yml as written: quoted, commented, CRLF; and refuses to guess from a non-release pin', () => {
    expect(imageRelease("name: kubespray\nversion: '2.26.0'  # bumped by release\r\n", 'v2.26.0').kind).toBe('pinned');
    expect(imageRelease('version: 2.26.0\n', 'v2.26.0-rc1')).toMatchObject({ kind: 'unknown' });
    expect(imageRelease('version: 2.27.0\n', 'v2.26.0')).toEqual({ kind: 'other', evidence: 'its galaxy.yml says version 2.27.0' });
    // Once galaxy.yml is exact, a tree one minor behind is that older release, not a lagging pin.
    expect(imageRelease('version: 2.25.1\n', 'v2.26.0').kind).toBe('other');
    // Before, it may be the pin: v2.23.0's own galaxy.yml says 2.22.1.
    expect(imageRelease('version: 2.22.1\n', 'v2.23.1').kind).toBe('unknown');
    expect(imageRelease('version: 2.20.0\n', 'v2.22.1').kind).toBe('other');
    expect(imageRelease('namespace: kubernetes_sigs\n', 'v2.26.0')).toMatchObject({ kind: 'unknown', why: 'its galaxy.yml has no version: X.Y.Z line' });
  });
});

describe('checkImageRelease on a copied tree', () => {
  const tmp = makeTempDir('ksu-image-release-');
  const tree = (name: string, galaxy?: string) => {
    const dir = path.join(tmp.dir, name);
    mkdirSync(dir, { recursive: true });
    if (galaxy !== undefined) writeFileSync(path.join(dir, 'galaxy.yml'), galaxy);
    return dir;
  };
  const base = { image: 'registry.example.com/platform/kubespray:v2.26.0-1', pinned: 'v2.26.0', where: 'Dockerfile:1 at v2.26.0', acceptUnidentified: false };

  it('refuses another release with the fix, whatever the input says', () => {
    const hostDir = tree('other', galaxyOf('v2.25.0'));
    for (const acceptUnidentified of [false, true]) {
      expect(() => checkImageRelease({ ...base, hostDir, acceptUnidentified })).toThrow(ConfigurationError);
      expect(() => checkImageRelease({ ...base, hostDir, acceptUnidentified })).toThrow(
        'the image registry.example.com/platform/kubespray:v2.26.0-1 holds another Kubespray release than v2.26.0, the one the repo pins (Dockerfile:1 at v2.26.0): its galaxy.yml says version 2.25.0 (in its working directory); ' +
          'its playbooks are not the reviewed release, so nothing runs in it. Fix: rebuild the image FROM quay.io/kubespray/kubespray:v2.26.0, or set input image to an image built from it',
      );
    }
  });

  it('refuses an unreadable release unless accepted, then says it was not confirmed', () => {
    const hostDir = tree('none');
    expect(() => checkImageRelease({ ...base, hostDir })).toThrow(
      /cannot tell which Kubespray release the image .* holds: its tree has no galaxy\.yml .*Fix: once you have checked that the image is built FROM quay\.io\/kubespray\/kubespray:v2\.26\.0, set input accept-unidentified-image-release: true to run it as v2\.26\.0$/,
    );
    expect(checkImageRelease({ ...base, hostDir, acceptUnidentified: true })).toEqual({
      confirmed: false,
      message: expect.stringContaining('is taken as Kubespray v2.26.0 without confirmation (its tree has no galaxy.yml'),
    });
    expect(checkImageRelease({ ...base, hostDir: tree('same', galaxyOf('v2.26.0')) })).toEqual({
      confirmed: true,
      message: 'the image registry.example.com/platform/kubespray:v2.26.0-1 holds Kubespray v2.26.0, the release the repo pins: its galaxy.yml says version 2.26.0',
    });
  });
});
