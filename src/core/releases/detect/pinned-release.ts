import { ActionError } from '../../errors.js';
import type { ReleaseTag } from '../datasources/git-tags.js';
import { highest } from '../versions/hop-planner.js';
import { minorKey } from '../versions/release-version.js';

/**
 * Which release a pinned commit is. Tags are untrusted: anyone who can push a tag upstream
 * or to a mirror can name the pinned v2.24.1 commit `v2.29.9` too, and taking the highest
 * tag would then skip five minors. The tree's own `galaxy.yml` version (present from
 * v2.22.0 on) settles it; it may lag the tag by one minor (v2.23.0's says 2.22.1, v2.22.1's
 * says 2.21.0), never lead it.
 */
export interface PinnedRelease {
  current: ReleaseTag;
  /** Why tags at the pin were set aside, for the log. */
  notes: string[];
}

/** `version:` of a galaxy.yml, or undefined when there is none. */
export function galaxyVersion(text: string | undefined): { major: number; minor: number; patch: number; text: string } | undefined {
  const m = text === undefined ? null : /^version:[ \t]*["']?(\d+)\.(\d+)\.(\d+)["']?[ \t]*(?:#.*)?$/m.exec(text);
  if (!m) return undefined;
  return { major: Number(m[1]), minor: Number(m[2]), patch: Number(m[3]), text: `${m[1]}.${m[2]}.${m[3]}` };
}

export function decidePinnedRelease(atPin: readonly ReleaseTag[], galaxyText: string | undefined, commit: string): PinnedRelease {
  const pick = (tags: readonly ReleaseTag[]) => highest(tags.filter((r) => !r.prerelease)) ?? highest(tags);
  const names = atPin.map((r) => r.tag).join(', ');
  const lines = new Set(atPin.map(minorKey));
  const tree = galaxyVersion(galaxyText);
  if (!tree) {
    if (lines.size > 1) {
      throw new ActionError(
        `the pinned commit ${commit} carries release tags of several minor lines (${names}) and its tree has no galaxy.yml version to tell which one it is; ` +
          'refusing to guess, since the wrong one would skip minors. Remove the stray tag from the remote (or mirror) you read tags from',
      );
    }
    return { current: pick(atPin)!, notes: [] };
  }
  const exact = atPin.filter((r) => r.major === tree.major && r.minor === tree.minor && r.patch === tree.patch);
  const agreeing = exact.length > 0 ? exact : atPin.filter((r) => agreesWithTree(r, tree));
  if (agreeing.length === 0 || new Set(agreeing.map(minorKey)).size > 1) {
    throw new ActionError(
      `the pinned commit ${commit} is tagged ${names}, but its galaxy.yml says version ${tree.text}; ` +
        'refusing to take a release the tree does not confirm, since the wrong one would skip minors. Remove the stray tag from the remote (or mirror) you read tags from',
    );
  }
  const current = pick(agreeing)!;
  const strays = atPin.filter((r) => minorKey(r) !== minorKey(current));
  const notes = strays.length
    ? [`the pinned commit is also tagged ${strays.map((r) => r.tag).join(', ')}, which its galaxy.yml (version ${tree.text}) contradicts; taken as ${current.tag}, and the other tag is never a target`]
    : [];
  return { current, notes };
}

/** galaxy.yml may lag its tag by one minor, never lead it, and never name another major. */
function agreesWithTree(tag: ReleaseTag, tree: { major: number; minor: number }): boolean {
  return tag.major === tree.major && (tag.minor === tree.minor || tag.minor === tree.minor + 1);
}

/** Why the target tag's own tree says it is another release, or undefined when it agrees (or has no galaxy.yml). */
export function targetTreeContradiction(target: ReleaseTag, galaxyText: string | undefined): string | undefined {
  const tree = galaxyVersion(galaxyText);
  if (!tree || agreesWithTree(target, tree)) return undefined;
  return `the tree tagged ${target.tag} says version ${tree.text} in its galaxy.yml, so the tag does not name that release; a stray tag is never a target`;
}

/**
 * Tags that cannot be trusted as targets: any on the pinned commit (a "hop" to it changes
 * nothing) and any on a commit that carries tags of several minor lines (at most one can be
 * right). Returns the trusted releases and, per minor line, the suspect tags set aside.
 */
export function trustedTargets(releases: readonly ReleaseTag[], pinnedCommit: string): { trusted: ReleaseTag[]; suspect: ReleaseTag[] } {
  const linesAt = new Map<string, Set<string>>();
  for (const r of releases) linesAt.set(r.commit, (linesAt.get(r.commit) ?? new Set()).add(minorKey(r)));
  const trusted: ReleaseTag[] = [];
  const suspect: ReleaseTag[] = [];
  for (const r of releases) (r.commit === pinnedCommit || linesAt.get(r.commit)!.size > 1 ? suspect : trusted).push(r);
  return { trusted, suspect };
}
