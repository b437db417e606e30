import path from 'node:path';
import { existsSync, realpathSync, statSync } from 'node:fs';
import { ActionError, ConfigurationError } from '../../errors.js';
import { GitCommandManager } from '../../../adapters/git/git-command-manager.js';
import type { Git, RemoteAuth } from '../../git/git.js';
import { listRemoteTags, redactUrl, releaseTags, type ReleaseTag } from '../datasources/git-tags.js';
import { compareReleases } from '../versions/release-version.js';
import { highest, nextMajor, upgradePath } from '../versions/hop-planner.js';
import { minorKey, sameMinor } from '../versions/release-version.js';
import { fetchKubesprayTags } from '../../cluster-repo/kubespray-objects.js';
import { gitTreeSource } from '../../knowledge/defaults/index.js';
import { decidePinnedRelease, targetTreeContradiction, trustedTargets } from './pinned-release.js';
import { readGitlink, resolveSubmoduleUrl, type Submodule } from '../../cluster-repo/submodules.js';
import { findKubespraySource, UPSTREAM_KUBESPRAY_URL, type KubespraySource } from '../../cluster-repo/kubespray-source.js';
import { describeUnknownCommit } from './unknown-commit.js';
import { forkCommitsDropped, readForkRelease, type ForkInfo } from './fork-release.js';
import type { DroppedCommits } from './fork-history.js';
import { hostedRepository, sameRepository, UPSTREAM_KUBESPRAY, type HostedRepository } from '../../cluster-repo/repository-url.js';
import type { RemoteTag } from '../datasources/git-tags.js';

export interface DetectSettings {
  repoPath: string;
  submodulePath?: string;
  kubesprayRepository?: string;
  allowPrerelease: boolean;
  /** Commit whose gitlink is read; HEAD unless planning against a freshly fetched base. */
  rev?: string;
  /** A fork submodule hops along the fork's own `vX.Y.Z-<suffix>` tags instead of upstream's releases. */
  followForkTags?: boolean;
  /** The bare repository Kubespray's objects are cached in when the submodule is not checked out; the entrypoint decides where (kubesprayCacheDir). */
  kubesprayCache: string;
}

/** Where the cluster repo's Kubespray is pinned (a submodule or image references), and where upstream could take it. */
export interface ClusterRepoState {
  repoRoot: string;
  source: KubespraySource;
  /** The Kubespray submodule; undefined when the repo names only the image. */
  submodule?: Submodule;
  upstreamUrl: string;
  currentCommit: string;
  current: ReleaseTag;
  /** Every release tag upstream that the settings allow and that can be trusted as a target, in no particular order. */
  releases: ReleaseTag[];
  /** Release tags set aside as targets: on the pinned commit, on a commit tagged in several minor lines, or (after confirmedPath) contradicted by their own tree. */
  suspect: ReleaseTag[];
  /** What was decided about contradicting tags, for the log. */
  notes: string[];
  /** Every tag upstream, release or not, with commits peeled. */
  tagCount: number;
  /** Set when the submodule's URL is not upstream's (nor kubespray-repository's): a fork. */
  fork?: ForkInfo;
}

export interface DetectResult extends ClusterRepoState {
  latest: ReleaseTag;
  /** The first release of a later major version: only ever an explicit target. */
  nextMajor?: ReleaseTag;
  next?: ReleaseTag;
  path: ReleaseTag[];
  /** A fork's commits the next hop would drop. */
  dropped?: DroppedCommits;
}

export async function openClusterRepo(repoPath: string): Promise<{ git: Git; root: string }> {
  const abs = path.resolve(repoPath);
  if (!existsSync(abs) || !statSync(abs).isDirectory()) {
    throw new ConfigurationError(`path "${repoPath}" does not exist or is not a directory`);
  }
  // One process answers both: every action opens the repo first, so its start-up counts.
  const r = await new GitCommandManager(abs).exec(['rev-parse', '--is-inside-work-tree', '--show-toplevel'], { allowFailure: true });
  const [inside, root] = r.stdout.trim().split('\n');
  if (r.exitCode !== 0 || inside !== 'true' || !root) {
    throw new ConfigurationError(`path "${repoPath}" is not inside a git work tree; check out the cluster repo first`);
  }
  return { git: new GitCommandManager(root), root };
}

/**
 * Reads the submodule pin and matches it against upstream release tags; shared by every action.
 * `opened` skips re-opening a repo the caller has already opened with openClusterRepo;
 * `known` skips reading a submodule and pin the caller has already read.
 */
export async function readClusterRepoState(
  settings: DetectSettings,
  opened?: { git: Git; root: string },
  known?: { submodule: Submodule; currentCommit: string },
): Promise<ClusterRepoState> {
  const { git, root } = opened ?? (await openClusterRepo(settings.repoPath));
  const source: KubespraySource = known ? { kind: 'submodule', submodule: known.submodule } : await findKubespraySource(git, settings.rev ?? 'HEAD', { submodulePath: settings.submodulePath });
  if (source.kind === 'image') return imageRepoState(git, root, source, settings);
  const submodule = source.submodule;
  // Upstream's tag list (the network) is asked for while the pin is read locally; a local
  // error still wins, so the message names what the user must fix first.
  const submoduleUrl = resolveSubmoduleUrl(git, submodule.url);
  const forkRepo = submoduleUrl.then((u) => forkRepository(u, settings.kubesprayRepository));
  const url = forkRepo.then((f) => (f ? (settings.kubesprayRepository ?? UPSTREAM_KUBESPRAY_URL) : settings.kubesprayRepository ?? submoduleUrl));
  const tags = url.then((u) => listRemoteTags(git, u));
  tags.catch(() => undefined);
  const currentCommit = known?.currentCommit ?? (await readGitlink(git, submodule.path, settings.rev ?? 'HEAD'));
  const [upstreamUrl, remoteTags, fork] = await Promise.all([url, tags, forkRepo]);
  if (fork) return forkRepoState(git, root, { kind: 'submodule', submodule }, submodule, currentCommit, upstreamUrl, remoteTags, fork, await submoduleUrl, settings);

  // Pre-releases never become a target unless allowed, but the pin may be one already.
  const everyRelease = releaseTags(remoteTags, true);
  const releases = settings.allowPrerelease ? everyRelease : everyRelease.filter((r) => !r.prerelease);

  const atPin = everyRelease.filter((r) => r.commit === currentCommit);
  if (atPin.length === 0) {
    const hint = await describeUnknownCommit(git.at(path.join(root, submodule.path)), path.join(root, submodule.path), currentCommit, everyRelease);
    throw new ActionError(
      `the ${submodule.path} submodule is pinned at ${currentCommit}, which is not a release tag of ${redactUrl(upstreamUrl)}. ${hint} ` +
        `Pin the submodule to a release tag (vX.Y.Z) before upgrading; nothing was guessed.`,
    );
  }
  // The tree says which release it is; a tag alone does not (see pinned-release.ts).
  const objects = await fetchKubesprayTags(git, root, submodule.path, upstreamUrl, [atPin[0]!], { cacheDir: settings.kubesprayCache });
  const galaxy = await gitTreeSource(objects.git, currentCommit).readFile('galaxy.yml');
  const { current, notes } = decidePinnedRelease(atPin, galaxy, currentCommit);
  const { trusted, suspect } = trustedTargets(releases, currentCommit);
  const elsewhere = suspect.filter((r) => r.commit !== currentCommit);
  if (elsewhere.length > 0) notes.push(`set aside as targets, because their commit also carries a tag of another minor line: ${elsewhere.map((r) => r.tag).join(', ')}`);
  return { repoRoot: realpathSync(root), source, submodule, upstreamUrl, currentCommit, current, releases: trusted, suspect, notes, tagCount: remoteTags.length };
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

/**
 * The hosted repository a submodule URL names when it is a fork: neither upstream nor the
 * kubespray-repository the user names as upstream (a mirror is declared that way). A local
 * path names no hosted repository and is never called a fork.
 */
export function forkRepository(submoduleUrl: string, kubesprayRepository: string | undefined): HostedRepository | undefined {
  const hosted = hostedRepository(submoduleUrl);
  if (!hosted || sameRepository(hosted, UPSTREAM_KUBESPRAY)) return undefined;
  const declared = kubesprayRepository === undefined ? undefined : hostedRepository(kubesprayRepository);
  return declared && sameRepository(hosted, declared) ? undefined : hosted;
}

async function forkRepoState(
  git: Git,
  root: string,
  source: KubespraySource,
  submodule: Submodule,
  currentCommit: string,
  upstreamUrl: string,
  upstreamTags: RemoteTag[],
  repository: HostedRepository,
  forkUrl: string,
  settings: DetectSettings,
): Promise<ClusterRepoState> {
  const forkTags = await listRemoteTags(git, forkUrl);
  const r = await readForkRelease({
    git, repository, forkUrl, upstreamUrl, pin: currentCommit, forkTags, upstreamTags,
    allowPrerelease: settings.allowPrerelease, followTags: settings.followForkTags ?? false, kubesprayCache: settings.kubesprayCache,
  });
  const { trusted, suspect } = trustedTargets(r.releases, currentCommit);
  return {
    repoRoot: realpathSync(root), source, submodule, upstreamUrl: r.fork.followTags ? forkUrl : upstreamUrl, currentCommit, current: r.current,
    releases: trusted, suspect, notes: r.notes, tagCount: r.fork.followTags ? forkTags.length : upstreamTags.length, fork: r.fork,
  };
}

/** An image-only repo: the release its image references name, matched against upstream's tags. */
async function imageRepoState(git: Git, root: string, source: Extract<KubespraySource, { kind: 'image' }>, settings: DetectSettings): Promise<ClusterRepoState> {
  const upstreamUrl = settings.kubesprayRepository ?? UPSTREAM_KUBESPRAY_URL;
  const remoteTags = await listRemoteTags(git, upstreamUrl);
  const everyRelease = releaseTags(remoteTags, true);
  const releases = settings.allowPrerelease ? everyRelease : everyRelease.filter((r) => !r.prerelease);
  const current = everyRelease.find((r) => r.tag === source.version);
  if (!current) {
    const where = source.pins.map((p) => `${p.file}:${p.line}`).join(', ');
    throw new ConfigurationError(`the kubespray image is pinned at ${source.version} (${where}), which is not a release tag of ${redactUrl(upstreamUrl)}; pin a release (vX.Y.Z), or set kubespray-repository to where that tag lives`);
  }
  // The image names its tag, so the pin is not ambiguous; targets are still only trusted tags.
  const { trusted, suspect } = trustedTargets(releases, current.commit);
  const elsewhere = suspect.filter((r) => r.commit !== current.commit);
  const notes = elsewhere.length > 0 ? [`set aside as targets, because their commit also carries a tag of another minor line: ${elsewhere.map((r) => r.tag).join(', ')}`] : [];
  return { repoRoot: realpathSync(root), source, upstreamUrl, currentCommit: current.commit, current, releases: trusted, suspect, notes, tagCount: remoteTags.length };
}

export async function detectRelease(settings: DetectSettings): Promise<DetectResult> {
  const read = await readClusterRepoState(settings);
  const git = new GitCommandManager(read.repoRoot);
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
