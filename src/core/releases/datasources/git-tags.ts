import { ActionError } from '../../errors.js';
import type { Git } from '../../git/git.js';
import { assertSafeRemote, redactUrl } from '../../git/remote-url.js';
import { parseReleaseTag, type ReleaseVersion } from '../versions/release-version.js';

/** A tag as seen upstream, with annotated tags peeled to the commit they point at. */
export interface RemoteTag {
  name: string;
  commit: string;
}

export interface ReleaseTag extends ReleaseVersion {
  commit: string;
}

/**
 * Where new versions come from: `git ls-remote --tags`. It needs no API token and works
 * with GHES and mirrors. Peeled `^{}` lines win over the tag object's own sha.
 */
export async function listRemoteTags(git: Git, url: string, patterns: readonly string[] = []): Promise<RemoteTag[]> {
  assertSafeRemote(url);
  const r = await git.lsRemoteTags(url, patterns);
  if (r.exitCode !== 0) {
    throw new ActionError(`cannot list tags of ${redactUrl(url)}: git ls-remote exited ${r.exitCode}: ${r.stderr.trim() || '(no message)'}`);
  }
  return parseLsRemoteTags(r.stdout);
}

export function parseLsRemoteTags(output: string): RemoteTag[] {
  const direct = new Map<string, string>();
  const peeled = new Map<string, string>();
  for (const line of output.split('\n')) {
    const m = /^([0-9a-f]{40,64})\trefs\/tags\/(.+)$/.exec(line.trim());
    if (!m) continue;
    const [, sha, ref] = m as unknown as [string, string, string];
    if (ref.endsWith('^{}')) peeled.set(ref.slice(0, -3), sha);
    else direct.set(ref, sha);
  }
  return [...direct.keys()].map((name) => ({ name, commit: peeled.get(name) ?? direct.get(name)! }));
}

export function releaseTags(tags: readonly RemoteTag[], allowPrerelease: boolean): ReleaseTag[] {
  const out: ReleaseTag[] = [];
  for (const t of tags) {
    const v = parseReleaseTag(t.name);
    if (!v || (v.prerelease && !allowPrerelease)) continue;
    out.push({ ...v, commit: t.commit });
  }
  return out;
}

// Their home is core/git; re-exported for the call sites that import them from here.
export { assertSafeRemote, redactUrl };
