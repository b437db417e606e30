import { ConfigurationError } from '../../core/errors.js';
import type { ActionCommandSpec } from '../action-command.js';
import { actionFlags } from '../inputs/action-input.js';

/**
 * On a runner GITHUB_REPOSITORY names the repository the pull request lives in; at a
 * terminal it has to be said, or the action would only fail after the whole plan.
 */
function requireRepository(env: NodeJS.ProcessEnv, why: string): void {
  if (!env.GITHUB_REPOSITORY?.trim()) {
    throw new ConfigurationError(`${why}: set GITHUB_REPOSITORY=owner/name (and GITHUB_API_URL, GITHUB_SERVER_URL for GitHub Enterprise Server)`);
  }
}

const isFalse = (value: string | undefined) => /^(|false|no|off)$/i.test((value ?? '').trim());

export const PLAN_COMMAND: ActionCommandSpec = {
  command: 'plan',
  action: 'plan-upgrade',
  about: 'open (or update) the one pull request for the next safe Kubespray hop; with --dry-run, only print it',
  inputs: actionFlags('plan-upgrade', { 'inventory-path': 'list', labels: 'list', reviewers: 'list', 'team-reviewers': 'list', draft: 'boolean', 'update-pinned-versions': 'boolean' }),
  precheck(inputs, env) {
    if (isFalse(inputs.get('dry-run'))) requireRepository(env, 'plan pushes a branch and opens a pull request on GitHub (or use --dry-run)');
  },
};

export const UPGRADE_COMMAND: ActionCommandSpec = {
  command: 'upgrade',
  action: 'run-upgrade',
  about: 'run the Kubespray upgrade the submodule is checked out at: preflight, etcd backup, control plane, workers in batches',
  inputs: actionFlags('run-upgrade', { 'ansible-extra-args': 'list' }),
};

export const VERIFY_COMMAND: ActionCommandSpec = {
  command: 'verify',
  action: 'verify',
  about: 'check a cluster after an upgrade: nodes, versions, control plane, system pods, DNS, workloads, pod network',
  inputs: actionFlags('verify', { checks: 'list', 'regression-commands': 'list' }),
  precheck(inputs, env) {
    if ((inputs.get('inform-pull-request') ?? '').trim() !== '') requireRepository(env, '--inform-pull-request comments on a pull request on GitHub');
  },
};

export const ACTION_COMMANDS: readonly ActionCommandSpec[] = [PLAN_COMMAND, UPGRADE_COMMAND, VERIFY_COMMAND];
