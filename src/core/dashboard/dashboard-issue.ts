import { setTimeout as sleep } from 'node:timers/promises';
import type { GitHubApi } from '../github/github-api.js';
import { ActionError } from '../errors.js';
import { applyUpdate, parseFleetData, type FleetData, type FleetUpdate } from './fleet-data.js';
import { DASHBOARD_MARKER, DASHBOARD_TITLE, renderDashboard } from './render.js';

export type DashboardClient = Pick<GitHubApi, 'listOpenIssues' | 'createIssue' | 'updateIssue' | 'getIssue'>;

export interface DashboardResult {
  operation: 'created' | 'updated' | 'unchanged';
  number: number;
  url: string;
  data: FleetData;
}

export interface DashboardWriteOptions {
  /** Writes before giving up on a body that other runs keep changing. Default 3. */
  attempts?: number;
  /**
   * Wait after a write before reading it back, so a concurrent run's write lands first. A
   * run's own writes are spaced a second apart (GitHub's advice for content-creating
   * requests), so another run may sit up to that long between its read and its write. Default 2000 ms.
   */
  settleMs?: number;
}

/**
 * Finds the one dashboard issue (label + marker), merges this action's records into it and
 * writes only when the body changes: a rerun costs one read. Two runs that both found none
 * may both create one; the later-numbered duplicates are closed, so it never stays doubled.
 *
 * The issues API has no conditional update, so two runs writing at once could each drop the
 * other's rows. Each write is therefore read back after a pause: if another run's body
 * replaced it, this run merges its records into that body (field by field, the newer stamp
 * winning) and writes again, a bounded number of times.
 */
export async function updateDashboard(github: DashboardClient, label: string, update: FleetUpdate, options: DashboardWriteOptions = {}): Promise<DashboardResult> {
  const stamped: FleetUpdate = { ...update, at: update.at ?? new Date().toISOString() };
  const existing = (await github.listOpenIssues(label)).find((i) => i.body.includes(DASHBOARD_MARKER));
  if (existing) return writeVerified(github, existing, existing.body, stamped, options, 'unchanged');
  const data = applyUpdate(parseFleetData(''), stamped);
  const created = await github.createIssue(DASHBOARD_TITLE, renderDashboard(data), [label]);
  const all = (await github.listOpenIssues(label)).filter((i) => i.body.includes(DASHBOARD_MARKER));
  const keeper = all[0] ?? created;
  if (keeper.number === created.number) return { operation: 'created', number: created.number, url: created.url, data };
  // Another run created one first: keep that one, with this run's records merged in.
  await github.updateIssue(created.number, { state: 'closed' });
  return writeVerified(github, keeper, keeper.body, stamped, options, 'updated');
}

async function writeVerified(
  github: DashboardClient,
  issue: { number: number; url: string },
  current: string,
  update: FleetUpdate,
  options: DashboardWriteOptions,
  unchanged: DashboardResult['operation'],
): Promise<DashboardResult> {
  const attempts = options.attempts ?? 3;
  let body = current.replace(/\r\n/g, '\n');
  let operation = unchanged;
  for (let written = 0; ; written++) {
    const data = applyUpdate(parseFleetData(body), update);
    const wanted = renderDashboard(data);
    if (body === wanted) return { operation, number: issue.number, url: issue.url, data };
    if (written === attempts) break;
    await github.updateIssue(issue.number, { body: wanted });
    operation = 'updated';
    await sleep(options.settleMs ?? 2000);
    body = (await github.getIssue(issue.number)).body.replace(/\r\n/g, '\n');
  }
  throw new ActionError(
    `the fleet dashboard #${issue.number} was rewritten by other runs ${attempts} times while this run wrote it, so its rows are not confirmed; the next run writes them again. Give the workflows one concurrency group (docs/actions.md, "The fleet dashboard issue")`,
  );
}
