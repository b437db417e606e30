import { actionsRunner } from '../../adapters/runner/actions-runner.js';
import type { ActionHost } from '../../adapters/runner/host.js';
import { runAction } from '../common/run-action.js';
import { logSuiteVersion } from '../common/suite-version.js';
import { detectRelease, type DetectResult } from '../../core/releases/detect/detect-release.js';
import { kubernetesInsight, type KubernetesInsight } from '../../core/releases/detect/kubernetes-insight.js';
import { openGit } from '../../adapters/git/git-command-manager.js';
import { chooseInventories, describeInventoryChoice } from '../../core/cluster-repo/inventory-choice.js';
import { redactUrl } from '../../core/releases/datasources/git-tags.js';
import type { ResolvedValue } from '../../core/knowledge/upgrade-report-types.js';
import { getInputs } from './input-helper.js';
import { loadSuiteConfig } from '../../core/config/suite-config.js';
import { describeFork } from '../../core/releases/detect/fork-hazard.js';
import { describeRepository } from '../../core/cluster-repo/repository-url.js';
import { GitHubHelper } from '../../adapters/github/github-helper.js';
import { fleetClusters } from '../../core/dashboard/fleet-clusters.js';
import { detectRecords } from '../../core/dashboard/detect-records.js';
import { updateDashboard } from '../../core/dashboard/dashboard-issue.js';
import { publishDashboard } from '../../core/dashboard/publish.js';
import { applyUpdate } from '../../core/dashboard/fleet-data.js';
import { majorNote, show, writeDetectSummary } from './summary.js';

/** Runs the action; `host` is the runner unless the CLI passes its terminal. */
export function run(host: ActionHost = actionsRunner): Promise<void> {
  return runAction('detect-release', host, (kind) => ({ status: kind }), async (host) => {
    await logSuiteVersion(host, 'detect-release');
    const inputs = getInputs();
    const result = await host.group('Detect the pinned Kubespray release and the next safe hop', async () => {
      const r = await detectRelease(inputs, openGit);
      host.info(`${describeSource(r)} -> ${redactUrl(r.upstreamUrl)}`);
      host.info(r.submodule ? `pinned commit ${r.currentCommit} is ${r.current.tag}` : `${r.current.tag} is upstream commit ${r.currentCommit}`);
      for (const note of r.notes) host.warning(note);
      if (r.fork) host.info(describeFork(r.fork));
      if (r.fork && r.dropped && r.next) {
        host.info(`the hop to ${r.next.tag} drops ${r.dropped.count} of the fork's commit(s)`);
        for (const s of r.dropped.subjects) host.info(`  dropped: ${JSON.stringify(s)}`);
      }
      if (r.nextMajor) host.warning(majorNote(r.nextMajor.tag, r.current.tag));
      host.info(`${r.tagCount} upstream tags, ${r.releases.length} usable releases, newest ${r.latest.tag}`);
      host.info(r.next ? `next hop ${r.next.tag}; path ${r.path.map((h) => h.tag).join(' -> ')}` : 'up to date');
      return r;
    });
    const config = loadSuiteConfig(result.repoRoot, inputs.configPath);
    const git = openGit(result.repoRoot);
    const choice = await chooseInventories(result.repoRoot, { explicit: inputs.inventoryPaths, config, submodulePath: result.submodule?.path, git });
    const kube = await host.group('Work out the effective Kubernetes versions', async () => {
      host.info(`inventory pins from ${describeInventoryChoice(choice)}`);
      const k = await kubernetesInsight(git, result, choice.inventories, inputs.kubernetesRepository, inputs.kubesprayCache);
      for (const w of k.warnings) host.warning(w);
      host.info(`Kubernetes now ${show(k.current)}; after the next hop ${k.next ? show(k.next) : 'n/a'}`);
      host.info(`newest patch of this minor: ${k.patchAvailable ?? 'unknown'}${k.patchAvailable ? (k.patchSupported ? ' (supported by the pinned Kubespray)' : ' (not supported by the pinned Kubespray)') : ''}`);
      return k;
    });
    const fleet = await host.group('Update the fleet dashboard', async () => {
      const clusters = fleetClusters(config, choice.inventories);
      const update = detectRecords(result, kube, clusters);
      if (!inputs.dashboardLabel) host.info('dashboard: false; the issue is left alone');
      else if (!inputs.token) host.warning('the fleet dashboard needs github-token (with issues: write); set it, or set dashboard: false');
      else {
        // Built inside: a client that cannot be made (no GITHUB_REPOSITORY) is a dashboard warning, not a failed detect.
        const r = await publishDashboard(host, () => updateDashboard(new GitHubHelper({ token: inputs.token! }), inputs.dashboardLabel!, update));
        if (r) return r.data;
      }
      return applyUpdate({ clusters: [] }, update);
    });
    // Outputs are written only after everything above succeeded: never half an answer.
    setOutputs(host, result, kube);
    await writeDetectSummary(host, result, kube, fleet);
  });
}

/** `submodule kubespray`, or the files that pin the image in an image-only repo. */
function describeSource(r: DetectResult): string {
  if (r.source.kind === 'submodule') return `submodule ${r.source.submodule.path}`;
  return `image only, pinned at ${r.source.pins.map((p) => `${p.file}:${p.line}`).join(', ')}`;
}

const value = (v: ResolvedValue | undefined) => (v?.known ? v.value : '');

function setOutputs(host: ActionHost, r: DetectResult, k: KubernetesInsight): void {
  host.setOutput('status', 'succeeded');
  host.setOutput('current-version', r.current.tag);
  host.setOutput('current-commit', r.currentCommit);
  host.setOutput('latest-version', r.latest.tag);
  host.setOutput('next-version', r.next?.tag ?? '');
  host.setOutput('next-major-version', r.nextMajor?.tag ?? '');
  host.setOutput('upgrade-available', r.next ? 'true' : 'false');
  host.setOutput('upgrade-path', JSON.stringify(r.path.map((h) => h.tag)));
  host.setOutput('hops-behind', String(r.path.length));
  host.setOutput('kubernetes-current', value(k.current));
  host.setOutput('kubernetes-next', value(k.next));
  host.setOutput('kubernetes-patch-available', k.patchAvailable ?? '');
  host.setOutput('kubernetes-patch-supported', k.patchSupported ? 'true' : 'false');
  host.setOutput('fork', r.fork ? describeRepository(r.fork.repository) : '');
  host.setOutput('fork-base-version', r.fork?.base.tag ?? '');
  host.setOutput('fork-commits-dropped', String(r.dropped?.count ?? 0));
}
