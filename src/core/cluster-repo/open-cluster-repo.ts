import path from 'node:path';
import { existsSync, statSync } from 'node:fs';
import { ConfigurationError } from '../errors.js';
import type { Git, OpenGit } from '../git/git.js';

/** The cluster repo as every command opens it: the top of its work tree, and git there. */
export interface OpenedClusterRepo {
  git: Git;
  root: string;
}

/** Opens the team's repository at `repoPath` (anywhere inside its work tree); the one place that does. */
export async function openClusterRepo(repoPath: string, openGit: OpenGit): Promise<OpenedClusterRepo> {
  const abs = path.resolve(repoPath);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw new ConfigurationError(`path "${repoPath}" does not exist or is not a directory`);
  }
  const here = openGit(abs);
  const root = await here.showToplevel();
  if (!root) throw new ConfigurationError(`path "${repoPath}" is not inside a git work tree; check out the cluster repo first`);
  return { git: here.at(root), root };
}
