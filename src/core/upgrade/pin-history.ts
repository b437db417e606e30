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

/** The pin before the merged hop: a gitlink or an image release, and the commit that changed it. */
export interface EarlierPin {
  pin: string;
  hopCommit: string;
  /** How the summary names it. */
  label: string;
}

/** Commits on the first-parent line to look back through for an earlier pin. */
const MAX_PIN_CHANGES = 50;

/**
 * The pin before the merged hop: walks the superproject's first-parent history of the
 * submodule path back from HEAD to the newest commit whose first parent recorded a different
 * gitlink. The commit and its parent are returned, or why there is none (a shallow checkout
 * holds too little history; a repo that was created at this pin has no earlier one).
 */
export async function pinBeforeHop(git: Git, submodulePath: string, current: string): Promise<EarlierPin | { reason: string }> {
  const shallow = await git.isShallow();
  const listed = await git.revListFirstParent('HEAD', [submodulePath], MAX_PIN_CHANGES);
  if ('error' in listed) return { reason: listed.error };
  for (const commit of listed.commits) {
    const before = await git.lsTree(`${commit}^1`, [submodulePath]);
    // No parent: the commit that added the submodule (or the shallow boundary).
    if (before.exitCode !== 0) break;
    const m = /^160000 commit ([0-9a-f]{40,64})\t/.exec(before.stdout);
    if (m && m[1] !== current) return { pin: m[1]!, hopCommit: commit, label: `the submodule pin ${m[1]!.slice(0, 12)}` };
  }
  return {
    reason: shallow
      ? 'the cluster repo is a shallow checkout, so its earlier pins are not here (check it out with fetch-depth: 0)'
      : `the cluster repo's history records no earlier pin of ${submodulePath}`,
  };
}

/**
 * The image-only form of pinBeforeHop: the newest first-parent commit touching the files
 * that pin the image whose parent pinned another release. `versionAt` reads the release a
 * revision's pins name (undefined when they name none, or disagree).
 */
export async function imagePinBeforeHop(git: Git, files: readonly string[], current: string, versionAt: (rev: string) => Promise<string | undefined>): Promise<EarlierPin | { reason: string }> {
  const shallow = await git.isShallow();
  const listed = await git.revListFirstParent('HEAD', files, MAX_PIN_CHANGES);
  if ('error' in listed) return { reason: listed.error };
  for (const commit of listed.commits) {
    const parent = await git.resolveCommit(`${commit}^1`);
    if (parent === undefined) break;
    const before = await versionAt(parent);
    if (before && before !== current) return { pin: before, hopCommit: commit, label: `the image pin ${before}` };
  }
  return {
    reason: shallow
      ? 'the cluster repo is a shallow checkout, so its earlier pins are not here (check it out with fetch-depth: 0)'
      : `the cluster repo's history records no earlier kubespray image pin in ${files.join(', ')}`,
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
  fromHistory: () => Promise<EarlierPin | { reason: string }>,
  tagOf: (commit: string) => string | undefined,
): Promise<AppliedRelease> {
  if (recorded) return { known: true, tag: recorded.kubespray, source: 'state', detail: `recorded by upgrade ${recorded.upgradeId}` };
  const pin = await fromHistory();
  if ('reason' in pin) return { known: false, reason: pin.reason };
  const tag = tagOf(pin.pin);
  const at = `${pin.label} before commit ${pin.hopCommit.slice(0, 12)}`;
  if (!tag) return { known: false, reason: `${at} is not a release tag of the Kubespray repository` };
  return { known: true, tag, source: 'repo-history', detail: `from the cluster repo's history: ${at}` };
}
