import path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';
import { GitCommandManager } from '../../adapters/git/git-command-manager.js';
import type { Git } from '../git/git.js';

/** The cluster repo as every command opens it: the top of its work tree, and git there. */
export interface OpenedClusterRepo {
  git: Git;
  root: string;
}

/** Opens the team's repository at `repoPath` (anywhere inside its work tree); the one place that does. */
export async function openClusterRepo(repoPath: string): Promise<OpenedClusterRepo> {
  const abs = path.resolve(repoPath);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw new ConfigurationError(`path "${repoPath}" does not exist or is not a directory`);
  }
  // One process answers both: every action opens the repo first, so its start-up counts.
  const r = await new GitCommandManager(abs).exec(['rev-parse', '--is-inside-work-tree', '--show-toplevel'], { allowFailure: true });
  const [inside, root] = r.stdout.trim().split('\n');
  if (r.exitCode !== 0 || inside !== 'true' || !root) {
    throw new ConfigurationError(`path "${repoPath}" is not inside a git work tree; check out the cluster repo first`);
  }
  return { git: new GitCommandManager(root), root };
}
