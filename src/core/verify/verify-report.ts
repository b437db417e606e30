import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CheckResult } from './checks/types.js';
import type { CleanupResult } from './test-namespace.js';

export const VERIFY_REPORT_SCHEMA_VERSION = 1;

export interface VerifyReport {
  schemaVersion: typeof VERIFY_REPORT_SCHEMA_VERSION;
  result: 'passed' | 'failed';
  expectedKubernetesVersion: string;
  expectedVersionSource: 'input' | 'state-configmap';
  upgradeStartedAt?: string;
  upgradeStatus?: string;
  server: string;
  namespace: string;
  startedAt: string;
  durationMs: number;
  checks: CheckResult[];
  failedChecks: string[];
  cleanup: CleanupResult;
}

function xml(text: string): string {
  // Control characters other than tab/newline are not allowed in XML 1.0 at all.
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;');
}

const seconds = (ms: number) => (ms / 1000).toFixed(3);

export function renderJUnit(r: VerifyReport): string {
  const failures = r.checks.filter((c) => c.status === 'failed').length;
  const skipped = r.checks.filter((c) => c.status === 'skipped').length;
  const cases = r.checks.map((c) => {
    const open = `    <testcase classname="kubespray-upgrade.verify" name="${xml(c.name)}" time="${seconds(c.durationMs)}">`;
    const body: string[] = [];
    if (c.status === 'failed') {
      body.push(`      <failure message="${xml(c.failures[0] ?? c.summary)}" type="VerificationFailure">${xml(c.failures.join('\n'))}</failure>`);
    }
    if (c.status === 'skipped') body.push(`      <skipped message="${xml(c.summary)}"/>`);
    const out = [c.summary, ...c.warnings.map((w) => `warning: ${w}`), ...(c.output ? [c.output] : [])].join('\n');
    body.push(`      <system-out>${xml(out)}</system-out>`);
    return [open, ...body, '    </testcase>'].join('\n');
  });
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="kubespray-upgrade-verify" tests="${r.checks.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(r.durationMs)}">`,
    `  <testsuite name="verify ${xml(r.expectedKubernetesVersion)}" tests="${r.checks.length}" failures="${failures}" errors="0" skipped="${skipped}" time="${seconds(r.durationMs)}" timestamp="${xml(r.startedAt)}">`,
    ...cases,
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
}

export function writeReports(r: VerifyReport, dir: string): { reportPath: string; junitPath: string } {
  mkdirSync(dir, { recursive: true });
  const reportPath = path.join(dir, 'verify-report.json');
  const junitPath = path.join(dir, 'verify-junit.xml');
  writeFileSync(reportPath, JSON.stringify(r, null, 2) + '\n');
  writeFileSync(junitPath, renderJUnit(r));
  return { reportPath, junitPath };
}
