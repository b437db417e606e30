import { booleanInput, optionalInput } from './inputs.js';
import * as core from './toolkit.js';
import { DEFAULT_DASHBOARD_LABEL } from '../../core/dashboard/fleet-clusters.js';
import type { ClusterReportSettings } from '../../core/dashboard/cluster-report.js';

/** The inputs run-upgrade and verify share for reporting a cluster to GitHub (dashboard, deployment). */
export function clusterReportInputs(defaultCluster: string | undefined, withDeployment: boolean): { token?: string; settings?: Omit<ClusterReportSettings, 'ref' | 'runUrl'> } {
  const token = optionalInput('github-token');
  if (token) core.setSecret(token);
  const cluster = optionalInput('cluster') ?? defaultCluster;
  if (!cluster) return { token };
  return {
    token,
    settings: {
      cluster,
      environment: optionalInput('environment') ?? cluster,
      environmentGiven: optionalInput('environment') !== undefined,
      dashboardLabel: booleanInput('dashboard', true) ? (optionalInput('dashboard-label') ?? DEFAULT_DASHBOARD_LABEL) : undefined,
      deployment: withDeployment && booleanInput('deployment', true),
    },
  };
}
