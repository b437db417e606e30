import path from 'node:path';
import { realpathSync } from 'node:fs';
import { ActionError, ConfigurationError } from '../errors.js';
import type { Git } from '../git/git.js';
import { listRemoteTags, redactUrl, releaseTags, type ReleaseTag, type RemoteTag } from '../releases/datasources/git-tags.js';
import { fetchKubesprayTags } from './kubespray-objects.js';
import { gitTreeSource } from '../knowledge/defaults/index.js';
import { decidePinnedRelease, trustedTargets } from '../releases/detect/pinned-release.js';
import { readGitlink, resolveSubmoduleUrl, type Submodule } from './submodules.js';
import { findKubespraySource, UPSTREAM_KUBESPRAY_URL, type KubespraySource } from './kubespray-source.js';
import { describeUnknownCommit } from '../releases/detect/unknown-commit.js';
import { readForkRelease, type ForkInfo } from '../releases/detect/fork-release.js';
import { hostedRepository, sameRepository, UPSTREAM_KUBESPRAY, type HostedRepository } from './repository-url.js';
import type { OpenedClusterRepo } from './open-cluster-repo.js';

/** What the user says about where Kubespray is pinned and where its releases come from. */
export interface ClusterRepoSettings {
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

/**
 * Reads the submodule pin and matches it against upstream release tags; shared by every action.
 * `opened` is the repo as openClusterRepo opened it;
 * `known` skips reading a submodule and pin the caller has already read.
 */
export async function readClusterRepoState(
  settings: ClusterRepoSettings,
  opened: OpenedClusterRepo,
  known?: { submodule: Submodule; currentCommit: string },
): Promise<ClusterRepoState> {
  const { git, root } = opened;
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
  settings: ClusterRepoSettings,
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
async function imageRepoState(git: Git, root: string, source: Extract<KubespraySource, { kind: 'image' }>, settings: ClusterRepoSettings): Promise<ClusterRepoState> {
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

