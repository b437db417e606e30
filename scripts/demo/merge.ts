import { git } from '../../test/support/git.js';
import type { ClusterRepo } from '../../test/support/cluster-repo.js';
import type { FakePull } from '../../test/support/fake-github/index.js';

/**
 * "Merges" the hop PR the way GitHub's fast-forward-only merge would: main moves to the hop
 * branch's head in the bare origin, and the PR is closed. The fake GitHub does not model
 * merges, so this is plain git; it refuses anything but a fast-forward.
 */
export function fastForwardMerge(repo: ClusterRepo, pull: FakePull): { from: string; to: string } {
  const from = git(repo.origin, ['rev-parse', `refs/heads/${pull.base}`]).trim();
  const to = git(repo.origin, ['rev-parse', `refs/heads/${pull.head}`]).trim();
  try {
    git(repo.origin, ['merge-base', '--is-ancestor', from, to]);
  } catch {
    throw new Error(`${pull.head} is not a fast-forward of ${pull.base}; the demo does not resolve merges`);
  }
  // The old value makes the update fail if main moved meanwhile, as a protected branch would.
  git(repo.origin, ['update-ref', `refs/heads/${pull.base}`, to, from]);
  pull.state = 'closed';
  return { from, to };
}
