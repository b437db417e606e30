import type { ReleaseTag } from '../releases/datasources/git-tags.js';
import type { ForkInfo } from '../releases/detect/fork-release.js';
import { describeRepository, githubWebUrl, hostedRepository } from '../cluster-repo/repository-url.js';

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

/**
 * Where a follow-fork-tags hop's release notes come from: the fork's own releases, read with
 * the run's token, so only when the fork is on the run's GitHub host (the API the token
 * talks to). Otherwise `why` says so, rather than reading the fork's tags as upstream's.
 */
export type ForkNotesSource = { repository: string; webUrl: string } | { why: string; webUrl?: string };

export function forkNotesSource(fork: ForkInfo, serverUrl: string): ForkNotesSource {
  const webUrl = githubWebUrl(fork.repository, serverUrl);
  const serverHost = /^https?:\/\/([^/:]+)/i.exec(serverUrl.trim())?.[1]?.toLowerCase();
  if (webUrl && fork.repository.host === serverHost) return { repository: fork.repository.path, webUrl };
  return { why: `the fork ${describeRepository(fork.repository)} is not on this run's GitHub host (${serverHost ?? serverUrl}), whose API the token reads`, ...(webUrl ? { webUrl } : {}) };
}
