import { ActionError } from '../errors.js';
import type { Git, RemoteAuth } from '../git/git.js';
import { redactUrl } from '../releases/datasources/git-tags.js';
import { TARGET_TRAILER, type Identity } from './upgrade-commit.js';

export interface RemoteBranchState {
  sha: string;
  tree: string;
  parents: string[];
  committerEmail: string;
  committerName: string;
  authorEmail: string;
  /** True when the tip is our generated commit for this target, directly on some base. */
  generatedByUs: boolean;
}

export type { RemoteAuth };

/** The committer GitHub records on commits it creates and signs itself (web-flow). */
const WEB_FLOW_EMAIL = 'noreply@github.com';

/** What is on origin for the hop branch now, or undefined when there is no such branch. */
export async function inspectRemoteBranch(git: Git, remote: string, branch: string, target: string, committer: Identity, auth: RemoteAuth): Promise<RemoteBranchState | undefined> {
  const ls = await git.lsRemoteHeads(remote, [`refs/heads/${branch}`], auth);
  if (ls.exitCode !== 0) throw new ActionError(`cannot read branches of ${remote}: ${redactUrl(ls.stderr.trim())}`);
  const sha = ls.stdout.split('\t')[0]?.trim();
  if (!sha) return undefined;
  const fetched = await git.fetch(remote, [`+refs/heads/${branch}:refs/kubespray-upgrade/remote/${branch}`], { depth: 2, auth });
  if (fetched.exitCode !== 0) throw new ActionError(`cannot fetch ${branch} from ${redactUrl(remote)}: ${redactUrl(fetched.stderr.trim())}`);
  const { tree, parents: parentList, committerEmail, committerName, authorEmail, body } = await git.commitInfo(sha);
  const trailer = new RegExp(`^${TARGET_TRAILER}: ${target.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'm');
  return {
    sha,
    tree,
    parents: parentList,
    committerEmail,
    committerName,
    authorEmail,
    // A commit GitHub signed for the token may name GitHub itself as committer, the token's identity as author.
    generatedByUs: (committerEmail === committer.email || (committerEmail === WEB_FLOW_EMAIL && authorEmail === committer.email)) && parentList.length === 1 && trailer.test(body),
  };
}

export type BranchDecision =
  | { action: 'create' }
  | { action: 'unchanged' }
  | { action: 'update'; lease: string }
  | { action: 'keep-foreign'; reason: string };

/**
 * Never overwrite anybody else's commits; regenerate ours when the base or content moved.
 * Comparing trees and parents (not commit ids) makes reruns idempotent despite timestamps.
 */
export function decideBranchUpdate(existing: RemoteBranchState | undefined, baseSha: string, newTree: string): BranchDecision {
  if (!existing) return { action: 'create' };
  if (!existing.generatedByUs) {
    return {
      action: 'keep-foreign',
      reason: `the branch tip ${existing.sha.slice(0, 12)} was committed by ${existing.committerName} <${existing.committerEmail}>, not by this action; it is left as is`,
    };
  }
  if (existing.parents[0] === baseSha && existing.tree === newTree) return { action: 'unchanged' };
  return { action: 'update', lease: existing.sha };
}

export async function pushBranch(git: Git, remote: string, branch: string, commit: string, expected: string, auth: RemoteAuth): Promise<void> {
  // The lease makes the push fail rather than clobber a commit pushed since we looked.
  const r = await git.push(remote, `${commit}:refs/heads/${branch}`, { ref: `refs/heads/${branch}`, expected }, auth);
  if (r.exitCode !== 0) {
    throw new ActionError(`pushing ${branch} to ${remote} failed: ${redactUrl((r.stderr + r.stdout).trim())}. Nothing was overwritten; re-run the job.`);
  }
}

/**
 * Auth for pushes: the checkout's persisted credentials when present, otherwise the token
 * as an http.extraheader passed through GIT_CONFIG_* variables (never argv, never a file).
 */
export async function remoteAuth(git: Git, token: string | undefined, serverUrl: string): Promise<RemoteAuth> {
  const configured = await git.configGetRegexp('^http\\..*extraheader$', { includes: true });
  if (configured !== undefined && configured.trim() !== '') return { env: {} };
  if (!token) return { env: {} };
  const basic = Buffer.from(`x-access-token:${token}`).toString('base64');
  return {
    env: {
      GIT_CONFIG_COUNT: '1',
      GIT_CONFIG_KEY_0: `http.${serverUrl.replace(/\/+$/, '')}/.extraheader`,
      GIT_CONFIG_VALUE_0: `AUTHORIZATION: basic ${basic}`,
    },
  };
}
