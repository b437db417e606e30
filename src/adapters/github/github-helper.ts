import { ActionError, ConfigurationError } from '../../core/errors.js';
import { createGitHubClient, type ClientOptions, type GitHubClient, type GitHubLog } from './octokit-client.js';
import { silentReporter } from '../../core/reporter.js';
import { isValidationError, toActionError } from './github-errors.js';
import { fetchReleaseNotes } from './release-notes.js';
import { OctokitGitData } from './git-data.js';
import type { GitDataApi, GitHubApi, IssueSummary, OpenPullRequest, PullRequestResult, PullRequestSpec, ReleaseNote } from '../../core/github/github-api.js';
import { parseRepositoryName, type RepositoryName } from '../../core/github/repository-name.js';

/** GitHub's limit for pull request and comment bodies, in characters. */
export const MAX_BODY_CHARACTERS = 65536;

export interface GitHubHelperOptions extends Omit<ClientOptions, 'log'> {
  /** Where rate-limit waits and retries are reported; nowhere by default. */
  log?: GitHubLog;
  /** `owner/name` of the repository the pull requests go to; defaults to GITHUB_REPOSITORY. */
  repository?: string;
}

/**
 * The suite's GitHub API layer (after peter-evans/create-pull-request's github-helper):
 * every call retries transient failures, honours rate limits, serialises writes and costs
 * as few requests as it can: a new pull request is find + create + labels + reviewers, a
 * rerun with nothing new is a single find.
 */
export class GitHubHelper implements GitHubApi {
  readonly repository: RepositoryName;
  readonly fullName: string;
  private readonly octokit: GitHubClient;
  private readonly log: GitHubLog;
  private defaultBranch: string | undefined;

  constructor(options: GitHubHelperOptions) {
    if (!options.token) throw new ConfigurationError('a GitHub token is required: set the "github-token" input (for example to secrets.GITHUB_TOKEN)');
    const fullName = options.repository ?? process.env.GITHUB_REPOSITORY ?? '';
    this.repository = parseRepositoryName(fullName, options.repository ? 'the repository' : 'GITHUB_REPOSITORY');
    this.fullName = `${this.repository.owner}/${this.repository.repo}`;
    this.log = options.log ?? silentReporter;
    this.octokit = createGitHubClient({ ...options, log: this.log });
  }

  /** Blobs, trees, commits and refs of this repository, for commits GitHub signs. */
  gitData(): GitDataApi {
    return new OctokitGitData(this.octokit, this.repository, (what, request) => this.call(what, request));
  }

  /** The numeric id of a user, e.g. an App's `<slug>[bot]`; undefined when there is no such user. */
  async userId(login: string): Promise<number | undefined> {
    try {
      return (await this.octokit.rest.users.getByUsername({ username: login })).data.id;
    } catch (e) {
      if ((e as { status?: number }).status === 404) return undefined;
      throw toActionError(e, `read user ${login}`, this.fullName);
    }
  }

  /** The number of the open milestone titled `title` (exactly), or undefined. */
  async milestoneNumber(title: string): Promise<number | undefined> {
    const data = await this.call('list milestones', () => this.octokit.paginate(this.octokit.rest.issues.listMilestones, { ...this.repository, state: 'open', per_page: 100 }));
    return data.find((m) => m.title === title)?.number;
  }

  async getDefaultBranch(): Promise<string> {
    this.defaultBranch ??= await this.call('read the repository', async () => (await this.octokit.rest.repos.get({ ...this.repository })).data.default_branch);
    return this.defaultBranch;
  }

  /**
   * The open pull request from `headBranch` of this repository, or undefined. When several
   * are open from that branch (to different bases), the one into `base` wins if given.
   */
  async findOpenPullRequest(headBranch: string, base?: string): Promise<OpenPullRequest | undefined> {
    const { data } = await this.call('list pull requests', () =>
      // `head` must be `owner:branch`: GitHub silently ignores a bare branch name and returns every pull request.
      this.octokit.rest.pulls.list({ ...this.repository, state: 'open', head: `${this.repository.owner}:${headBranch}`, per_page: 100 }),
    );
    const pull = data.find((p) => p.base.ref === base) ?? data[0];
    return pull ? toOpenPullRequest(pull) : undefined;
  }

  /**
   * Every open pull request into `base` from a branch of this repository, in one request for
   * up to 100 of them: enough to find this hop's PR and the hops it supersedes at once.
   */
  async listOpenPullRequests(base: string): Promise<OpenPullRequest[]> {
    const data = await this.call('list pull requests', () =>
      this.octokit.paginate(this.octokit.rest.pulls.list, { ...this.repository, state: 'open', base, per_page: 100 }),
    );
    const own = `${this.repository.owner}/${this.repository.repo}`.toLowerCase();
    return data.filter((p) => p.head.repo?.full_name?.toLowerCase() === own).map(toOpenPullRequest);
  }

  async closePullRequest(pullNumber: number): Promise<void> {
    await this.call(`close pull request #${pullNumber}`, () => this.octokit.rest.pulls.update({ ...this.repository, pull_number: pullNumber, state: 'closed' }));
  }

  /** Open issues (not pull requests) carrying `label`, oldest first. */
  async listOpenIssues(label: string): Promise<IssueSummary[]> {
    const data = await this.call('list issues', () =>
      this.octokit.paginate(this.octokit.rest.issues.listForRepo, { ...this.repository, state: 'open', labels: label, per_page: 100 }),
    );
    return data
      .filter((i) => !i.pull_request)
      .map((i) => ({ number: i.number, url: i.html_url, title: i.title, body: i.body ?? '' }))
      .sort((a, b) => a.number - b.number);
  }

  async getIssue(issueNumber: number): Promise<IssueSummary> {
    const { data } = await this.call(`read issue #${issueNumber}`, () => this.octokit.rest.issues.get({ ...this.repository, issue_number: issueNumber }));
    return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? '' };
  }

  async createIssue(title: string, body: string, labels: readonly string[]): Promise<IssueSummary> {
    assertBodyFits(body, 'issue body');
    const { data } = await this.call('create an issue', () => this.octokit.rest.issues.create({ ...this.repository, title, body, labels: [...labels] }));
    return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? '' };
  }

  async updateIssue(issueNumber: number, changes: { body?: string; state?: 'open' | 'closed' }): Promise<void> {
    if (changes.body !== undefined) assertBodyFits(changes.body, 'issue body');
    await this.call(`update issue #${issueNumber}`, () => this.octokit.rest.issues.update({ ...this.repository, issue_number: issueNumber, ...changes }));
  }

  /**
   * A deployment of `ref` to `environment`, so the repository's Environments page shows
   * what each cluster runs. No commit status checks are required: the upgrade already ran
   * behind the workflow's own gates.
   */
  async createDeployment(d: { ref: string; environment: string; description: string; production: boolean }): Promise<number> {
    const { data } = await this.call(`create a deployment to ${d.environment}`, () =>
      this.octokit.rest.repos.createDeployment({
        ...this.repository,
        ref: d.ref,
        environment: d.environment,
        description: d.description.slice(0, 140),
        auto_merge: false,
        required_contexts: [],
        production_environment: d.production,
        transient_environment: false,
      }),
    );
    if (!('id' in data)) throw new ActionError(`GitHub did not create a deployment to ${d.environment}: ${data.message ?? 'no reason given'}`);
    return data.id;
  }

  async createDeploymentStatus(deploymentId: number, s: { state: 'in_progress' | 'success' | 'failure'; logUrl?: string; description: string }): Promise<void> {
    await this.call(`set deployment ${deploymentId} ${s.state}`, () =>
      this.octokit.rest.repos.createDeploymentStatus({
        ...this.repository,
        deployment_id: deploymentId,
        state: s.state,
        description: s.description.slice(0, 140),
        ...(s.logUrl ? { log_url: s.logUrl } : {}),
      }),
    );
  }

  /** Bodies of the comments on an issue or pull request, oldest first. */
  async listCommentBodies(issueNumber: number): Promise<string[]> {
    const data = await this.call(`list comments of #${issueNumber}`, () =>
      this.octokit.paginate(this.octokit.rest.issues.listComments, { ...this.repository, issue_number: issueNumber, per_page: 100 }),
    );
    return data.map((c) => c.body ?? '');
  }

  /**
   * Opens the pull request, or brings the open one from the same branch up to date. Writes
   * nothing when title, body, base and labels already match. Reviewers are requested only
   * when the pull request is created, so a rerun never re-requests a review someone gave.
   */
  async createOrUpdatePullRequest(spec: PullRequestSpec, open?: readonly OpenPullRequest[]): Promise<PullRequestResult> {
    assertBodyFits(spec.body, 'pull request body');
    // A caller that listed the open pull requests already saves the lookup.
    const existing = open ? open.find((p) => p.head === spec.head && p.base === spec.base) : await this.findOpenPullRequest(spec.head, spec.base);
    if (existing) return this.updatePullRequest(existing, spec);
    const created = await this.createPullRequest(spec);
    if (!created) {
      // Another run opened it between our list and create: update that one instead.
      const raced = await this.findOpenPullRequest(spec.head, spec.base);
      if (!raced) throw new ActionError(`GitHub says a pull request from ${spec.head} already exists in ${this.fullName}, but none is open; re-run the job`);
      return this.updatePullRequest(raced, spec);
    }
    const warnings: string[] = [];
    await this.bestEffort(warnings, 'add labels', () => this.addLabels(created.number, spec.labels ?? []));
    await this.bestEffort(warnings, 'set assignees and milestone', () => this.assign(created.number, spec.assignees ?? [], spec.milestone));
    await this.bestEffort(warnings, 'request reviewers', () => this.requestReviewers(created.number, spec));
    return { ...created, operation: 'created', warnings };
  }

  async listReleaseNotes(repository: string, tags: readonly string[]): Promise<Map<string, ReleaseNote>> {
    const where = parseRepositoryName(repository, 'the release notes repository');
    return this.call('list releases', () => fetchReleaseNotes(this.octokit, where, tags), repository);
  }

  async createComment(issueNumber: number, body: string): Promise<{ id: number; url: string }> {
    assertBodyFits(body, 'comment');
    const { data } = await this.call(`comment on #${issueNumber}`, () => this.octokit.rest.issues.createComment({ ...this.repository, issue_number: issueNumber, body }));
    return { id: data.id, url: data.html_url };
  }

  /** The created pull request, or undefined when GitHub says one from this branch is already open. */
  private async createPullRequest(spec: PullRequestSpec): Promise<{ number: number; url: string } | undefined> {
    const create = (draft: boolean) =>
      this.octokit.rest.pulls.create({ ...this.repository, head: spec.head, base: spec.base, title: spec.title, body: spec.body, draft });
    let data: { number: number; html_url: string };
    try {
      ({ data } = await create(spec.draft ?? false).catch((e: unknown) => {
        if (!spec.draft || !isValidationError(e, /draft pull requests are not supported/i)) throw e;
        this.log.warning(`${this.fullName} does not support draft pull requests; opening a regular one`);
        return create(false);
      }));
    } catch (e) {
      if (isValidationError(e, /A pull request already exists/i)) return undefined;
      throw this.explainCreateFailure(e, spec);
    }
    this.log.info(`opened pull request #${data.number}: ${data.html_url}`);
    return { number: data.number, url: data.html_url };
  }

  private explainCreateFailure(e: unknown, spec: PullRequestSpec): unknown {
    const cannot = `cannot open a pull request from "${spec.head}" into "${spec.base}" in ${this.fullName}`;
    if (isValidationError(e, /^PullRequest head invalid$/)) return new ActionError(`${cannot}: the branch "${spec.head}" does not exist there; it must be pushed first`);
    if (isValidationError(e, /^PullRequest base invalid$/)) return new ConfigurationError(`${cannot}: the base branch "${spec.base}" does not exist`);
    if (isValidationError(e, /No commits between/)) return new ActionError(`${cannot}: "${spec.head}" has no commits that "${spec.base}" lacks, so there is nothing to propose`);
    return toActionError(e, 'open a pull request', this.fullName);
  }

  private async updatePullRequest(existing: OpenPullRequest, spec: PullRequestSpec): Promise<PullRequestResult> {
    const changes: { title?: string; body?: string; base?: string } = {};
    if (existing.title !== spec.title) changes.title = spec.title;
    if (normaliseBody(existing.body, spec.volatileFrom) !== normaliseBody(spec.body, spec.volatileFrom)) changes.body = spec.body;
    if (existing.base !== spec.base) changes.base = spec.base;
    const missingLabels = (spec.labels ?? []).filter((l) => !existing.labels.includes(l));
    // As create-pull-request: assignees are added (never removed), the milestone is set when it differs.
    const missingAssignees = (spec.assignees ?? []).filter((a) => !existing.assignees.some((x) => x.toLowerCase() === a.toLowerCase()));
    const milestone = spec.milestone !== undefined && spec.milestone !== existing.milestone ? spec.milestone : undefined;
    const result = { number: existing.number, url: existing.url, warnings: [] as string[] };
    if (Object.keys(changes).length === 0 && missingLabels.length === 0 && missingAssignees.length === 0 && milestone === undefined) {
      this.log.info(`pull request #${existing.number} is already up to date`);
      return { ...result, operation: 'unchanged' };
    }
    if (Object.keys(changes).length > 0) {
      await this.call(`update pull request #${existing.number}`, () => this.octokit.rest.pulls.update({ ...this.repository, pull_number: existing.number, ...changes }));
      this.log.info(`updated ${Object.keys(changes).join(', ')} of pull request #${existing.number}`);
    }
    await this.bestEffort(result.warnings, 'add labels', () => this.addLabels(existing.number, missingLabels));
    await this.bestEffort(result.warnings, 'set assignees and milestone', () => this.assign(existing.number, missingAssignees.length ? [...existing.assignees, ...missingAssignees] : [], milestone));
    return { ...result, operation: 'updated' };
  }

  private async addLabels(issueNumber: number, labels: readonly string[]): Promise<void> {
    if (labels.length === 0) return;
    await this.call(`label #${issueNumber}`, () => this.octokit.rest.issues.addLabels({ ...this.repository, issue_number: issueNumber, labels: [...labels] }));
  }

  /** Sets the assignees (the whole list) and milestone in one request: the issues endpoint, as pulls.update takes neither. */
  private async assign(issueNumber: number, assignees: readonly string[], milestone: number | undefined): Promise<void> {
    if (assignees.length === 0 && milestone === undefined) return;
    await this.call(`assign #${issueNumber}`, () =>
      this.octokit.rest.issues.update({ ...this.repository, issue_number: issueNumber, ...(milestone !== undefined ? { milestone } : {}), ...(assignees.length ? { assignees: [...assignees] } : {}) }),
    );
  }

  private async requestReviewers(pullNumber: number, spec: PullRequestSpec): Promise<void> {
    const reviewers = [...(spec.reviewers ?? [])];
    const teamReviewers = [...(spec.teamReviewers ?? [])];
    if (reviewers.length === 0 && teamReviewers.length === 0) return;
    await this.call(`request reviews on #${pullNumber}`, () =>
      this.octokit.rest.pulls.requestReviewers({ ...this.repository, pull_number: pullNumber, reviewers, team_reviewers: teamReviewers }),
    );
  }

  /** Labels and reviewers are extras: the pull request exists either way, so failures become warnings. */
  private async bestEffort(warnings: string[], what: string, step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (e) {
      if (!(e instanceof ActionError)) throw e;
      warnings.push(e.message);
      this.log.warning(e.message);
    }
  }

  private async call<T>(what: string, request: () => Promise<T>, where = this.fullName): Promise<T> {
    try {
      return await request();
    } catch (e) {
      throw toActionError(e, what, where);
    }
  }
}

type ListedPull = {
  number: number;
  html_url: string;
  title: string;
  body: string | null;
  base: { ref: string };
  head: { ref: string; sha: string };
  labels: Array<{ name?: string }>;
  assignees?: Array<{ login: string }> | null;
  milestone?: { number: number } | null;
};

function toOpenPullRequest(pull: ListedPull): OpenPullRequest {
  return {
    number: pull.number,
    url: pull.html_url,
    title: pull.title,
    body: pull.body ?? '',
    base: pull.base.ref,
    head: pull.head.ref,
    headSha: pull.head.sha,
    labels: pull.labels.map((l) => l.name ?? ''),
    assignees: (pull.assignees ?? []).map((a) => a.login),
    ...(pull.milestone ? { milestone: pull.milestone.number } : {}),
  };
}

function assertBodyFits(body: string, what: string): void {
  // UTF-16 length is never below GitHub's character count, so this never lets too much through.
  if (body.length > MAX_BODY_CHARACTERS) {
    throw new ActionError(`the ${what} is ${body.length} characters, over GitHub's limit of ${MAX_BODY_CHARACTERS}; it must be shortened before it is sent`);
  }
}

/** Bodies edited in the web UI come back with CRLF line ends; that alone is not a change. */
function normaliseBody(body: string, volatileFrom?: string): string {
  const at = volatileFrom ? body.indexOf(volatileFrom) : -1;
  return (at >= 0 ? body.slice(0, at) : body).replace(/\r\n/g, '\n').trimEnd();
}
