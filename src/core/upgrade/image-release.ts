import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { galaxyVersion } from '../releases/detect/pinned-release.js';
import { UPSTREAM_KUBESPRAY_IMAGE } from './kubespray-image.js';

/** What the Kubespray tree of an image says about its release, compared with the pinned one. */
export type ImageRelease = { kind: 'pinned'; evidence: string } | { kind: 'other'; evidence: string } | { kind: 'unknown'; why: string };

/** A galaxy.yml larger than this is not Kubespray's (a few hundred bytes in every tag). */
const GALAXY_MAX_BYTES = 64 * 1024;

/**
 * The first release whose galaxy.yml names its own tag, as every later one does. Before it the
 * file is missing (up to v2.21.0) or one minor behind: v2.22.0 and v2.22.1 say 2.21.0, v2.23.0
 * and v2.23.1 say 2.22.1. So "2.21.0" or "2.22.1" may be a later tree, and an equal number
 * confirms a pin only from here on.
 */
const EXACT_GALAXY_FROM = { major: 2, minor: 23, patch: 2 };

/**
 * The release a Kubespray tree holds, from its galaxy.yml `version`, the tree's only statement
 * of its release. A number equal to the pin confirms it where Kubespray's galaxy.yml is exact;
 * a number the pin's tree cannot carry (another major, ahead of the pin, two or more minors
 * behind, or anything else once galaxy.yml is exact) is another release; the rest is unknown.
 */
export function imageRelease(galaxyText: string | undefined, pinned: string): ImageRelease {
  if (galaxyText === undefined) return { kind: 'unknown', why: 'its tree has no galaxy.yml (Kubespray has one from v2.22.0 on)' };
  const tree = galaxyVersion(galaxyText);
  if (!tree) return { kind: 'unknown', why: 'its galaxy.yml has no version: X.Y.Z line' };
  const evidence = `its galaxy.yml says version ${tree.text}`;
  const m = /^v(\d+)\.(\d+)\.(\d+)$/.exec(pinned);
  if (!m) return { kind: 'unknown', why: `the pin ${pinned} is not a vX.Y.Z release, so ${evidence} cannot confirm it` };
  const pin = { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]) };
  const order = (a: typeof pin, b: typeof pin) => a.major - b.major || a.minor - b.minor || a.patch - b.patch;
  if (order(pin, EXACT_GALAXY_FROM) >= 0) return order(tree, pin) === 0 ? { kind: 'pinned', evidence } : { kind: 'other', evidence };
  // Before v2.23.2 galaxy.yml may lag its tag by one minor, never lead it.
  if (tree.major !== pin.major || order(tree, pin) > 0 || tree.minor < pin.minor - 1) return { kind: 'other', evidence };
  return {
    kind: 'unknown',
    why: `${evidence}, and before v2.23.2 Kubespray's galaxy.yml did not name its own release exactly (v2.22.0–v2.22.1 say 2.21.0, v2.23.0–v2.23.1 say 2.22.1)`,
  };
}

/** Reads galaxy.yml of a tree copied out of an image; undefined when there is none. */
export function readTreeGalaxy(hostDir: string): string | undefined {
  const file = path.join(hostDir, 'galaxy.yml');
  if (!existsSync(file) || !statSync(file).isFile()) return undefined;
  if (statSync(file).size > GALAXY_MAX_BYTES) return '';
  return readFileSync(file, 'utf8');
}

/**
 * Refuses, before anything runs inside it, an image whose Kubespray is not the pinned release,
 * and one whose release cannot be read unless the input accepts that. Returns the line to log:
 * a warning when the release was taken unconfirmed.
 */
export function checkImageRelease(o: { image: string; hostDir: string; pinned: string; where: string; acceptUnidentified: boolean }): { confirmed: boolean; message: string } {
  const found = imageRelease(readTreeGalaxy(o.hostDir), o.pinned);
  const built = `${UPSTREAM_KUBESPRAY_IMAGE}:${o.pinned}`;
  if (found.kind === 'pinned') return { confirmed: true, message: `the image ${o.image} holds Kubespray ${o.pinned}, the release the repo pins: ${found.evidence}` };
  if (found.kind === 'other') {
    throw new ConfigurationError(
      `the image ${o.image} holds another Kubespray release than ${o.pinned}, the one the repo pins (${o.where}): ${found.evidence} (in its working directory); ` +
        `its playbooks are not the reviewed release, so nothing runs in it. Fix: rebuild the image FROM ${built}, or set input image to an image built from it`,
    );
  }
  if (!o.acceptUnidentified) {
    throw new ConfigurationError(
      `cannot tell which Kubespray release the image ${o.image} holds: ${found.why}; the repo pins ${o.pinned} (${o.where}), and an image is not trusted on its tag. ` +
        `Fix: once you have checked that the image is built FROM ${built}, set input accept-unidentified-image-release: true to run it as ${o.pinned}`,
    );
  }
  return {
    confirmed: false,
    message: `the image ${o.image} is taken as Kubespray ${o.pinned} without confirmation (${found.why}), because input accept-unidentified-image-release is true`,
  };
}
