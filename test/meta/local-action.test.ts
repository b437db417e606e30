import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildKubesprayUpstream } from '../support/kubespray-upstream.js';
import { buildClusterRepo, runnerCheckout } from '../support/cluster-repo.js';
import { buildKubernetesTagsRepo, patchSeries } from '../support/kubernetes-tags.js';
import { REPO_ROOT } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';
import { startHarness, type Harness } from '../verify/verify-harness.js';

// @github/local-action replaces @actions/core with its own and prints the outputs the action
// set: it sees them only because the actions speak to the runner through @actions/core.
const tmp = makeTempDir('ksu-local-action-');
let kube: Harness;

beforeAll(async () => {
  kube = await startHarness();
});
afterAll(async () => {
  await kube?.stop();
  tmp.cleanup();
});

/** Runs `local-action run actions/<action> <main.ts> <env file>` and returns the outputs it printed. */
async function localAction(action: string, inputs: Record<string, string>): Promise<{ outputs: Record<string, string>; text: string }> {
  const envFile = path.join(tmp.dir, `${action}.env`);
  writeFileSync(envFile, Object.entries(inputs).map(([k, v]) => `INPUT_${k.replace(/ /g, '_').toUpperCase()}=${JSON.stringify(v)}`).join('\n') + '\n');
  const bin = path.join(REPO_ROOT, 'node_modules/@github/local-action/bin/local-action.js');
  const child = spawn(process.execPath, [bin, 'run', `actions/${action}`, `../../src/actions/${action}/main.ts`, envFile], {
    cwd: REPO_ROOT,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, NO_COLOR: '1', FORCE_COLOR: '0' },
  });
  let text = '';
  child.stdout.on('data', (d) => (text += d));
  child.stderr.on('data', (d) => (text += d));
  await new Promise((r) => child.on('close', r));
  const table = text.split('Action Outputs')[1] ?? '';
  // Rows of the printed table: │ index │ 'name' │ 'value' │
  const outputs = Object.fromEntries([...table.matchAll(/│\s*\d+\s*│\s*'([^']+)'\s*│\s*'([^']*)'\s*│/g)].map((m) => [m[1]!, m[2]!]));
  return { outputs, text };
}

describe('@github/local-action runs the actions and sees their outputs', () => {
  it('detect-release', async () => {
    const k8sUrl = buildKubernetesTagsRepo(tmp.dir, patchSeries(1, 28, 6));
    const upstream = buildKubesprayUpstream(path.join(tmp.dir, 'up'));
    const root = path.join(tmp.dir, 'c');
    mkdirSync(root);
    const checkout = runnerCheckout(buildClusterRepo(root, { upstream, tag: 'v2.24.1' }), path.join(root, 'runner'));
    const r = await localAction('detect-release', { path: checkout, 'kubernetes-repository': k8sUrl });
    expect(r.outputs, r.text).toMatchObject({ status: 'succeeded', 'current-version': 'v2.24.1', 'next-version': 'v2.25.1', 'upgrade-available': 'true' });
  }, 120_000);

  it('verify', async () => {
    const r = await localAction('verify', { kubeconfig: kube.kubeconfig, 'expected-kubernetes-version': 'v1.29.5', checks: 'nodes,versions', 'timeout-seconds': '20' });
    expect(r.outputs, r.text).toMatchObject({ status: 'succeeded', result: 'passed', 'failed-checks': '[]' });
  }, 120_000);
});
