import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildKubesprayUpstream } from '../test/support/kubespray-upstream.js';
import { buildClusterRepo, runnerCheckout } from '../test/support/cluster-repo.js';
import { git } from '../test/support/git.js';
import { distEntry } from '../test/support/paths.js';
import { buildKubernetesTagsRepo, patchSeries } from '../test/support/kubernetes-tags.js';
import { ms, timeProcess } from './stats.js';

/** Median wall time of the bundled detect-release process, next to `node -e 0` on the same machine. */
export async function benchDetect(): Promise<string[]> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ksu-bench-detect-'));
  try {
    const up = buildKubesprayUpstream(path.join(root, 'up'));
    mkdirSync(path.join(root, 'c'));
    const checkout = runnerCheckout(buildClusterRepo(path.join(root, 'c'), { upstream: up, tag: 'v2.24.1' }), path.join(root, 'c', 'runner'));

    // 5,000 tags: releases across many minors plus junk, written straight into packed refs.
    const synthetic = path.join(root, 'synthetic.git');
    git(root, ['clone', '-q', '--bare', up.bare, synthetic]);
    const head = git(synthetic, ['rev-parse', 'refs/tags/v2.31.0']).trim();
    const lines: string[] = [];
    for (let i = 0; lines.length < 5000; i++) {
      const major = 3 + Math.floor(i / 400);
      lines.push(`create refs/tags/v${major}.${Math.floor(i / 20) % 20}.${i % 20} ${head}`);
      if (i % 4 === 0) lines.push(`create refs/tags/nightly-${i} ${head}`);
    }
    execFileSync('git', ['-C', synthetic, 'update-ref', '--stdin'], { input: lines.join('\n') + '\n' });
    git(synthetic, ['pack-refs', '--all']);

    const k8s = buildKubernetesTagsRepo(root, [...patchSeries(1, 28, 15), ...patchSeries(1, 29, 14)]);
    const env = (inputs: Record<string, string>): NodeJS.ProcessEnv => {
      const e: NodeJS.ProcessEnv = { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: path.join(root, 'runner-temp'), INPUT_KUBERNETES_REPOSITORY: k8s };
      for (const [k, v] of Object.entries(inputs)) e[`INPUT_${k.replace(/ /g, "_").toUpperCase()}`] = v;
      return e;
    };
    const node = process.execPath;
    const floor = timeProcess(node, ['-e', '0']);
    const realTags = timeProcess(node, [distEntry('detect-release')], { env: env({ path: checkout }) });
    const manyTags = timeProcess(node, [distEntry('detect-release')], {
      env: env({ path: checkout, 'kubespray-repository': `file://${synthetic}` }),
    });
    return [
      `detect-release (median of 15, Node ${process.version})`,
      `  node -e 0                          ${ms(floor)}`,
      `  real tag list (${up.commits.size} release tags)    ${ms(realTags)}  = ${(realTags / floor).toFixed(2)}x node -e 0 (goal <= 3x)`,
      `  synthetic upstream, ${lines.length} tags   ${ms(manyTags)}  = ${(manyTags / floor).toFixed(2)}x node -e 0`,
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
