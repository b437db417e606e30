import { compareReleases, minorKey, sameMinor, type ReleaseVersion } from './release-version.js';

/**
 * Kubespray supports upgrading one minor at a time. The next hop is the highest patch of
 * the next minor line that exists upstream; on the newest line it is that line's highest
 * patch. It is never lower than the current version, and never in another major version:
 * a major change (a real v3, or a stray v99.0.0) is only ever an explicit target.
 */
export function nextHop<T extends ReleaseVersion>(current: ReleaseVersion, candidates: readonly T[]): T | undefined {
  const newer = candidates.filter((c) => c.major === current.major && compareReleases(c, current) > 0);
  const laterMinors = newer.filter((c) => !sameMinor(c, current));
  const pool = laterMinors.length > 0 ? lowestMinorLine(laterMinors) : newer;
  return highest(pool);
}

/**
 * Every hop from current to the newest release: the highest patch of each later minor line
 * in order, or, on the newest line, that line's highest patch. Same result as applying
 * nextHop repeatedly, in O(n log n) so 5,000-tag upstreams stay fast.
 */
export function upgradePath<T extends ReleaseVersion>(current: ReleaseVersion, candidates: readonly T[]): T[] {
  const bestPerLine = new Map<string, T>();
  for (const c of candidates) {
    if (c.major !== current.major || compareReleases(c, current) <= 0) continue;
    const key = minorKey(c);
    const best = bestPerLine.get(key);
    if (!best || compareReleases(c, best) > 0) bestPerLine.set(key, c);
  }
  const lines = [...bestPerLine.values()].sort(compareReleases);
  const later = lines.filter((l) => !sameMinor(l, current));
  return later.length > 0 ? later : lines;
}

/**
 * The first release of a later major version (the highest patch of its lowest minor line),
 * shown to the user but never hopped to automatically.
 */
export function nextMajor<T extends ReleaseVersion>(current: ReleaseVersion, candidates: readonly T[]): T | undefined {
  const later = candidates.filter((c) => c.major > current.major);
  if (later.length === 0) return undefined;
  const major = Math.min(...later.map((c) => c.major));
  return highest(lowestMinorLine(later.filter((c) => c.major === major)));
}

export function highest<T extends ReleaseVersion>(versions: readonly T[]): T | undefined {
  let best: T | undefined;
  for (const v of versions) if (!best || compareReleases(v, best) > 0) best = v;
  return best;
}

function lowestMinorLine<T extends ReleaseVersion>(versions: readonly T[]): T[] {
  let lowest = versions[0]!;
  for (const v of versions) {
    if (v.major < lowest.major || (v.major === lowest.major && v.minor < lowest.minor)) lowest = v;
  }
  const key = minorKey(lowest);
  return versions.filter((v) => minorKey(v) === key);
}

/**
 * Why a proposed target is not the safe next hop, or undefined when it is. Used by
 * plan-upgrade and run-upgrade to refuse skipped minors and regressions.
 */
export function explainDisallowedTarget(
  current: ReleaseVersion,
  target: ReleaseVersion,
  candidates: readonly ReleaseVersion[],
): string | undefined {
  const expected = nextHop(current, candidates);
  const cmp = compareReleases(target, current);
  if (cmp < 0) return `${target.tag} is older than the current ${current.tag}; Kubespray cannot downgrade a cluster`;
  if (cmp === 0) return `${target.tag} is the current version; there is nothing to upgrade`;
  if (expected && target.tag === expected.tag) return undefined;
  if (target.major !== current.major) return explainMajorTarget(current, target, candidates, expected);
  if (target.major !== current.major || target.minor !== current.minor) {
    const targetLine = minorKey(target);
    const skipped = candidates
      .filter((c) => compareReleases(c, current) > 0 && compareReleases(c, target) < 0 && !sameMinor(c, current) && minorKey(c) !== targetLine)
      .map(minorKey);
    if (skipped.length > 0) {
      return `${current.tag} -> ${target.tag} skips the ${[...new Set(skipped)].map((k) => `v${k}`).join(', ')} line(s); Kubespray upgrades one minor at a time, next is ${expected?.tag ?? 'none'}`;
    }
  }
  return `${target.tag} is not the next safe hop from ${current.tag}; the next hop is ${expected?.tag ?? 'none (already up to date)'} (the highest patch of the next minor line)`;
}

/** An explicit move to another major: only from the newest line of the current major, to the first line of the next. */
function explainMajorTarget(current: ReleaseVersion, target: ReleaseVersion, candidates: readonly ReleaseVersion[], expected: ReleaseVersion | undefined): string | undefined {
  const laterLine = candidates.some((c) => c.major === current.major && compareReleases(c, current) > 0 && !sameMinor(c, current));
  if (laterLine) {
    return `${target.tag} is a new major version; finish ${current.major}.x first (next is ${expected?.tag ?? 'none'}), then target the first ${target.major}.x release explicitly`;
  }
  const first = nextMajor(current, candidates);
  if (!first || first.tag !== target.tag) {
    return `${current.tag} -> ${target.tag} changes major version but is not the first release line after ${current.major}.x; the one allowed major hop is ${first?.tag ?? 'none'}`;
  }
  return undefined;
}
