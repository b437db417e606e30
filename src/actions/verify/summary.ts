import type { ActionHost } from '../../adapters/runner/host.js';
import { code, table } from '../../core/text/markdown.js';
import type { CheckResult } from '../../core/verify/checks/types.js';
import type { VerifyReport } from '../../core/verify/verify-report.js';

const ICON: Record<CheckResult['status'], string> = { passed: '✅ passed', failed: '❌ failed', skipped: '⏭️ skipped' };

export function formatDuration(ms: number): string {
  return ms < 1000 ? `${ms} ms` : `${(ms / 1000).toFixed(1)} s`;
}

/** What a reader needs per check in one cell: the problems, else the one-line summary. */
export function checkDetail(c: CheckResult, maxFailures = 5): string {
  const lines = c.failures.length > 0 ? c.failures : [c.summary];
  const shown = lines.slice(0, maxFailures);
  if (lines.length > maxFailures) shown.push(`… and ${lines.length - maxFailures} more (see the JSON report)`);
  const warn = c.warnings.length > 0 ? [`⚠️ ${c.warnings.length} warning(s): ${c.warnings.slice(0, 2).join('; ')}${c.warnings.length > 2 ? '; …' : ''}`] : [];
  return [...shown, ...warn].join('<br>');
}

export function checksTable(r: VerifyReport): string {
  return table(
    ['Check', 'Status', 'Duration', 'Detail'],
    r.checks.map((c) => [code(c.name), ICON[c.status], formatDuration(c.durationMs), checkDetail(c)]),
  );
}

export function renderVerifySummary(r: VerifyReport): string {
  const head = r.result === 'passed' ? `✅ every check passed` : `❌ failed: ${r.failedChecks.map(code).join(', ')}`;
  return [
    `## Kubespray upgrade verification — Kubernetes ${code(r.expectedKubernetesVersion)}`,
    '',
    `${head} (${formatDuration(r.durationMs)}, expected version from ${r.expectedVersionSource === 'input' ? 'the input' : 'the run-upgrade state ConfigMap'}${r.upgradeStatus ? `, upgrade status ${code(r.upgradeStatus)}` : ''})`,
    '',
    checksTable(r),
    '',
    `Cleanup: ${r.cleanup.detail}`,
    '',
  ].join('\n');
}

/** The job summary; printed to the log when there is nowhere else to put it. */
export async function writeVerifySummary(host: ActionHost, r: VerifyReport): Promise<void> {
  const summary = renderVerifySummary(r);
  if (!(await host.appendSummary(summary))) host.info(summary);
}
