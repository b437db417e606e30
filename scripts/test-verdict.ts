// The suite's verdict from vitest's results: "N passed, N failed" plus any skips, and whether
// that is a pass. A skipped or todo test fails the run unless test/allowed-skips.json lists it
// with a reason; the Ansible oracle can never be listed. Used by the vitest reporter
// (test/support/skip-gate-reporter.ts, so `npm test` itself fails) and by .ci/run's closing
// line (`npx tsx scripts/test-verdict.ts`, from .tmp/vitest-results.json).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export type TestState = 'passed' | 'failed' | 'skipped' | 'todo';

export interface TestRecord {
  /** Repository-relative path of the test file, with forward slashes. */
  file: string;
  /** Suite and test titles joined with " > ". */
  name: string;
  state: TestState;
}

export interface AllowedSkip {
  file: string;
  test: string;
  reason: string;
}

export interface Verdict {
  ok: boolean;
  line: string;
  problems: string[];
}

/** Never skippable: the proofs that the knowledge engine and the inventory checks match real Ansible. */
export const NEVER_SKIPPED = ['test/kubespray-defaults/oracle.test.ts', 'test/kubespray-report/inventory-checks.oracle.test.ts'];

export const ALLOW_LIST = 'test/allowed-skips.json';

export function loadAllowList(root: string): AllowedSkip[] {
  const doc = JSON.parse(readFileSync(path.join(root, ALLOW_LIST), 'utf8')) as { skips?: unknown };
  if (!Array.isArray(doc.skips)) throw new Error(`${ALLOW_LIST} must have a "skips" array`);
  return doc.skips as AllowedSkip[];
}

/**
 * @param brokenFiles test files that failed outside any test (a failed import or hook)
 * @param ranFiles the test files this run included; allow-list entries of other files are not judged
 */
export function judge(records: readonly TestRecord[], allow: readonly AllowedSkip[], brokenFiles: number, ranFiles: ReadonlySet<string>): Verdict {
  const problems: string[] = [];
  for (const a of allow) {
    if (typeof a.reason !== 'string' || a.reason.trim().length < 10) problems.push(`${ALLOW_LIST}: "${a.file} > ${a.test}" needs a reason`);
    if (NEVER_SKIPPED.includes(a.file)) problems.push(`${ALLOW_LIST}: ${a.file} may never be skipped`);
  }
  const allowed = (r: TestRecord) => allow.some((a) => a.file === r.file && a.test === r.name && !NEVER_SKIPPED.includes(a.file));
  const skipped = records.filter((r) => r.state === 'skipped' || r.state === 'todo');
  for (const r of skipped) if (!allowed(r)) problems.push(`${r.state} without an entry in ${ALLOW_LIST}: ${r.file} > ${r.name}`);
  for (const a of allow) {
    if (ranFiles.has(a.file) && !skipped.some((r) => r.file === a.file && r.name === a.test)) problems.push(`${ALLOW_LIST} lists "${a.file} > ${a.test}", which did not skip: remove the entry`);
  }
  const passed = records.filter((r) => r.state === 'passed').length;
  const failed = records.filter((r) => r.state === 'failed').length + brokenFiles;
  const allowedCount = skipped.filter(allowed).length;
  const line = `${passed} passed, ${failed} failed` + (skipped.length ? `, ${skipped.length} skipped (${allowedCount} allowed by ${ALLOW_LIST})` : '');
  return { ok: failed === 0 && passed > 0 && problems.length === 0, line, problems };
}

interface JsonResults {
  testResults: Array<{
    name: string;
    status: string;
    assertionResults: Array<{ ancestorTitles: string[]; title: string; status: string }>;
  }>;
}

const STATES: Record<string, TestState> = { passed: 'passed', failed: 'failed', pending: 'skipped', skipped: 'skipped', disabled: 'skipped', todo: 'todo' };

/** Records from vitest's JSON reporter output. */
export function recordsFromJson(results: JsonResults, root: string): { records: TestRecord[]; brokenFiles: number; ranFiles: Set<string> } {
  const records: TestRecord[] = [];
  let brokenFiles = 0;
  const ranFiles = new Set<string>();
  for (const f of results.testResults) {
    const file = path.relative(root, f.name).split(path.sep).join('/');
    ranFiles.add(file);
    // A test file that fails to load has no failed test, but it is a failure all the same.
    if (f.status === 'failed' && !f.assertionResults.some((a) => a.status === 'failed')) brokenFiles++;
    for (const a of f.assertionResults) {
      records.push({ file, name: [...a.ancestorTitles, a.title].join(' > '), state: STATES[a.status] ?? 'failed' });
    }
  }
  return { records, brokenFiles, ranFiles };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const file = process.argv[2] ?? path.join(root, '.tmp', 'vitest-results.json');
  let verdict: Verdict;
  try {
    const { records, brokenFiles, ranFiles } = recordsFromJson(JSON.parse(readFileSync(file, 'utf8')) as JsonResults, root);
    verdict = judge(records, loadAllowList(root), brokenFiles, ranFiles);
  } catch (e) {
    verdict = { ok: false, line: '0 passed, 1 failed', problems: [`no usable vitest results in ${file}: ${(e as Error).message}`] };
  }
  for (const p of verdict.problems) console.log(p);
  console.log(verdict.line);
  process.exitCode = verdict.ok ? 0 : 1;
}
