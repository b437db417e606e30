/**
 * The core's view of GitHub: the operations it needs, on the repository the pull requests,
 * issues and deployments go to. The adapter (`src/adapters/github/`) implements them over
 * Octokit with retries, throttling and errors that name the fix; entrypoints build it.
 */

export interface OpenPullRequest {
  number: number;
  url: string;
  title: string;
  body: string;
  base: string;
  /** Branch name in this repository. */
  head: string;
  headSha: string;
  labels: string[];
  assignees: string[];
  milestone?: number;
}

export interface IssueSummary {
  number: number;
  url: string;
  title: string;
  body: string;
}

export interface PullRequestSpec {
  /** Branch in this repository (not `owner:branch`). */
  head: string;
  base: string;
  title: string;
  body: string;
  labels?: readonly string[];
  reviewers?: readonly string[];
  teamReviewers?: readonly string[];
  draft?: boolean;
  assignees?: readonly string[];
  /** Milestone number (see resolveMilestone for titles). */
  milestone?: number;
  /**
   * Text in the body from this marker on changes with every run (a run link): a body that
   * differs only there is left as it is, so a rerun with nothing new writes nothing.
   */
  volatileFrom?: string;
}

export interface PullRequestResult {
  number: number;
  url: string;
  operation: 'created' | 'updated' | 'unchanged';
  /** Things that did not work but did not stop the pull request, e.g. a reviewer who cannot be requested. */
  warnings: string[];
}

export interface ReleaseNote {
  tag: string;
  name: string;
  body: string;
  /** The release page, for a "full release notes" link. */
  url: string;
}

/** One entry of a tree the Git Data API builds on a base tree; `sha: null` removes the path. */
export interface ApiTreeEntry {
  path: string;
  mode: '100644' | '100755' | '040000' | '160000' | '120000';
  type: 'blob' | 'tree' | 'commit';
  sha: string | null;
}

export interface ApiCommit {
  sha: string;
  tree: string;
  verified: boolean;
  /** GitHub's reason, e.g. `valid` or `unsigned`. */
  reason: string;
}

/** The Git Data API of one repository: a commit made through it is created, and signed, by GitHub. */
export interface GitDataApi {
  createBlob(content: string): Promise<string>;
  createTree(baseTree: string, entries: readonly ApiTreeEntry[]): Promise<string>;
  createCommit(message: string, tree: string, parents: readonly string[]): Promise<ApiCommit>;
  /** Where `refs/heads/<branch>` points, or undefined when there is no such branch. */
  branchSha(branch: string): Promise<string | undefined>;
  createBranch(branch: string, sha: string): Promise<void>;
  forceUpdateBranch(branch: string, sha: string): Promise<void>;
}

export interface GitHubApi {
  /** `owner/name` of the repository. */
  readonly fullName: string;
  /** Blobs, trees, commits and refs of this repository, for commits GitHub signs. */
  gitData(): GitDataApi;
  /** The numeric id of a user, e.g. an App's `<slug>[bot]`; undefined when there is no such user. */
  userId(login: string): Promise<number | undefined>;
  /** The number of the open milestone titled `title` (exactly), or undefined. */
  milestoneNumber(title: string): Promise<number | undefined>;
  listOpenPullRequests(base: string): Promise<OpenPullRequest[]>;
  /** Creates the pull request from `spec.head`, or updates the open one (found in `open` when given). */
  createOrUpdatePullRequest(spec: PullRequestSpec, open?: readonly OpenPullRequest[]): Promise<PullRequestResult>;
  closePullRequest(pullNumber: number): Promise<void>;
  /** Published release notes of another repository (`owner/name`) for `tags`; a tag without a release is absent. */
  listReleaseNotes(repository: string, tags: readonly string[]): Promise<Map<string, ReleaseNote>>;
  listOpenIssues(label: string): Promise<IssueSummary[]>;
  getIssue(issueNumber: number): Promise<IssueSummary>;
  createIssue(title: string, body: string, labels: readonly string[]): Promise<IssueSummary>;
  updateIssue(issueNumber: number, changes: { body?: string; state?: 'open' | 'closed' }): Promise<void>;
  listCommentBodies(issueNumber: number): Promise<string[]>;
  createComment(issueNumber: number, body: string): Promise<{ id: number; url: string }>;
  createDeployment(d: { ref: string; environment: string; description: string; production: boolean }): Promise<number>;
  createDeploymentStatus(deploymentId: number, s: { state: 'in_progress' | 'success' | 'failure'; logUrl?: string; description: string }): Promise<void>;
}

/**
 * A client for the repository `repository` names (`owner/name`), authenticated with `token`:
 * the entrypoint supplies the adapter's, so the core decides when (and whether) one is made.
 */
export type OpenGitHub = (o: { token: string; repository?: string }) => GitHubApi;
