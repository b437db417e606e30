import { describe, expect, it } from 'vitest';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { SUITE_VERSION } from '../../src/actions/common/suite-version.js';
import { CLI_NODE } from '../support/cli-node.js';
import { buildClusterRepo } from '../support/cluster-repo.js';
import { buildKubesprayUpstream } from '../support/kubespray-upstream.js';
import { distEntry, REPO_ROOT } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';

// The CLI as npm users get it: `npm pack`, installed into an empty folder without the
// network (the bundles carry every runtime dependency), then run from node_modules/.bin.
describe('the npm package', () => {
  it('packs, installs offline into an empty folder and runs --help, --version and detect there', () => {
    distEntry('cli'); // the tarball must carry current bundles
    const tmp = makeTempDir('ksu-pack-');
    try {
      const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', tmp.dir], { cwd: REPO_ROOT, encoding: 'utf8', env: { ...process.env, npm_config_loglevel: 'error' } })) as Array<{ filename: string; files: Array<{ path: string }> }>;
      const files = packed[0]!.files.map((f) => f.path);
      for (const f of ['package.json', 'bin/kubespray-upgrade.js', 'dist/cli/index.js', 'dist/verify/index.js', 'dist/run-upgrade/index.js', 'dist/cli/index.js.map', 'CHANGELOG.md']) expect(files, f).toContain(f);
      expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('node_modules/'))).toEqual([]);

      const app = path.join(tmp.dir, 'app');
      mkdirSync(app);
      writeFileSync(path.join(app, 'package.json'), '{"name":"pack-check","private":true}\n');
      execFileSync('npm', ['install', '--offline', '--no-audit', '--no-fund', path.join(tmp.dir, packed[0]!.filename)], { cwd: app, encoding: 'utf8' });
      const manifest = JSON.parse(readFileSync(path.join(app, 'node_modules/kubespray-upgrade-actions/package.json'), 'utf8')) as Record<string, unknown>;
      expect(manifest.private).toBeUndefined();
      expect(manifest.dependencies ?? {}).toEqual({});
      expect(readdirSync(path.join(app, 'node_modules')).sort()).toEqual(['.bin', '.package-lock.json', 'kubespray-upgrade-actions'].sort());

      // The bin's `#!/usr/bin/env node` finds the Node under test first on PATH.
      const env = { PATH: `${path.dirname(CLI_NODE)}${path.delimiter}${process.env.PATH ?? ''}`, HOME: tmp.dir };
      const bin = path.join(app, 'node_modules/.bin/kubespray-upgrade');
      const help = spawnSync(bin, ['--help'], { cwd: app, env, encoding: 'utf8' });
      expect(help.status, help.stderr).toBe(0);
      expect(help.stdout).toMatch(/^kubespray-upgrade: /);
      expect(spawnSync(bin, ['--version'], { cwd: app, env, encoding: 'utf8' }).stdout).toContain(`kubespray-upgrade ${SUITE_VERSION} `);

      const up = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: ['v2.24.1', 'v2.25.0', 'v2.25.1'] });
      const repo = buildClusterRepo(path.join(tmp.dir, 'repo'), { upstream: up, tag: 'v2.24.1' });
      const detect = spawnSync(bin, ['detect', '--repo', repo.seed, '--json'], { cwd: app, env, encoding: 'utf8' });
      expect(detect.status, detect.stderr).toBe(0);
      expect(JSON.parse(detect.stdout)).toMatchObject({ currentVersion: 'v2.24.1', nextVersion: 'v2.25.1', upgradePath: ['v2.25.1'] });
    } finally {
      tmp.cleanup();
    }
  });
});
