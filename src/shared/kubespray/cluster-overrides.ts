import path from 'node:path';
import { directoryFileTree } from './inventory/directory-tree.js';
import { loadInventory } from './inventory/load-inventory.js';
import { clusterOverrides, inventoryPins } from './inventory/pins.js';

/**
 * The team's cluster-wide variables (group level, Ansible precedence applied), ready to be
 * passed as `overrides` when evaluating Kubespray's defaults for this cluster.
 */
export async function readClusterOverrides(repoRoot: string, inventoryDir: string): Promise<Record<string, unknown>> {
  const abs = path.resolve(repoRoot, inventoryDir);
  const display = (rel: string) => path.relative(repoRoot, path.join(abs, rel)).split(path.sep).join('/');
  return clusterOverrides(inventoryPins(await loadInventory(directoryFileTree(abs), display)));
}
