import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildKubesprayUpstream } from '../test/support/kubespray-upstream.js';
import { planFixture } from '../test/plan-upgrade/fixture.js';
import { isWrite } from '../test/support/fake-github/index.js';
import { median, ms } from './stats.js';

/** API requests and wall time of plan-upgrade for a create and for a no-op rerun (bundled action, fake GitHub). */
export async function benchPlan(): Promise<string[]> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ksu-bench-plan-'));
  try {
    const upstream = buildKubesprayUpstream(path.join(root, 'up'));
    const creates: number[] = [];
    const reruns: number[] = [];
    let createRequests = 0;
    let rerunRequests = 0;
    let rerunWrites = 0;
    for (let i = 0; i < 5; i++) {
      const f = await planFixture(path.join(root, `f${i}`), upstream, { tag: 'v2.24.1', target: 'v2.25.1', inventoryFromTag: 'v2.23.0' });
      try {
        let r = await f.run({ labels: 'kubespray-upgrade', reviewers: 'alice' });
        if (r.outputs['pull-request-operation'] !== 'created') throw new Error(`create run: ${r.stdout}`);
        creates.push(r.durationMs);
        createRequests = f.fake.requests.length;
        const before = f.fake.requests.length;
        r = await f.run({ labels: 'kubespray-upgrade', reviewers: 'alice' });
        if (r.outputs['pull-request-operation'] !== 'unchanged') throw new Error(`rerun: ${r.stdout}`);
        reruns.push(r.durationMs);
        rerunRequests = f.fake.requests.length - before;
        rerunWrites = f.fake.requests.slice(before).filter(isWrite).length;
      } finally {
        await f.close();
      }
    }
    // sign-commits: the commit goes through the Git Data API (once: the counts do not vary).
    const f = await planFixture(path.join(root, 'signed'), upstream, { tag: 'v2.24.1', target: 'v2.25.1', inventoryFromTag: 'v2.23.0' });
    let signed = '';
    try {
      const r = await f.run({ labels: 'kubespray-upgrade', reviewers: 'alice', 'sign-commits': 'true' });
      if (r.outputs['pull-request-operation'] !== 'created') throw new Error(`signed create run: ${r.stdout}`);
      const create = f.fake.requests.length;
      const blobs = f.fake.requests.filter((q) => q.path.endsWith('/git/blobs')).length;
      const again = await f.run({ labels: 'kubespray-upgrade', reviewers: 'alice', 'sign-commits': 'true' });
      if (again.outputs['pull-request-operation'] !== 'unchanged') throw new Error(`signed rerun: ${again.stdout}`);
      signed = `  sign-commits   create ${create} API requests (${blobs} blobs + tree + commit + ref), no-op rerun ${f.fake.requests.length - create}`;
    } finally {
      await f.close();
    }
    return [
      `plan-upgrade v2.24.1 -> v2.25.1 with a label, a reviewer and the fleet dashboard on (median of 5, bundled action, loopback GitHub)`,
      `  create         ${ms(median(creates))}   ${createRequests} API requests (goal <= 8)`,
      `  no-op rerun    ${ms(median(reruns))}   ${rerunRequests} API requests, ${rerunWrites} writes (goal <= 4)`,
      signed,
      `  (the create includes GitHub's pacing between content-creating requests, as the throttling plugin applies it)`,
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
