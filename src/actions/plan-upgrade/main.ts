import path from 'node:path';
import os from 'node:os';
import { actionsRunner } from '../../adapters/runner/actions-runner.js';
import { kubesprayCacheDir } from '../../adapters/runner/cache-dir.js';
import { openGit } from '../../adapters/git/git-command-manager.js';
import { GitHubHelper } from '../../adapters/github/github-helper.js';
import type { ActionHost } from '../../adapters/runner/host.js';
import { runAction } from '../common/run-action.js';
import { logSuiteVersion } from '../common/suite-version.js';
import { planUpgrade, type PlanResult } from '../../core/pull-request/plan-upgrade.js';
import { writePlanSummary } from './summary.js';
import { getInputs } from './input-helper.js';
import { runUrlFrom } from '../../core/pull-request/pr-provenance.js';
import { SUITE_VERSION } from '../common/suite-version.js';

/** Runs the action; `host` is the runner unless the CLI passes its terminal. */
export function run(host: ActionHost = actionsRunner): Promise<void> {
  return runAction('plan-upgrade', host, (kind) => ({ status: kind, 'pull-request-operation': 'none' }), async (host) => {
    await logSuiteVersion(host, 'plan-upgrade');
    const inputs = getInputs();
    if (inputs.token) host.setSecret(inputs.token);
    const result = await planUpgrade({
      ...inputs,
      reporter: host,
      outputDir: path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'kubespray-upgrade', inputs.targetVersion.replace(/[^\w.-]/g, '_')),
      serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
      repository: process.env.GITHUB_REPOSITORY,
      provenance: { suiteVersion: SUITE_VERSION, actionRef: process.env.GITHUB_ACTION_REF || undefined, runUrl: runUrlFrom(process.env) },
      kubesprayCache: kubesprayCacheDir(process.env),
      openGit,
      openGitHub: (o) => new GitHubHelper({ ...o, log: host }),
    });
    setOutputs(host, result);
    await writePlanSummary(host, result, inputs.dryRun);
  });
}

function setOutputs(host: ActionHost, r: PlanResult): void {
  host.setOutput('status', 'succeeded');
  host.setOutput('pull-request-number', r.pullRequest ? String(r.pullRequest.number) : '');
  host.setOutput('pull-request-url', r.pullRequest?.url ?? '');
  host.setOutput('pull-request-operation', r.operation);
  host.setOutput('superseded-pull-requests', JSON.stringify(r.superseded.map(({ number, url, branch, operation }) => ({ number, url, branch, operation }))));
  host.setOutput('branch', r.branch);
  host.setOutput('dashboard-issue-number', r.dashboard ? String(r.dashboard.number) : '');
  host.setOutput('head-sha', r.headSha);
  host.setOutput('summary-path', r.summaryPath);
  host.setOutput('report-path', r.reportPath);
  host.setOutput('from-version', r.from);
  host.setOutput('to-version', r.to);
}
