import type { ActionHost } from '../../adapters/runner/host.js';
import { table, code } from '../../core/text/markdown.js';
import type { DetectResult } from '../../core/releases/detect/detect-release.js';
import type { KubernetesInsight } from '../../core/releases/detect/kubernetes-insight.js';
import type { ResolvedValue } from '../../core/knowledge/upgrade-report-types.js';
import { forkDroppedHazard } from '../../core/releases/detect/fork-hazard.js';
import { describeRepository } from '../../core/cluster-repo/repository-url.js';
import type { FleetData } from '../../core/dashboard/fleet-data.js';
import { renderFleetTable } from '../../core/dashboard/render.js';

/** A resolved version, or what it could not be resolved from. */
export const show = (v: ResolvedValue) => (v.known ? v.value : `unknown (${v.expression})`);

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
    ...(r.fork ? ['', renderForkSection(r)] : []),
    ...(r.nextMajor ? ['', `> [!NOTE]\n> ${majorNote(r.nextMajor.tag, r.current.tag)}`] : []),
    ...(r.notes.length ? ['', ...r.notes.map((n) => `> [!WARNING]\n> ${n}`)] : []),
    ...(k.warnings.length ? ['', ...k.warnings.map((w) => `> [!WARNING]\n> ${w}`)] : []),
  ];
  return lines.join('\n') + '\n';
}

/** The fork: what it is built on and what the next hop would drop, subjects as code spans. */
function renderForkSection(r: DetectResult): string {
  const f = r.fork!;
  const hazard = r.next && r.dropped && r.submodule ? forkDroppedHazard(f, r.next.tag, r.dropped, r.submodule.path) : undefined;
  return [
    '### Fork',
    '',
    table(['Fork', 'Pinned at', 'Built on upstream', 'Own commits', 'Hops follow'], [
      [code(describeRepository(f.repository)), code(f.pinTag ?? r.currentCommit.slice(0, 12)), code(f.base.tag), String(f.ownCommits), f.followTags ? "the fork's tags" : "upstream's releases"],
    ]),
    ...(hazard ? ['', `> [!CAUTION]\n> ${hazard.message}`] : r.next ? ['', `The hop to ${code(r.next.tag)} keeps every commit of the fork.`] : []),
  ].join('\n');
}

export function majorNote(major: string, current: string): string {
  return `${major} is a new major version; it is never an automatic hop from ${current}. Move to it with an explicit target-version once the current major's path is done`;
}

/** The job summary: detection, then the fleet. */
export async function writeDetectSummary(host: ActionHost, r: DetectResult, k: KubernetesInsight, fleet: FleetData): Promise<void> {
  const markdown = `${renderDetectSummary(r, k)}\n### Fleet\n\n${renderFleetTable(fleet)}\n`;
  // Outside a runner there is no summary file; print it so a local run still shows it.
  if (!(await host.appendSummary(markdown))) host.info(markdown);
}
