import { ActionError } from '../../errors.js';
import type { Git, OpenGit, RemoteAuth } from '../../git/git.js';
import type { ReleaseTag } from '../datasources/git-tags.js';
import { compareReleases } from '../versions/release-version.js';
import { highest, nextMajor, upgradePath } from '../versions/hop-planner.js';
import { minorKey, sameMinor } from '../versions/release-version.js';
import { fetchKubesprayTags } from '../../cluster-repo/kubespray-objects.js';
import { gitTreeSource } from '../../knowledge/defaults/index.js';
import { targetTreeContradiction } from './pinned-release.js';
import { forkCommitsDropped } from './fork-release.js';
import type { DroppedCommits } from './fork-history.js';
import { readClusterRepoState, type ClusterRepoSettings, type ClusterRepoState } from '../../cluster-repo/cluster-repo-state.js';
import { openClusterRepo } from '../../cluster-repo/open-cluster-repo.js';

export interface DetectResult extends ClusterRepoState {
  latest: ReleaseTag;
  /** The first release of a later major version: only ever an explicit target. */
  nextMajor?: ReleaseTag;
  next?: ReleaseTag;
  path: ReleaseTag[];
  /** A fork's commits the next hop would drop. */
  dropped?: DroppedCommits;
}

/**
 * Refuses when setting tags aside (suspect ones, or ones their tree contradicts) leaves out a
 * whole minor line the path would otherwise cross: the hop would skip a minor that may be
 * real. A line lost above every remaining hop skips nothing (no hop goes past it): it is
 * only named.
 */
function assertNoLineSkipped(state: ClusterRepoState, hops: readonly ReleaseTag[], setAside: readonly ReleaseTag[], notes: string[]): void {
  const withSetAside = upgradePath(state.current, [...state.releases, ...setAside]);
  const kept = new Set(hops.map(minorKey));
  const last = hops.at(-1);
  const lost = withSetAside.filter((h) => !kept.has(minorKey(h)) && !sameMinor(h, state.current));
  const crossed = lost.filter((l) => last && compareReleases(l, last) < 0);
  const named = (lines: readonly ReleaseTag[]) => setAside.filter((r) => lines.some((l) => minorKey(l) === minorKey(r))).map((r) => `${r.tag} at ${r.commit.slice(0, 12)}`);
  if (crossed.length > 0) {
    throw new ActionError(
      `the v${minorKey(crossed[0]!)} line has only tags that cannot be trusted (${named(crossed).join(', ')}): on commits that also carry a tag of another minor line, or whose tree says another release; ` +
        'hopping past it could skip a minor and hopping to it could install another release. Remove the stray tag from the remote (or mirror) you read tags from',
    );
  }
  if (lost.length > 0) notes.push(`no hop is offered to the ${lost.map((l) => `v${minorKey(l)}`).join(', ')} line(s): their only tags cannot be trusted (${named(lost).join(', ')})`);
}

export async function detectRelease(settings: ClusterRepoSettings, openGit: OpenGit): Promise<DetectResult> {
  const opened = await openClusterRepo(settings.repoPath, openGit);
  const read = await readClusterRepoState(settings, opened);
  const git = opened.git.at(read.repoRoot);
  const { state, hops } = await confirmedPath(read, (hop) => hopTreeContradiction(git, read, hop, settings.kubesprayCache));
  // "Latest" stays within the current major; a later major is shown apart, never hopped to.
  const newest = highest(state.releases.filter((r) => r.major === state.current.major));
  const latest = newest && compareReleases(newest, state.current) > 0 ? newest : state.current;
  const dropped = state.fork && hops[0] ? await forkCommitsDropped(state.fork, hops[0], state.currentCommit) : undefined;
  return { ...state, latest, next: hops[0], path: hops, nextMajor: nextMajor(state.current, state.releases), dropped };
}

/**
 * The upgrade path with its next hop confirmed by the hop's own tree: a tag whose galaxy.yml
 * names another release (a stray v2.29.9 on a v2.24.x commit) is set aside and named, and the
 * hop is chosen again without it. Only the hop about to be offered is read (one fetch, which
 * the Kubernetes insight reuses); each later hop is read when it becomes the next one, and
 * plan-upgrade reads its target the same way (hopTreeContradiction) before moving anything.
 */
export async function confirmedPath(
  read: ClusterRepoState,
  contradiction: (hop: ReleaseTag) => Promise<string | undefined>,
): Promise<{ state: ClusterRepoState; hops: ReleaseTag[] }> {
  const setAside = read.suspect.filter((r) => r.commit !== read.currentCommit);
  const state = { ...read, releases: [...read.releases], suspect: [...read.suspect], notes: [...read.notes] };
  for (;;) {
    const hops = upgradePath(state.current, state.releases);
    const next = hops[0];
    const why = next && (await contradiction(next));
    if (!why) {
      assertNoLineSkipped(state, hops, setAside, state.notes);
      return { state, hops };
    }
    state.notes.push(`${why}; set aside, and the next hop is chosen without it`);
    state.releases = state.releases.filter((r) => r !== next);
    state.suspect.push(next);
    setAside.push(next);
  }
}

/**
 * Why the tree tagged `hop` says it is another release, or undefined when it agrees (or has no
 * galaxy.yml, before v2.21.0). Fetches the tag's objects (depth 1) where the other reads find them.
 */
export async function hopTreeContradiction(git: Git, state: ClusterRepoState, hop: ReleaseTag, kubesprayCache: string, options: { auth?: RemoteAuth } = {}): Promise<string | undefined> {
  const objects = await fetchKubesprayTags(git, state.repoRoot, state.submodule?.path, state.upstreamUrl, [hop], { cacheDir: kubesprayCache, auth: options.auth });
  return targetTreeContradiction(hop, await gitTreeSource(objects.git, hop.commit).readFile('galaxy.yml'));
}
