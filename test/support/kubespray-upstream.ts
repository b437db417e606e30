import { readFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { KUBESPRAY_DATA } from './paths.js';
import { git } from './git.js';

export interface DataTag {
  tag: string;
  commit: string;
  date: string;
}

/** tags.tsv: the real Kubespray release tags with their peeled commits and committer dates. */
export function readDataTags(dataDir = KUBESPRAY_DATA): DataTag[] {
  return readFileSync(path.join(dataDir, 'tags.tsv'), 'utf8')
    .split('\n')
    .filter((l) => l.trim())
    .map((l) => {
      const [tag, commit, date] = l.split('\t') as [string, string, string];
      return { tag, commit, date };
    });
}

export function versionOrder(tags: readonly string[]): string[] {
  return [...tags].sort((a, b) => semver.compare(a.slice(1), b.slice(1)));
}

export interface KubesprayUpstream {
  /** Non-bare repo the history was built in; its work tree is empty (files come from --work-tree). */
  work: string;
  /** Bare clone that plays the upstream remote. */
  bare: string;
  /** file:// URL of the bare repo, so shallow fetches behave as they do over the network. */
  url: string;
  /** tag -> commit in the fixture (not the real upstream sha). */
  commits: Map<string, string>;
}

export interface UpstreamOptions {
  dataDir?: string;
  /** Which data tags to include; default all of them. Committed in version order. */
  tags?: readonly string[];
  /** Tags to create as annotated tags; the rest are lightweight, as most real ones are. */
  annotated?: readonly string[];
}

/** Builds a Kubespray-like upstream whose tagged trees are the real data files of each release. */
export function buildKubesprayUpstream(root: string, options: UpstreamOptions = {}): KubesprayUpstream {
  const dataDir = options.dataDir ?? KUBESPRAY_DATA;
  const dates = new Map(readDataTags(dataDir).map((t) => [t.tag, t.date]));
  const tags = versionOrder(options.tags ?? [...dates.keys()]);
  const work = path.join(root, 'kubespray-work');
  const bare = path.join(root, 'kubespray.git');
  mkdirSync(work, { recursive: true });
  git(work, ['init', '-q']);
  const commits = new Map<string, string>();
  for (const tag of tags) {
    const date = dates.get(tag) ?? '2026-01-01T00:00:00Z';
    commitTree(work, path.join(dataDir, 'tags', tag), `Release ${tag}`, date);
    createTag(work, tag, options.annotated?.includes(tag) ?? false, date);
    commits.set(tag, git(work, ['rev-parse', 'HEAD']).trim());
  }
  git(root, ['clone', '-q', '--bare', work, bare]);
  return { work, bare, url: `file://${bare}`, commits };
}

/** Commits exactly the files under `tree` (additions, changes and deletions) on top of HEAD. */
export function commitTree(work: string, tree: string, message: string, date = '2026-01-01T00:00:00Z'): string {
  git(work, ['--work-tree', tree, 'add', '-A', '.']);
  git(work, ['--work-tree', tree, 'commit', '-q', '--allow-empty', '-m', message], { GIT_COMMITTER_DATE: date, GIT_AUTHOR_DATE: date });
  return git(work, ['rev-parse', 'HEAD']).trim();
}

export function createTag(work: string, tag: string, annotated: boolean, date = '2026-01-01T00:00:00Z', rev = 'HEAD'): void {
  const args = annotated ? ['tag', '-a', '-m', `Kubespray ${tag}`, tag, rev] : ['tag', tag, rev];
  git(work, args, { GIT_COMMITTER_DATE: date });
}

/** Publishes the work repo's refs to the bare upstream. */
export function publish(up: KubesprayUpstream): void {
  git(up.work, ['push', '-q', '--force', '--tags', up.bare, 'HEAD:refs/heads/master']);
}
