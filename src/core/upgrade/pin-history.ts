import type { Git } from '../git/git.js';
import type { FromSource } from './state.js';

/** Where the Kubespray release an upgrade starts from was learnt. */
export type AppliedRelease =
  | { known: true; tag: string; source: 'state'; detail: string }
  | { known: true; tag: string; source: 'repo-history'; detail: string }
  | { known: false; reason: string };

export function fromSource(a: AppliedRelease): FromSource {
  return a.known ? { kind: a.source, detail: a.detail } : { kind: 'unknown', detail: a.reason };
}

/** Commits on the first-parent line to look back through for an earlier pin. */
const MAX_PIN_CHANGES = 50;

/**
 * The pin before the merged hop: walks the superproject's first-parent history of the
 * submodule path back from HEAD to the newest commit whose first parent recorded a different
 * gitlink. The commit and its parent are returned, or why there is none (a shallow checkout
 * holds too little history; a repo that was created at this pin has no earlier one).
 */
export async function pinBeforeHop(git: Git, submodulePath: string, current: string): Promise<{ gitlink: string; hopCommit: string } | { reason: string }> {
  const shallow = await git.isShallow();
  const listed = await git.revListFirstParent('HEAD', submodulePath, MAX_PIN_CHANGES);
  if ('error' in listed) return { reason: listed.error };
  for (const commit of listed.commits) {
    const before = await git.lsTree(`${commit}^1`, [submodulePath]);
    // No parent: the commit that added the submodule (or the shallow boundary).
    if (before.exitCode !== 0) break;
    const m = /^160000 commit ([0-9a-f]{40,64})\t/.exec(before.stdout);
    if (m && m[1] !== current) return { gitlink: m[1]!, hopCommit: commit };
  }
  return {
    reason: shallow
      ? 'the cluster repo is a shallow checkout, so its earlier pins are not here (check it out with fetch-depth: 0)'
      : `the cluster repo's history records no earlier pin of ${submodulePath}`,
  };
}

/**
 * The release applied before this upgrade: the state's record when there is one; on a
 * first run, the release tag of the pin before the merged hop, labelled as coming from the
 * repo's history (it says what the repo asked for, which is what the cluster ran if the
 * previous releases were applied from this repo).
 */
export async function appliedRelease(
  recorded: { kubespray: string; upgradeId: string } | undefined,
  fromHistory: () => Promise<{ gitlink: string; hopCommit: string } | { reason: string }>,
  tagOf: (commit: string) => string | undefined,
): Promise<AppliedRelease> {
  if (recorded) return { known: true, tag: recorded.kubespray, source: 'state', detail: `recorded by upgrade ${recorded.upgradeId}` };
  const pin = await fromHistory();
  if ('reason' in pin) return { known: false, reason: pin.reason };
  const tag = tagOf(pin.gitlink);
  const at = `the submodule pin ${pin.gitlink.slice(0, 12)} before commit ${pin.hopCommit.slice(0, 12)}`;
  if (!tag) return { known: false, reason: `${at} is not a release tag of the Kubespray repository` };
  return { known: true, tag, source: 'repo-history', detail: `from the cluster repo's history: ${at}` };
}
