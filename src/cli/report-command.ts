import { existsSync, mkdirSync, realpathSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { ActionError, ConfigurationError } from '../core/errors.js';
import { openClusterRepo } from '../core/cluster-repo/open-cluster-repo.js';
import { forkRepository, readClusterRepoState, type ClusterRepoState } from '../core/cluster-repo/cluster-repo-state.js';
import { forkHop, withForkHop } from '../core/releases/detect/fork-hazard.js';
import type { ForkInfo } from '../core/releases/detect/fork-release.js';
import { parseReleaseTag } from '../core/releases/versions/release-version.js';
import type { ReleaseTag } from '../core/releases/datasources/git-tags.js';
import type { UpgradeReport } from '../core/knowledge/upgrade-report-types.js';
import { assertSafeRemote, redactUrl } from '../core/releases/datasources/git-tags.js';
import { openGit } from '../adapters/git/git-command-manager.js';
import type { Git } from '../core/git/git.js';
import { readGitlink, resolveSubmoduleUrl } from '../core/cluster-repo/submodules.js';
import { findKubespraySource, UPSTREAM_KUBESPRAY_URL } from '../core/cluster-repo/kubespray-source.js';
import { kubesprayCacheDir } from '../adapters/runner/cache-dir.js';
import { fenceUntrusted } from '../adapters/runner/log-hygiene.js';
import type { SubmoduleState } from '../core/knowledge/upgrade-report.js';
import { buildClusterReports } from '../core/knowledge/cluster-upgrade-reports.js';
import { loadSuiteConfig } from '../core/config/suite-config.js';
import { chooseInventories } from '../core/cluster-repo/inventory-choice.js';
import { withRemovedApiHazards } from '../core/knowledge/hazards/removed-api-manifests.js';
import { parseArgs, stringFlag, type ParsedArgs } from './args.js';
import { renderReport } from './report-table.js';

export { REPORT_USAGE } from './usage.js';

/**
 * `report`: the knowledge engine's upgrade report for the cluster repo's Kubespray
 * submodule. Tags missing from the (usually shallow, tagless) submodule are fetched into
 * it first; see docs/report-schema.md, "How the CLI gets the tags".
 */
export async function reportCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(
    argv,
    ['repo', 'from', 'to', 'inventory', 'config', 'submodule-path', 'kubespray-repository', 'running-kube-version'],
    ['json', 'follow-fork-tags'],
  );
  const from = tagFlag(args, 'from');
  const to = tagFlag(args, 'to');
  const { git, root } = await openClusterRepo(stringFlag(args, 'repo') ?? '.', openGit);
  const source = await findKubespraySource(git, 'HEAD', { submodulePath: stringFlag(args, 'submodule-path') });
  if (source.kind === 'image') return reportImageOnly(args, git, root, from, to);
  const submodule = source.submodule;
  const subDir = path.join(root, submodule.path);
  const [gitlink, checkedOut] = await Promise.all([readGitlink(git, submodule.path), isCheckout(git.at(subDir), subDir)]);
  const submoduleUrl = await resolveSubmoduleUrl(git, submodule.url);
  const config = loadSuiteConfig(root, stringFlag(args, 'config'));
  // A fork is read exactly as plan-upgrade reads it; --kubespray-repository then names the upstream it follows.
  const upstreamFlag = stringFlag(args, 'kubespray-repository') ?? config.kubesprayRepository;
  const fork = forkRepository(submoduleUrl, upstreamFlag)
    ? (await readClusterRepoState(
        { repoPath: root, submodulePath: submodule.path, kubesprayRepository: upstreamFlag, allowPrerelease: true, followForkTags: args.flags.has('follow-fork-tags') || config.followForkTags, kubesprayCache: kubesprayCacheDir(process.env) },
        { git, root },
        { submodule, currentCommit: gitlink },
      ))
    : undefined;

  const temp = checkedOut ? undefined : await mkdtemp(path.join(os.tmpdir(), 'kubespray-report-'));
  try {
    const kubespray = git.at(temp ?? subDir);
    if (temp) await kubespray.initBare();
    const [, statusPorcelain] = await Promise.all([
      fork?.fork ? ensureForkTags(kubespray, [from, to], fork.fork, temp !== undefined) : ensureTags(kubespray, [from, to], async () => stringFlag(args, 'kubespray-repository') ?? submoduleUrl, temp !== undefined),
      checkedOut ? kubespray.statusPorcelain() : undefined,
    ]);
    const hop = fork?.fork && (await forkHop(fork.fork, await hopTarget(kubespray, fork, to), gitlink, submodule.path));
    // A fork's pin is not its base release's commit by design (as in plan-upgrade): the fork hazards say what the hop does to it.
    const submoduleState: SubmoduleState = { path: submodule.path, gitlink, ...(fork?.fork ? { fromCommit: gitlink } : {}), ...(statusPorcelain !== undefined ? { statusPorcelain } : {}) };
    return await writeReport(args, kubespray, root, from, to, submodule.path, submoduleState, (r) => withForkHop(r, hop || undefined));
  } finally {
    if (temp) await rm(temp, { recursive: true, force: true });
  }
}

/** An image-only repo: both tags come from upstream into the cache that later runs reuse. */
async function reportImageOnly(args: ParsedArgs, git: Git, root: string, from: string, to: string): Promise<number> {
  const cache = git.at(kubesprayCacheDir(process.env));
  mkdirSync(cache.cwd, { recursive: true });
  await cache.initBare();
  await ensureTags(cache, [from, to], async () => stringFlag(args, 'kubespray-repository') ?? UPSTREAM_KUBESPRAY_URL, true);
  return writeReport(args, cache, root, from, to, undefined, undefined);
}

async function writeReport(
  args: ParsedArgs,
  kubespray: Git,
  root: string,
  from: string,
  to: string,
  submodulePath: string | undefined,
  submoduleState: SubmoduleState | undefined,
  finish: (r: UpgradeReport) => UpgradeReport = (r) => r,
): Promise<number> {
  const choice = await chooseInventories(root, {
    explicit: stringFlag(args, 'inventory')?.split(',').map((p) => p.trim()).filter(Boolean),
    config: loadSuiteConfig(root, stringFlag(args, 'config')),
    submodulePath,
    git: openGit(root),
  });
  const studied = await buildClusterReports({
    git: kubespray,
    from,
    to,
    repoRoot: root,
    inventories: choice.inventories,
    ...(stringFlag(args, 'running-kube-version') ? { runningKubeVersion: stringFlag(args, 'running-kube-version') } : {}),
    ...(submoduleState ? { submoduleState } : {}),
  });
  const report = await withRemovedApiHazards(finish(studied), root, [...(submodulePath ? [submodulePath] : []), ...choice.inventories]);
  // The report quotes untrusted text (fork commit subjects, inventory values); run in a workflow step, none of it may act as a command.
  // In JSON, `##[` occurs only inside strings, and `\u005b` reads back as the same `[`; no line starts with `::`.
  process.stdout.write(args.flags.has('json') ? JSON.stringify(report, null, 2).replace(/##\[/g, '##\\u005b') + '\n' : `${fenceUntrusted(renderReport(report).replace(/\n$/, '')).join('\n')}\n`);
  return 0;
}

function tagFlag(args: ParsedArgs, name: string): string {
  const v = stringFlag(args, name);
  if (v === undefined) throw new ConfigurationError(`--${name} is required; see --help`);
  // A tag name becomes part of a refspec: refuse anything git could read as an option or a pattern.
  if (!/^[A-Za-z0-9][A-Za-z0-9._+-]*$/.test(v) || v.includes('..') || v.endsWith('.lock')) {
    throw new ConfigurationError(`--${name} ${JSON.stringify(v)} is not a tag name like v2.25.1`);
  }
  return v;
}

/** Whether the submodule has its own checkout (its top level is the submodule directory itself). */
async function isCheckout(git: Git, dir: string): Promise<boolean> {
  if (!existsSync(dir)) return false;
  const top = await git.showToplevel();
  return top !== undefined && realpathSync(top) === realpathSync(dir);
}

/** A fork's tags come from the fork, the others from the upstream it follows. */
async function ensureForkTags(git: Git, tags: readonly string[], fork: ForkInfo, fresh: boolean): Promise<void> {
  const onFork = new Set(fork.forkTags.map((t) => t.name));
  await ensureTags(git, tags.filter((t) => onFork.has(t)), async () => fork.url, fresh);
  await ensureTags(git, tags.filter((t) => !onFork.has(t)), async () => fork.upstreamUrl, fresh);
}

/** The release `--to` names: one the fork state knows, else the fetched tag read as a release. */
async function hopTarget(kubespray: Git, state: ClusterRepoState, to: string): Promise<ReleaseTag> {
  const known = [...state.releases, ...state.suspect].find((r) => r.tag === to);
  if (known) return known;
  const version = parseReleaseTag(to);
  const commit = await kubespray.resolveCommit(`refs/tags/${to}`);
  if (!version || !commit) throw new ConfigurationError(`--to ${to} is not a release tag (vX.Y.Z or vX.Y.Z-<suffix>) of the fork or its upstream`);
  return { ...version, commit };
}

/** Fetches the tags the repository lacks, shallow when the repository already is. */
async function ensureTags(git: Git, tags: readonly string[], upstreamUrl: () => Promise<string>, fresh: boolean): Promise<void> {
  const wanted = [...new Set(tags)];
  if (wanted.length === 0) return;
  const present = await git.existingRefs(wanted.map((t) => `refs/tags/${t}`));
  const missing = wanted.filter((t) => !present.has(`refs/tags/${t}`));
  if (missing.length === 0) return;
  const url = await upstreamUrl();
  assertSafeRemote(url);
  const shallow = fresh || (await git.isShallow());
  // --depth on a full clone would make it shallow; only a shallow (or fresh) repository gets a shallow fetch.
  const r = await git.fetch(url, missing.map((t) => `refs/tags/${t}:refs/tags/${t}`), { depth: shallow ? 1 : 0, quiet: true });
  if (r.exitCode !== 0) {
    // Name the tags upstream really lacks, not every tag of the failed fetch.
    const listed = await git.lsRemoteTags(url, missing.map((t) => `refs/tags/${t}`));
    const absent = listed.exitCode === 0 ? missing.filter((t) => !listed.stdout.includes(`\trefs/tags/${t}\n`)) : [];
    const which = absent.length > 0 ? absent : missing;
    throw new ActionError(
      `cannot fetch tag ${which.join(', ')} from ${redactUrl(url)}: ` +
        (absent.length > 0 ? `${absent.length === 1 ? 'it does' : 'they do'} not exist there` : r.stderr.trim() || `git fetch exited ${r.exitCode}`) +
        '. Check the tag name and that the URL is reachable (override it with --kubespray-repository).',
    );
  }
}
