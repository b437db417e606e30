import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { GitCommandManager } from '../src/adapters/git/git-command-manager.js';
import { gitTreeSource, loadKubesprayDefaults, resolveComponents } from '../src/core/knowledge/defaults/index.js';
import { buildKubesprayUpstream, readDataTags, versionOrder } from '../test/support/kubespray-upstream.js';
import { makeTempDir } from '../test/support/tmp.js';

const ITERATIONS = 15;
const ROLE_DIRS = ['roles/kubespray_defaults', 'roles/kubespray-defaults', 'roles/container-engine/cri-o', 'roles/download', 'roles/kubernetes-apps/argocd'];

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? (s[mid] as number) : ((s[mid - 1] as number) + (s[mid] as number)) / 2;
}

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  await fn(); // warm-up (file cache, JIT)
  const out: number[] = [];
  for (let i = 0; i < ITERATIONS; i++) {
    const t = performance.now();
    await fn();
    out.push(performance.now() - t);
  }
  return out;
}

/**
 * Loading defaults + resolving every component for one tag through git, next to the bare
 * git commands that work needs (the same ls-tree and cat-file --batch) and a bare node
 * start-up, all measured in this run. A hop reads two tags.
 */
export async function benchKnowledge(): Promise<string[]> {
  const tmp = makeTempDir('ksu-bench-knowledge-');
  try {
    const tags = versionOrder(readDataTags().map((t) => t.tag));
    const tag = tags[tags.length - 1] as string;
    const upstream = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: [tag] });
    const git = new GitCommandManager(upstream.work);

    const ours = await time(async () => resolveComponents(await loadKubesprayDefaults(gitTreeSource(git, tag))));

    const listing = await git.exec(['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', tag, '--', ...ROLE_DIRS]);
    const oids = listing.stdout
      .split('\0')
      .filter((r) => r.includes('\t') && /\/(defaults|vars)\//.test(r))
      .map((r) => (r.split('\t')[0] as string).split(' ')[2] as string);
    const bareGit = await time(async () => {
      await git.exec(['--literal-pathspecs', 'ls-tree', '-r', '-z', '--full-tree', tag, '--', ...ROLE_DIRS]);
      await git.exec(['cat-file', '--batch'], { input: oids.map((o) => `${o}\n`).join('') });
    });
    const nodeStart = await time(async () => execFileSync(process.execPath, ['-e', '']));

    const o = median(ours);
    const g = median(bareGit);
    const n = median(nodeStart);
    const hopOurs = n + 2 * o;
    const hopBudget = 2 * (n + 2 * g);
    return [
      `knowledge: load defaults + resolve ${Object.keys(resolveComponents(await loadKubesprayDefaults(gitTreeSource(git, tag)))).length} components at ${tag} via git: median ${o.toFixed(1)} ms (n=${ITERATIONS})`,
      `knowledge: bare git for the same tag (ls-tree + cat-file --batch of ${oids.length} blobs): median ${g.toFixed(1)} ms`,
      `knowledge: bare node start-up: median ${n.toFixed(1)} ms`,
      `knowledge: one hop (2 tags) ≈ ${hopOurs.toFixed(0)} ms vs budget 2x(bare git + start-up) = ${hopBudget.toFixed(0)} ms -> ${hopOurs <= hopBudget ? 'within' : 'OVER'} budget`,
    ];
  } finally {
    tmp.cleanup();
  }
}
