import { ActionError } from '../errors.js';
import type { ApiTreeEntry, GitDataApi } from '../github/github-api.js';
import type { TreeChange } from './upgrade-commit.js';

export interface SignedCommitSpec {
  branch: string;
  baseSha: string;
  baseTree: string;
  changes: readonly TreeChange[];
  message: string;
  /** The tree the local plumbing built for the same changes: GitHub's must be the same. */
  expectedTree: string;
  /** Where the branch must still point before it is moved (the lease); undefined creates it. */
  lease?: string;
}

/**
 * Creates the hop commit through the Git Data API (blobs, a tree on the base's tree, a
 * commit with no author or committer of ours, so GitHub signs it as the token's identity),
 * then creates the branch or force-moves it as the local path's push does.
 */
export async function createSignedCommit(api: GitDataApi, s: SignedCommitSpec): Promise<{ sha: string; verified: boolean; reason: string }> {
  const entries: ApiTreeEntry[] = [];
  for (const c of s.changes) {
    if (c.kind === 'gitlink') entries.push({ path: c.path, mode: '160000', type: 'commit', sha: c.commit });
    else if (c.kind === 'delete') entries.push({ path: c.path, mode: '100644', type: 'blob', sha: null });
    else entries.push({ path: c.path, mode: c.mode as ApiTreeEntry['mode'], type: 'blob', sha: await api.createBlob(c.content) });
  }
  const tree = await api.createTree(s.baseTree, entries);
  if (tree !== s.expectedTree) {
    throw new ActionError(`GitHub built tree ${tree.slice(0, 12)} for ${s.branch} but the same changes make ${s.expectedTree.slice(0, 12)} locally; nothing was pushed`);
  }
  const commit = await api.createCommit(s.message, tree, [s.baseSha]);
  if (s.lease === undefined) {
    await api.createBranch(s.branch, commit.sha);
  } else {
    // The API has no lease: read the branch right before moving it, so a push since the inspection survives.
    const now = await api.branchSha(s.branch);
    if (now !== s.lease) throw new ActionError(`${s.branch} moved to ${now?.slice(0, 12) ?? 'nothing'} since it was inspected at ${s.lease.slice(0, 12)}; nothing was overwritten, re-run the job`);
    await api.forceUpdateBranch(s.branch, commit.sha);
  }
  return { sha: commit.sha, verified: commit.verified, reason: commit.reason };
}
