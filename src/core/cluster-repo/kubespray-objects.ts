import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { ActionError } from '../errors.js';
import type { Git, RemoteAuth } from '../git/git.js';
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
  options: { cacheDir: string; auth?: RemoteAuth; withStatus?: boolean },
): Promise<KubesprayObjects> {
  const dir = path.join(root, submodulePath ?? '.');
  const sub = git.at(dir);
  const top = submodulePath !== undefined && existsSync(dir) ? await sub.showToplevel() : undefined;
  const checkedOut = top !== undefined && path.resolve(top) === path.resolve(dir);
  let target = sub;
  let where = `the ${submodulePath} submodule`;
  if (!checkedOut) {
    const cache = options.cacheDir;
    mkdirSync(cache, { recursive: true });
    target = git.at(cache);
    await target.initBare();
    where = submodulePath === undefined ? `the cache ${cache} (the repo names only the image)` : `${cache} (the ${submodulePath} submodule is not checked out)`;
  }
  // The checked-out pin is usually there already; fetch only what is missing.
  const types = await target.objectTypes(tags.map((t) => `${t.commit}^{tree}`));
  const missing = tags.filter((_, i) => types[i] !== 'tree');
  if (missing.length > 0) {
    const refspecs = [...new Set(missing.map((t) => t.tag))].map((t) => `+refs/tags/${t}:refs/tags/${t}`);
    const r = await target.fetch(upstreamUrl, refspecs, { depth: 1, auth: options.auth });
    if (r.exitCode !== 0) {
      throw new ActionError(`cannot fetch ${missing.map((t) => t.tag).join(', ')} from ${redactUrl(upstreamUrl)} into ${where}: ${redactUrl(r.stderr.trim())}`);
    }
  }
  // Readers resolve tags by name; name the ones that were already present too.
  const present = tags.filter((t) => !missing.includes(t));
  if (present.length > 0) {
    await target.updateRefs(present.map((t) => ({ ref: `refs/tags/${t.tag}`, sha: t.commit })));
  }
  const status = checkedOut && options.withStatus ? await sub.statusPorcelain() : undefined;
  return { git: target, status, where };
}
