import { stat } from 'node:fs/promises';
import { ConfigurationError } from '../../errors.js';
import { ConfinedDirectory, repositoryBoundary } from '../../cluster-repo/confined-directory.js';
import type { FileTree } from './load-inventory.js';

/**
 * A directory on disk (the team's inventory) as a FileTree. Symlinks are followed as Ansible
 * follows them, but only inside the repository that holds the directory (or inside the
 * directory itself when it is in no repository); see ConfinedDirectory.
 */
export function directoryFileTree(root: string, boundary: string = repositoryBoundary(root)): FileTree {
  const dir = new ConfinedDirectory(root, boundary);
  return {
    async files() {
      const info = await stat(root).catch(() => undefined);
      if (!info?.isDirectory()) throw new ConfigurationError(`inventory directory "${root}" does not exist or is not a directory`);
      return dir.files();
    },
    read: (rel) => dir.read(rel),
  };
}

/**
 * Every file under `root` as a posix path relative to it, for the repo-wide inventory search.
 * `skipDir` prunes a directory (relative to root) before it is read, to stay out of .git and
 * the Kubespray tree; links are followed only inside the repository, and a link out of it or
 * a loop is passed over rather than failing the whole search.
 */
export function listTreeFiles(root: string, skipDir: (rel: string) => boolean = () => false): Promise<string[]> {
  return new ConfinedDirectory(root, repositoryBoundary(root)).files('', { skipDir, skipUnsafeLinks: true });
}
