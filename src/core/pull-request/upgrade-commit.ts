import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ExternalCommandError } from '../errors.js';
import type { Git } from '../git/git.js';

export interface Identity {
  name: string;
  email: string;
}

export const BOT_IDENTITY: Identity = { name: 'github-actions[bot]', email: '41898282+github-actions[bot]@users.noreply.github.com' };

/** Trailer that marks a commit as generated for one hop, so reruns recognise their own work. */
export const TARGET_TRAILER = 'Kubespray-Upgrade-Target';

export interface UpgradeCommitSpec {
  baseSha: string;
  /** The Kubespray submodule's new gitlink; absent in an image-only repo. */
  submodule?: { path: string; commit: string };
  /** Repo-relative path -> new full content. */
  files: ReadonlyMap<string, string>;
  /** Repo-relative paths the hop removes. */
  deletions?: readonly string[];
  message: string;
  author: Identity;
  committer: Identity;
}

/**
 * One entry the hop changes in the base tree: what both the local plumbing and the Git
 * Data API build from, so the two paths cannot disagree on the content.
 */
export type TreeChange =
  | { path: string; mode: string; kind: 'file'; content: string }
  | { path: string; mode: '160000'; kind: 'gitlink'; commit: string }
  | { path: string; kind: 'delete' };

export async function treeChanges(git: Git, spec: Pick<UpgradeCommitSpec, 'baseSha' | 'submodule' | 'files' | 'deletions'>): Promise<TreeChange[]> {
  const changes: TreeChange[] = spec.submodule ? [{ path: spec.submodule.path, mode: '160000', kind: 'gitlink', commit: spec.submodule.commit }] : [];
  const modes = await fileModes(git, spec.baseSha, [...spec.files.keys()]);
  for (const [file, content] of spec.files) changes.push({ path: file, mode: modes.get(file) ?? '100644', kind: 'file', content });
  for (const file of spec.deletions ?? []) changes.push({ path: file, kind: 'delete' });
  return changes;
}

/**
 * Builds the hop's commit on top of the base with plumbing only (a private index, blobs,
 * write-tree, commit-tree). The runner's work tree, index and HEAD are never touched, so
 * nothing needs restoring and the content depends only on the base commit.
 */
export async function createUpgradeCommit(git: Git, spec: UpgradeCommitSpec): Promise<{ commit: string; tree: string; changes: TreeChange[] }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ksu-index-'));
  const index = path.join(dir, 'index');
  try {
    await git.readTree(spec.baseSha, index);
    const changes = await treeChanges(git, spec);
    const entries: string[] = [];
    for (const c of changes) {
      if (c.kind === 'gitlink') entries.push(`160000 ${c.commit}\t${c.path}`);
      // Mode 0 removes the path from the index (git update-index --index-info).
      else if (c.kind === 'delete') entries.push(`0 ${'0'.repeat(40)}\t${c.path}`);
      else entries.push(`${c.mode} ${await git.hashObject(c.content)}\t${c.path}`);
    }
    await git.updateIndexInfo(entries, index);
    const tree = await git.writeTree(index);
    const commit = await git.commitTree(tree, spec.baseSha, spec.message, spec.author, spec.committer);
    return { commit, tree, changes };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The hop commit's message: subject, body, the target trailer and, with signoff, the committer's Signed-off-by. */
export function upgradeCommitMessage(subject: string, body: string, target: string, signoffBy?: Identity): string {
  const trailers = [`${TARGET_TRAILER}: ${target}`, ...(signoffBy ? [`Signed-off-by: ${signoffBy.name} <${signoffBy.email}>`] : [])];
  return `${subject}\n\n${body}\n\n${trailers.join('\n')}\n`;
}

async function fileModes(git: Git, rev: string, files: readonly string[]): Promise<Map<string, string>> {
  if (files.length === 0) return new Map();
  const listed = await git.lsTree(rev, files);
  if (listed.exitCode !== 0) throw new ExternalCommandError(`git ls-tree ${rev} failed in ${git.cwd}: ${listed.stderr.trim()}`, listed.exitCode, listed.stderr);
  const out = listed.stdout;
  const modes = new Map<string, string>();
  for (const rec of out.split('\0')) {
    const m = /^(\d+) blob [0-9a-f]+\t(.*)$/s.exec(rec);
    if (m) modes.set(m[2]!, m[1]!);
  }
  return modes;
}

export function parseIdentity(text: string): Identity | undefined {
  const m = /^\s*(.+?)\s*<([^<>\s]+@[^<>\s]+)>\s*$/.exec(text);
  return m ? { name: m[1]!, email: m[2]! } : undefined;
}
