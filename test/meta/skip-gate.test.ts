import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { judge, loadAllowList, NEVER_SKIPPED, recordsFromJson, type AllowedSkip, type TestRecord } from '../../scripts/test-verdict.js';
import { REPO_ROOT } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';

const rec = (name: string, state: TestRecord['state'], file = 'test/a.test.ts'): TestRecord => ({ file, name, state });
const ran = new Set(['test/a.test.ts', 'test/kubespray-defaults/oracle.test.ts']);

describe('the skip gate (scripts/test-verdict.ts)', () => {
  it('fails on a skip or todo that the allow-list does not name, and counts it in the closing line', () => {
    const v = judge([rec('x', 'passed'), rec('s > y', 'skipped'), rec('z', 'todo')], [], 0, ran);
    expect(v.ok).toBe(false);
    expect(v.line).toBe('1 passed, 0 failed, 2 skipped (0 allowed by test/allowed-skips.json)');
    expect(v.problems).toEqual([
      'skipped without an entry in test/allowed-skips.json: test/a.test.ts > s > y',
      'todo without an entry in test/allowed-skips.json: test/a.test.ts > z',
    ]);
  });

  it('passes a listed skip with its reason', () => {
    const allow: AllowedSkip[] = [{ file: 'test/a.test.ts', test: 's > y', reason: 'needs a GPU, which no machine of this project has' }];
    const v = judge([rec('x', 'passed'), rec('s > y', 'skipped')], allow, 0, ran);
    expect(v).toEqual({ ok: true, line: '1 passed, 0 failed, 1 skipped (1 allowed by test/allowed-skips.json)', problems: [] });
  });

  it('never allows the oracle to skip, wants a reason, and drops entries that no longer skip', () => {
    const oracle = NEVER_SKIPPED[0]!;
    const allow: AllowedSkip[] = [
      { file: oracle, test: 'v2.20.0', reason: 'ansible missing on this machine' },
      { file: 'test/a.test.ts', test: 'y', reason: '' },
      { file: 'test/a.test.ts', test: 'x', reason: 'used to skip on machines without etcd' },
    ];
    const v = judge([rec('v2.20.0', 'skipped', oracle), rec('y', 'skipped'), rec('x', 'passed')], allow, 0, ran);
    expect(v.ok).toBe(false);
    expect(v.problems).toContain(`test/allowed-skips.json: ${oracle} may never be skipped`);
    expect(v.problems).toContain(`skipped without an entry in test/allowed-skips.json: ${oracle} > v2.20.0`);
    expect(v.problems).toContain('test/allowed-skips.json: "test/a.test.ts > y" needs a reason');
    expect(v.problems).toContain('test/allowed-skips.json lists "test/a.test.ts > x", which did not skip: remove the entry');
  });

  it('counts a test file that failed to load as a failure, and an empty run as no pass', () => {
    expect(judge([rec('x', 'passed')], [], 1, ran)).toMatchObject({ ok: false, line: '1 passed, 1 failed' });
    expect(judge([], [], 0, ran).ok).toBe(false);
  });

  it('reads vitest JSON results the way the reporter reads the run', () => {
    const json = {
      testResults: [
        { name: path.join(REPO_ROOT, 'test/a.test.ts'), status: 'passed', assertionResults: [{ ancestorTitles: ['s'], title: 'y', status: 'pending' }, { ancestorTitles: [], title: 'x', status: 'passed' }] },
        { name: path.join(REPO_ROOT, 'test/b.test.ts'), status: 'failed', assertionResults: [] },
      ],
    };
    const r = recordsFromJson(json, REPO_ROOT);
    expect(r.records).toEqual([rec('s > y', 'skipped'), rec('x', 'passed')]);
    expect(r.brokenFiles).toBe(1);
    expect([...r.ranFiles]).toEqual(['test/a.test.ts', 'test/b.test.ts']);
  });

  it("the repository's allow-list is valid and names no oracle test", () => {
    const allow = loadAllowList(REPO_ROOT);
    expect(judge([rec('x', 'passed')], allow, 0, new Set()).problems).toEqual([]);
    for (const a of allow) expect(NEVER_SKIPPED).not.toContain(a.file);
    expect(readFileSync(path.join(REPO_ROOT, 'test/allowed-skips.json'), 'utf8')).toContain('"about"');
  });

  it('makes a real vitest run with a silent skip fail, and the same run pass once the skip is listed', () => {
    const tmp = makeTempDir('ksu-skipgate-');
    try {
      mkdirSync(path.join(tmp.dir, 'test'));
      writeFileSync(path.join(tmp.dir, 'test', 'a.test.ts'), "import { it, expect } from 'vitest';\nit('runs', () => expect(1).toBe(1));\nit.skip('skips', () => {});\n");
      writeFileSync(
        path.join(tmp.dir, 'vitest.config.ts'),
        `export default { test: { include: ['test/**/*.test.ts'], reporters: ['default', ${JSON.stringify(path.join(REPO_ROOT, 'test/support/skip-gate-reporter.ts'))}] } };\n`,
      );
      const vitest = () => spawnSync(path.join(REPO_ROOT, 'node_modules/.bin/vitest'), ['run', '--root', tmp.dir], { cwd: tmp.dir, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
      writeFileSync(path.join(tmp.dir, 'test', 'allowed-skips.json'), JSON.stringify({ skips: [] }));
      const silent = vitest();
      expect(silent.status, silent.stdout + silent.stderr).toBe(1);
      expect(silent.stderr).toContain('skipped without an entry in test/allowed-skips.json: test/a.test.ts > skips');
      writeFileSync(path.join(tmp.dir, 'test', 'allowed-skips.json'), JSON.stringify({ skips: [{ file: 'test/a.test.ts', test: 'skips', reason: 'a fixture of this very test' }] }));
      const listed = vitest();
      expect(listed.status, listed.stdout + listed.stderr).toBe(0);
    } finally {
      tmp.cleanup();
    }
  });
});
