import { ActionError } from '../errors.js';
import type { Git } from '../../adapters/git/git-command-manager.js';
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

/** The committer GitHub records on commits it creates and signs itself (web-flow). */
const WEB_FLOW_EMAIL = 'noreply@github.com';

/** Fetch config that lets a push or fetch use a token without writing it to .git/config. */
export interface RemoteAuth {
  env: NodeJS.ProcessEnv;
}

/** What is on origin for the hop branch now, or undefined when there is no such branch. */
export async function inspectRemoteBranch(git: Git, remote: string, branch: string, target: string, committer: Identity, auth: RemoteAuth): Promise<RemoteBranchState | undefined> {
  const ls = await git.exec(['ls-remote', '--heads', remote, `refs/heads/${branch}`], { allowFailure: true, env: auth.env });
  if (ls.exitCode !== 0) throw new ActionError(`cannot read branches of ${remote}: ${redactUrl(ls.stderr.trim())}`);
  const sha = ls.stdout.split('\t')[0]?.trim();
  if (!sha) return undefined;
  await git.exec(['fetch', '--no-tags', '--depth=2', remote, `+refs/heads/${branch}:refs/kubespray-upgrade/remote/${branch}`], { env: auth.env });
  const show = (await git.exec(['show', '-s', '--format=%T%x00%P%x00%ce%x00%cn%x00%ae%x00%B', sha])).stdout;
  const [tree = '', parents = '', committerEmail = '', committerName = '', authorEmail = '', body = ''] = show.split('\0');
  const parentList = parents.trim().split(/\s+/).filter(Boolean);
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
  const r = await git.exec(['push', '--porcelain', `--force-with-lease=refs/heads/${branch}:${expected}`, remote, `${commit}:refs/heads/${branch}`], {
    allowFailure: true,
    env: auth.env,
  });
  if (r.exitCode !== 0) {
    throw new ActionError(`pushing ${branch} to ${remote} failed: ${redactUrl((r.stderr + r.stdout).trim())}. Nothing was overwritten; re-run the job.`);
  }
}

/**
 * Auth for pushes: the checkout's persisted credentials when present, otherwise the token
 * as an http.extraheader passed through GIT_CONFIG_* variables (never argv, never a file).
 */
export async function remoteAuth(git: Git, token: string | undefined, serverUrl: string): Promise<RemoteAuth> {
  const configured = await git.exec(['config', '--includes', '--get-regexp', '^http\\..*extraheader$'], { allowFailure: true });
  if (configured.exitCode === 0 && configured.stdout.trim() !== '') return { env: {} };
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
