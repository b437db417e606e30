import path from 'node:path';
import type { Reporter, TestModule, Vitest } from 'vitest/node';
import { judge, loadAllowList, type TestRecord } from '../../scripts/test-verdict.js';

/**
 * Fails the vitest run on a skipped or todo test that test/allowed-skips.json does not list,
 * so `npm test` (not only .ci/run) treats a silent skip as a failure. A run narrowed with
 * `-t` skips everything else by design and is not judged.
 */
export default class SkipGateReporter implements Reporter {
  private vitest?: Vitest;

  onInit(vitest: Vitest): void {
    this.vitest = vitest;
  }

  onTestRunEnd(modules: ReadonlyArray<TestModule>): void {
    const root = this.vitest?.config.root ?? process.cwd();
    if (this.vitest?.config.testNamePattern) return;
    const records: TestRecord[] = [];
    const ranFiles = new Set<string>();
    for (const m of modules) {
      const file = path.relative(root, m.moduleId).split(path.sep).join('/');
      ranFiles.add(file);
      for (const t of m.children.allTests()) {
        const state = t.result().state;
        records.push({ file, name: t.fullName, state: state === 'passed' ? 'passed' : state === 'failed' ? 'failed' : t.options.mode === 'todo' ? 'todo' : 'skipped' });
      }
    }
    const verdict = judge(records, loadAllowList(root), 0, ranFiles);
    if (verdict.problems.length === 0) return;
    process.stderr.write(`\nSilent skips fail the suite:\n${verdict.problems.map((p) => `  ${p}`).join('\n')}\n`);
    process.exitCode = 1;
  }
}
