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
  message: string;
  author: Identity;
  committer: Identity;
}

/**
 * Builds the hop's commit on top of the base with plumbing only (a private index, blobs,
 * write-tree, commit-tree). The runner's work tree, index and HEAD are never touched, so
 * nothing needs restoring and the content depends only on the base commit.
 */
export async function createUpgradeCommit(git: Git, spec: UpgradeCommitSpec): Promise<{ commit: string; tree: string }> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ksu-index-'));
  const index = path.join(dir, 'index');
  try {
    await git.readTree(spec.baseSha, index);
    const entries = spec.submodule ? [`160000 ${spec.submodule.commit}\t${spec.submodule.path}`] : [];
    const modes = await fileModes(git, spec.baseSha, [...spec.files.keys()]);
    for (const [file, content] of spec.files) {
      const blob = await git.hashObject(content);
      entries.push(`${modes.get(file) ?? '100644'} ${blob}\t${file}`);
    }
    await git.updateIndexInfo(entries, index);
    const tree = await git.writeTree(index);
    const commit = await git.commitTree(tree, spec.baseSha, spec.message, spec.author, spec.committer);
    return { commit, tree };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
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
