import { ActionError, ConfigurationError } from '../../shared/errors.js';
import { createGitHubClient, type ClientOptions, type GitHubClient, type GitHubLog } from './octokit-client.js';
import { silentReporter } from '../../shared/reporter.js';
import { isValidationError, toActionError } from './github-errors.js';
import { fetchReleaseNotes, type ReleaseNote } from './release-notes.js';
import { parseRepositoryName, type RepositoryName } from '../../shared/github/repository-name.js';

export type { ReleaseNote } from './release-notes.js';

/** GitHub's limit for pull request and comment bodies, in characters. */
export const MAX_BODY_CHARACTERS = 65536;

export interface GitHubHelperOptions extends Omit<ClientOptions, 'log'> {
  /** Where rate-limit waits and retries are reported; nowhere by default. */
  log?: GitHubLog;
  /** `owner/name` of the repository the pull requests go to; defaults to GITHUB_REPOSITORY. */
  repository?: string;
}

export interface OpenPullRequest {
  number: number;
  url: string;
  title: string;
  body: string;
  base: string;
  headSha: string;
  labels: string[];
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
}

export interface PullRequestResult {
  number: number;
  url: string;
  operation: 'created' | 'updated' | 'unchanged';
  /** Things that did not work but did not stop the pull request, e.g. a reviewer who cannot be requested. */
  warnings: string[];
}

/**
 * The suite's GitHub API layer (after peter-evans/create-pull-request's github-helper):
 * every call retries transient failures, honours rate limits, serialises writes and costs
 * as few requests as it can: a new pull request is find + create + labels + reviewers, a
 * rerun with nothing new is a single find.
 */
export class GitHubHelper {
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
    if (!pull) return undefined;
    return {
      number: pull.number,
      url: pull.html_url,
      title: pull.title,
      body: pull.body ?? '',
      base: pull.base.ref,
      headSha: pull.head.sha,
      labels: pull.labels.map((l) => l.name),
    };
  }

  /**
   * Opens the pull request, or brings the open one from the same branch up to date. Writes
   * nothing when title, body, base and labels already match. Reviewers are requested only
   * when the pull request is created, so a rerun never re-requests a review someone gave.
   */
  async createOrUpdatePullRequest(spec: PullRequestSpec): Promise<PullRequestResult> {
    assertBodyFits(spec.body, 'pull request body');
    const existing = await this.findOpenPullRequest(spec.head, spec.base);
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
    if (normaliseBody(existing.body) !== normaliseBody(spec.body)) changes.body = spec.body;
    if (existing.base !== spec.base) changes.base = spec.base;
    const missingLabels = (spec.labels ?? []).filter((l) => !existing.labels.includes(l));
    const result = { number: existing.number, url: existing.url, warnings: [] as string[] };
    if (Object.keys(changes).length === 0 && missingLabels.length === 0) {
      this.log.info(`pull request #${existing.number} is already up to date`);
      return { ...result, operation: 'unchanged' };
    }
    if (Object.keys(changes).length > 0) {
      await this.call(`update pull request #${existing.number}`, () => this.octokit.rest.pulls.update({ ...this.repository, pull_number: existing.number, ...changes }));
      this.log.info(`updated ${Object.keys(changes).join(', ')} of pull request #${existing.number}`);
    }
    await this.bestEffort(result.warnings, 'add labels', () => this.addLabels(existing.number, missingLabels));
    return { ...result, operation: 'updated' };
  }

  private async addLabels(issueNumber: number, labels: readonly string[]): Promise<void> {
    if (labels.length === 0) return;
    await this.call(`label #${issueNumber}`, () => this.octokit.rest.issues.addLabels({ ...this.repository, issue_number: issueNumber, labels: [...labels] }));
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

function assertBodyFits(body: string, what: string): void {
  // UTF-16 length is never below GitHub's character count, so this never lets too much through.
  if (body.length > MAX_BODY_CHARACTERS) {
    throw new ActionError(`the ${what} is ${body.length} characters, over GitHub's limit of ${MAX_BODY_CHARACTERS}; it must be shortened before it is sent`);
  }
}

/** Bodies edited in the web UI come back with CRLF line ends; that alone is not a change. */
function normaliseBody(body: string): string {
  return body.replace(/\r\n/g, '\n').trimEnd();
}
