import { ActionError, ConfigurationError } from '../../errors.js';
import type { Git } from '../../git/git.js';
import { releaseTags, type ReleaseTag, type RemoteTag } from '../datasources/git-tags.js';
import { describeRepository, type HostedRepository } from '../../cluster-repo/repository-url.js';
import { compareReleases, minorKey, parseReleaseTag } from '../versions/release-version.js';
import { upgradePath } from '../versions/hop-planner.js';
import { galaxyVersion } from './pinned-release.js';
import { baseRelease, droppedCommits, fetchHistory, openHistoryCache, sourceOf, type DroppedCommits } from './fork-history.js';

/** A Kubespray submodule whose URL is not upstream's: what it is built on and where its hops come from. */
export interface ForkInfo {
  repository: HostedRepository;
  /** The fork's remote (the submodule URL). */
  url: string;
  /** Where upstream's release tags were read. */
  upstreamUrl: string;
  /** The fork's own tag on the pinned commit, if it has one. */
  pinTag?: string;
  /** The upstream release the pinned commit is built on, found from history. */
  base: ReleaseTag;
  /** Non-merge commits from base to the pin: the fork's own work. */
  ownCommits: number;
  /** Hops follow the fork's own `vX.Y.Z-<suffix>` tags instead of upstream's releases. */
  followTags: boolean;
  /** In follow mode: each of the fork's tags that is a candidate, and the upstream release it is built on. */
  bases: Map<string, ReleaseTag>;
  forkTags: RemoteTag[];
  /** A repository with the full history of the pin (and of the targets asked about). */
  history: Git;
}

export interface ForkReading {
  current: ReleaseTag;
  releases: ReleaseTag[];
  notes: string[];
  fork: ForkInfo;
}

export interface ForkRequest {
  git: Git;
  repository: HostedRepository;
  forkUrl: string;
  upstreamUrl: string;
  pin: string;
  forkTags: RemoteTag[];
  upstreamTags: RemoteTag[];
  allowPrerelease: boolean;
  followTags: boolean;
  /** The shallow tag cache; the history cache sits beside it. */
  kubesprayCache: string;
}

// The suffix in semver's pre-release alphabet: fork tag names are untrusted and end up in refspecs and URLs.
const FORK_TAG = /^v\d+\.\d+\.\d+-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)$/;

/**
 * `acme.3` -> `acme.#`: a fork's tag series keeps its words and separators and counts in its
 * numbers, so `v2.27.1-acme.1` continues `v2.26.0-acme.4` but `v2.27.1-rc.1` does not.
 */
export function suffixScheme(tag: string): string | undefined {
  const m = FORK_TAG.exec(tag);
  return m ? m[1]!.replace(/\d+/g, '#') : undefined;
}

export async function readForkRelease(o: ForkRequest): Promise<ForkReading> {
  const everyUpstream = releaseTags(o.upstreamTags, true);
  const upstreamNames = new Set(o.upstreamTags.map((t) => t.name));
  const releases = o.allowPrerelease ? everyUpstream : everyUpstream.filter((r) => !r.prerelease);
  // The fork's tags that upstream does not have are its own; one on the pin names it.
  const own = o.forkTags.filter((t) => !upstreamNames.has(t.name) && FORK_TAG.test(t.name));
  const pinTag = own.filter((t) => t.commit === o.pin).map((t) => t.name).sort()[0];

  const history = await openHistoryCache(o.git, o.kubesprayCache);
  // A pin on upstream's own release commit (the fork was synced, or a hop to upstream merged) may exist only upstream.
  const forkName = pinTag ?? o.forkTags.find((t) => t.commit === o.pin)?.name;
  const upstreamName = forkName ? undefined : everyUpstream.find((r) => r.commit === o.pin)?.tag;
  await fetchHistory(history, upstreamName ? o.upstreamUrl : o.forkUrl, [{ commit: o.pin, tag: forkName ?? upstreamName }]);
  const base = await baseRelease(history, o.pin, everyUpstream);
  const where = describeRepository(o.repository);
  const pinName = pinTag ?? o.pin.slice(0, 12);
  if (!base) {
    throw new ActionError(
      `the kubespray submodule is a fork (${where}) pinned at ${pinName}, and no upstream release tag of ${o.upstreamUrl} is in that commit's history; ` +
        'nothing tells which release it is built on. Set kubespray-repository to the upstream (or mirror) the fork follows',
    );
  }
  const notes: string[] = [];
  const tree = galaxyVersion((await history.readBlob(o.pin, 'galaxy.yml')) || undefined);
  // galaxy.yml may lag its tag by one minor, and a fork of master may already carry the next one's.
  if (tree && (tree.major !== base.major || Math.abs(tree.minor - base.minor) > 1)) {
    throw new ActionError(
      `the fork's pinned commit ${pinName} is built on upstream ${base.tag} by its history, but its galaxy.yml says version ${tree.text}; ` +
        'refusing to guess which release it is, since the wrong one would skip minors',
    );
  }
  const ownCommits = await history.revListCount(`${base.commit}..${o.pin}`, { noMerges: true });
  notes.push(
    `the kubespray submodule is not upstream: it is ${where}, pinned at ${pinName}, built on upstream ${base.tag}${ownCommits > 0 ? ` with ${ownCommits} commit(s) of its own` : ''}` +
      (tree && tree.text !== base.tag.slice(1) ? ` (its galaxy.yml says ${tree.text})` : ''),
  );
  const fork: ForkInfo = { repository: o.repository, url: o.forkUrl, upstreamUrl: o.upstreamUrl, pinTag, base, ownCommits, followTags: o.followTags, bases: new Map(), forkTags: o.forkTags, history };
  if (!o.followTags) {
    if (pinTag) notes.push(`${pinTag} is the fork's own tag, read as a fork of ${base.tag}, never as an upstream pre-release; hops follow upstream's releases (follow-fork-tags follows the fork's own tags)`);
    return { current: base, releases, notes, fork };
  }
  return followForkTags(o, fork, own, releases, notes);
}

/**
 * Follow mode: the candidates are the fork's tags in the pin's suffix scheme, each mapped by
 * name to the upstream release it carries, and checked against history for the hops taken.
 * Upstream's minor lines still rule: the path stops before a line the fork has no tag on.
 */
async function followForkTags(o: ForkRequest, fork: ForkInfo, own: RemoteTag[], upstream: ReleaseTag[], notes: string[]): Promise<ForkReading> {
  const pinTag = fork.pinTag;
  if (!pinTag) {
    throw new ConfigurationError(
      `follow-fork-tags needs the kubespray submodule pinned at one of the fork's own tags (vX.Y.Z-<suffix>); it is pinned at ${o.pin}, which carries none. ` +
        'Pin a fork tag, or turn follow-fork-tags off to follow upstream releases',
    );
  }
  const scheme = suffixScheme(pinTag);
  const byName = new Map(upstream.map((r) => [r.tag, r]));
  const asRelease = (t: RemoteTag): ReleaseTag | undefined => {
    const v = parseReleaseTag(t.name);
    return v && { ...v, prerelease: false, commit: t.commit };
  };
  const current = asRelease({ name: pinTag, commit: o.pin })!;
  const pinBase = `v${current.major}.${current.minor}.${current.patch}`;
  if (pinBase !== fork.base.tag) notes.push(`${pinTag} is named after ${pinBase}, but its history is built on ${fork.base.tag}; the path starts from the name`);
  const candidates: ReleaseTag[] = [];
  for (const t of own) {
    const r = suffixScheme(t.name) === scheme ? asRelease(t) : undefined;
    const base = r && byName.get(`v${r.major}.${r.minor}.${r.patch}`);
    if (!r || !base) continue;
    candidates.push(r);
    fork.bases.set(r.tag, base);
  }
  fork.bases.set(pinTag, byName.get(pinBase) ?? fork.base);
  // Every upstream line after the pin's, in order; the fork must carry each one in turn.
  const lines = upgradePath(current, upstream).map(minorKey);
  const covered = new Set([minorKey(current)]);
  for (const line of lines) {
    if (!candidates.some((c) => minorKey(c) === line)) {
      notes.push(`the fork has no ${scheme} tag on upstream's v${line} line; follow-fork-tags never skips a minor, so hops stop before v${line}`);
      break;
    }
    covered.add(line);
  }
  let releases = candidates.filter((c) => covered.has(minorKey(c)) && c.major === current.major);
  // A fork tag is a candidate only if its history really holds the release its name claims.
  for (const hop of upgradePath(current, releases)) {
    const base = fork.bases.get(hop.tag)!;
    await fetchHistory(fork.history, o.forkUrl, [{ commit: hop.commit, tag: hop.tag }]);
    if (!(await fork.history.isAncestor(base.commit, hop.commit))) {
      notes.push(`${hop.tag} is named after upstream ${base.tag} but its history does not contain it; hops stop before it`);
      releases = releases.filter((r) => compareReleases(r, hop) < 0 && minorKey(r) !== minorKey(hop));
      break;
    }
  }
  return { current, releases, notes, fork };
}

/** The fork's commits a hop to `target` would drop; fetches the target's history first (from the fork when it has the tag). */
export async function forkCommitsDropped(fork: ForkInfo, target: ReleaseTag, pin: string): Promise<DroppedCommits> {
  const url = fork.followTags ? fork.url : sourceOf(target, fork.forkTags, fork.url, fork.upstreamUrl);
  await fetchHistory(fork.history, url, [{ commit: target.commit, tag: target.tag }]);
  return droppedCommits(fork.history, target.commit, pin);
}
