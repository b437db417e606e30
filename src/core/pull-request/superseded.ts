import type { Reporter } from '../reporter.js';
import { code } from '../text/markdown.js';
import { ActionError } from '../errors.js';
import type { Git } from '../git/git.js';
import type { GitHubApi, OpenPullRequest } from '../github/github-api.js';
import { redactUrl } from '../releases/datasources/git-tags.js';
import { compareReleases, parseReleaseTag } from '../releases/versions/release-version.js';
import { inspectRemoteBranch, type RemoteAuth } from './remote-branch.js';
import type { Identity } from './upgrade-commit.js';
import { hopBranch } from './hop-names.js';

/** The hidden marker every hop PR body starts with; it is how a later run recognises the hop. */
export function hopMarker(from: string, to: string): string {
  return `<!-- kubespray-upgrade-actions hop ${from}..${to} -->`;
}

const MARKER = /<!-- kubespray-upgrade-actions hop (\S+?)\.\.(\S+) -->/;

export interface SupersededPullRequest {
  number: number;
  url: string;
  branch: string;
  /** `closed`: commented, closed, branch deleted. `commented`: people pushed to it, so it stays open. */
  operation: 'closed' | 'commented' | 'already-commented';
}

export interface Supersession {
  from: string;
  to: string;
  branchPrefix: string;
  /** A fork pin the hop's branch names (hop-names.ts). */
  forkPin?: string;
  replacement: { number: number; url: string };
}

export interface SupersedeDeps {
  log: Reporter;
  github: Pick<GitHubApi, 'createComment' | 'closePullRequest' | 'listCommentBodies'>;
  git: Git;
  remote: string;
  auth: RemoteAuth;
  /** Who commits the hop: a branch whose tip is not theirs has human work on it. */
  committer: Identity;
}

/**
 * Open hop PRs from the same base version to an older target than this hop: what a newer
 * patch release replaced. Recognised by the body's marker and the branch name this suite
 * gives such a hop, so a human's PR is never taken for one.
 */
export function findSuperseded(open: readonly OpenPullRequest[], s: Omit<Supersession, 'replacement'>): Array<OpenPullRequest & { to: string }> {
  const target = parseReleaseTag(s.to);
  if (!target) return [];
  const found: Array<OpenPullRequest & { to: string }> = [];
  for (const pr of open) {
    const m = MARKER.exec(pr.body);
    const older = m ? parseReleaseTag(m[2]!) : undefined;
    if (!m || !older || m[1] !== s.from || pr.head !== hopBranch(s.branchPrefix, older.tag, s.forkPin)) continue;
    if (compareReleases(older, target) < 0) found.push({ ...pr, to: older.tag });
  }
  return found;
}

/**
 * Closes each superseded hop PR with a comment that links its replacement and deletes its
 * branch, unless somebody pushed commits to it: that work is never thrown away, so the PR
 * stays open and gets the comment (once) instead.
 */
export async function retireSuperseded(deps: SupersedeDeps, open: readonly OpenPullRequest[], s: Supersession): Promise<SupersededPullRequest[]> {
  const results: SupersededPullRequest[] = [];
  for (const pr of findSuperseded(open, s)) {
    const tip = await inspectRemoteBranch(deps.git, deps.remote, pr.head, pr.to, deps.committer, deps.auth);
    const note = `<!-- kubespray-upgrade-actions superseded-by #${s.replacement.number} -->`;
    const link = `#${s.replacement.number} (${s.from} → ${s.to})`;
    const base = { number: pr.number, url: pr.url, branch: pr.head };
    if (tip && !tip.generatedByUs) {
      const said = (await deps.github.listCommentBodies(pr.number)).some((b) => b.includes(note));
      if (!said) {
        await deps.github.createComment(pr.number, `${note}\nSuperseded by ${link}. This pull request stays open because ${pr.head} has commits not made by this action (the tip ${tip.sha.slice(0, 12)} is by ${code(tip.committerName)}); close it when that work is no longer needed.`);
      }
      deps.log.info(`#${pr.number} (${pr.to}) is superseded by #${s.replacement.number} but has commits by ${tip.committerName}: ${said ? 'already commented' : 'commented'}, left open`);
      results.push({ ...base, operation: said ? 'already-commented' : 'commented' });
      continue;
    }
    await deps.github.createComment(pr.number, `${note}\nSuperseded by ${link}: ${s.to} is the newer patch release of the same hop. Closing this pull request and deleting ${pr.head}.`);
    await deps.github.closePullRequest(pr.number);
    if (tip) await deleteBranch(deps, pr.head, tip.sha);
    deps.log.info(`#${pr.number} (${pr.to}) is superseded by #${s.replacement.number}: closed${tip ? `, ${pr.head} deleted` : ''}`);
    results.push({ ...base, operation: 'closed' });
  }
  return results;
}

/** Deletes the branch only if it still points where it was inspected, so a push since then survives. */
async function deleteBranch(deps: SupersedeDeps, branch: string, expected: string): Promise<void> {
  const r = await deps.git.push(deps.remote, `:refs/heads/${branch}`, { ref: `refs/heads/${branch}`, expected }, deps.auth);
  if (r.exitCode !== 0) throw new ActionError(`deleting the superseded branch ${branch} failed: ${redactUrl((r.stderr + r.stdout).trim())}. Its pull request is closed; delete the branch by hand or re-run.`);
}
