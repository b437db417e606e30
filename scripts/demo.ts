// `npm run demo`: the suite's main job, offline, on an embedded default scenario.
// `npm run demo -- --image-only`: the same on a cluster repo that pins only the Kubespray image.
//
// detect-release -> plan-upgrade (PR in a loopback GitHub) -> merge -> run-upgrade (real
// ansible-playbook and etcd against a simulated cluster) -> verify, each run from its bundled
// dist/ exactly as a runner would, with outputs and job summaries printed. Exits non-zero when
// a step fails, or when one had to be skipped, so a partial run never looks like a full one.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { distPath, KUBESPRAY_DATA } from '../test/support/paths.js';
import { runDemo } from './demo/pipeline.js';
import { seconds } from './demo/print.js';

async function main(): Promise<number> {
  if (!existsSync(path.join(KUBESPRAY_DATA, 'tags.tsv'))) {
    console.error(`The demo needs the Kubespray data files at ${KUBESPRAY_DATA} (set KUBESPRAY_DATA).`);
    return 2;
  }
  const unbuilt = ['detect-release', 'plan-upgrade', 'run-upgrade', 'verify'].filter((a) => !existsSync(distPath(a)));
  if (unbuilt.length) {
    console.error(`The demo runs the bundled actions; ${unbuilt.map((a) => `dist/${a}/index.js`).join(', ')} missing (run npm run build).`);
    return 2;
  }
  const started = performance.now();
  const root = mkdtempSync(path.join(os.tmpdir(), 'ksu-demo-'));
  try {
    // --image-only: a cluster repo with no submodule, run-upgrade inside the pinned image.
    return await runDemo(root, { imageOnly: process.argv.includes('--image-only') });
  } finally {
    rmSync(root, { recursive: true, force: true });
    console.log(`\nTotal wall time: ${seconds(performance.now() - started)}`);
  }
}

process.exitCode = await main();
