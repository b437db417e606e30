import { readFile, readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import type { FileTree } from './load-inventory.js';

/** A directory on disk (the team's inventory) as a FileTree; symlinks are followed as Ansible does. */
export function directoryFileTree(root: string): FileTree {
  return {
    async files() {
      const info = await stat(root).catch(() => undefined);
      if (!info?.isDirectory()) throw new ConfigurationError(`inventory directory "${root}" does not exist or is not a directory`);
      return listTreeFiles(root);
    },
    async read(rel) {
      return readFile(path.join(root, rel), 'utf8').catch(() => undefined);
    },
  };
}

/**
 * Every file under `root` as a posix path relative to it. `skipDir` prunes a directory
 * (given relative to root) before it is read: the repo-wide inventory search uses it to
 * stay out of .git and the Kubespray tree.
 */
export async function listTreeFiles(root: string, skipDir: (rel: string) => boolean = () => false): Promise<string[]> {
  const out: string[] = [];
  await walk(root, '', out, 0, skipDir);
  return out;
}

async function walk(root: string, rel: string, out: string[], depth: number, skipDir: (rel: string) => boolean): Promise<void> {
  // A symlink loop must not hang the report; inventories are never this deep.
  if (depth > 16) return;
  for (const entry of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const child = rel ? `${rel}/${entry.name}` : entry.name;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = await stat(path.join(root, child)).catch(() => undefined);
      isDir = target?.isDirectory() ?? false;
      isFile = target?.isFile() ?? false;
    }
    if (isDir) {
      if (!skipDir(child)) await walk(root, child, out, depth + 1, skipDir);
    } else if (isFile) out.push(child);
  }
}
