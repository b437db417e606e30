import * as core from '../../shared/actions/toolkit.js';
import { runAction } from '../../shared/actions/run-action.js';
import { table, code } from '../../shared/actions/markdown.js';
import { detectRelease, type DetectResult } from '../../shared/detect/detect-release.js';
import { kubernetesInsight, type KubernetesInsight } from '../../shared/detect/kubernetes-insight.js';
import { GitCommandManager } from '../../shared/git/git-command-manager.js';
import { chooseInventories, describeInventoryChoice } from '../../shared/repo/inventories.js';
import { loadSuiteConfig } from '../../shared/config/suite-config.js';
import { redactUrl } from '../../shared/datasources/git-tags.js';
import type { ResolvedValue } from '../../shared/kubespray/report-types.js';
import { getInputs } from './input-helper.js';

export function run(): Promise<void> {
  return runAction('detect-release', async () => {
    const inputs = getInputs();
    const result = await core.group('Detect the pinned Kubespray release and the next safe hop', async () => {
      const r = await detectRelease(inputs);
      core.info(`${describeSource(r)} -> ${redactUrl(r.upstreamUrl)}`);
      core.info(r.submodule ? `pinned commit ${r.currentCommit} is ${r.current.tag}` : `${r.current.tag} is upstream commit ${r.currentCommit}`);
      core.info(`${r.tagCount} upstream tags, ${r.releases.length} usable releases, newest ${r.latest.tag}`);
      core.info(r.next ? `next hop ${r.next.tag}; path ${r.path.map((h) => h.tag).join(' -> ')}` : 'up to date');
      return r;
    });
    const kube = await core.group('Work out the effective Kubernetes versions', async () => {
      const config = loadSuiteConfig(result.repoRoot);
      const choice = await chooseInventories(result.repoRoot, { explicit: inputs.inventoryPaths, config, submodulePath: result.submodule?.path });
      const inventories = choice.inventories;
      core.info(`inventory pins from ${describeInventoryChoice(choice)}`);
      const k = await kubernetesInsight(new GitCommandManager(result.repoRoot), result, inventories, inputs.kubernetesRepository);
      for (const w of k.warnings) core.warning(w);
      core.info(`Kubernetes now ${show(k.current)}; after the next hop ${k.next ? show(k.next) : 'n/a'}`);
      core.info(`newest patch of this minor: ${k.patchAvailable ?? 'unknown'}${k.patchAvailable ? (k.patchSupported ? ' (supported by the pinned Kubespray)' : ' (not supported by the pinned Kubespray)') : ''}`);
      return k;
    });
    // Outputs are written only after everything above succeeded: never half an answer.
    setOutputs(result, kube);
    writeSummary(result, kube);
  });
}

/** `submodule kubespray`, or the files that pin the image in an image-only repo. */
function describeSource(r: DetectResult): string {
  if (r.source.kind === 'submodule') return `submodule ${r.source.submodule.path}`;
  return `image only, pinned at ${r.source.pins.map((p) => `${p.file}:${p.line}`).join(', ')}`;
}

const show = (v: ResolvedValue) => (v.known ? v.value : `unknown (${v.expression})`);
const value = (v: ResolvedValue | undefined) => (v?.known ? v.value : '');

function setOutputs(r: DetectResult, k: KubernetesInsight): void {
  core.setOutput('current-version', r.current.tag);
  core.setOutput('current-commit', r.currentCommit);
  core.setOutput('latest-version', r.latest.tag);
  core.setOutput('next-version', r.next?.tag ?? '');
  core.setOutput('upgrade-available', r.next ? 'true' : 'false');
  core.setOutput('upgrade-path', JSON.stringify(r.path.map((h) => h.tag)));
  core.setOutput('hops-behind', String(r.path.length));
  core.setOutput('kubernetes-current', value(k.current));
  core.setOutput('kubernetes-next', value(k.next));
  core.setOutput('kubernetes-patch-available', k.patchAvailable ?? '');
  core.setOutput('kubernetes-patch-supported', k.patchSupported ? 'true' : 'false');
}

export function renderDetectSummary(r: DetectResult, k: KubernetesInsight): string {
  const rows = [
    ['Current', code(r.current.tag), code(r.currentCommit.slice(0, 12)), code(show(k.current))],
    ['Next hop', r.next ? code(r.next.tag) : 'up to date', r.next ? code(r.next.commit.slice(0, 12)) : '', k.next ? code(show(k.next)) : ''],
    ['Latest', code(r.latest.tag), code(r.latest.commit.slice(0, 12)), ''],
  ];
  const patch = k.patchAvailable
    ? `Newest Kubernetes patch of this minor: ${code(k.patchAvailable)}, ${k.patchSupported ? 'supported by the pinned Kubespray: a Kubernetes-only bump of `kube_version` in the inventory is possible' : 'not yet supported by the pinned Kubespray'}.`
    : 'The newest Kubernetes patch of this minor could not be read.';
  const lines = [
    '## Kubespray release detection',
    '',
    table(['', 'Kubespray', 'Commit', `Kubernetes${k.inventory ? ` (${k.inventory})` : ''}`], rows),
    '',
    `**Hops behind:** ${r.path.length}`,
    '',
    r.path.length > 0
      ? `**Upgrade path** (one minor at a time): ${[r.current.tag, ...r.path.map((h) => h.tag)].map(code).join(' → ')}`
      : `${r.submodule ? `The ${code(r.submodule.path)} submodule` : 'The kubespray image'} is at the newest release.`,
    '',
    patch,
    ...(k.warnings.length ? ['', ...k.warnings.map((w) => `> [!WARNING]\n> ${w}`)] : []),
  ];
  return lines.join('\n') + '\n';
}

function writeSummary(r: DetectResult, k: KubernetesInsight): void {
  const markdown = renderDetectSummary(r, k);
  // Outside a runner there is no summary file; print it so a local run still shows it.
  if (!core.appendSummary(markdown)) core.info(markdown);
}
