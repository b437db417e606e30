import { existsSync } from 'node:fs';
import path from 'node:path';
import { ActionError, ConfigurationError } from '../errors.js';
import { openClusterRepo } from '../cluster-repo/open-cluster-repo.js';
import { readClusterRepoState } from '../cluster-repo/cluster-repo-state.js';
import type { Git, OpenGit } from '../git/git.js';
import type { ReleaseTag } from '../releases/datasources/git-tags.js';
import { highest } from '../releases/versions/hop-planner.js';
import { readGitlink, type Submodule } from '../cluster-repo/submodules.js';
import { findKubespraySource, type KubespraySource } from '../cluster-repo/kubespray-source.js';
import type { ImagePin } from '../managers/image-pins.js';
import type { AnsibleRunner } from '../ansible/ansible-runner.js';
import { checkImageReference, pinnedImage, readImageTree, type ImageStore } from './kubespray-image.js';
import { checkImageRelease } from './image-release.js';
import type { Reporter } from '../reporter.js';

export interface KubesprayCheckout {
  repoRoot: string;
  kubesprayDir: string;
  /** The Kubespray release being applied. */
  tag: string;
  /** The submodule's commit; empty for an image-only repo. */
  commit: string;
  /** Upstream's release tags with their commits, when they were read (empty when target-version was trusted). */
  releases: readonly ReleaseTag[];
}

/** Where the run's Kubespray came from: the submodule's commit, or the release the image pins name. */
export type KubesprayPin =
  | { kind: 'submodule'; submodule: Submodule; commit: string }
  | { kind: 'image'; version: string; pins: readonly ImagePin[]; image: string };

export interface LocatedKubespray {
  repoRoot: string;
  /** The tree preflight reads on the host: the submodule's work tree, or a copy of the image's. */
  kubesprayDir: string;
  /** The runner as Ansible uses it: for an image-only repo, with the image and its Kubespray directory. */
  runner: AnsibleRunner;
  /** What was read to get here, so identifyRelease does not read it again. */
  opened: { git: Git; root: string };
  pin: KubesprayPin;
}

export interface LocateOptions {
  repoPath: string;
  submodulePath?: string;
  runner: AnsibleRunner;
  /** An empty host directory the image's Kubespray tree is copied to (image-only repos). */
  imageTreeDir: string;
  images: ImageStore;
  /** Run an image whose Kubespray release cannot be read from its tree (input accept-unidentified-image-release). */
  acceptUnidentifiedImage?: boolean;
  /** Told what was concluded about the image's release. */
  reporter?: Pick<Reporter, 'info' | 'warning'>;
  openGit: OpenGit;
}

/**
 * The local half: where Kubespray is, and that it is what the repo pins. A submodule's work
 * tree must be the commit the superproject records (the playbooks run from that tree); an
 * image-only repo runs inside the image its pins name. No network but the image pull.
 */
export async function locateKubespray(
  o: LocateOptions,
  /** Called once the tree exists, before its pin is checked, so read-only work can start early. */
  onWorkTree?: (k: { kubesprayDir: string; repoRoot: string; runner: AnsibleRunner }) => void,
): Promise<LocatedKubespray> {
  const { git, root } = await openClusterRepo(o.repoPath, o.openGit);
  const source = await findKubespraySource(git, 'HEAD', { submodulePath: o.submodulePath });
  if (source.kind === 'image') return locateImage(o, { git, root }, source, onWorkTree);
  if (o.runner.kind === 'container' && !o.runner.image) {
    throw new ConfigurationError(
      `input "image" is required when runner is container and Kubespray is the ${source.submodule.path} submodule (the team's Kubespray image at the submodule's release, e.g. registry.example.com/platform/kubespray:v2.25.1-1)`,
    );
  }
  const submodule = source.submodule;
  const kubesprayDir = path.join(root, submodule.path);
  if (!existsSync(path.join(kubesprayDir, 'upgrade-cluster.yml'))) {
    throw new ConfigurationError(`${submodule.path}/upgrade-cluster.yml does not exist: check out the cluster repo with submodules (actions/checkout with submodules: true)`);
  }
  onWorkTree?.({ kubesprayDir, repoRoot: root, runner: o.runner });
  const [gitlink, headRead] = await Promise.all([readGitlink(git, submodule.path), git.at(kubesprayDir).resolveCommit('HEAD')]);
  const head = headRead ?? '';
  if (head !== gitlink) {
    throw new ConfigurationError(
      `the ${submodule.path} work tree is at ${head || 'no commit'} but the cluster repo records ${gitlink}; run git submodule update --init so the playbooks match the reviewed pin`,
    );
  }
  return { repoRoot: root, kubesprayDir, runner: o.runner, opened: { git, root }, pin: { kind: 'submodule', submodule, commit: gitlink } };
}

/**
 * An image-only repo: the playbooks run inside the image (the pinned reference unless input
 * image names the team's build). runner: local is refused rather than fed upstream's source:
 * the repo reviewed an image, and its Ansible and collections are part of what was reviewed.
 */
async function locateImage(
  o: LocateOptions,
  opened: { git: Git; root: string },
  source: Extract<KubespraySource, { kind: 'image' }>,
  onWorkTree: Parameters<typeof locateKubespray>[1],
): Promise<LocatedKubespray> {
  const where = `${source.pins.map((p) => `${p.file}:${p.line}`).join(', ')} at ${source.version}`;
  if (o.runner.kind === 'local') {
    throw new ConfigurationError(
      `this repo names Kubespray only through its image (${where}), so run-upgrade runs the playbooks inside that image: set runner: container ` +
        `(image defaults to the pinned reference; set image to the team's own build of ${source.version}), or add Kubespray as a submodule at ${source.version} to run it with runner: local`,
    );
  }
  const image = o.runner.image ?? pinnedImage(source.pins, source.version);
  checkImageReference(image, o.runner.image ? 'input image' : `the image pinned at ${where},`);
  const tree = await readImageTree(o.images, image, o.imageTreeDir);
  // Before anything runs inside the image: its tag is a name anyone with push rights can move.
  const release = checkImageRelease({ image, hostDir: tree.hostDir, pinned: source.version, where, acceptUnidentified: o.acceptUnidentifiedImage ?? false });
  if (release.confirmed) o.reporter?.info(release.message);
  else o.reporter?.warning(release.message);
  const runner: AnsibleRunner = { ...o.runner, image, workdir: tree.workdir };
  onWorkTree?.({ kubesprayDir: tree.hostDir, repoRoot: opened.root, runner });
  return { repoRoot: opened.root, kubesprayDir: tree.hostDir, runner, opened, pin: { kind: 'image', version: source.version, pins: source.pins, image } };
}

/** The network half: which upstream release tag the commit is, checked against target-version. */
export async function identifyRelease(k: LocatedKubespray, targetVersion: string | undefined, warn: (message: string) => void, kubesprayCache: string): Promise<KubesprayCheckout> {
  const found = (tag: string, releases: readonly ReleaseTag[] = [], commit = ''): KubesprayCheckout => ({ repoRoot: k.repoRoot, kubesprayDir: k.kubesprayDir, tag, commit, releases });
  const pin = k.pin;
  if (pin.kind === 'image') {
    // The pins name the release, and locateImage checked that the image's tree holds it.
    if (targetVersion && targetVersion !== pin.version) {
      throw new ConfigurationError(
        `target-version is ${targetVersion} but the repo's kubespray image pins name ${pin.version} (${pin.pins.map((p) => `${p.file}:${p.line}`).join(', ')}); merge the hop that moves them, or leave target-version empty`,
      );
    }
    return found(pin.version);
  }
  let tag: string;
  let releases: readonly ReleaseTag[];
  try {
    const settings = { repoPath: k.repoRoot, submodulePath: pin.submodule.path, allowPrerelease: true, kubesprayCache };
    const state = await readClusterRepoState(settings, k.opened, { submodule: pin.submodule, currentCommit: pin.commit });
    for (const note of state.notes) warn(note);
    // A fork's pin is named by its own tag when it has one, which is what a follow-fork-tags plan targets.
    tag = targetVersion !== undefined && targetVersion === state.fork?.pinTag ? targetVersion : state.current.tag;
    releases = state.releases;
  } catch (e) {
    // A team fork pinned off the release tags, or an unreachable upstream: the input names it.
    if (!(e instanceof ActionError) || !targetVersion) throw e;
    warn(`cannot confirm that target-version ${targetVersion} is the submodule's commit (${e.message}); trusting the input`);
    return found(targetVersion, [], pin.commit);
  }
  if (targetVersion && targetVersion !== tag) {
    throw new ConfigurationError(
      `target-version is ${targetVersion} but the ${pin.submodule.path} submodule is at ${tag}; the playbooks run from the submodule, so check out ${targetVersion} there (or leave target-version empty)`,
    );
  }
  return found(tag, releases, pin.commit);
}

/** The release tag at a commit: the highest final release there, else the highest pre-release. */
export function releaseAt(releases: readonly ReleaseTag[], commit: string): string | undefined {
  const at = releases.filter((r) => r.commit === commit);
  return (highest(at.filter((r) => !r.prerelease)) ?? highest(at))?.tag;
}
