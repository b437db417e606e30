import type { ForkInfo } from '../releases/detect/fork-release.js';
import { describeRepository } from '../cluster-repo/repository-url.js';
import type { OldPin } from '../managers/gitmodules-branch.js';

/**
 * What a hop's title, commit, marker and branch call the pin it moves from. Upstream (and a
 * fork whose hops follow its own tags) is pinned at the release it is read as. A fork whose
 * hops follow upstream is pinned at its own tag (or an untagged commit), not at the base
 * release it is read as, and says so: "v2.26.0-acme.1 (fork of v2.26.0)".
 */
export interface HopFrom {
  /** For people: title and commit subject. */
  label: string;
  /** One ref-safe word, in the hop marker and the branch name: the fork tag, or the commit's short id. */
  key: string;
  /** Set when the pin is a fork's and hops follow upstream: the branch then names it. */
  forkPin?: string;
}

export function hopFrom(from: string, fork: ForkInfo | undefined, pin: string): HopFrom {
  if (!fork || fork.followTags) return { label: from, key: from };
  // Fork tags match FORK_TAG (semver's pre-release alphabet, no empty segment): a valid ref word.
  const forkPin = fork.pinTag ?? pin.slice(0, 12);
  return { label: `${forkPin} (fork of ${fork.base.tag})`, key: forkPin, forkPin };
}

/**
 * `<prefix><to>`, or `<prefix><fork pin>-to-<to>` from a fork pin: a rerun for the same pin
 * and target finds the same branch, and a hop from another fork tag of the same base is
 * another pull request. The pin comes first so the name never ends in a fork tag's `.lock`.
 */
export function hopBranch(prefix: string, to: string, forkPin?: string): string {
  return forkPin ? `${prefix}${forkPin}-to-${to}` : `${prefix}${to}`;
}

/** What a `.gitmodules` `branch =` naming the old pin may say: for a fork hopping to upstream, its tag or its base release. */
export function gitmodulesOldPin(from: string, fork: ForkInfo | undefined): OldPin {
  if (!fork || fork.followTags) return { names: [from] };
  return { names: [...(fork.pinTag ? [fork.pinTag] : []), fork.base.tag], forkToUpstream: describeRepository(fork.repository) };
}
