import { code } from '../../text/markdown.js';
import type { ForkHop as ForkHopEntry, Hazard, UpgradeReport } from '../../knowledge/upgrade-report-types.js';
import type { ReleaseTag } from '../datasources/git-tags.js';
import { forkTargetHazard, targetOnFork } from './fork-target.js';
import { describeRepository } from '../../cluster-repo/repository-url.js';
import type { DroppedCommits } from './fork-history.js';
import { forkCommitsDropped, type ForkInfo } from './fork-release.js';

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

/**
 * What a hop from the fork's pin to `target` means for the fork: the dropped-commit and
 * missing-target hazards, and the report's `fork` entry. One function for plan-upgrade and
 * `report`, so both say the same.
 */
export async function forkHop(fork: ForkInfo, target: ReleaseTag, pin: string, submodulePath: string): Promise<{ hazards: Hazard[]; entry: ForkHopEntry }> {
  const [dropped, onFork] = await Promise.all([forkCommitsDropped(fork, target, pin), targetOnFork(fork, target)]);
  const hazards = [forkDroppedHazard(fork, target.tag, dropped, submodulePath), forkTargetHazard(fork, target, onFork, submodulePath)].filter((h): h is Hazard => h !== undefined);
  return {
    hazards,
    entry: {
      repository: describeRepository(fork.repository),
      pinned: fork.pinTag ?? pin,
      baseVersion: fork.base.tag,
      ownCommits: fork.ownCommits,
      followTags: fork.followTags,
      dropped,
      targetOnFork: onFork.kind,
    },
  };
}

/** The report with the fork's hazards first (they concern the submodule, whatever the inventory) and its `fork` entry. */
export function withForkHop(report: UpgradeReport, hop: { hazards: Hazard[]; entry: ForkHopEntry } | undefined): UpgradeReport {
  return hop ? { ...report, hazards: [...hop.hazards, ...report.hazards], fork: hop.entry } : report;
}
