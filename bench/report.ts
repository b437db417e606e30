import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { GitCommandManager, type GitExecOptions } from '../src/adapters/git/git-command-manager.js';
import { buildUpgradeReport } from '../src/core/knowledge/upgrade-report.js';
import { isRoleVarsFile } from '../src/core/knowledge/drift/known-variables.js';
import { CHANGED_FILE_PATHSPECS } from '../src/core/knowledge/changes/changed-files.js';
import { buildKubesprayUpstream } from '../test/support/kubespray-upstream.js';
import { buildClusterRepo, runnerCheckout } from '../test/support/cluster-repo.js';
import { distEntry } from '../test/support/paths.js';
import { median, ms } from './stats.js';

const RUNS = 15;
const FROM = 'v2.24.1';
const TO = 'v2.25.1';

/**
 * One report for a minor hop through the bundled CLI, next to the floor measured in the same
 * run: `node -e 0` plus the bare git commands a report cannot do without, run back to back
 * (find the repo and its submodule pin, check the tags, status, rev-parse both tags, list
 * both trees, read every file the report reads in one cat-file batch, diff the trees).
 */
export async function benchReport(): Promise<string[]> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'ksu-bench-report-'));
  try {
    const up = buildKubesprayUpstream(path.join(root, 'up'));
    mkdirSync(path.join(root, 'c'));
    const checkout = runnerCheckout(buildClusterRepo(path.join(root, 'c'), { upstream: up, tag: FROM }), path.join(root, 'c', 'runner'));
    const sub = path.join(checkout, 'kubespray');
    const args = [distEntry('cli'), 'report', '--repo', checkout, '--from', FROM, '--to', TO, '--inventory', 'inventory/mycluster', '--json'];
    // The first run fetches the two tags into the tagless submodule; the timed runs find them there.
    mustRun(process.execPath, args);

    // Interleaved, so the CLI and its floor see the same load on a shared machine.
    const floorCommands = gitFloor(checkout, sub);
    const samples = { cli: [] as number[], node: [] as number[], git: [] as number[] };
    for (let i = 0; i <= RUNS; i++) {
      const cli = timed(() => mustRun(process.execPath, args));
      const node = timed(() => mustRun(process.execPath, ['-e', '0']));
      const git = timed(() => floorCommands.forEach((c) => runGit(c.cwd, c.args, c.input)));
      if (i === 0) continue; // warm-up
      samples.cli.push(cli);
      samples.node.push(node);
      samples.git.push(git);
    }
    const [cli, node, git] = [median(samples.cli), median(samples.node), median(samples.git)];
    const spawned = await countReportGitCalls(sub, checkout);
    const floor = git + node;
    return [
      `report ${FROM} -> ${TO} with the team inventory (median of ${RUNS} interleaved runs, Node ${process.version})`,
      `  bundled CLI, tags present          ${ms(cli)}`,
      `  node -e 0                          ${ms(node)}`,
      `  bare git floor (${floorCommands.length} commands)       ${ms(git)}`,
      `  CLI / (git floor + node -e 0)      ${(cli / floor).toFixed(2)}x (goal <= 2x)`,
      `  git processes in buildUpgradeReport: ${spawned.total} (${Object.entries(spawned.byCommand).map(([k, v]) => `${k} ${v}`).join(', ')})`,
    ];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

interface GitCall {
  cwd: string;
  args: string[];
  input?: string;
}

function timed(f: () => void): number {
  const t0 = performance.now();
  f();
  return performance.now() - t0;
}

function mustRun(cmd: string, args: readonly string[]): void {
  const r = spawnSync(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
}

function runGit(cwd: string, args: readonly string[], input?: string): string {
  const r = spawnSync('git', args, { cwd, input, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
  if (r.status !== 0) throw new Error(`git ${args.join(' ')} failed: ${r.stderr}`);
  return r.stdout;
}

/** The minimal git work of one report, with the real blob list of both trees. */
function gitFloor(checkout: string, sub: string): GitCall[] {
  const trees = [FROM, TO].map((t) => runGit(sub, ['ls-tree', '-r', '-z', '--full-tree', t]));
  const oids = new Set<string>();
  for (const tree of trees) {
    for (const rec of tree.split('\0')) {
      const m = /^\d+ blob ([0-9a-f]+)\t(.+)$/s.exec(rec);
      if (m && (m[2]!.startsWith('inventory/sample/') || isRoleVarsFile(m[2]!) || m[2] === 'requirements.txt')) oids.add(m[1]!);
    }
  }
  return [
    { cwd: checkout, args: ['rev-parse', '--show-toplevel'] },
    { cwd: checkout, args: ['config', '--file', '.gitmodules', '--null', '--get-regexp', '^submodule\\..*\\.(path|url)$'] },
    { cwd: checkout, args: ['ls-tree', '-z', 'HEAD', '--', 'kubespray'] },
    { cwd: sub, args: ['for-each-ref', `refs/tags/${FROM}`, `refs/tags/${TO}`] },
    { cwd: sub, args: ['status', '--porcelain'] },
    { cwd: sub, args: ['rev-parse', `${FROM}^{commit}`, `${TO}^{commit}`] },
    { cwd: sub, args: ['ls-tree', '-r', '-z', '--full-tree', FROM] },
    { cwd: sub, args: ['ls-tree', '-r', '-z', '--full-tree', TO] },
    { cwd: sub, args: ['cat-file', '--batch'], input: [...oids].join('\n') + '\n' },
    { cwd: sub, args: ['diff', '-z', '--name-status', '--no-renames', FROM, TO, '--', ...CHANGED_FILE_PATHSPECS] },
  ];
}

/** How many git processes buildUpgradeReport itself starts (the CLI adds its repo discovery). */
async function countReportGitCalls(sub: string, checkout: string): Promise<{ total: number; byCommand: Record<string, number> }> {
  const byCommand: Record<string, number> = {};
  class CountingGit extends GitCommandManager {
    override exec(args: readonly string[], options?: GitExecOptions) {
      const name = args.find((a) => !a.startsWith('-')) ?? '?';
      byCommand[name] = (byCommand[name] ?? 0) + 1;
      return super.exec(args, options);
    }
    override at(cwd: string): CountingGit {
      return new CountingGit(cwd);
    }
  }
  await buildUpgradeReport({ git: new CountingGit(sub), from: FROM, to: TO, inventoryDir: 'inventory/mycluster', repoRoot: checkout });
  return { total: Object.values(byCommand).reduce((a, b) => a + b, 0), byCommand };
}
