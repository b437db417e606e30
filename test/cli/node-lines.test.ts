import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { MINIMUM_NODE, nodeVersionProblem } from '../../src/cli/node-version.js';
import { SUITE_VERSION } from '../../src/actions/common/suite-version.js';
import { CLI_NODE, CLI_NODE_LINE } from '../support/cli-node.js';
import { distEntry, REPO_ROOT } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';
import { runCli } from './run-cli.js';

describe(`the CLI on Node ${CLI_NODE_LINE}`, () => {
  it('runs on the Node line this project names, and --version says which', async () => {
    const r = await runCli(['--version']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(new RegExp(`^kubespray-upgrade ${SUITE_VERSION.replace(/\./g, '\\.')} \\(kubespray-upgrade-actions, Node\\.js ${CLI_NODE_LINE}\\.\\d+\\.\\d+\\)\\n$`));
  });

  it('refuses an older Node with one line naming what it needs, before loading anything that would crash', () => {
    const tmp = makeTempDir('ksu-old-node-');
    try {
      // Node 20 as the CLI sees it. (On a real Node 20 the Kubernetes client's undici crashes
      // on load with "reading 'bind'": it binds zlib's zstd decompressor, new in 22.15.)
      const preload = path.join(tmp.dir, 'node20.mjs');
      writeFileSync(preload, "Object.defineProperty(process.versions, 'node', { value: '20.20.2' });\n");
      for (const args of [['--version'], ['verify', '--kubeconfig', '/dev/null'], ['upgrade', '--inventory', 'inventory/x']]) {
        const r = spawnSync(CLI_NODE, ['--import', preload, distEntry('cli'), ...args], { encoding: 'utf8', env: { PATH: process.env.PATH } });
        expect(r.status, args.join(' ')).toBe(1);
        expect(r.stdout).toBe('');
        expect(r.stderr).toBe(`kubespray-upgrade needs Node.js ${MINIMUM_NODE} or newer (the 22 or 24 LTS line); this is Node.js 20.20.2\n`);
      }
    } finally {
      tmp.cleanup();
    }
  });
});

describe('the supported Node versions', () => {
  it('are 22.19 and newer, as package.json engines says', () => {
    for (const v of ['20.20.2', '22.18.0', '21.7.3', '18.0.0']) expect(nodeVersionProblem(v), v).toContain(`needs Node.js ${MINIMUM_NODE}`);
    for (const v of ['22.19.0', '22.23.3', '24.0.0', '24.21.0', '26.1.0']) expect(nodeVersionProblem(v), v).toBeUndefined();
    const pkg = JSON.parse(readFileSync(path.join(REPO_ROOT, 'package.json'), 'utf8')) as { engines: { node: string } };
    expect(pkg.engines.node).toBe(`>=${MINIMUM_NODE}`);
  });
});
