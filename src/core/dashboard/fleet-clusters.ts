import path from 'node:path';
import type { SuiteConfig } from '../config/suite-config.js';
import type { Hazard } from '../knowledge/upgrade-report-types.js';

export interface FleetCluster {
  name: string;
  environment?: string;
  /** Repo-relative inventory directory; empty when none is known. */
  inventory: string;
}

/** The clusters the dashboard lists: the config's, else one per inventory directory, named after it. */
export function fleetClusters(config: Pick<SuiteConfig, 'clusters'>, inventories: readonly string[]): FleetCluster[] {
  if (config.clusters.length > 0) return config.clusters.map((c) => ({ name: c.name, environment: c.environment, inventory: c.inventory }));
  if (inventories.length > 0) return inventories.map((inv) => ({ name: path.basename(inv), inventory: inv }));
  return [{ name: 'cluster', inventory: '' }];
}

/** Hazards in this cluster's inventory, plus those in no cluster's inventory (they concern every cluster). */
export function hazardsOf(cluster: FleetCluster, all: readonly FleetCluster[], hazards: readonly Hazard[]): number {
  const under = (file: string, inv: string) => inv !== '' && (file === inv || file.startsWith(`${inv.replace(/\/+$/, '')}/`));
  return hazards.filter((h) => !h.file || under(h.file, cluster.inventory) || !all.some((c) => under(h.file!, c.inventory))).length;
}

export const DEFAULT_DASHBOARD_LABEL = 'kubespray-upgrade-dashboard';
