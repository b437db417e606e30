import { code, link, table } from '../text/markdown.js';
import type { ClusterRecord, FleetData } from './fleet-data.js';
import { serialiseFleetData } from './fleet-data.js';

/** How the dashboard issue is recognised, together with its label. */
export const DASHBOARD_MARKER = '<!-- kubespray-upgrade-actions fleet-dashboard -->';
export const DASHBOARD_TITLE = 'Kubespray fleet dashboard';

const ICON: Record<string, string> = { succeeded: '✅', passed: '✅', failed: '❌', interrupted: '⏹️', refused: '⛔', running: '🔄', 'dry-run': '📝' };

/** The per-cluster table, shared by the issue and the detect job's summary. */
export function renderFleetTable(data: FleetData): string {
  if (data.clusters.length === 0) return 'No cluster has reported yet.';
  return table(['Cluster', 'Kubespray (repo / cluster)', 'Kubernetes (repo / cluster)', 'Hops behind', 'Open PR', 'Last upgrade', 'Verify', 'Hazards'], data.clusters.map(row));
}

function row(c: ClusterRecord): string[] {
  const pair = (repo?: string, running?: string, fork?: string) => `${repo ? code(repo) : '?'}${fork ? ` (fork ${code(fork)})` : ''} / ${running ? code(running) : 'not reported'}`;
  const result = (status: string, url: string | undefined, extra: string) => {
    const label = `${ICON[status] ?? ''} ${status}`.trim();
    return `${url ? link(label, url) : label}${extra}`;
  };
  return [
    c.environment && c.environment !== c.name ? `${code(c.name)} (environment ${code(c.environment)})` : code(c.name),
    pair(c.pinnedKubespray, c.runningKubespray, c.pinnedFork),
    pair(c.pinnedKubernetes, c.runningKubernetes),
    c.hopsBehind === undefined ? '?' : c.hopsBehind === 0 ? '0' : `${c.hopsBehind} (newest ${code(c.latest ?? '?')})`,
    c.pullRequest ? `${link(`#${c.pullRequest.number}`, c.pullRequest.url)} → ${code(c.pullRequest.to)}` : '',
    c.upgrade ? result(c.upgrade.status, c.upgrade.url, ` to ${code(c.upgrade.to)}, ${c.upgrade.at.slice(0, 16).replace('T', ' ')} UTC`) : '',
    c.verify ? result(c.verify.result, c.verify.url, `, ${c.verify.at.slice(0, 16).replace('T', ' ')} UTC`) : '',
    c.hazards === undefined ? '' : String(c.hazards),
  ];
}

/** The whole issue body: deterministic, so an unchanged fleet renders byte for byte the same. */
export function renderDashboard(data: FleetData): string {
  return [
    DASHBOARD_MARKER,
    `## ${DASHBOARD_TITLE}`,
    '',
    'Every Kubespray cluster of this repository: what the repo pins, what each cluster runs, the open upgrade pull request and the latest results. detect-release, plan-upgrade, run-upgrade and verify keep it up to date; edits to this issue are overwritten.',
    '',
    renderFleetTable(data),
    '',
    serialiseFleetData(data),
    '',
  ].join('\n');
}
