import { loadTeamInventory } from './inventory/team-inventory.js';
import { clusterOverrides, inventoryPins } from './inventory/pins.js';

/**
 * The team's cluster-wide variables (group level, Ansible precedence applied), ready to be
 * passed as `overrides` when evaluating Kubespray's defaults for this cluster. The
 * inventory may be a file or a folder.
 */
export async function readClusterOverrides(repoRoot: string, inventoryPath: string): Promise<Record<string, unknown>> {
  return clusterOverrides(inventoryPins(await loadTeamInventory(repoRoot, inventoryPath)));
}
