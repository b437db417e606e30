import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { git } from './git.js';
import { versionOrder, type KubesprayUpstream } from './kubespray-upstream.js';

/**
 * A team's fork of Kubespray, shaped like public ones (a GitHub fork of kubernetes-sigs/kubespray
 * with a `work`-style branch of local patches on a release tag, tagged `vX.Y.Z-<suffix>`, and the
 * same patches replayed on a later release for its next tag). Built from the fixture upstream's
 * real history, so every upstream commit keeps its id in the fork, as it does on GitHub.
 */
export interface ForkCommit {
  subject: string;
  /** Files written (relative to the Kubespray root) in this commit. */
  files: Record<string, string>;
}

export interface ForkOptions {
  /** The URL the cluster repo's .gitmodules names, e.g. https://github.com/acme-platform/kubespray.git. */
  publicUrl: string;
  baseTag: string;
  suffix: string;
  commits: ForkCommit[];
  /** Later fork tags: the same patches cherry-picked onto another upstream release. */
  series?: Array<{ baseTag: string; tag: string; drop?: number }>;
  /** Upstream tags the fork carries (a GitHub fork has the ones that existed when it was made). */
  carryUpstreamTagsUpTo?: string;
}

export interface KubesprayFork {
  work: string;
  bare: string;
  /** The fork's own tag on the patched baseTag, e.g. v2.26.0-acme.1. */
  tag: string;
  commits: Map<string, string>;
  /**
   * Git config, passed through the environment, that makes publicUrl (and upstream's real
   * URL, when given) resolve to the local bare repos: real git rewriting real URLs.
   */
  env: NodeJS.ProcessEnv;
}

export function buildKubesprayFork(root: string, upstream: KubesprayUpstream, o: ForkOptions): KubesprayFork {
  const work = path.join(root, 'fork-work');
  const bare = path.join(root, 'fork.git');
  mkdirSync(root, { recursive: true });
  git(root, ['clone', '-q', upstream.bare, work]);
  git(work, ['checkout', '-q', '-b', 'work', o.baseTag]);
  const commits = new Map<string, string>();
  for (const c of o.commits) {
    for (const [rel, text] of Object.entries(c.files)) {
      mkdirSync(path.dirname(path.join(work, rel)), { recursive: true });
      writeFileSync(path.join(work, rel), text);
    }
    git(work, ['add', '-A']);
    git(work, ['commit', '-q', '-m', c.subject]);
  }
  const tag = `${o.baseTag}-${o.suffix}`;
  git(work, ['tag', tag]);
  commits.set(tag, git(work, ['rev-parse', 'HEAD']).trim());
  for (const s of o.series ?? []) {
    git(work, ['checkout', '-q', '-b', `work-${s.tag}`, s.baseTag]);
    const patches = git(work, ['rev-list', '--reverse', `${o.baseTag}..work`]).trim().split('\n').filter(Boolean);
    const kept = patches.slice(0, patches.length - (s.drop ?? 0));
    if (kept.length > 0) git(work, ['cherry-pick', '--allow-empty', ...kept]);
    git(work, ['tag', s.tag]);
    commits.set(s.tag, git(work, ['rev-parse', 'HEAD']).trim());
  }
  git(root, ['init', '-q', '--bare', bare]);
  const carried = o.carryUpstreamTagsUpTo ? versionOrder([...upstream.commits.keys()]).filter((t) => versionOrder([t, o.carryUpstreamTagsUpTo!])[0] === t) : [];
  const refs = ['work:refs/heads/work', ...[...commits.keys()].map((t) => `refs/tags/${t}:refs/tags/${t}`), ...carried.map((t) => `refs/tags/${t}:refs/tags/${t}`)];
  git(work, ['push', '-q', bare, ...refs]);
  git(bare, ['symbolic-ref', 'HEAD', 'refs/heads/work']);
  return { work, bare, tag, commits, env: insteadOf(path.join(root, 'fork.gitconfig'), { [o.publicUrl]: `file://${bare}` }) };
}

/**
 * `url.<local>.insteadOf=<public>` for each pair, in a global git config file named by
 * GIT_CONFIG_GLOBAL: the suite passes its own GIT_CONFIG_* variables (the push token's
 * header), which would replace rewrites passed that way.
 */
export function insteadOf(file: string, pairs: Record<string, string>): NodeJS.ProcessEnv {
  const lines = Object.entries(pairs).map(([publicUrl, local]) => `[url ${JSON.stringify(local)}]\n\tinsteadOf = ${JSON.stringify(publicUrl)}\n`);
  writeFileSync(file, lines.join(''));
  return { GIT_CONFIG_GLOBAL: file };
}

export const ACME_FORK_URL = 'https://github.com/acme-platform/kubespray.git';
export const UPSTREAM_KUBESPRAY_URL = 'https://github.com/kubernetes-sigs/kubespray.git';
/** Fork authors write what they like; these subjects try Markdown, HTML, mentions and runner commands. */
export const HOSTILE_SUBJECTS = [
  '::error::FORGED-error from a commit subject',
  '##[warning]FORGED-legacy <img src=x onerror=alert(1)> @acme/admins [x](javascript:alert(1)) | `tick`',
];

/**
 * The acme-platform fork used by the fork tests: three patches (two with hostile subjects) on
 * v2.26.0 tagged v2.26.0-acme.1, replayed on v2.27.1 as v2.27.1-acme.1; made while v2.26.0
 * was upstream's newest, so it carries no later upstream tag. `env` maps the public fork and
 * upstream URLs (https and scp-style) to the local repos.
 */
export function buildAcmeFork(root: string, upstream: KubesprayUpstream): KubesprayFork {
  const fork = buildKubesprayFork(path.join(root, 'fork'), upstream, {
    publicUrl: ACME_FORK_URL,
    baseTag: 'v2.26.0',
    suffix: 'acme.1',
    commits: [
      { subject: 'Pull images through the site registry mirror', files: { 'roles/kubespray-defaults/defaults/main/acme-mirror.yml': 'registry_host: registry.acme.example\n' } },
      { subject: HOSTILE_SUBJECTS[0]!, files: { 'acme/NOTES': 'one\n' } },
      { subject: HOSTILE_SUBJECTS[1]!, files: { 'acme/NOTES': 'two\n' } },
    ],
    series: [{ baseTag: 'v2.27.1', tag: 'v2.27.1-acme.1' }],
    carryUpstreamTagsUpTo: 'v2.26.0',
  });
  fork.env = insteadOf(path.join(root, 'acme.gitconfig'), { [ACME_FORK_URL]: `file://${fork.bare}`, [UPSTREAM_KUBESPRAY_URL]: upstream.url, 'git@github.com:kubernetes-sigs/kubespray.git': upstream.url });
  return fork;
}
