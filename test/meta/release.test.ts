import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { releaseSection, versionMismatches } from '../../scripts/release-notes.mjs';
import { SUITE_VERSION } from '../../src/actions/common/suite-version.js';
import { git } from '../support/git.js';
import { REPO_ROOT } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';

const CHANGELOG = `# Changelog

## [Unreleased]

- next thing

## [1.2.0] - 2026-12-01

### Fixed

- a fix, with an example:

\`\`\`md
## [1.1.0] not a heading inside a fence
\`\`\`

## v1.1.0

- first

## [1.0.0]
`;

describe('release notes (scripts/release-notes.mjs)', () => {
  it('extracts one version\u2019s section, whatever the heading style, and ignores headings inside code fences', () => {
    expect(releaseSection(CHANGELOG, '1.2.0')).toBe('### Fixed\n\n- a fix, with an example:\n\n```md\n## [1.1.0] not a heading inside a fence\n```\n');
    expect(releaseSection(CHANGELOG, 'v1.1.0')).toBe('- first\n');
  });

  it('refuses a missing or empty section and a version that is not semver', () => {
    expect(() => releaseSection(CHANGELOG, '1.3.0')).toThrow('no "## [1.3.0]" section');
    expect(() => releaseSection(CHANGELOG, '1.0.0')).toThrow('section for 1.0.0 is empty');
    expect(() => releaseSection(CHANGELOG, '1.2')).toThrow('not a semver version');
    // 1.2.0 must not match 1.2.00 or 11.2.0.
    expect(() => releaseSection('## [11.2.0]\n- x\n## [1.2.00]\n- y\n', '1.2.0')).toThrow('no "## [1.2.0]" section');
  });

  it('the suite version is one number: package.json, the bundles\u2019 SUITE_VERSION, and a non-empty Unreleased section to release from', () => {
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { version: string };
    expect(SUITE_VERSION).toBe(pkg.version);
    expect(versionMismatches(pkg.version)).toEqual([]);
    expect(versionMismatches('9.9.9')).toHaveLength(2);
    const changelog = readFileSync(path.join(REPO_ROOT, 'CHANGELOG.md'), 'utf8');
    const unreleased = /^## \[Unreleased\]\n([\s\S]*?)(?=^## |(?![\s\S]))/m.exec(changelog);
    expect(unreleased?.[1]?.trim()).toBeTruthy();
  });
});

describe('scripts/tag-release.sh', () => {
  /** A copy of the release machinery in a repo of its own, with a bare origin and a fake gh. */
  function releaseRepo(version: string) {
    const tmp = makeTempDir('ksu-release-');
    const work = path.join(tmp.dir, 'work');
    const origin = path.join(tmp.dir, 'origin.git');
    mkdirSync(path.join(work, 'scripts'), { recursive: true });
    mkdirSync(path.join(work, 'src/actions/common'), { recursive: true });
    for (const f of ['scripts/release-notes.mjs', 'scripts/tag-release.sh']) copyFileSync(path.join(REPO_ROOT, f), path.join(work, f));
    chmodSync(path.join(work, 'scripts/tag-release.sh'), 0o755);
    const setVersion = (v: string) => {
      writeFileSync(path.join(work, 'package.json'), JSON.stringify({ name: 'x', version: v }));
      writeFileSync(path.join(work, 'src/actions/common/suite-version.ts'), `export const SUITE_VERSION = '${v}';\n`);
      writeFileSync(path.join(work, 'CHANGELOG.md'), CHANGELOG.replace('## [Unreleased]', `## [${v}] - 2026-12-03\n\n- release ${v}\n\n## [Unreleased]`));
    };
    setVersion(version);
    git(tmp.dir, ['init', '-q', '--bare', origin]);
    git(work, ['init', '-q']);
    git(work, ['config', 'user.name', 't']);
    git(work, ['config', 'user.email', 't@example.com']);
    git(work, ['add', '-A']);
    git(work, ['commit', '-q', '-m', `release ${version}`]);
    git(work, ['remote', 'add', 'origin', origin]);
    git(work, ['push', '-q', 'origin', 'HEAD:refs/heads/main']);
    const bin = path.join(tmp.dir, 'bin');
    mkdirSync(bin);
    const ghLog = path.join(tmp.dir, 'gh.log');
    // gh: records its arguments and the notes it was given.
    writeFileSync(path.join(bin, 'gh'), `#!/usr/bin/env bash\necho "$*" >> ${JSON.stringify(ghLog)}\nwhile [ $# -gt 0 ]; do [ "$1" = --notes-file ] && cat "$2" >> ${JSON.stringify(ghLog)}; shift; done\n`);
    chmodSync(path.join(bin, 'gh'), 0o755);
    const run = () =>
      spawnSync(path.join(work, 'scripts/tag-release.sh'), ['origin'], {
        cwd: work,
        encoding: 'utf8',
        env: { PATH: `${bin}${path.delimiter}${path.dirname(process.execPath)}${path.delimiter}${process.env.PATH ?? ''}`, HOME: tmp.dir },
      });
    const tagCommit = (tag: string) => git(origin, ['rev-parse', `${tag}^{commit}`]).trim();
    return { tmp, work, origin, ghLog, run, setVersion, tagCommit };
  }

  it('tags vX.Y.Z, moves the major tag forward, pushes both and creates the release with the changelog section', () => {
    const r = releaseRepo('1.1.0');
    try {
      const first = r.run();
      expect(first.status, first.stderr).toBe(0);
      const c1 = git(r.work, ['rev-parse', 'HEAD']).trim();
      expect([r.tagCommit('v1.1.0'), r.tagCommit('v1')]).toEqual([c1, c1]);

      r.setVersion('1.2.0');
      git(r.work, ['commit', '-q', '-am', 'release 1.2.0']);
      const second = r.run();
      expect(second.status, second.stderr).toBe(0);
      const c2 = git(r.work, ['rev-parse', 'HEAD']).trim();
      expect([r.tagCommit('v1.1.0'), r.tagCommit('v1.2.0'), r.tagCommit('v1')]).toEqual([c1, c2, c2]);
      const log = readFileSync(r.ghLog, 'utf8');
      expect(log).toContain('release create v1.2.0 --verify-tag --title v1.2.0 --notes-file ');
      expect(log).toContain('- release 1.2.0\n');
      expect(log.split('release create').length - 1).toBe(2);

      // The same version again: refused, nothing moves.
      const again = r.run();
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('v1.2.0 already exists');
    } finally {
      r.tmp.cleanup();
    }
  });

  it('never moves the major tag back to an older release, and refuses when the versions disagree', () => {
    const r = releaseRepo('1.2.0');
    try {
      expect(r.run().status).toBe(0);
      const c = r.tagCommit('v1');
      r.setVersion('1.1.1');
      git(r.work, ['commit', '-q', '-am', 'a late patch of 1.1']);
      const back = r.run();
      expect(back.status).toBe(1);
      expect(back.stderr).toContain('v1 points at v1.2.0, newer than v1.1.1');
      expect(r.tagCommit('v1')).toBe(c);

      writeFileSync(path.join(r.work, 'src/actions/common/suite-version.ts'), "export const SUITE_VERSION = '1.1.0';\n");
      const mismatch = r.run();
      expect(mismatch.status).toBe(1);
      expect(mismatch.stderr).toContain('SUITE_VERSION 1.1.0, not 1.1.1');
    } finally {
      r.tmp.cleanup();
    }
  });
});

describe('.github/workflows/release.yml', () => {
  const release = parse(readFileSync(path.join(REPO_ROOT, '.github/workflows/release.yml'), 'utf8')) as {
    on: Record<string, unknown>;
    permissions: Record<string, string>;
    jobs: Record<string, { uses?: string; needs?: string; permissions?: Record<string, string>; steps?: Array<{ run?: string; uses?: string }> }>;
  };
  const ci = parse(readFileSync(path.join(REPO_ROOT, '.github/workflows/ci.yml'), 'utf8')) as { on: Record<string, unknown>; jobs: Record<string, { steps: Array<{ run?: string }> }> };

  it('runs the whole CI (tests and the dist/ check) on the commit before it tags anything', () => {
    expect(Object.keys(release.on)).toEqual(['workflow_dispatch']);
    expect(Object.keys(ci.on)).toContain('workflow_call');
    expect(release.jobs.ci!.uses).toBe('./.github/workflows/ci.yml');
    expect(Object.keys(ci.jobs)).toEqual(expect.arrayContaining(['test', 'check-dist']));
    expect(release.jobs.release!.needs).toBe('ci');
  });

  it('writes only in the release job, which checks the notes and runs scripts/tag-release.sh', () => {
    expect(release.permissions).toEqual({ contents: 'read' });
    expect(release.jobs.release!.permissions).toEqual({ contents: 'write' });
    const runs = release.jobs.release!.steps!.map((s) => s.run ?? '').join('\n');
    expect(runs).toContain('node scripts/release-notes.mjs "$version" --check');
    expect(runs).toContain('scripts/tag-release.sh origin');
  });
});
