import type { ReleaseTag } from '../releases/datasources/git-tags.js';
import type { ForkInfo } from '../releases/detect/fork-release.js';
import { describeRepository, githubWebUrl, hostedRepository } from '../cluster-repo/repository-url.js';
import { code, link } from '../text/markdown.js';

/** Where a reviewer compares a fork's pin with the hop target, or why there is no such page. */
export interface ForkCompare {
  /** host/owner/name of the fork. */
  repository: string;
  url?: string;
  /** Set when there is no URL. */
  why?: string;
}

/**
 * The fork's own compare page on its GitHub host (github.com or this run's GHES): from the
 * pin to the fork's next tag, or, when hops follow upstream, to upstream's tag through
 * GitHub's cross-fork `owner:repo:ref` form. Another host's pages have another shape, so
 * they get no link at all rather than a wrong one.
 */
export function forkLinks(fork: ForkInfo, pin: string, target: ReleaseTag, serverUrl: string): ForkCompare {
  const repository = describeRepository(fork.repository);
  const web = githubWebUrl(fork.repository, serverUrl);
  if (!web) return { repository, why: `the fork lives on ${fork.repository.host}, which is not a GitHub host this run knows` };
  const from = encodeURIComponent(fork.pinTag ?? pin);
  if (fork.followTags) return { repository, url: `${web}/compare/${from}...${encodeURIComponent(target.tag)}` };
  const upstream = hostedRepository(fork.upstreamUrl);
  if (!upstream || upstream.host !== fork.repository.host) {
    return { repository, why: `upstream (${describeRepository(upstream ?? { host: 'a local path', path: '' })}) is not on the fork's host, so GitHub cannot compare across them` };
  }
  const [owner, name] = upstream.path.split('/') as [string, string];
  return { repository, url: `${web}/compare/${from}...${owner}:${name}:${encodeURIComponent(target.tag)}` };
}

/** Where a hop's release notes are read and linked. */
export interface ReleaseNotesPlace {
  /** owner/name on the run's GitHub host. */
  repository: string;
  /** The release pages' repository page. */
  webUrl: string;
  /** Set when the notes cannot be read at all: why. */
  unavailable?: string;
  /** What to say for a tag without a release, when not "no GitHub release". */
  absent?: (tag: string) => string;
}

/**
 * Upstream's releases (`kubespray-github-repository`), except when a fork's hops follow its
 * own tags: then the releases are the fork's, read with the run's token, so only when the fork
 * is on the run's GitHub host (the API the token talks to). A fork tag without a release says
 * whose release is missing and links the upstream release it is built on.
 */
export function releaseNotesPlace(fork: ForkInfo | undefined, serverUrl: string, upstreamRepository: string): ReleaseNotesPlace {
  const server = serverUrl.trim().replace(/\/+$/, '');
  const upstream: ReleaseNotesPlace = { repository: upstreamRepository, webUrl: `${server}/${upstreamRepository}` };
  if (!fork?.followTags) return upstream;
  const where = describeRepository(fork.repository);
  const webUrl = githubWebUrl(fork.repository, serverUrl);
  const serverHost = /^https?:\/\/([^/:]+)/i.exec(server)?.[1]?.toLowerCase();
  if (!webUrl || fork.repository.host !== serverHost) {
    return { ...upstream, ...(webUrl ? { webUrl } : {}), unavailable: `the fork ${where} is not on this run's GitHub host (${serverHost ?? server}), whose API the token reads` };
  }
  const absent = (tag: string) => {
    const base = fork.bases.get(tag);
    const built = base ? `; it is built on upstream's ${link(base.tag, `${upstream.webUrl}/releases/tag/${encodeURIComponent(base.tag)}`)}` : '';
    return `The fork ${code(where)} has no GitHub release for ${code(tag)}${built}.`;
  };
  return { repository: fork.repository.path, webUrl, absent };
}
