import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { buildKubesprayUpstream } from '../test/support/kubespray-upstream.js';
import { planFixture } from '../test/plan-upgrade/fixture.js';
import { distEntry } from '../test/support/paths.js';
import { median, ms, timeProcess } from './stats.js';

const FROM = 'v2.24.1';
const TO = 'v2.25.1';
const COUNTS = [1, 10, 50];

/**
 * plan-upgrade (bundled action, dry run) and report (bundled CLI) on repos with 1, 10 and 50
 * clusters under clusters/<name>/, discovered without a config. The plan's own log line
 * counts how often each Kubespray tag was evaluated: once per run whatever the count.
 */
export async function benchClusters(): Promise<string[]> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ksu-bench-clusters-'));
  try {
    const upstream = buildKubesprayUpstream(path.join(root, 'up'), { tags: [FROM, TO] });
    const rows: string[] = [];
    for (const count of COUNTS) {
      const inventories = Array.from({ length: count }, (_, i) => ({ dir: `clusters/c${String(i + 1).padStart(2, '0')}` }));
      const f = await planFixture(path.join(root, `n${count}`), upstream, { tag: FROM, target: TO, inventories });
      try {
        const plans: number[] = [];
        let evaluations = '';
        for (let i = 0; i < 4; i++) {
          const r = await f.run({ 'dry-run': 'true' });
          if (r.exitCode !== 0) throw new Error(`plan with ${count} clusters: ${r.stdout}`);
          evaluations = /Kubespray tag evaluations in this run: (.*)$/m.exec(r.stdout)?.[1] ?? 'not logged';
          if (i > 0) plans.push(r.durationMs);
        }
        // The first plan fetched both tags into the submodule; report finds them there.
        const report = timeProcess(process.execPath, [distEntry('cli'), 'report', '--repo', f.checkout, '--from', FROM, '--to', TO, '--json'], { runs: 3 });
        const plan = median(plans);
        rows.push(`  ${String(count).padStart(2)} cluster(s)   plan ${ms(plan).padStart(10)} (${ms(plan / count)}/cluster)   report ${ms(report).padStart(10)} (${ms(report / count)}/cluster)   tags evaluated: ${evaluations}`);
      } finally {
        await f.close();
      }
    }
    return [
      `plan-upgrade (dry run, median of 3 after a warm-up) and report (median of 3) ${FROM} -> ${TO}, clusters discovered under clusters/<name>/`,
      ...rows,
      `  (growth should be linear in the cluster count; each tag is evaluated once per run)`,
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
