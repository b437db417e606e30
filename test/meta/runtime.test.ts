import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { SUITE_VERSION, suiteVersionLine } from '../../src/actions/common/suite-version.js';
import { git } from '../support/git.js';
import { distEntry, REPO_ROOT } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';

const ACTIONS = ['detect-release', 'plan-upgrade', 'run-upgrade', 'verify'];

/** 1-based line of the first line of `file` containing `text`. */
function lineOf(file: string, text: string): number {
  const i = readFileSync(path.join(REPO_ROOT, file), 'utf8').split('\n').findIndex((l) => l.includes(text));
  if (i < 0) throw new Error(`${text} not in ${file}`);
  return i + 1;
}

/**
 * Runs a bundle with a bug injected: every input reads "__bug__", and a preload makes
 * String#trim throw on exactly that value, so the first input read fails (in @actions/core's
 * getInput, called from src/actions/common/inputs.ts) with a TypeError, which runAction
 * reports as a bug with its stack.
 */
function runWithInjectedBug(action: string, env: Record<string, string> = {}): string {
  const tmp = makeTempDir('ksu-bug-');
  try {
    const preload = path.join(tmp.dir, 'bug.mjs');
    writeFileSync(preload, "const trim = String.prototype.trim;\nString.prototype.trim = function () { if (String(this) === '__bug__') throw new TypeError('injected bug'); return trim.call(this); };\n");
    const inputs = Object.keys((parse(readFileSync(path.join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);
    const r = spawnSync(process.execPath, ['--import', preload, distEntry(action)], {
      encoding: 'utf8',
      cwd: tmp.dir,
      env: { PATH: process.env.PATH, HOME: tmp.dir, ...Object.fromEntries(inputs.map((i) => [`INPUT_${i.toUpperCase()}`, '__bug__'])), ...env },
    });
    expect(r.status).toBe(1);
    // Workflow commands escape newlines as %0A.
    return r.stdout.replace(/%0A/g, '\n');
  } finally {
    tmp.cleanup();
  }
}

describe('the bundles as they ship', () => {
  it.each(ACTIONS)('%s: a bug\u2019s stack trace names src/...ts:line through the source map', (action) => {
    const out = runWithInjectedBug(action);
    expect(out).toContain(`${action} failed unexpectedly; this is a bug`);
    const frames = out.split('\n').filter((l) => /^\s+at /.test(l));
    // Our first frame: getInput in src/actions/common/inputs.ts, which calls @actions/core. ncc's
    // maps are line-granular, so the named line is the statement's, give or take a few lines.
    const getInput = frames.find((f) => f.includes('/src/actions/common/inputs.ts:'));
    expect(getInput, frames.join('\n')).toBeDefined();
    const line = Number(/inputs\.ts:(\d+):/.exec(getInput!)![1]);
    expect(Math.abs(line - lineOf('src/actions/common/inputs.ts', 'runnerInput(name)')), getInput).toBeLessThanOrEqual(4);
    // The caller chain reaches the action's own sources, and no frame of our code stays minified.
    expect(frames.some((f) => f.includes(`/src/actions/${action}/`)), frames.join('\n')).toBe(true);
    expect(frames.some((f) => f.includes(`/src/actions/common/run-action.ts:`))).toBe(true);
  });

  it.each(ACTIONS)('%s: logs the suite version and the ref the runner fetched it at, once, first', (action) => {
    const out = runWithInjectedBug(action, { GITHUB_ACTION_REPOSITORY: 'acme/kubespray-upgrade-actions', GITHUB_ACTION_REF: 'v1' });
    const line = `kubespray-upgrade-actions ${SUITE_VERSION}: ${action} from acme/kubespray-upgrade-actions@v1`;
    expect(out.split('\n')[0]).toBe(line);
    expect(out.split(line).length - 1).toBe(1);
  });

  it('from a git checkout of the suite (the reusable workflows, a clone for the CLI), names its commit', () => {
    const out = runWithInjectedBug('verify');
    expect(out.split('\n')[0]).toBe(`kubespray-upgrade-actions ${SUITE_VERSION}: verify from a checkout at commit ${git(REPO_ROOT, ['rev-parse', 'HEAD']).trim()}`);
  });

  it('names the ref only when the runner gives a plain one, and a commit only of a checkout', () => {
    const sha = 'a'.repeat(40);
    expect(suiteVersionLine('verify', { GITHUB_ACTION_REPOSITORY: 'o/r', GITHUB_ACTION_REF: sha })).toBe(`kubespray-upgrade-actions ${SUITE_VERSION}: verify from o/r@${sha}`);
    const unknown = `kubespray-upgrade-actions ${SUITE_VERSION}: verify at an unknown commit (the runner names no action ref and the suite is not a git checkout)`;
    expect(suiteVersionLine('verify', {})).toBe(unknown);
    // A ref is the caller's text: never a workflow command or a second line in the log.
    expect(suiteVersionLine('verify', { GITHUB_ACTION_REPOSITORY: 'o/r', GITHUB_ACTION_REF: 'v1\n::error::x' })).toBe(unknown);
    expect(suiteVersionLine('verify', {}, { top: '/x', head: sha })).toBe(`kubespray-upgrade-actions ${SUITE_VERSION}: verify from a checkout at commit ${sha}`);
  });
});
