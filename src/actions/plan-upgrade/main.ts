import { readFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import * as core from '../../shared/actions/toolkit.js';
import { runAction } from '../../shared/actions/run-action.js';
import { planUpgrade, type PlanResult } from '../../shared/plan/plan-upgrade.js';
import { getInputs } from './input-helper.js';
import { runUrlFrom } from '../../shared/plan/pr-provenance.js';
import { SUITE_VERSION } from '../../shared/version.js';

export function run(): Promise<void> {
  return runAction('plan-upgrade', async () => {
    const inputs = getInputs();
    const result = await planUpgrade({
      ...inputs,
      outputDir: path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'kubespray-upgrade', inputs.targetVersion.replace(/[^\w.-]/g, '_')),
      serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
      repository: process.env.GITHUB_REPOSITORY,
      provenance: { suiteVersion: SUITE_VERSION, actionRef: process.env.GITHUB_ACTION_REF || undefined, runUrl: runUrlFrom(process.env) },
    });
    setOutputs(result);
    const summary = `${operationLine(result)}\n\n${readFileSync(result.summaryPath, 'utf8')}`;
    // A dry run has printed the body already; the log gets it once.
    if (!core.appendSummary(summary) && !inputs.dryRun) core.info(summary);
  });
}

function operationLine(r: PlanResult): string {
  const pr = r.pullRequest ? `[#${r.pullRequest.number}](${r.pullRequest.url})` : 'no pull request (dry run)';
  const superseded = r.superseded.map((p) => `[#${p.number}](${p.url}) (${p.branch}): **${p.operation === 'closed' ? 'closed, branch deleted' : 'left open (it has commits by people), commented'}**`);
  return `**plan-upgrade:** ${r.from} → ${r.to}, branch \`${r.branch}\`, pull request ${pr}: **${r.operation}**${superseded.length ? `\n\nSuperseded: ${superseded.join('; ')}` : ''}`;
}

function setOutputs(r: PlanResult): void {
  core.setOutput('pull-request-number', r.pullRequest ? String(r.pullRequest.number) : '');
  core.setOutput('pull-request-url', r.pullRequest?.url ?? '');
  core.setOutput('pull-request-operation', r.operation);
  core.setOutput('superseded-pull-requests', JSON.stringify(r.superseded.map(({ number, url, branch, operation }) => ({ number, url, branch, operation }))));
  core.setOutput('branch', r.branch);
  core.setOutput('dashboard-issue-number', r.dashboard ? String(r.dashboard.number) : '');
  core.setOutput('head-sha', r.headSha);
  core.setOutput('summary-path', r.summaryPath);
  core.setOutput('report-path', r.reportPath);
  core.setOutput('from-version', r.from);
  core.setOutput('to-version', r.to);
}
