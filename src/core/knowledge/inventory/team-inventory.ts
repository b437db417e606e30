import { statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../../errors.js';
import { directoryFileTree } from './directory-tree.js';
import { repositoryBoundary } from '../../cluster-repo/confined-directory.js';
import { loadInventory, type FileTree, type LoadedInventory } from './load-inventory.js';

const VARS_DIRS = ['group_vars', 'host_vars'];

/**
 * What Ansible reads for `-i <path>`: a folder is every inventory file in it plus its
 * group_vars/host_vars; a file is that file plus the group_vars/host_vars beside it, not
 * the other files of its folder.
 */
export function teamInventoryTree(inventoryPath: string): FileTree {
  const abs = path.resolve(inventoryPath);
  const info = statSync(abs, { throwIfNoEntry: false });
  if (!info) throw new ConfigurationError(`inventory "${inventoryPath}" does not exist; name an inventory file or a folder with group_vars`);
  if (info.isDirectory()) return directoryFileTree(abs);
  const dir = path.dirname(abs);
  const name = path.basename(abs);
  // One boundary for the file and its vars folders, so errors name paths from the same place.
  const boundary = repositoryBoundary(dir);
  const beside = directoryFileTree(dir, boundary);
  return {
    async files() {
      const out = [name];
      for (const vars of VARS_DIRS) {
        if (!statSync(path.join(dir, vars), { throwIfNoEntry: false })?.isDirectory()) continue;
        out.push(...(await directoryFileTree(path.join(dir, vars), boundary).files()).map((f) => `${vars}/${f}`));
      }
      return out;
    },
    read: (rel) => beside.read(rel),
  };
}

/**
 * The team's inventory (file or folder, relative to the repo root or absolute), with every
 * path in it shown relative to the repo root so file:line references point into the repo.
 */
export function loadTeamInventory(repoRoot: string, inventoryPath: string): Promise<LoadedInventory> {
  const abs = path.resolve(repoRoot, inventoryPath);
  const base = statSync(abs, { throwIfNoEntry: false })?.isFile() ? path.dirname(abs) : abs;
  const display = (rel: string) => path.relative(repoRoot, path.join(base, rel)).split(path.sep).join('/');
  return loadInventory(teamInventoryTree(abs), display);
}
