import path from 'node:path';
import { ConfigurationError, type ExternalCommandError } from '../errors.js';
import type { Git } from '../git/git.js';

export interface Submodule {
  name: string;
  path: string;
  /** The URL as written in `.gitmodules`, before relative URLs are resolved. */
  url: string;
}

export async function readSubmodules(git: Git): Promise<Submodule[]> {
  let records: string | undefined;
  try {
    // Undefined when no key matches; a missing .gitmodules reads the same way.
    records = await git.configGetRegexp('^submodule\\..*\\.(path|url)$', { file: '.gitmodules' });
  } catch (e) {
    throw new ConfigurationError(`cannot parse .gitmodules in ${git.cwd}: ${(e as ExternalCommandError).stderr?.trim() ?? String(e)}`);
  }
  const byName = new Map<string, Partial<Submodule>>();
  for (const record of (records ?? '').split('\0')) {
    if (!record) continue;
    const nl = record.indexOf('\n');
    const key = nl < 0 ? record : record.slice(0, nl);
    const value = nl < 0 ? '' : record.slice(nl + 1);
    const dot = key.lastIndexOf('.');
    const name = key.slice('submodule.'.length, dot);
    const field = key.slice(dot + 1) as 'path' | 'url';
    const entry = byName.get(name) ?? { name };
    entry[field] = value;
    byName.set(name, entry);
  }
  return [...byName.values()]
    .filter((s): s is Submodule => typeof s.path === 'string' && typeof s.url === 'string')
    .map((s) => ({ ...s, path: normalizeRelPath(s.path) }));
}

export function looksLikeKubespray(url: string): boolean {
  return /(?:^|[/:])kubespray(?:\.git)?\/?$/i.test(url.trim());
}

/** Picks the Kubespray submodule: the one requested, or the single one whose URL ends in kubespray. */
export function selectKubespraySubmodule(submodules: readonly Submodule[], requestedPath: string | undefined): Submodule {
  if (requestedPath) {
    const wanted = normalizeRelPath(requestedPath);
    const found = submodules.find((s) => s.path === wanted);
    if (!found) {
      const known = submodules.map((s) => s.path).join(', ') || 'none';
      throw new ConfigurationError(`submodule-path "${requestedPath}" is not a submodule in .gitmodules (submodules: ${known})`);
    }
    return found;
  }
  const candidates = submodules.filter((s) => looksLikeKubespray(s.url));
  if (candidates.length === 0) {
    const known = submodules.map((s) => `${s.path} (${s.url})`).join(', ') || 'none';
    throw new ConfigurationError(
      `no submodule whose URL ends in "kubespray" or "kubespray.git" was found in .gitmodules (submodules: ${known}); set submodule-path`,
    );
  }
  if (candidates.length > 1) {
    throw new ConfigurationError(
      `several submodules look like Kubespray: ${candidates.map((s) => s.path).join(', ')}; set submodule-path to choose one`,
    );
  }
  return candidates[0]!;
}

/** The commit the superproject's HEAD records for the submodule (its gitlink). */
export async function readGitlink(git: Git, submodulePath: string, rev = 'HEAD'): Promise<string> {
  const commit = await git.gitlinkAt(rev, submodulePath);
  if (commit === undefined) throw new ConfigurationError(`${submodulePath} is not a submodule (gitlink) in ${rev} of ${git.cwd}`);
  return commit;
}

/**
 * Resolves a `.gitmodules` URL the way git does: `./` and `../` are relative to the
 * superproject's origin URL, or to its directory when it has no origin.
 */
export async function resolveSubmoduleUrl(git: Git, url: string): Promise<string> {
  if (!url.startsWith('./') && !url.startsWith('../')) return url;
  const base = (await git.configGet('remote.origin.url')) ?? git.cwd;
  return joinRelativeUrl(base, url);
}

export function joinRelativeUrl(base: string, relative: string): string {
  let b = base.replace(/\/+$/, '');
  let rest = relative;
  for (;;) {
    if (rest.startsWith('./')) rest = rest.slice(2);
    else if (rest.startsWith('../')) {
      rest = rest.slice(3);
      const cut = Math.max(b.lastIndexOf('/'), b.lastIndexOf(':'));
      b = cut >= 0 ? b.slice(0, cut + (b[cut] === ':' && !b.includes('://') ? 1 : 0)) : '.';
    } else break;
  }
  const sep = b.endsWith(':') ? '' : '/';
  return `${b}${sep}${rest}`;
}

function normalizeRelPath(p: string): string {
  return path.posix.normalize(p.replace(/\\/g, '/')).replace(/^\.\//, '').replace(/\/+$/, '');
}
