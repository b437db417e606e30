import type { Reporter } from '../reporter.js';
import { ActionError } from '../errors.js';
import type { DashboardResult } from './dashboard-issue.js';

/**
 * The dashboard is an overview, not the job's purpose: when it cannot be written (e.g. the
 * token lacks issues: write) the job says so as a warning and carries on.
 */
export async function publishDashboard(
  log: Reporter,
  update: () => Promise<DashboardResult>,
  warn: (message: string) => void = (m) => log.warning(m),
): Promise<DashboardResult | undefined> {
  try {
    const r = await update();
    log.info(`fleet dashboard #${r.number}: ${r.operation} (${r.url})`);
    return r;
  } catch (e) {
    if (!(e instanceof ActionError)) throw e;
    warn(`the fleet dashboard issue was not updated: ${e.message}. Grant the job issues: write, or set dashboard: false.`);
    return undefined;
  }
}
