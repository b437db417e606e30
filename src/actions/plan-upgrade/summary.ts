import type { ActionHost } from '../../adapters/runner/host.js';
import type { PlanResult } from '../../core/pull-request/plan-upgrade.js';

function operationLine(r: PlanResult): string {
  const pr = r.pullRequest ? `[#${r.pullRequest.number}](${r.pullRequest.url})` : 'no pull request (dry run)';
  const superseded = r.superseded.map((p) => `[#${p.number}](${p.url}) (${p.branch}): **${p.operation === 'closed' ? 'closed, branch deleted' : 'left open (it has commits by people), commented'}**`);
  return `**plan-upgrade:** ${r.from} → ${r.to}, branch \`${r.branch}\`, pull request ${pr}: **${r.operation}**${superseded.length ? `\n\nSuperseded: ${superseded.join('; ')}` : ''}`;
}

/** The job summary: what happened to the pull request, then its points-of-interest body uncut. */
export async function writePlanSummary(host: ActionHost, r: PlanResult, dryRun: boolean): Promise<void> {
  const summary = `${operationLine(r)}\n\n${r.fullBody}`;
  // A dry run has printed the body already; the log gets it once.
  if (!(await host.appendSummary(summary)) && !dryRun) host.info(summary);
}
