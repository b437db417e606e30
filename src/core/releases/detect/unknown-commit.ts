import { realpathSync } from 'node:fs';
import type { Git } from '../../git/git.js';
import { compareReleases } from '../versions/release-version.js';
import type { ReleaseTag } from '../datasources/git-tags.js';

/**
 * For a pin that is no release: which release tags contain it, and which is the nearest
 * below it. Uses only the submodule's local history, and claims only what that history
 * proves: a shallow clone (a runner's depth-1 checkout, or one where `report` fetched a few
 * tags at depth 1) or one missing some release commits cannot show that no release
 * contains the pin, nor which release below it is the nearest, so the message says so.
 */
export async function describeUnknownCommit(sub: Git, subDir: string, commit: string, releases: readonly ReleaseTag[]): Promise<string> {
  const fetchHint = `run "git -C ${subDir} fetch --tags --unshallow" to see which release it is near.`;
  const noHistory = `Its upstream history is not available locally (the submodule is shallow or not initialized); ${fetchHint}`;
  const top = await sub.showToplevel();
  if (top === undefined || safeRealpath(top) !== safeRealpath(subDir)) return noHistory;
  if ((await sub.resolveCommit(commit)) === undefined) return noHistory;

  const types = await sub.objectTypes(releases.map((r) => r.commit));
  const local = releases.filter((_, i) => types[i] === 'commit');
  if (local.length === 0) return noHistory;
  const shallow = await sub.isShallow();
  const missing = releases.length - local.length;
  // Only a full history holding every release commit proves a negative or a nearest.
  const complete = !shallow && missing === 0;
  const gap = shallow
    ? `the submodule's history is shallow (${local.length} of ${releases.length} release commits present, without their full history)`
    : `${missing} of ${releases.length} release commits are not in the submodule's history`;

  const ancestors = new Set(await sub.revList(commit));
  const below = local.filter((r) => ancestors.has(r.commit)).sort(compareReleases);
  const containing: ReleaseTag[] = [];
  for (const r of local) {
    if (ancestors.has(r.commit)) continue;
    if (await sub.isAncestor(commit, r.commit)) containing.push(r);
  }
  containing.sort(compareReleases);

  const parts: string[] = [];
  if (containing.length > 0) {
    const shown = containing.slice(0, 5).map((r) => r.tag);
    parts.push(`Release tags that contain it: ${shown.join(', ')}${containing.length > 5 ? ` and ${containing.length - 5} more` : ''}${complete ? '' : ` (${gap}: others may too)`}.`);
  } else if (complete) {
    parts.push('No release tag contains it (local patches or an unreleased branch).');
  } else {
    parts.push(`None of the release commits present locally contains it, but ${gap}, so a release may still contain it; ${fetchHint}`);
  }
  const nearest = below.at(-1);
  if (nearest && complete) {
    const count = await sub.revListCount(`${nearest.commit}..${commit}`);
    parts.push(`The nearest release below it is ${nearest.tag} (${count} commit(s) earlier).`);
  } else if (nearest) {
    parts.push(`${nearest.tag} is below it; whether a nearer release is too cannot be told from this history.`);
  }
  return parts.join(' ');
}

function safeRealpath(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}
