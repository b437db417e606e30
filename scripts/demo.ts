// `npm run demo`: the suite's main job, offline, on an embedded default scenario.
//
// It builds a Kubespray-like upstream from the real per-tag data files (KUBESPRAY_DATA,
// default ../shared/kubespray-data), a platform team's cluster repo pinned at v2.24.1 with
// its inventory copied from an older sample, and the depth-1 checkout a runner has; then it
// runs the bundled actions exactly as the runner would and prints their outputs and summaries.
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildKubesprayUpstream } from '../test/support/kubespray-upstream.js';
import { buildClusterRepo, runnerCheckout } from '../test/support/cluster-repo.js';
import { runAction, type ActionRun } from '../test/support/run-action.js';
import { KUBESPRAY_DATA } from '../test/support/paths.js';

const FROM_TAG = 'v2.24.1';

function section(title: string): void {
  console.log(`\n${'='.repeat(78)}\n${title}\n${'='.repeat(78)}`);
}

function show(step: string, r: ActionRun): void {
  section(`${step}: exit ${r.exitCode} in ${(r.durationMs / 1000).toFixed(1)} s`);
  console.log('Outputs:');
  for (const [k, v] of Object.entries(r.outputs)) console.log(`  ${k} = ${v}`);
  console.log('\nJob summary:\n');
  console.log(r.summary.trim() || '(none)');
  const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
  if (errors.length) console.log(`\nErrors:\n${errors.join('\n')}`);
}

async function main(): Promise<number> {
  if (!existsSync(path.join(KUBESPRAY_DATA, 'tags.tsv'))) {
    console.error(`The demo needs the Kubespray data files at ${KUBESPRAY_DATA} (set KUBESPRAY_DATA).`);
    return 2;
  }
  const root = mkdtempSync(path.join(os.tmpdir(), 'ksu-demo-'));
  try {
    section('Setting up: upstream Kubespray (real release data), cluster repo, runner checkout');
    const upstream = buildKubesprayUpstream(path.join(root, 'upstream'));
    console.log(`upstream ${upstream.url}: ${upstream.commits.size} release tags`);
    mkdirSync(path.join(root, 'cluster'));
    const repo = buildClusterRepo(path.join(root, 'cluster'), { upstream, tag: FROM_TAG, inventoryFromTag: 'v2.23.0' });
    const checkout = runnerCheckout(repo, path.join(root, 'cluster', 'runner'));
    console.log(`cluster repo ${repo.originUrl} pinned at ${FROM_TAG}; runner checkout ${checkout}`);

    const detect = await runAction('detect-release', { path: checkout }, { cwd: checkout });
    show('detect-release', detect);
    return detect.exitCode;
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

process.exitCode = await main();
