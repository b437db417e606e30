import { compareReleases, minorKey, sameMinor, type ReleaseVersion } from './release-version.js';

/**
 * Kubespray supports upgrading one minor at a time. The next hop is the highest patch of
 * the next minor line that exists upstream; on the newest line it is that line's highest
 * patch. It is never lower than the current version.
 */
export function nextHop<T extends ReleaseVersion>(current: ReleaseVersion, candidates: readonly T[]): T | undefined {
  const newer = candidates.filter((c) => compareReleases(c, current) > 0);
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
    if (compareReleases(c, current) <= 0) continue;
    const key = minorKey(c);
    const best = bestPerLine.get(key);
    if (!best || compareReleases(c, best) > 0) bestPerLine.set(key, c);
  }
  const lines = [...bestPerLine.values()].sort(compareReleases);
  const later = lines.filter((l) => !sameMinor(l, current));
  return later.length > 0 ? later : lines;
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
