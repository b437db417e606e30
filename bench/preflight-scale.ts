import { spawn } from 'node:child_process';
import { build } from 'esbuild';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { FakeKube } from '../test/support/fake-kube/index.js';
import { seedScaledCluster } from '../test/support/fake-kube/seed-scale.js';
import { hostsPerBatch, DEFAULT_BATCH_SIZE } from '../src/core/upgrade/batches.js';
import { median } from './stats.js';

// Growth shows in one run at the smaller sizes; the goal size gets a median of 3, which keeps
// the suite near 2 minutes on a quiet machine. Every size gets a warm-up: the fake serialises
// each page on its first request, and that CPU would otherwise compete with the measured run.
const SIZES = [
  { nodes: 500, pods: 15_000, pdbs: 100, warmups: 1, runs: 1 },
  { nodes: 1_500, pods: 45_000, pdbs: 300, warmups: 1, runs: 1 },
  { nodes: 5_000, pods: 150_000, pdbs: 1_000, warmups: 1, runs: 3 },
];
const PROBE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'preflight-probe.ts');

interface ProbeResult {
  ms: number;
  /** CPU the child used: less at the mercy of other load on the machine than its wall time. */
  cpuMs: number;
  /** CPU the fake API (this process) spent answering the child: not part of the measured code. */
  fakeCpuMs?: number;
  peakRssMb: number;
  baseRssMb: number;
  summary: string[];
}

/**
 * run-upgrade's preflight reads and checks (lock, state, cluster snapshot, drain facts, every
 * check judged) and the check between worker batches, on simulated clusters of growing size.
 * The fake API runs here, frozen (no controllers; each page serialised once, then answered from
 * memory, as cheaply as an apiserver on another machine costs this one); the code measured
 * runs in a child process with the real client over HTTP, so time and peak RSS are its own,
 * and the fake's CPU is printed beside it (on 2 cores the two overlap: the client prefetches
 * the next page while it parses one).
 * Not included: ansible-inventory, ansible --version and the etcd health playbook, whose cost
 * does not grow with the cluster.
 */
export async function benchPreflightScale(): Promise<string[]> {
  const lines = [
    `preflight (Kubernetes reads + all checks) and the between-batch check, real client over HTTP to the loopback fake`,
    `  measured: the child process running the code under test (wall time from its first read to its last check, and the CPU it used meanwhile). "fake CPU" is this process's CPU serving it, not included.`,
    `  after a warm-up, median of 3 at 5,000 nodes, one run below; peak = the child's own high-water RSS, VmHWM (Node + the bundled client alone: the "base" column); "read" = response bytes the fake served to one run; Node ${process.version}, 2 shared cores, load average ${os.loadavg()[0]!.toFixed(1)} at start`,
    `  ${'nodes'.padStart(6)} ${'pods'.padStart(8)} ${'PDBs'.padStart(6)} | ${'preflight'.padStart(10)} ${'its CPU'.padStart(8)} ${'fake CPU'.padStart(9)} ${'peak RSS'.padStart(9)} ${'base'.padStart(7)} ${'requests'.padStart(9)} ${'read'.padStart(9)} | batch of ${'n'.padStart(5)} ${'time'.padStart(9)} ${'requests'.padStart(9)}`,
  ];
  const results: string[] = [];
  const bundleDir = mkdtempSync(path.join(os.tmpdir(), 'ksu-bench-bundle-'));
  try {
    const bundle = await bundleProbe(bundleDir);
    for (const size of SIZES) await benchSize(size, bundle, lines, results);
  } finally {
    rmSync(bundleDir, { recursive: true, force: true });
  }
  return [...lines, '  check results (the bench cluster is healthy but for the blocking PDBs):', ...results];
}

/**
 * The probe as one bundled file, as the action ships (ncc): run through tsx it would carry
 * ~90 MB of compiler and loader in its RSS that no runner pays.
 */
async function bundleProbe(dir: string): Promise<string> {
  const outfile = path.join(dir, 'preflight-probe.mjs');
  await build({
    entryPoints: [PROBE],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node24',
    outfile,
    logLevel: 'warning',
    // @kubernetes/client-node's CommonJS dependencies call require().
    banner: { js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);" },
  });
  return outfile;
}

async function benchSize(size: (typeof SIZES)[number], bundle: string, lines: string[], results: string[]): Promise<void> {
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
      let bytes = 0;
      for (let i = 0; i < size.warmups + size.runs; i++) {
        const before = fake.requests.length;
        const cpu = process.cpuUsage();
        const r = await probe(bundle, { ...base, mode });
        const used = process.cpuUsage(cpu);
        requests = fake.requests.length - before;
        bytes = fake.requests.slice(before).reduce((n, r) => n + (r.bytes ?? 0), 0);
        if (i >= size.warmups) runs.push({ ...r, fakeCpuMs: (used.user + used.system) / 1000 });
      }
      return { ms: median(runs.map((r) => r.ms)), cpuMs: median(runs.map((r) => r.cpuMs)), fakeCpuMs: median(runs.map((r) => r.fakeCpuMs!)), peak: Math.max(...runs.map((r) => r.peakRssMb)), base: median(runs.map((r) => r.baseRssMb)), requests, bytes, summary: runs[0]!.summary };
    };
    const pre = await measure('preflight');
    const bat = await measure('batch');
    lines.push(
      `  ${String(size.nodes).padStart(6)} ${String(size.pods).padStart(8)} ${String(size.pdbs).padStart(6)} | ${sec(pre.ms).padStart(10)} ${sec(pre.cpuMs).padStart(8)} ${sec(pre.fakeCpuMs).padStart(9)} ${mb(pre.peak).padStart(9)} ${mb(pre.base).padStart(7)} ${String(pre.requests).padStart(9)} ${mib(pre.bytes).padStart(9)} | batch of ${String(batch.length).padStart(5)} ${sec(bat.ms).padStart(9)} ${String(bat.requests).padStart(9)}`,
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

const sec = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
const mb = (n: number) => `${n.toFixed(0)} MB`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

/** Asynchronous: the fake answering the child lives in this process. */
function probe(bundle: string, args: Record<string, unknown>): Promise<ProbeResult> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ksu-bench-probe-'));
  const file = path.join(dir, 'args.json');
  writeFileSync(file, JSON.stringify(args));
  return new Promise<ProbeResult>((resolve, reject) => {
    const child = spawn(process.execPath, [bundle, file], { stdio: ['ignore', 'pipe', 'pipe'] });
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
