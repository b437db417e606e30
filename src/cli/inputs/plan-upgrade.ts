import type { ActionInput } from './action-input.js';
import { DASHBOARD_INPUTS } from './dashboard-inputs.js';

/** The inputs of actions/plan-upgrade/action.yml, as flags; test/cli/action-inputs.test.ts keeps the two equal. */
export const PLAN_UPGRADE_INPUTS: readonly ActionInput[] = [
  {
    name: 'path',
    default: '.',
    description: "The cluster repo's work tree.",
  },
  {
    name: 'submodule-path',
    description: 'Path of the Kubespray submodule. Default as in detect-release (the one submodule whose URL ends in kubespray).',
  },
  {
    name: 'kubespray-repository',
    description: "URL to read release tags from and fetch the two tags. Default the submodule's URL.",
  },
  {
    name: 'target-version',
    required: true,
    description:
      "The release tag to move to, normally detect-release's next-version. It must be exactly the next safe hop from the base branch's pin; a skipped minor or a regression is refused.",
  },
  {
    name: 'inventory-path',
    kind: 'list',
    description:
      "The team's inventory directory (comma or newline separated for several). Default: the clusters' inventories from the config file, else every directory under inventory/ except sample that has group_vars.",
  },
  {
    name: 'config',
    description: 'Suite config file. Default .github/kubespray-upgrade.yml when present.',
  },
  {
    name: 'base-branch',
    description: "Branch the pull request targets. Default the repository's default branch (origin's HEAD).",
  },
  {
    name: 'branch-prefix',
    description: "Prefix of the hop branch, which is <prefix><target-version>. Default kubespray-upgrade/ (or the config's).",
  },
  {
    name: 'labels',
    kind: 'list',
    description: 'Labels for the pull request (comma or newline separated). Default from the config.',
  },
  {
    name: 'reviewers',
    kind: 'list',
    description: 'Users asked to review a new pull request (comma or newline separated).',
  },
  {
    name: 'team-reviewers',
    kind: 'list',
    description: 'Team slugs asked to review a new pull request (comma or newline separated).',
  },
  {
    name: 'draft',
    kind: 'boolean',
    description: "Open the pull request as a draft. Default false (or the config's).",
  },
  {
    name: 'dry-run',
    default: 'false',
    kind: 'boolean',
    description: 'Do everything except the push and the API writes, and print the body.',
  },
  {
    name: 'update-pinned-versions',
    kind: 'boolean',
    description:
      "Opt in to rewriting the inventory's version pins that the report has a fix for (a suggested line, or commenting the pin out so Kubespray's default applies). Edits are line by line, keeping comments and formatting. Default false (or the config's): pins stay hazards in the body with the exact suggested line.",
  },
  {
    name: 'github-token',
    default: '${{ github.token }}',
    description:
      "Token with contents: write and pull-requests: write. A pull request opened with the workflow's GITHUB_TOKEN does not trigger the repository's own workflows; pass a GitHub App token to get CI on the pull request.",
  },
  {
    name: 'kubespray-github-repository',
    default: 'kubernetes-sigs/kubespray',
    description: 'owner/name on GitHub that release notes are read from.',
  },
  {
    name: 'commit-author',
    description: 'Author of the hop commit as "Name <email>". The committer is always github-actions[bot].',
  },
  ...DASHBOARD_INPUTS,
];
