import type { Git } from '../../git/git.js';
import { compareReleases, parseReleaseTag } from '../versions/release-version.js';
import { listRemoteTags } from './git-tags.js';

export const DEFAULT_KUBERNETES_REPOSITORY = 'https://github.com/kubernetes/kubernetes.git';

/**
 * The newest released patch (no pre-release) of one Kubernetes minor, read with
 * `git ls-remote --tags` limited to that minor so only a few refs cross the wire.
 */
export async function newestKubernetesPatch(git: Git, url: string, minor: { major: number; minor: number }): Promise<string | undefined> {
  const tags = await listRemoteTags(git, url, [`refs/tags/v${minor.major}.${minor.minor}.*`]);
  let best: ReturnType<typeof parseReleaseTag>;
  for (const t of tags) {
    const v = parseReleaseTag(t.name);
    if (!v || v.prerelease || v.major !== minor.major || v.minor !== minor.minor) continue;
    if (!best || compareReleases(v, best) > 0) best = v;
  }
  return best?.tag;
}
