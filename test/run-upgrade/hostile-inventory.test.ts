import { describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { aliasBombYaml } from '../support/hostile.js';
import { useSuite, withCase as withSuiteCase, type UpgradeCase } from './env.js';

const suite = useSuite('ksu-hostile-inventory-');
const withCase = <T>(fn: (c: UpgradeCase) => Promise<T>) => withSuiteCase(suite(), fn);

/** A refused run leaves the cluster, the lock and the playbooks untouched. */
function expectNothingChanged(c: UpgradeCase): void {
  expect(c.records()).toEqual([]);
  expect(c.state()).toBeUndefined();
  expect(c.lease()).toBeUndefined();
}

const OUTSIDE_SECRET = 'outside-the-repo-7f3a9c';

describe('run-upgrade with a hostile inventory', () => {
  const writeBomb = (c: UpgradeCase) => {
    const groupVars = path.join(path.dirname(c.inventory), 'group_vars', 'all');
    mkdirSync(groupVars, { recursive: true });
    writeFileSync(path.join(groupVars, 'bomb.yml'), aliasBombYaml());
  };

  it('an alias-bomb group_vars is refused with one error naming the file', () =>
    withCase(async (c) => {
      writeBomb(c);
      const r = await c.run({}, { timeoutMs: 60_000 });
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toMatch(/::error::.*group_vars\/all\/bomb\.yml: YAML aliases expand to [\d,]+ nodes/);
      expectNothingChanged(c);
    }));

  it('SIGTERM during the read of an alias-bomb group_vars stops the run within 5 s', () =>
    withCase(async (c) => {
      writeBomb(c);
      const killAfterMs = 400;
      const r = await c.run({}, { kill: { signal: 'SIGTERM', afterMs: killAfterMs }, timeoutMs: 60_000 });
      expect(r.durationMs - killAfterMs, r.stdout).toBeLessThan(5000);
      expect(r.exitCode).not.toBe(0);
      expectNothingChanged(c);
    }));

  it('a group_vars file linked from outside the repo is refused without quoting it', () =>
    withCase(async (c) => {
      const outside = path.join(c.dir, 'outside.yml');
      writeFileSync(outside, `kube_version: v1.29.10\nsecret_token: ${OUTSIDE_SECRET}\n`);
      const groupVars = path.join(path.dirname(c.inventory), 'group_vars', 'all');
      mkdirSync(groupVars, { recursive: true });
      symlinkSync(outside, path.join(groupVars, 'linked.yml'));
      const r = await c.run();
      expect(r.exitCode).not.toBe(0);
      expect(r.stdout).toMatch(/group_vars\/all\/linked\.yml is a symbolic link to a path outside the repository/);
      for (const text of [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)]) expect(text).not.toContain(OUTSIDE_SECRET);
      expectNothingChanged(c);
    }));

  it('a group_vars directory linked from outside the repo is refused without quoting it', () =>
    withCase(async (c) => {
      const outside = path.join(c.dir, 'elsewhere');
      mkdirSync(outside);
      writeFileSync(path.join(outside, 'main.yml'), `secret_token: ${OUTSIDE_SECRET}\n: not yaml [\n`);
      symlinkSync(outside, path.join(path.dirname(c.inventory), 'group_vars'));
      const r = await c.run();
      expect(r.exitCode).not.toBe(0);
      expect(r.stdout).toMatch(/group_vars is a symbolic link to a path outside the repository/);
      for (const text of [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)]) expect(text).not.toContain(OUTSIDE_SECRET);
      expectNothingChanged(c);
    }));

  it('a looping link in group_vars is refused instead of walked', () =>
    withCase(async (c) => {
      const groupVars = path.join(path.dirname(c.inventory), 'group_vars', 'all');
      mkdirSync(groupVars, { recursive: true });
      symlinkSync('..', path.join(groupVars, 'loop'));
      const r = await c.run();
      expect(r.exitCode).not.toBe(0);
      expect(r.stdout).toMatch(/group_vars\/all\/loop is a symbolic link loop/);
      expectNothingChanged(c);
    }));
});
