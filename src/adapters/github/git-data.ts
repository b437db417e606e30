import type { GitHubClient } from './octokit-client.js';
import type { RepositoryName } from '../../core/github/repository-name.js';
import type { ApiCommit, ApiTreeEntry, GitDataApi } from '../../core/github/github-api.js';


type Call = <T>(what: string, request: () => Promise<T>) => Promise<T>;

/**
 * The Git Data API of one repository: a commit made through it carries no author or
 * committer of ours, so GitHub records the token's identity and signs it (shown verified).
 */
export class OctokitGitData implements GitDataApi {
  constructor(
    private readonly octokit: GitHubClient,
    private readonly repository: RepositoryName,
    private readonly call: Call,
  ) {}

  async createBlob(content: string): Promise<string> {
    // Base64 carries the bytes exactly, whatever they are.
    const { data } = await this.call('create a blob', () =>
      this.octokit.rest.git.createBlob({ ...this.repository, content: Buffer.from(content, 'utf8').toString('base64'), encoding: 'base64' }),
    );
    return data.sha;
  }

  async createTree(baseTree: string, entries: readonly ApiTreeEntry[]): Promise<string> {
    const { data } = await this.call('create a tree', () => this.octokit.rest.git.createTree({ ...this.repository, base_tree: baseTree, tree: entries.map((e) => ({ ...e })) }));
    return data.sha;
  }

  async createCommit(message: string, tree: string, parents: readonly string[]): Promise<ApiCommit> {
    const { data } = await this.call('create a commit', () => this.octokit.rest.git.createCommit({ ...this.repository, message, tree, parents: [...parents] }));
    return { sha: data.sha, tree: data.tree.sha, verified: data.verification?.verified ?? false, reason: data.verification?.reason ?? 'unknown' };
  }

  /** Where `refs/heads/<branch>` points, or undefined when there is no such branch. */
  async branchSha(branch: string): Promise<string | undefined> {
    try {
      const { data } = await this.octokit.rest.git.getRef({ ...this.repository, ref: `heads/${branch}` });
      return data.object.sha;
    } catch (e) {
      if ((e as { status?: number }).status === 404) return undefined;
      return this.call(`read branch ${branch}`, () => Promise.reject(e));
    }
  }

  async createBranch(branch: string, sha: string): Promise<void> {
    await this.call(`create branch ${branch}`, () => this.octokit.rest.git.createRef({ ...this.repository, ref: `refs/heads/${branch}`, sha }));
  }

  async forceUpdateBranch(branch: string, sha: string): Promise<void> {
    await this.call(`update branch ${branch}`, () => this.octokit.rest.git.updateRef({ ...this.repository, ref: `heads/${branch}`, sha, force: true }));
  }
}
