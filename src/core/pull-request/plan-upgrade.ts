import { cpSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ActionError, ConfigurationError } from '../errors.js';
import type { Reporter } from '../reporter.js';
import type { Git, OpenGit } from '../git/git.js';
import { openClusterRepo } from '../cluster-repo/open-cluster-repo.js';
import { readClusterRepoState } from '../cluster-repo/cluster-repo-state.js';
import { gitTreeSource } from '../knowledge/defaults/index.js';
import { targetTreeContradiction } from '../releases/detect/pinned-release.js';
import { fetchKubesprayTags } from '../cluster-repo/kubespray-objects.js';
import { chooseInventories, describeInventoryChoice } from '../cluster-repo/inventory-choice.js';
import { loadSuiteConfig } from '../config/suite-config.js';
import { explainDisallowedTarget, upgradePath } from '../releases/versions/hop-planner.js';
import { renderUpgradePath } from './pr-path-diagram.js';
import { LATER_HOPS_STUDIED, studyLaterHops } from './path-hazards.js';
import { updateDashboard, type DashboardResult } from '../dashboard/dashboard-issue.js';
import { fleetClusters, hazardsOf } from '../dashboard/fleet-clusters.js';
import { publishDashboard } from '../dashboard/publish.js';
import { compareReleases, parseReleaseTag } from '../releases/versions/release-version.js';
import { redactUrl } from '../releases/datasources/git-tags.js';
import { studyHop, TagEvaluations } from '../knowledge/upgrade-report.js';
import { buildClusterReports, runningKubernetes } from '../knowledge/cluster-upgrade-reports.js';
import type { UpgradeReport } from '../knowledge/upgrade-report-types.js';
import { withRemovedApiHazards } from '../knowledge/hazards/removed-api-manifests.js';
import type { GitHubApi, OpenGitHub, ReleaseNote } from '../github/github-api.js';
import { bumpImagesAtRevision, type FileImageChange } from './image-files.js';
import { createUpgradeCommit, upgradeCommitMessage, type Identity } from './upgrade-commit.js';
import { committerIdentity } from './commit-identity.js';
import { createSignedCommit } from './signed-commit.js';
import { decideBranchUpdate, inspectRemoteBranch, pushBranch, remoteAuth, type RemoteAuth } from './remote-branch.js';
import { renderPullRequestBody, type NotesAvailability, type PrBodyInput, type ReleaseNoteInput } from './pr-body.js';
import { PROVENANCE_MARKER, type Provenance } from './pr-provenance.js';
import { hopMarker, retireSuperseded, type SupersededPullRequest } from './superseded.js';
import { pullRequestTitle } from './pr-title.js';
import { gitmodulesOldPin, hopBranch, hopFrom } from './hop-names.js';
import { rewritePins, type PinRewrite } from './pin-rewrites.js';
import { bumpGitmodulesBranch, keptBranchNote } from '../managers/gitmodules-branch.js';
import { bumpImagePins } from './image-pin-bumps.js';
import { describeFork, forkHop, withForkHop } from '../releases/detect/fork-hazard.js';
import { forkLinks, releaseNotesPlace } from './fork-links.js';

/** What the user asks for (the action's inputs, parsed). */
export interface PlanRequest {
  repoPath: string;
  submodulePath?: string;
  kubesprayRepository?: string;
  targetVersion: string;
  inventoryPaths?: string[];
  configPath?: string;
  baseBranch?: string;
  branchPrefix?: string;
  labels?: string[];
  reviewers?: string[];
  teamReviewers?: string[];
  draft?: boolean;
  dryRun: boolean;
  updatePinnedVersions?: boolean;
  followForkTags?: boolean;
  token?: string;
  kubesprayGithubRepository: string;
  /** Author of the hop commit; the committer's identity when undefined. */
  commitAuthor?: Identity;
  /** The App behind `token`, when it is an installation token: its bot user commits. */
  appSlug?: string;
  /** Add a Signed-off-by trailer with the committer's identity. */
  signoff?: boolean;
  /** Create the hop commit through the Git Data API, so GitHub signs it. */
  signCommits?: boolean;
  assignees?: string[];
  /** A milestone number, or the title of an open milestone. */
  milestone?: string;
  /** Label of the fleet dashboard issue; undefined turns the dashboard off. */
  dashboardLabel?: string;
}

export interface PlanSettings extends PlanRequest {
  /** Where summary.md and report.json go (RUNNER_TEMP on a runner). */
  outputDir: string;
  /** e.g. https://github.com, for pushes authenticated with the token. */
  serverUrl: string;
  /** owner/name of the cluster repo (GITHUB_REPOSITORY). */
  repository?: string;
  /** Which suite build and run this is, for the body's footer (the base commit is added here). */
  provenance: Omit<Provenance, 'baseSha'>;
  /** The bare repository Kubespray's objects are cached in when the submodule is not checked out (see kubesprayCacheDir). */
  kubesprayCache: string;
  reporter: Reporter;
  openGit: OpenGit;
  openGitHub: OpenGitHub;
}

export type PullRequestOperation = 'created' | 'updated' | 'unchanged' | 'none';

export interface PlanResult {
  from: string;
  to: string;
  title: string;
  branch: string;
  headSha: string;
  operation: PullRequestOperation;
  pullRequest?: { number: number; url: string };
  dashboard?: DashboardResult;
  /** Older hops from the same base this one replaced. */
  superseded: SupersededPullRequest[];
  body: string;
  /** The body without the pull request's size limit: the points-of-interest summary, also written to summaryPath. */
  fullBody: string;
  summaryPath: string;
  reportPath: string;
  report: UpgradeReport;
  imageChanges: FileImageChange[];
  warnings: string[];
}

const ORIGIN = 'origin';

export async function planUpgrade(s: PlanSettings): Promise<PlanResult> {
  const log = s.reporter;
  const evaluations = new TagEvaluations();
  const warnings: string[] = [];
  const warn = (m: string) => {
    warnings.push(m);
    log.warning(m);
  };

  const ctx = await log.group('Validate the target', async () => {
    const { git, root } = await openClusterRepo(s.repoPath, s.openGit);
    const config = loadSuiteConfig(root, s.configPath);
    if (config.source) log.info(`config: ${config.source}`);
    if (!s.dryRun && !s.token) throw new ConfigurationError('input "github-token" is empty: plan-upgrade needs a token with contents: write and pull-requests: write (or set dry-run: true)');
    await assertCleanWorkTree(git);
    const auth = await remoteAuth(git, s.token, s.serverUrl);
    const base = s.baseBranch ?? (await defaultBranch(git, auth));
    const baseSha = await fetchBase(git, base, auth);
    const prefix = s.branchPrefix ?? config.pullRequest.branchPrefix;
    if (!(await git.checkRefFormat(`refs/heads/${prefix}v0.0.0`))) throw new ConfigurationError(`branch-prefix ${JSON.stringify(prefix)} does not make a valid git branch name (see git check-ref-format)`);
    const target = parseReleaseTag(s.targetVersion);
    if (!target) throw new ConfigurationError(`target-version "${s.targetVersion}" is not a release tag (vX.Y.Z)`);
    const state = await readClusterRepoState({
      repoPath: root,
      submodulePath: s.submodulePath ?? config.submodulePath,
      kubesprayRepository: s.kubesprayRepository ?? config.kubesprayRepository,
      allowPrerelease: target.prerelease,
      rev: baseSha,
      followForkTags: s.followForkTags ?? config.followForkTags,
      kubesprayCache: s.kubesprayCache,
    }, { git, root });
    if (state.fork) log.info(describeFork(state.fork));
    for (const note of state.notes) log.warning(note);
    const setAside = state.suspect.find((r) => r.tag === target.tag);
    if (setAside) {
      throw new ConfigurationError(
        setAside.commit === state.currentCommit
          ? `refusing target-version ${target.tag}: it names the commit the submodule is already pinned at (${state.current.tag}); a stray tag is not a release. Nothing was pushed.`
          : `refusing target-version ${target.tag}: its commit ${setAside.commit.slice(0, 12)} also carries a release tag of another minor line, so the tag does not say which release it is. Nothing was pushed.`,
      );
    }
    const submodule = state.submodule;
    const targetTag = state.releases.find((r) => r.tag === target.tag);
    if (!targetTag) throw new ConfigurationError(`target-version ${target.tag} is not a tag of ${redactUrl(state.upstreamUrl)}; nothing was pushed`);
    const why = explainDisallowedTarget(state.current, targetTag, state.releases);
    if (why) throw new ConfigurationError(`refusing target-version ${target.tag}: ${why}. Nothing was pushed.`);
    log.info(`base ${base} at ${baseSha.slice(0, 12)}: ${submodule ? submodule.path : 'the kubespray image'} is at ${state.current.tag}; hop to ${targetTag.tag} is allowed`);
    const head = await git.revParse('HEAD');
    if (head !== baseSha) {
      log.warning(`the work tree is at ${head.slice(0, 12)}, not at ${base} (${baseSha.slice(0, 12)}): the branch is built from ${base}, but the inventory is read from the work tree; check out ${base} for a report that matches the PR exactly`);
    }
    return { git, root, config, auth, base, baseSha, state, submodule, targetTag };
  });
  const { git, root, config, auth, base, baseSha, state, submodule, targetTag } = ctx;
  const from = state.current.tag;
  const to = targetTag.tag;

  const study = await log.group(`Study ${from} → ${to}`, async () => {
    // The next few later hops come in the same fetch: the path graph marks what their tags change.
    const later = upgradePath(state.current, state.releases).slice(1, 1 + LATER_HOPS_STUDIED);
    const sub = await fetchKubesprayTags(git, root, submodule?.path, state.upstreamUrl, [state.current, targetTag, ...later], { auth, withStatus: true, cacheDir: s.kubesprayCache });
    log.info(`tags ${[from, to, ...later.map((t) => t.tag)].join(', ')} fetched into ${sub.where}`);
    // The target's own tree must say it is that release, as detect-release checks its next hop (same check).
    const contradiction = targetTreeContradiction(targetTag, await gitTreeSource(sub.git, targetTag.commit).readFile('galaxy.yml'));
    if (contradiction) throw new ConfigurationError(`refusing target-version ${to}: ${contradiction}. Nothing was pushed.`);
    const choice = await chooseInventories(root, { explicit: s.inventoryPaths, config, submodulePath: submodule?.path, git });
    const inventories = choice.inventories;
    log.info(describeInventoryChoice(choice));
    // A fork's pin is not its base release's commit by design; what the hop drops is its own hazard below.
    const submoduleState = submodule && { path: submodule.path, gitlink: state.currentCommit, fromCommit: state.fork ? state.currentCommit : state.current.commit, statusPorcelain: sub.status };
    // The tags are evaluated once; every inventory, and the rewritten copy below, reuse them.
    const hop = await studyHop(sub.git, from, to, evaluations);
    const fork = state.fork && submodule && (await forkHop(state.fork, targetTag, state.currentCommit, submodule.path));
    // The fork's hazards concern the submodule, whatever the inventory: first in every report built here.
    const withFork = (r: UpgradeReport) => withForkHop(r, fork || undefined);
    const report = withFork(await buildClusterReports({ git: sub.git, from, to, repoRoot: root, inventories, submoduleState, hop }));
    log.info(`${report.hazards.length} hazard(s), ${report.changedFiles.length} changed file(s) in Kubespray`);
    // A rewritten pin is not what runs: the cluster runs what the inventory said before this PR.
    const runningKubeVersions = runningKubernetes(report);
    const reportFor = async (repoRoot: string) => withFork(await buildClusterReports({ git: sub.git, from, to, repoRoot, inventories, submoduleState, hop, runningKubeVersions }));
    return { report, inventories, reportFor, sub, hop };
  });

  // A dry run only reads release notes, so it needs no repository of its own (the CLI may run it without GITHUB_REPOSITORY).
  const github = s.token ? s.openGitHub({ token: s.token, repository: s.repository || (s.dryRun ? s.kubesprayGithubRepository : undefined) }) : undefined;
  const pinned = hopFrom(from, state.fork, state.currentCommit);
  const oldPin = gitmodulesOldPin(from, state.fork);
  const branch = hopBranch(s.branchPrefix ?? config.pullRequest.branchPrefix, to, pinned.forkPin);
  const prepared = await log.group(`Prepare branch ${branch}`, async () => {
    const committer = await committerIdentity(s.appSlug, github && ((login) => github.userId(login)));
    if (s.signCommits) log.info(`sign-commits: GitHub creates and signs the commit as the token's identity (${committer.name} expected)`);
    else log.info(`committer ${committer.name} <${committer.email}>`);
    const images = await bumpImagesAtRevision(git, baseSha, from, to, {
      defaultRule: config.images.defaultRule,
      custom: config.images.rules,
      exclude: [...config.images.exclude, ...(submodule ? [`${submodule.path}/**`] : [])],
    });
    // Image-only: the pins found on the base are the release itself; each one moves.
    if (state.source.kind === 'image') await bumpImagePins(git, baseSha, state.source.pins, from, to, images);
    for (const c of images.changes) log.info(`${c.file}:${c.line}: ${c.before.trim()} -> ${c.after.trim()}`);
    if (images.changes.length === 0 && submodule) warn(`no kubespray:${from} image reference was found outside ${submodule.path}; only the submodule moves`);
    const branchLine = submodule && (await gitmodulesAtBase(git, baseSha).then((t) => (t === undefined ? undefined : bumpGitmodulesBranch(t, submodule.name, oldPin, to))));
    if (branchLine?.change) log.info(`.gitmodules:${branchLine.change.line}: ${branchLine.change.before.trim()} -> ${branchLine.change.after.trim()}`);
    if (branchLine?.kept) warn(keptBranchNote(branchLine.kept, oldPin, to));
    const pins = { files: new Map<string, string>(), rewrites: [] as PinRewrite[] };
    if (s.updatePinnedVersions ?? config.updatePinnedVersions) {
      const r = await rewritePins(git, baseSha, study.report.hazards, to, images.files);
      for (const p of r.rewrites) log.info(`${p.file}:${p.line}: ${p.before.trim()} -> ${p.after.trim()}`);
      for (const why of r.skipped) warn(`update-pinned-versions: ${why}`);
      Object.assign(pins, r);
    }
    // The PR must describe the cluster after merge: with rewritten pins, study the inventory as rewritten.
    const report = pins.rewrites.length > 0 ? await withOverlay(root, study.inventories, pins.files, study.reportFor) : study.report;
    if (report !== study.report) log.info(`report rebuilt on the rewritten inventory: ${report.hazards.length} hazard(s) remain`);
    const message = upgradeCommitMessage(
      `Bump Kubespray from ${pinned.label} to ${to}`,
      `One minor at a time: ${submodule ? `${submodule.path} and every kubespray image reference move` : 'every kubespray image pin moves'} together.`,
      to,
      s.signoff ? committer : undefined,
    );
    const commit = await createUpgradeCommit(git, {
      baseSha,
      ...(submodule ? { submodule: { path: submodule.path, commit: targetTag.commit } } : {}),
      files: new Map([...images.files, ...pins.files, ...(branchLine?.change ? [['.gitmodules', branchLine.text] as const] : [])]),
      message,
      author: s.commitAuthor ?? committer,
      committer,
    });
    log.info(`commit ${commit.commit.slice(0, 12)} (tree ${commit.tree.slice(0, 12)}) on ${baseSha.slice(0, 12)}`);
    return { images, pins: pins.rewrites, commit, report, branchLine, committer, message };
  });

  // The repo's own manifests against the APIs this hop removes: the same for the rewritten inventory.
  const report = await withRemovedApiHazards(prepared.report, root, [...(submodule ? [submodule.path] : []), ...study.inventories]);
  annotateHazards(log, report, root, to);
  log.info(`Kubespray tag evaluations in this run: ${evaluations} (${study.inventories.length} inventory(ies))`);

  const rendering = await log.group('Gather the release notes', async () => {
    const between = state.releases
      .filter((r) => compareReleases(r, state.current) > 0 && compareReleases(r, targetTag) <= 0)
      .sort(compareReleases)
      .map((r) => r.tag);
    let notes = new Map<string, ReleaseNote>();
    let availability: NotesAvailability = { fetched: true };
    // Following the fork's tags, the releases are the fork's: read them there, never upstream's.
    const place = releaseNotesPlace(state.fork, s.serverUrl, s.kubesprayGithubRepository);
    const notesRepository = place.repository;
    if (place.unavailable) {
      availability = { fetched: false, why: place.unavailable };
      warn(`release notes are left out: ${place.unavailable}`);
    } else if (!github) {
      availability = { fetched: false, why: 'this dry run has no github-token' };
      warn('no github-token: release notes are left out of this dry run');
    } else {
      // Notes inform the review; without them (e.g. GHES with no mirror of the releases) the PR still stands.
      try {
        notes = await github.listReleaseNotes(notesRepository, between);
      } catch (e) {
        if (!(e instanceof ActionError)) throw e;
        availability = { fetched: false, why: `the releases of ${notesRepository} could not be read` };
        warn(`release notes of ${notesRepository} are unavailable, the body links the releases instead: ${e.message}`);
      }
    }
    const hopPath = upgradePath(state.current, state.releases);
    // A kube_version pin matters to later hops only when it is what the cluster runs after this hop.
    const kube = report.components.kube_version;
    const heldAt = kube?.pinned && kube.effectiveTo.known && kube.effectiveTo.value === kube.pinned.value ? kube.pinned.value : undefined;
    const laterHops = await studyLaterHops(study.sub.git, { tag: to, defaults: study.hop.dTo }, hopPath.slice(1), heldAt);
    const releaseNotes: ReleaseNoteInput[] = between.map((tag) => ({ tag, body: notes.get(tag)?.body, url: notes.get(tag)?.url, ...(place.absent ? { absent: place.absent(tag) } : {}) }));
    const server = s.serverUrl.replace(/\/+$/, '');
    const submodulePrefix = submodule ? `${submodule.path}/` : undefined;
    const input: Omit<PrBodyInput, 'links'> = {
      report,
      releaseNotes,
      notes: availability,
      kubesprayWebUrl: place.webUrl,
      ...(state.fork ? { fork: forkLinks(state.fork, state.currentCommit, targetTag, s.serverUrl) } : {}),
      kubesprayRepository: notesRepository,
      ...(submodule ? { submodulePath: submodule.path } : {}),
      imageChanges: prepared.images.changes,
      rewrittenPins: prepared.pins,
      ...(prepared.branchLine?.change ? { gitmodulesBranch: prepared.branchLine.change } : {}),
      ...(prepared.branchLine?.kept ? { gitmodulesKept: { ...prepared.branchLine.kept, pin: oldPin } } : {}),
      marker: hopMarker(pinned.key, to),
      config,
      provenance: { ...s.provenance, baseSha },
      pictures: [renderUpgradePath(from, hopPath.map((r) => r.tag), report.hazards, laterHops)],
    };
    // Links point at the commit the branch ends up at, which is only known once the remote branch is inspected.
    const linkable = (file: string) => !(submodulePrefix && file.startsWith(submodulePrefix)) && existsSync(path.join(root, file));
    return (commit: string) => {
      // A dry run's commit is never pushed: links to it would be dead.
      const links = s.repository && !s.dryRun ? { webUrl: `${server}/${s.repository}`, commit, linkable } : undefined;
      return { pr: renderPullRequestBody({ ...input, links }), full: renderPullRequestBody({ ...input, links }, 900_000) };
    };
  });
  const title = pullRequestTitle(report, pinned.label);

  const writeFiles = (full: string) => {
    result.fullBody = full;
    writeFileSync(summaryPath, full);
    writeFileSync(reportPath, JSON.stringify(report, null, 2) + '\n');
  };
  mkdirSync(s.outputDir, { recursive: true });
  const summaryPath = path.join(s.outputDir, 'summary.md');
  const reportPath = path.join(s.outputDir, 'report.json');

  const result: PlanResult = {
    from,
    to,
    branch,
    headSha: prepared.commit.commit,
    title,
    operation: 'none',
    superseded: [],
    body: '',
    fullBody: '',
    summaryPath,
    reportPath,
    report,
    imageChanges: prepared.images.changes,
    warnings,
  };
  if (s.dryRun) {
    const body = rendering(prepared.commit.commit);
    writeFiles(body.full);
    result.body = body.pr;
    await log.group(`Dry run: not pushing ${branch}, not opening "${title}"; its body`, async () => { log.info(body.pr); });
    return result;
  }

  return log.group(`Publish ${branch} and its pull request`, async () => {
    // Read before anything is pushed, so a wrong milestone title, or a token or API that cannot
    // even list pull requests, leaves no branch behind without its pull request.
    const milestone = s.milestone === undefined ? undefined : await milestoneNumber(github!, s.milestone);
    const open = await github!.listOpenPullRequests(base);
    const committer = prepared.committer;
    const existing = await inspectRemoteBranch(git, ORIGIN, branch, to, committer, auth);
    const decision = decideBranchUpdate(existing, baseSha, prepared.commit.tree);
    let branchChanged = false;
    const publish = async (lease: string | undefined) => {
      if (!s.signCommits) return void (await pushBranch(git, ORIGIN, branch, prepared.commit.commit, lease ?? '', auth));
      const baseTree = await git.revParse(`${baseSha}^{tree}`);
      const signed = await createSignedCommit(github!.gitData(), { branch, baseSha, baseTree, changes: prepared.commit.changes, message: prepared.message, expectedTree: prepared.commit.tree, lease });
      result.headSha = signed.sha;
      if (signed.verified) log.info(`commit ${signed.sha.slice(0, 12)} created through the API: verified by GitHub`);
      else warn(`GitHub created ${signed.sha.slice(0, 12)} on ${branch} but does not mark it verified (${signed.reason}); branch protection that requires signed commits will refuse it`);
    };
    switch (decision.action) {
      case 'create':
        await publish(undefined);
        branchChanged = true;
        break;
      case 'update':
        await publish(decision.lease);
        branchChanged = true;
        break;
      case 'unchanged':
        result.headSha = existing!.sha;
        break;
      case 'keep-foreign':
        result.headSha = existing!.sha;
        warn(`${branch}: ${decision.reason}. Rebase it yourself, or delete the branch to let this action regenerate it.`);
        break;
    }
    log.info(`branch ${branch}: ${decision.action}`);
    const body = rendering(result.headSha);
    writeFiles(body.full);
    result.body = body.pr;
    const pr = await github!.createOrUpdatePullRequest({
      head: branch,
      base,
      title,
      body: body.pr,
      volatileFrom: PROVENANCE_MARKER,
      labels: s.labels ?? config.pullRequest.labels,
      reviewers: s.reviewers ?? config.pullRequest.reviewers,
      teamReviewers: s.teamReviewers ?? config.pullRequest.teamReviewers,
      draft: s.draft ?? config.pullRequest.draft,
      assignees: s.assignees ?? [],
      milestone,
    }, open);
    for (const w of pr.warnings) warnings.push(w);
    result.pullRequest = { number: pr.number, url: pr.url };
    result.operation = pr.operation === 'created' ? 'created' : branchChanged || pr.operation === 'updated' ? 'updated' : 'unchanged';
    log.info(`pull request #${pr.number} ${result.operation}: ${pr.url}`);
    result.superseded = await retireSuperseded({ log, github: github!, git, remote: ORIGIN, auth, committer }, open, {
      from: pinned.key,
      forkPin: pinned.forkPin,
      to,
      branchPrefix: s.branchPrefix ?? config.pullRequest.branchPrefix,
      replacement: result.pullRequest,
    });
    if (s.dashboardLabel) {
      const clusters = fleetClusters(config, study.inventories);
      const hops = upgradePath(state.current, state.releases);
      result.dashboard = await publishDashboard(log, () => updateDashboard(github!, s.dashboardLabel!, {
        clusters: clusters.map((c) => c.name),
        records: clusters.map((c) => ({
          name: c.name,
          environment: c.environment,
          pinnedKubespray: from,
          hopsBehind: hops.length,
          latest: hops.at(-1)?.tag ?? from,
          pullRequest: { number: pr.number, url: pr.url, to },
          hazards: hazardsOf(c, clusters, report.hazards),
        })),
      }), warn);
    }
    return result;
  });
}

function annotateHazards(log: Reporter, report: UpgradeReport, root: string, to: string): void {
  for (const h of report.hazards) {
    // Only files of this repo can carry an annotation; upstream files are named in the text.
    const inRepo = h.file !== undefined && existsSync(path.join(root, h.file));
    const props = inRepo ? { file: h.file, startLine: h.line, title: `${h.id} (${to})` } : { title: `${h.id} (${to})` };
    log[h.severity === 'error' ? 'error' : h.severity === 'warning' ? 'warning' : 'notice'](h.message, props);
  }
}

/**
 * Runs `study` on a private copy of the inventories with some files replaced, laid out at the
 * same repo-relative paths so the report's file:line references stay true.
 */
async function withOverlay<T>(root: string, inventories: readonly string[], files: ReadonlyMap<string, string>, study: (repoRoot: string) => Promise<T>): Promise<T> {
  const copy = mkdtempSync(path.join(os.tmpdir(), 'ksu-inventory-'));
  try {
    for (const inv of inventories) {
      cpSync(path.join(root, inv), path.join(copy, inv), { recursive: true });
      // An inventory file comes with the group_vars and host_vars beside it.
      if (!statSync(path.join(root, inv)).isFile()) continue;
      for (const vars of ['group_vars', 'host_vars'].map((d) => path.join(path.dirname(inv), d))) {
        if (existsSync(path.join(root, vars))) cpSync(path.join(root, vars), path.join(copy, vars), { recursive: true });
      }
    }
    for (const [rel, content] of files) {
      mkdirSync(path.dirname(path.join(copy, rel)), { recursive: true });
      writeFileSync(path.join(copy, rel), content);
    }
    return await study(copy);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}

/** `.gitmodules` as the base commit has it; undefined when it has none. */
async function gitmodulesAtBase(git: Git, baseSha: string): Promise<string | undefined> {
  return git.readBlob(baseSha, '.gitmodules');
}

/** A number is taken as is; a title is looked up among the open milestones (one request). */
async function milestoneNumber(github: GitHubApi, milestone: string): Promise<number> {
  if (/^\d+$/.test(milestone)) return Number(milestone);
  const n = await github.milestoneNumber(milestone);
  if (n === undefined) throw new ConfigurationError(`input "milestone": ${JSON.stringify(milestone)} is neither a milestone number nor the title of an open milestone of ${github.fullName}`);
  return n;
}

async function assertCleanWorkTree(git: Git): Promise<void> {
  const st = (await git.statusPorcelain({ untracked: false })).trim();
  if (st) {
    throw new ConfigurationError(`the work tree has uncommitted changes; plan-upgrade builds the branch from the base commit and would ignore them:\n${st}\nCommit or discard them first.`);
  }
}

async function defaultBranch(git: Git, auth: RemoteAuth): Promise<string> {
  const r = await git.lsRemoteSymref(ORIGIN, 'HEAD', auth);
  const m = /^ref: refs\/heads\/(\S+)\tHEAD$/m.exec(r.stdout);
  if (!m) throw new ConfigurationError(`cannot tell the default branch of ${ORIGIN} (${redactUrl(r.stderr.trim()) || 'no HEAD symref'}); set base-branch`);
  return m[1]!;
}

async function fetchBase(git: Git, base: string, auth: RemoteAuth): Promise<string> {
  const ref = `refs/kubespray-upgrade/base/${base}`;
  const r = await git.fetch(ORIGIN, [`+refs/heads/${base}:${ref}`], { depth: 1, auth });
  if (r.exitCode !== 0) throw new ConfigurationError(`cannot fetch base branch "${base}" from ${ORIGIN}: ${redactUrl(r.stderr.trim())}`);
  return git.revParse(ref);
}
