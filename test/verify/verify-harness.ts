import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FakeKube, seedCluster, type SeedOptions, type SeededCluster } from '../support/fake-kube/index.js';
import { runAction, type ActionRun, type RunActionOptions } from '../support/run-action.js';
import { makeTempDir } from '../support/tmp.js';

export interface VerifyRun extends ActionRun {
  report?: any;
  junit?: string;
}

export interface Harness {
  fake: FakeKube;
  cluster: SeededCluster;
  kubeconfig: string;
  run(inputs?: Record<string, string>, options?: RunActionOptions): Promise<VerifyRun>;
  stop(): Promise<void>;
}

/** A seeded fake cluster, plus a way to run the bundled verify action against it. */
export async function startHarness(seed: SeedOptions = {}, fakeOptions: Parameters<typeof FakeKube.start>[0] = {}): Promise<Harness> {
  const fake = await FakeKube.start(fakeOptions);
  const cluster = seedCluster(fake, { controlPlanes: 1, workers: 3, kubernetesVersion: 'v1.29.5', ...seed });
  const kubeconfig = fake.writeKubeconfig();
  const tmp = makeTempDir('ksu-verify-');
  let n = 0;
  return {
    fake,
    cluster,
    kubeconfig,
    async run(inputs = {}, options = {}) {
      // Our own RUNNER_TEMP, so the report files outlive run-action's temp dir.
      const runnerTemp = path.join(tmp.dir, `run-${n++}`);
      const r = await runAction('verify', { kubeconfig, 'timeout-seconds': '20', ...inputs }, { ...options, env: { RUNNER_TEMP: runnerTemp, ...options.env } });
      const read = (p: string | undefined) => (p ? readFileSync(p, 'utf8') : undefined);
      const reportText = read(r.outputs['report-path']);
      return { ...r, report: reportText ? JSON.parse(reportText) : undefined, junit: read(r.outputs['junit-path']) };
    },
    async stop() {
      await fake.stop();
      tmp.cleanup();
    },
  };
}

export function check(run: VerifyRun, name: string): { status: string; failures: string[]; warnings: string[]; summary: string; output?: string } {
  const c = run.report?.checks.find((x: { name: string }) => x.name === name);
  if (!c) throw new Error(`no ${name} check in report: ${run.stdout}`);
  return c;
}
