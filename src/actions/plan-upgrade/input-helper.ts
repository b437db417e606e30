import { booleanInput, optionalInput, requiredInput } from '../common/inputs.js';
import { ConfigurationError } from '../../core/errors.js';
import { parseIdentity } from '../../core/pull-request/upgrade-commit.js';
import type { PlanRequest } from '../../core/pull-request/plan-upgrade.js';
import { DEFAULT_DASHBOARD_LABEL } from '../../core/dashboard/fleet-clusters.js';

/** Inputs as given; config-file values are merged in later, inputs winning. */
export type PlanUpgradeInputs = PlanRequest;

function listInput(name: string): string[] | undefined {
  const v = optionalInput(name);
  if (v === undefined) return undefined;
  return v.split(/[\n,]/).map((s) => s.trim()).filter(Boolean);
}

/** GitHub logins: letters, digits and single inner hyphens, at most 39 characters. */
const LOGIN = /^(?!-)(?!.*--)[A-Za-z0-9-]{1,39}(?<!-)$/;

function assigneesInput(): string[] | undefined {
  const logins = listInput('assignees');
  const bad = logins?.filter((l) => !LOGIN.test(l.replace(/^@/, ''))) ?? [];
  if (bad.length > 0) throw new ConfigurationError(`input "assignees" lists ${bad.map((b) => JSON.stringify(b)).join(', ')}, which ${bad.length === 1 ? 'is not a GitHub login' : 'are not GitHub logins'}; give logins separated by commas or newlines, e.g. "octocat, hubot"`);
  return logins?.map((l) => l.replace(/^@/, ''));
}

function optionalBoolean(name: string): boolean | undefined {
  return optionalInput(name) === undefined ? undefined : booleanInput(name, false);
}

export function getInputs(): PlanUpgradeInputs {
  const token = optionalInput('github-token');
  const authorText = optionalInput('commit-author');
  const author = authorText === undefined ? undefined : parseIdentity(authorText);
  if (authorText !== undefined && !author) throw new ConfigurationError(`input "commit-author" must look like "Name <email@example.com>", got ${JSON.stringify(authorText)}`);
  const repo = optionalInput('kubespray-github-repository') ?? 'kubernetes-sigs/kubespray';
  if (!/^[\w.-]+\/[\w.-]+$/.test(repo)) throw new ConfigurationError(`input "kubespray-github-repository" must be "owner/name", got ${JSON.stringify(repo)}`);
  return {
    repoPath: optionalInput('path') ?? '.',
    submodulePath: optionalInput('submodule-path'),
    kubesprayRepository: optionalInput('kubespray-repository'),
    targetVersion: requiredInput('target-version'),
    inventoryPaths: listInput('inventory-path'),
    configPath: optionalInput('config'),
    baseBranch: optionalInput('base-branch'),
    branchPrefix: optionalInput('branch-prefix'),
    labels: listInput('labels'),
    reviewers: listInput('reviewers'),
    teamReviewers: listInput('team-reviewers'),
    draft: optionalBoolean('draft'),
    dryRun: booleanInput('dry-run', false),
    updatePinnedVersions: optionalBoolean('update-pinned-versions'),
    followForkTags: optionalBoolean('follow-fork-tags'),
    token,
    kubesprayGithubRepository: repo,
    commitAuthor: author,
    appSlug: optionalInput('app-slug'),
    signoff: booleanInput('signoff', false),
    signCommits: booleanInput('sign-commits', false),
    assignees: assigneesInput(),
    milestone: optionalInput('milestone'),
    dashboardLabel: booleanInput('dashboard', true) ? (optionalInput('dashboard-label') ?? DEFAULT_DASHBOARD_LABEL) : undefined,
  };
}
