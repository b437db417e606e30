import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { median } from './stats.js';
import { distEntry } from '../test/support/paths.js';
import { startSuite, UpgradeCase, type Suite } from '../test/run-upgrade/env.js';

const RUNS = 5;

/**
 * Orchestration overhead of run-upgrade: the bundled action upgrading a simulated
 * 1 control plane + 4 worker cluster (facts, control plane, two worker batches, all the
 * API checks and state writes), next to the same four stand-in playbooks run directly with
 * ansible-playbook. The etcd backup is our own extra playbook, timed on its own.
 */
export async function benchRunUpgrade(): Promise<string[]> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ksu-bench-upgrade-'));
  let suite: Suite | undefined;
  try {
    suite = await startSuite(root);
    const direct: number[] = [];
    const action: number[] = [];
    const steps: number[] = [];
    const withBackup: number[] = [];
    // Interleaved, so load from anything else on the machine hits both sides alike.
    for (let i = 0; i < RUNS; i++) {
      direct.push(await timeDirect(suite));
      const a = await timeAction(suite, { 'etcd-backup': 'false' });
      action.push(a.total);
      steps.push(a.playbookSteps);
      withBackup.push((await timeAction(suite, {})).total);
    }
    const load = loadTime();
    const d = median(direct);
    const a = median(action);
    const st = median(steps);
    const b = median(withBackup);
    const pct = (x: number) => `${x >= d ? '+' : ''}${(((x - d) / d) * 100).toFixed(1)}%`;
    // Each action run against the direct run just before it: drift of the machine's speed
    // between iterations then cancels out, which the ratio of two medians does not do.
    const paired = action.map((x, i) => x / direct[i]! - 1).sort((p, q) => p - q);
    const signed = (r: number) => `${r >= 0 ? '+' : ''}${(r * 100).toFixed(1)}%`;
    const sec = (x: number) => `${(x / 1000).toFixed(2)} s`;
    return [
      `run-upgrade, 5 nodes in 4 playbook runs (median of ${RUNS}, Node ${process.version}, 2 shared cores)`,
      `  ansible-playbook x4 directly             ${sec(d)}`,
      `  run-upgrade (etcd-backup: false)         ${sec(a)}  = ${pct(a)} end to end (goal <= 5%)`,
      `    paired with the direct run before it    median ${signed(median(paired))}, range ${signed(paired[0]!)} .. ${signed(paired[paired.length - 1]!)}`,
      `    of which the 4 playbook steps           ${sec(st)}  = ${pct(st)} (playbook + node checks + state writes)`,
      `    fixed cost (start-up, git, preflight)  ${sec(a - st)}  (once per run, independent of cluster size)`,
      `      of which Node + loading the bundle    ${sec(load.bundle)}  (node -e 0: ${sec(load.node)}; @kubernetes/client-node is most of the bundle)`,
      `  run-upgrade with the etcd snapshot       ${sec(b)}  (backup playbook +${sec(b - a)})`,
      `  A real upgrade runs for minutes per batch: the fixed ${sec(a - st)} is ${(((a - st) / (30 * 60_000)) * 100).toFixed(2)}% of a 30-minute run.`,
    ];
  } finally {
    await suite?.etcd.stop();
    rmSync(root, { recursive: true, force: true });
  }
}

async function timeAction(suite: Suite, inputs: Record<string, string>): Promise<{ total: number; playbookSteps: number }> {
  const c = await UpgradeCase.create(suite);
  try {
    const r = await c.run(inputs);
    if (r.exitCode !== 0) throw new Error(`run-upgrade failed:\n${r.stdout}\n${r.stderr}`);
    const state = c.state() as { phases: Array<{ name: string; durationMs?: number }> };
    const playbookSteps = state.phases.filter((p) => ['facts', 'control-plane', 'workers'].includes(p.name)).reduce((t, p) => t + (p.durationMs ?? 0), 0);
    return { total: r.durationMs, playbookSteps };
  } finally {
    await c.stop();
  }
}

/** What a person would type: the same playbooks, limits and extra vars, one after the other. */
async function timeDirect(suite: Suite): Promise<number> {
  const c = await UpgradeCase.create(suite);
  try {
    const kubespray = path.join(suite.checkout, 'kubespray');
    const vars = path.join(c.dir, 'vars.json');
    writeFileSync(vars, JSON.stringify({ upgrade_node_confirm: false }));
    const batchVars = path.join(c.dir, 'batch-vars.json');
    writeFileSync(batchVars, JSON.stringify({ upgrade_node_confirm: false, serial: '100%' }));
    const runs = [
      ['playbooks/facts.yml'],
      ['--extra-vars', `@${vars}`, '--limit', 'kube_control_plane:etcd', 'upgrade-cluster.yml'],
      ['--extra-vars', `@${batchVars}`, '--limit', 'worker-1,worker-2', 'upgrade-cluster.yml'],
      ['--extra-vars', `@${batchVars}`, '--limit', 'worker-3,worker-4', 'upgrade-cluster.yml'],
    ];
    const env = { ...process.env, ...c.env(), PYTHONUNBUFFERED: '1', ANSIBLE_NOCOLOR: '1' };
    const t0 = performance.now();
    for (const args of runs) await ansiblePlaybook(['-i', c.inventory, ...args], kubespray, env);
    return performance.now() - t0;
  } finally {
    await c.stop();
  }
}

/** Asynchronous on purpose: the simulated API server answers from this same process. */
function ansiblePlaybook(args: string[], cwd: string, env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn('ansible-playbook', args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (b: Buffer) => (out += b.toString()));
    child.stderr.on('data', (b: Buffer) => (out += b.toString()));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`ansible-playbook ${args.join(' ')} exited ${code}:\n${out}`))));
  });
}

/**
 * How long Node takes to start and evaluate the bundled action before any of its own work:
 * the bundle run without inputs stops at the first input it reads.
 */
function loadTime(): { node: number; bundle: number } {
  const time = (args: string[], expect: RegExp) => {
    const samples: number[] = [];
    for (let i = 0; i < 11; i++) {
      const t0 = performance.now();
      const r = spawnSync(process.execPath, args, { env: { PATH: process.env.PATH }, encoding: 'utf8' });
      samples.push(performance.now() - t0);
      if (!expect.test(r.stdout + r.stderr)) throw new Error(`unexpected output from ${args.join(' ')}: ${r.stdout}${r.stderr}`);
    }
    return median(samples.slice(1));
  };
  return { node: time(['-e', '0'], /^$/), bundle: time([distEntry('run-upgrade')], /input "inventory" is required/) };
}
