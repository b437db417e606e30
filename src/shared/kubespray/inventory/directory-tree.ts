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
      const out: string[] = [];
      await walk(root, '', out, 0);
      return out;
    },
    async read(rel) {
      return readFile(path.join(root, rel), 'utf8').catch(() => undefined);
    },
  };
}

async function walk(root: string, rel: string, out: string[], depth: number): Promise<void> {
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
    if (isDir) await walk(root, child, out, depth + 1);
    else if (isFile) out.push(child);
  }
}
