import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { ActionError } from '../../errors.js';
import type { Git } from '../../git/git.js';
import { redactUrl, type ReleaseTag, type RemoteTag } from '../datasources/git-tags.js';
import { highest } from '../versions/hop-planner.js';

/** At most this many dropped commits are named; the count is always exact. */
export const DROPPED_SUBJECTS_SHOWN = 20;
const SUBJECT_WIDTH = 120;

/**
 * A bare repository holding full (never shallow) histories of the fork's pin and of the hop
 * targets, so ancestry and "what does this hop drop" are answered by git itself. It sits next
 * to the shallow tag cache (kubespray-objects.ts) rather than in it: a depth-1 fetch there
 * grafts history away, and a merge-base across a graft would be wrong. Later runs reuse it.
 */
export async function openHistoryCache(git: Git, kubesprayCache: string): Promise<Git> {
  const dir = path.join(path.dirname(kubesprayCache), 'kubespray-history.git');
  mkdirSync(dir, { recursive: true });
  const cache = git.at(dir);
  await cache.initBare();
  return cache;
}

/** A commit to hold in the history cache, fetched by tag name when it has one (servers serve any tag), else by id. */
export interface HistoryWant {
  commit: string;
  tag?: string;
}

/** Fetches, with their whole history, the wanted commits the cache does not hold yet. */
export async function fetchHistory(cache: Git, url: string, wants: readonly HistoryWant[]): Promise<void> {
  const types = await cache.objectTypes(wants.map((w) => `${w.commit}^{commit}`));
  const missing = wants.filter((_, i) => types[i] !== 'commit');
  if (missing.length === 0) return;
  const refspecs = [...new Set(missing.map((w) => (w.tag ? `+refs/tags/${w.tag}:refs/kubespray-upgrade/tags/${w.tag}` : `+${w.commit}:refs/kubespray-upgrade/commits/${w.commit}`)))];
  const r = await cache.fetch(url, refspecs, { quiet: true });
  if (r.exitCode !== 0) {
    throw new ActionError(`cannot fetch the history of ${missing.map((w) => w.tag ?? w.commit).join(', ')} from ${redactUrl(url)}: ${redactUrl(r.stderr.trim()) || `git fetch exited ${r.exitCode}`}`);
  }
}

/**
 * The upstream release a fork commit is built on: the highest release (final releases first)
 * whose commit is in the pin's history. Tag names on the fork say nothing here; history does.
 */
export async function baseRelease(cache: Git, pin: string, releases: readonly ReleaseTag[]): Promise<ReleaseTag | undefined> {
  const ancestors = new Set(await cache.revList(pin));
  const inHistory = releases.filter((r) => ancestors.has(r.commit));
  return highest(inHistory.filter((r) => !r.prerelease)) ?? highest(inHistory);
}

/** Where a target's history comes from: the fork when it carries the same tag at the same commit, else upstream. */
export function sourceOf(tag: ReleaseTag, forkTags: readonly RemoteTag[], forkUrl: string, upstreamUrl: string): string {
  return forkTags.some((t) => t.name === tag.tag && t.commit === tag.commit) ? forkUrl : upstreamUrl;
}

export interface DroppedCommits {
  /** Non-merge commits reachable from the pin whose change the target does not carry. */
  count: number;
  /** The first DROPPED_SUBJECTS_SHOWN subjects, newest first, cut to one line of bounded width. Untrusted text. */
  subjects: string[];
}

/**
 * The fork's commits a hop would lose: reachable from the pin, not from the target, and not
 * carried by the target as the same patch (a fork commit that went upstream, or that the
 * fork re-applied on its next tag, is not lost). Merges only join histories and are left out.
 */
export async function droppedCommits(cache: Git, target: string, pin: string): Promise<DroppedCommits> {
  const range = `${target}...${pin}`;
  const count = await cache.revListCount(range, { onlyDropped: true });
  const subjects = (await cache.logSubjects(range, DROPPED_SUBJECTS_SHOWN, { onlyDropped: true }))
    .map((s) => oneLine(s))
    .filter(Boolean);
  return { count, subjects };
}

/** A subject as one bounded line with no control characters, so it cannot start a log line of its own. */
function oneLine(subject: string): string {
  const flat = subject.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').trim();
  return flat.length > SUBJECT_WIDTH ? `${flat.slice(0, SUBJECT_WIDTH - 1)}…` : flat;
}
