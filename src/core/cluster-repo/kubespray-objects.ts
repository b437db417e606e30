import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ActionError } from '../errors.js';
import type { Git } from '../../adapters/git/git-command-manager.js';
import { redactUrl } from '../releases/datasources/git-tags.js';

export interface KubesprayObjects {
  git: Git;
  /** `git status --porcelain` of the checked-out submodule; undefined when it is not checked out. */
  status?: string;
  /** Where the objects live, for the log. */
  where: string;
}

/**
 * A repository holding the given tags' objects. The runner's depth-1, tagless submodule
 * gets exactly those tags with a depth-1 fetch; without a checked-out submodule (none, or
 * not initialized) a bare cache repository plays that role, at `cacheDir` (the entrypoint
 * decides it: under RUNNER_TEMP on a runner, the user's cache folder at a terminal).
 */
export async function fetchKubesprayTags(
  git: Git,
  root: string,
  submodulePath: string | undefined,
  upstreamUrl: string,
  tags: ReadonlyArray<{ tag: string; commit: string }>,
  options: { cacheDir: string; env?: NodeJS.ProcessEnv; withStatus?: boolean },
): Promise<KubesprayObjects> {
  const dir = path.join(root, submodulePath ?? '.');
  const sub = git.at(dir);
  const top = submodulePath !== undefined && existsSync(dir) ? await sub.exec(['rev-parse', '--show-toplevel'], { allowFailure: true }) : undefined;
  const checkedOut = top?.exitCode === 0 && path.resolve(top.stdout.trim()) === path.resolve(dir);
  let target = sub;
  let where = `the ${submodulePath} submodule`;
  if (!checkedOut) {
    const cache = options.cacheDir;
    mkdirSync(cache, { recursive: true });
    target = git.at(cache);
    await target.exec(['init', '-q', '--bare']);
    where = submodulePath === undefined ? `the cache ${cache} (the repo names only the image)` : `${cache} (the ${submodulePath} submodule is not checked out)`;
  }
  // The checked-out pin is usually there already; fetch only what is missing.
  const check = await target.exec(['cat-file', '--batch-check'], { input: tags.map((t) => `${t.commit}^{tree}`).join('\n') + '\n' });
  const missing = tags.filter((_, i) => / tree /.test(check.stdout.split('\n')[i] ?? '') === false);
  if (missing.length > 0) {
    const refspecs = [...new Set(missing.map((t) => t.tag))].map((t) => `+refs/tags/${t}:refs/tags/${t}`);
    const r = await target.exec(['fetch', '--no-tags', '--depth=1', upstreamUrl, ...refspecs], { allowFailure: true, env: options.env });
    if (r.exitCode !== 0) {
      throw new ActionError(`cannot fetch ${missing.map((t) => t.tag).join(', ')} from ${redactUrl(upstreamUrl)} into ${where}: ${redactUrl(r.stderr.trim())}`);
    }
  }
  // Readers resolve tags by name; name the ones that were already present too.
  const present = tags.filter((t) => !missing.includes(t));
  if (present.length > 0) {
    await target.exec(['update-ref', '--stdin'], { input: present.map((t) => `update refs/tags/${t.tag} ${t.commit}\n`).join('') });
  }
  const status = checkedOut && options.withStatus ? (await sub.exec(['status', '--porcelain'], { allowFailure: true })).stdout : undefined;
  return { git: target, status, where };
}
