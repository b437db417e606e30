import semver from 'semver';

/** A `vX.Y.Z` (optionally `-prerelease`) release tag. Build metadata and other tags are not releases. */
export interface ReleaseVersion {
  tag: string;
  major: number;
  minor: number;
  patch: number;
  prerelease: boolean;
  semver: semver.SemVer;
}

const RELEASE_TAG = /^v(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?$/;

export function parseReleaseTag(tag: string): ReleaseVersion | undefined {
  const m = RELEASE_TAG.exec(tag);
  if (!m) return undefined;
  const parsed = semver.parse(tag.slice(1));
  if (!parsed) return undefined;
  return {
    tag,
    major: parsed.major,
    minor: parsed.minor,
    patch: parsed.patch,
    prerelease: parsed.prerelease.length > 0,
    semver: parsed,
  };
}

export function compareReleases(a: ReleaseVersion, b: ReleaseVersion): number {
  return semver.compare(a.semver, b.semver);
}

export function sameMinor(a: ReleaseVersion, b: ReleaseVersion): boolean {
  return a.major === b.major && a.minor === b.minor;
}

export function minorKey(v: Pick<ReleaseVersion, 'major' | 'minor'>): string {
  return `${v.major}.${v.minor}`;
}
