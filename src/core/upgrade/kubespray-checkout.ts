import { existsSync } from 'node:fs';
import path from 'node:path';
import { ActionError, ConfigurationError } from '../errors.js';
import { openClusterRepo, readClusterRepoState } from '../releases/detect/detect-release.js';
import type { Git } from '../git/git.js';
import type { ReleaseTag } from '../releases/datasources/git-tags.js';
import { highest } from '../releases/versions/hop-planner.js';
import { readGitlink, type Submodule } from '../cluster-repo/submodules.js';
import { findKubespraySource } from '../cluster-repo/kubespray-source.js';

export interface KubesprayCheckout {
  repoRoot: string;
  kubesprayDir: string;
  /** The Kubespray release being applied. */
  tag: string;
  commit: string;
  /** Upstream's release tags with their commits, when they were read (empty when target-version was trusted). */
  releases: readonly ReleaseTag[];
}

export interface LocatedKubespray {
  repoRoot: string;
  submodulePath: string;
  kubesprayDir: string;
  commit: string;
  /** What was read to get here, so identifyRelease does not read it again. */
  opened: { git: Git; root: string };
  submodule: Submodule;
}

/**
 * The local half: where the submodule is, and that its work tree is the commit the
 * superproject records (the playbooks run from that tree). No network.
 */
export async function locateKubespray(
  o: { repoPath: string; submodulePath?: string },
  /** Called once the work tree exists, before its pin is checked, so read-only work can start early. */
  onWorkTree?: (kubesprayDir: string, repoRoot: string) => void,
): Promise<LocatedKubespray> {
  const { git, root } = await openClusterRepo(o.repoPath);
  const source = await findKubespraySource(git, 'HEAD', { submodulePath: o.submodulePath });
  if (source.kind === 'image') {
    throw new ConfigurationError(
      `this repo names Kubespray only through its image (${source.pins.map((p) => `${p.file}:${p.line}`).join(', ')} at ${source.version}); ` +
        `run-upgrade runs the playbooks from a Kubespray submodule's work tree and does not support image-only repos yet: add Kubespray as a submodule at ${source.version}, or run upgrade-cluster.yml from that image yourself`,
    );
  }
  const submodule = source.submodule;
  const kubesprayDir = path.join(root, submodule.path);
  if (!existsSync(path.join(kubesprayDir, 'upgrade-cluster.yml'))) {
    throw new ConfigurationError(`${submodule.path}/upgrade-cluster.yml does not exist: check out the cluster repo with submodules (actions/checkout with submodules: true)`);
  }
  onWorkTree?.(kubesprayDir, root);
  const [gitlink, headRead] = await Promise.all([readGitlink(git, submodule.path), git.at(kubesprayDir).resolveCommit('HEAD')]);
  const head = headRead ?? '';
  if (head !== gitlink) {
    throw new ConfigurationError(
      `the ${submodule.path} work tree is at ${head || 'no commit'} but the cluster repo records ${gitlink}; run git submodule update --init so the playbooks match the reviewed pin`,
    );
  }
  return { repoRoot: root, submodulePath: submodule.path, kubesprayDir, commit: gitlink, opened: { git, root }, submodule };
}

/** The network half: which upstream release tag the commit is, checked against target-version. */
export async function identifyRelease(k: LocatedKubespray, targetVersion: string | undefined, warn: (message: string) => void): Promise<KubesprayCheckout> {
  const found = (tag: string, releases: readonly ReleaseTag[] = []): KubesprayCheckout => ({ repoRoot: k.repoRoot, kubesprayDir: k.kubesprayDir, tag, commit: k.commit, releases });
  let tag: string;
  let releases: readonly ReleaseTag[];
  try {
    const settings = { repoPath: k.repoRoot, submodulePath: k.submodulePath, allowPrerelease: true };
    const state = await readClusterRepoState(settings, k.opened, { submodule: k.submodule, currentCommit: k.commit });
    for (const note of state.notes) warn(note);
    // A fork's pin is named by its own tag when it has one, which is what a follow-fork-tags plan targets.
    tag = targetVersion !== undefined && targetVersion === state.fork?.pinTag ? targetVersion : state.current.tag;
    releases = state.releases;
  } catch (e) {
    // A team fork pinned off the release tags, or an unreachable upstream: the input names it.
    if (!(e instanceof ActionError) || !targetVersion) throw e;
    warn(`cannot confirm that target-version ${targetVersion} is the submodule's commit (${e.message}); trusting the input`);
    return found(targetVersion);
  }
  if (targetVersion && targetVersion !== tag) {
    throw new ConfigurationError(
      `target-version is ${targetVersion} but the ${k.submodulePath} submodule is at ${tag}; the playbooks run from the submodule, so check out ${targetVersion} there (or leave target-version empty)`,
    );
  }
  return found(tag, releases);
}

/** The release tag at a commit: the highest final release there, else the highest pre-release. */
export function releaseAt(releases: readonly ReleaseTag[], commit: string): string | undefined {
  const at = releases.filter((r) => r.commit === commit);
  return (highest(at.filter((r) => !r.prerelease)) ?? highest(at))?.tag;
}
