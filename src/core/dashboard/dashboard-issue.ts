import type { GitHubHelper } from '../../adapters/github/github-helper.js';
import { applyUpdate, parseFleetData, type FleetData, type FleetUpdate } from './fleet-data.js';
import { DASHBOARD_MARKER, DASHBOARD_TITLE, renderDashboard } from './render.js';

export type DashboardClient = Pick<GitHubHelper, 'listOpenIssues' | 'createIssue' | 'updateIssue'>;

export interface DashboardResult {
  operation: 'created' | 'updated' | 'unchanged';
  number: number;
  url: string;
  data: FleetData;
}

/**
 * Finds the one dashboard issue (label + marker), merges this action's records into it and
 * writes only when the body changes: a rerun costs one read. Two runs that both found none
 * may both create one; the later-numbered duplicates are closed, so it never stays doubled.
 */
export async function updateDashboard(github: DashboardClient, label: string, update: FleetUpdate): Promise<DashboardResult> {
  const existing = (await github.listOpenIssues(label)).find((i) => i.body.includes(DASHBOARD_MARKER));
  const data = applyUpdate(parseFleetData(existing?.body ?? ''), update);
  const body = renderDashboard(data);
  if (existing) {
    if (existing.body.replace(/\r\n/g, '\n') === body) return { operation: 'unchanged', number: existing.number, url: existing.url, data };
    await github.updateIssue(existing.number, { body });
    return { operation: 'updated', number: existing.number, url: existing.url, data };
  }
  const created = await github.createIssue(DASHBOARD_TITLE, body, [label]);
  const all = (await github.listOpenIssues(label)).filter((i) => i.body.includes(DASHBOARD_MARKER));
  const keeper = all[0] ?? created;
  if (keeper.number === created.number) return { operation: 'created', number: created.number, url: created.url, data };
  // Another run created one first: keep that one, with this run's records merged in.
  await github.updateIssue(created.number, { state: 'closed' });
  const mergedBody = renderDashboard(applyUpdate(parseFleetData(keeper.body), update));
  if (mergedBody !== keeper.body) await github.updateIssue(keeper.number, { body: mergedBody });
  return { operation: 'updated', number: keeper.number, url: keeper.url, data: parseFleetData(mergedBody) };
}
