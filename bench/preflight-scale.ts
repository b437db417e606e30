import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeKube } from '../test/support/fake-kube/index.js';
import { seedScaledCluster } from '../test/support/fake-kube/seed-scale.js';
import { hostsPerBatch, DEFAULT_BATCH_SIZE } from '../src/core/upgrade/batches.js';
import { median } from './stats.js';

const RUNS = 3;
const SIZES = [
  { nodes: 500, pods: 15_000, pdbs: 100 },
  { nodes: 1_500, pods: 45_000, pdbs: 300 },
  { nodes: 5_000, pods: 150_000, pdbs: 1_000 },
];
const PROBE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'preflight-probe.ts');

interface ProbeResult {
  ms: number;
  peakRssMb: number;
  baseRssMb: number;
  summary: string[];
}

/**
 * run-upgrade's preflight reads and checks (lock, state, cluster snapshot, drain facts, every
 * check judged) and the check between worker batches, on simulated clusters of growing size.
 * The fake API runs here, frozen (no controllers, pages serialised once); the code measured
 * runs in a child process with the real client over HTTP, so time and peak RSS are its own.
 * Not included: ansible-inventory, ansible --version and the etcd health playbook, whose cost
 * does not grow with the cluster.
 */
export async function benchPreflightScale(): Promise<string[]> {
  const lines = [
    `preflight (Kubernetes reads + all checks) and the between-batch check, real client over HTTP to the loopback fake`,
    `  median of ${RUNS} after a warm-up; peak = the child's max RSS (Node + tsx + client alone: the "base" column); Node ${process.version}, 2 shared cores`,
    `  ${'nodes'.padStart(6)} ${'pods'.padStart(8)} ${'PDBs'.padStart(6)} | ${'preflight'.padStart(10)} ${'peak RSS'.padStart(9)} ${'base'.padStart(7)} ${'requests'.padStart(9)} | batch of ${'n'.padStart(5)} ${'time'.padStart(9)} ${'requests'.padStart(9)}`,
  ];
  const results: string[] = [];
  for (const size of SIZES) {
    const fake = await FakeKube.start();
    try {
      const seeded = seedScaledCluster(fake, { ...size, blockingEvery: 50 });
      fake.freeze();
      const kubeconfig = fake.writeKubeconfig();
      const batch = seeded.workers.slice(0, hostsPerBatch(DEFAULT_BATCH_SIZE, seeded.workers.length));
      const base = { kubeconfig, controlPlanes: seeded.controlPlanes, workers: seeded.workers, batch, target: 'v1.29.5' };
      const measure = async (mode: 'preflight' | 'batch') => {
        const runs: ProbeResult[] = [];
        let requests = 0;
        for (let i = 0; i <= RUNS; i++) {
          const before = fake.requests.length;
          const r = await probe({ ...base, mode });
          requests = fake.requests.length - before;
          if (i > 0) runs.push(r);
        }
        return { ms: median(runs.map((r) => r.ms)), peak: Math.max(...runs.map((r) => r.peakRssMb)), base: median(runs.map((r) => r.baseRssMb)), requests, summary: runs[0]!.summary };
      };
      const pre = await measure('preflight');
      const bat = await measure('batch');
      lines.push(
        `  ${String(size.nodes).padStart(6)} ${String(size.pods).padStart(8)} ${String(size.pdbs).padStart(6)} | ${sec(pre.ms).padStart(10)} ${mb(pre.peak).padStart(9)} ${mb(pre.base).padStart(7)} ${String(pre.requests).padStart(9)} | batch of ${String(batch.length).padStart(5)} ${sec(bat.ms).padStart(9)} ${String(bat.requests).padStart(9)}`,
      );
      results.push(`  at ${size.nodes} nodes: ${pre.summary.join(' ')}; ${seeded.blockingPdbs} PDBs seeded blocking`);
      if (size.nodes === 5_000) {
        lines.push(`  goals at 5,000 nodes: preflight <= 5 s (${pre.ms <= 5000 ? 'met' : 'NOT met'}), <= 400 MB peak (${pre.peak <= 400 ? 'met' : 'NOT met'}); between batches <= 1 s (${bat.ms <= 1000 ? 'met' : 'NOT met'})`);
      }
    } finally {
      fake.requests.length = 0;
      await fake.stop();
    }
  }
  return [...lines, '  check results (the bench cluster is healthy but for the blocking PDBs):', ...results];
}

const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (n: number) => `${n.toFixed(0)} MB`;

/** Asynchronous: the fake answering the child lives in this process. */
function probe(args: Record<string, unknown>): Promise<ProbeResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ksu-bench-probe-'));
  const file = path.join(dir, 'args.json');
  writeFileSync(file, JSON.stringify(args));
  return new Promise<ProbeResult>((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', PROBE, file], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    let err = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (err += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) return reject(new Error(`preflight probe exited ${code}:\n${out}\n${err}`));
      resolve(JSON.parse(out.trim().split('\n').pop()!) as ProbeResult);
    });
  }).finally(() => rmSync(dir, { recursive: true, force: true }));
}
