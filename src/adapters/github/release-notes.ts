import { compareReleases, parseReleaseTag, type ReleaseVersion } from '../../core/releases/versions/release-version.js';
import type { GitHubClient } from './octokit-client.js';
import type { RepositoryName } from '../../core/github/repository-name.js';
import type { ReleaseNote } from '../../core/github/github-api.js';

/** Enough for any project's history; a guard against paging forever through a huge repository. */
const MAX_PAGES = 10;

/**
 * Published release notes for `tags`; a tag without a release is simply absent. Uses the
 * release list (newest first, 100 per page) rather than one request per tag, and stops as
 * soon as every tag was found or a whole page is older than the oldest wanted version:
 * back-ported patches are published next to their contemporaries, so once a full page is
 * older, nothing wanted can follow. A missing repository is an error (404), not "no notes".
 */
export async function fetchReleaseNotes(
  octokit: GitHubClient,
  where: RepositoryName,
  tags: readonly string[],
  perPage = 100,
): Promise<Map<string, ReleaseNote>> {
  const wanted = new Set(tags);
  const found = new Map<string, ReleaseNote>();
  if (wanted.size === 0) return found;
  const oldestWanted = oldest([...wanted]);
  let pages = 0;
  for await (const page of octokit.paginate.iterator(octokit.rest.repos.listReleases, { ...where, per_page: perPage })) {
    let anyNotOlder = false;
    for (const r of page.data) {
      const v = parseReleaseTag(r.tag_name);
      if (!oldestWanted || !v || compareReleases(v, oldestWanted) >= 0) anyNotOlder = true;
      if (r.draft || !wanted.has(r.tag_name) || found.has(r.tag_name)) continue;
      found.set(r.tag_name, toNote(r));
    }
    pages++;
    if (found.size === wanted.size || !anyNotOlder || pages >= MAX_PAGES) break;
  }
  return found;
}

function toNote(r: { tag_name: string; name: string | null; body?: string | null; html_url: string }): ReleaseNote {
  return { tag: r.tag_name, name: r.name ?? r.tag_name, body: r.body ?? '', url: r.html_url };
}

function oldest(tags: readonly string[]): ReleaseVersion | undefined {
  const versions = tags.map(parseReleaseTag);
  // Without a version for every wanted tag there is no safe "older than" to stop at.
  if (versions.some((v) => v === undefined)) return undefined;
  return (versions as ReleaseVersion[]).reduce((a, b) => (compareReleases(a, b) <= 0 ? a : b));
}
