import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { git } from './git.js';

/** A stand-in kubernetes/kubernetes remote: one commit carrying the given tags (some annotated). */
export function buildKubernetesTagsRepo(root: string, tags: readonly string[]): string {
  const work = path.join(root, 'kubernetes-work');
  const bare = path.join(root, 'kubernetes.git');
  mkdirSync(work, { recursive: true });
  git(work, ['init', '-q']);
  writeFileSync(path.join(work, 'README.md'), 'kubernetes stand-in\n');
  git(work, ['add', '-A']);
  git(work, ['commit', '-q', '-m', 'k8s']);
  const head = git(work, ['rev-parse', 'HEAD']).trim();
  const lightweight = tags.filter((_, i) => i % 3 !== 0);
  execFileSync('git', ['-C', work, 'update-ref', '--stdin'], { input: lightweight.map((t) => `create refs/tags/${t} ${head}\n`).join('') });
  for (const t of tags.filter((_, i) => i % 3 === 0)) git(work, ['tag', '-a', '-m', t, t]);
  git(root, ['clone', '-q', '--bare', work, bare]);
  return `file://${bare}`;
}

/** vMAJOR.MINOR.0 .. vMAJOR.MINOR.last, plus an rc of the next patch that must be ignored. */
export function patchSeries(major: number, minor: number, last: number): string[] {
  const out: string[] = [];
  for (let p = 0; p <= last; p++) out.push(`v${major}.${minor}.${p}`);
  out.push(`v${major}.${minor}.${last + 1}-rc.0`, `v${major}.${minor}.${last + 1}-alpha.1`);
  return out;
}
