import { code } from '../../text/markdown.js';
import type { Hazard } from '../../knowledge/upgrade-report-types.js';
import { describeRepository } from '../../cluster-repo/repository-url.js';
import type { DroppedCommits } from './fork-history.js';
import type { ForkInfo } from './fork-release.js';

/**
 * `fork-commits-dropped`: the hop moves the submodule to a commit that lacks some of the
 * fork's own commits. Subjects are the fork authors' text: each is a code span, so no
 * Markdown, mention or HTML in them acts, and the list is capped.
 */
export function forkDroppedHazard(fork: ForkInfo, to: string, dropped: DroppedCommits, submodulePath: string): Hazard | undefined {
  if (dropped.count === 0) return undefined;
  const more = dropped.count - dropped.subjects.length;
  const pin = fork.pinTag ?? 'the pinned commit';
  return {
    id: 'fork-commits-dropped',
    severity: 'error',
    file: submodulePath,
    message:
      `This hop drops ${dropped.count} commit(s) of the fork ${describeRepository(fork.repository)} that are on ${pin} but not in ${to}: ` +
      `${dropped.subjects.map(code).join(', ')}${more > 0 ? ` and ${more} more` : ''}. ` +
      (fork.followTags
        ? `Re-apply them on the fork's ${to} tag, or confirm in this PR that they are no longer needed.`
        : `Rebase them onto ${to} in the fork and follow its tags (follow-fork-tags), or confirm in this PR that they are no longer needed.`),
  };
}

/** One line for logs and summaries: which fork, what it is built on. */
export function describeFork(fork: ForkInfo): string {
  const mode = fork.followTags ? "hops follow the fork's own tags" : "hops follow upstream's releases";
  return `fork ${describeRepository(fork.repository)} at ${fork.pinTag ?? 'an untagged commit'}, built on upstream ${fork.base.tag} + ${fork.ownCommits} commit(s); ${mode}`;
}
