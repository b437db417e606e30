import { readFileSync } from 'node:fs';
import path from 'node:path';
import os from 'node:os';
import * as core from '../../shared/actions/toolkit.js';
import { runAction } from '../../shared/actions/run-action.js';
import { logSuiteVersion } from '../../shared/actions/suite-version.js';
import { planUpgrade, type PlanResult } from '../../shared/plan/plan-upgrade.js';
import { getInputs } from './input-helper.js';

export function run(): Promise<void> {
  return runAction('plan-upgrade', async () => {
    await logSuiteVersion('plan-upgrade');
    const inputs = getInputs();
    const result = await planUpgrade({
      ...inputs,
      outputDir: path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), 'kubespray-upgrade', inputs.targetVersion.replace(/[^\w.-]/g, '_')),
      serverUrl: process.env.GITHUB_SERVER_URL ?? 'https://github.com',
      repository: process.env.GITHUB_REPOSITORY,
    });
    setOutputs(result);
    const summary = `${operationLine(result)}\n\n${readFileSync(result.summaryPath, 'utf8')}`;
    if (!core.appendSummary(summary)) core.info(summary);
  });
}

function operationLine(r: PlanResult): string {
  const pr = r.pullRequest ? `[#${r.pullRequest.number}](${r.pullRequest.url})` : 'no pull request (dry run)';
  return `**plan-upgrade:** ${r.from} → ${r.to}, branch \`${r.branch}\`, pull request ${pr}: **${r.operation}**`;
}

function setOutputs(r: PlanResult): void {
  core.setOutput('pull-request-number', r.pullRequest ? String(r.pullRequest.number) : '');
  core.setOutput('pull-request-url', r.pullRequest?.url ?? '');
  core.setOutput('pull-request-operation', r.operation);
  core.setOutput('branch', r.branch);
  core.setOutput('head-sha', r.headSha);
  core.setOutput('summary-path', r.summaryPath);
  core.setOutput('report-path', r.reportPath);
  core.setOutput('from-version', r.from);
  core.setOutput('to-version', r.to);
}
