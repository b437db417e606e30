import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FakeKube, seedCluster } from '../test/support/fake-kube/index.js';
import { runAction } from '../test/support/run-action.js';
import { makeTempDir } from '../test/support/tmp.js';
import { median, ms } from './stats.js';

const RUNS = 5;

/**
 * Wall time of the bundled verify process running every check against a healthy simulated
 * cluster of 3 control-plane + 5 worker nodes (goal <= 60 s). The fake runs in this process,
 * so the action is spawned asynchronously.
 */
export async function benchVerify(): Promise<string[]> {
  const fake = await FakeKube.start();
  const tmp = makeTempDir('ksu-bench-verify-');
  try {
    seedCluster(fake, { controlPlanes: 3, workers: 5, kubernetesVersion: 'v1.29.5' });
    const kubeconfig = fake.writeKubeconfig();
    const walls: number[] = [];
    const perCheck = new Map<string, number[]>();
    for (let i = 0; i < RUNS; i++) {
      const r = await runAction(
        'verify',
        { kubeconfig, 'expected-kubernetes-version': 'v1.29.5', 'regression-commands': 'true' },
        { env: { RUNNER_TEMP: path.join(tmp.dir, `run-${i}`) } },
      );
      if (r.exitCode !== 0) throw new Error(`verify failed on the healthy cluster:\n${r.stdout}\n${r.stderr}`);
      walls.push(r.durationMs);
      const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8')) as { checks: Array<{ name: string; durationMs: number }> };
      for (const c of report.checks) perCheck.set(c.name, [...(perCheck.get(c.name) ?? []), c.durationMs]);
    }
    const wall = median(walls);
    return [
      `verify, all 8 checks, 3 control-plane + 5 workers (median of ${RUNS}, Node ${process.version})`,
      `  whole suite wall time              ${ms(wall)}  (goal <= 60 s: ${wall <= 60_000 ? 'met' : 'NOT met'})`,
      ...[...perCheck].map(([name, d]) => `    ${name.padEnd(14)} ${ms(median(d))}`),
    ];
  } finally {
    await fake.stop();
    tmp.cleanup();
  }
}
