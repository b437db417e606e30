import path from 'node:path';
import { canonicalKubeVersion } from '../kube/index.js';
import { directoryTreeSource, loadKubesprayDefaults, resolveVariable } from '../knowledge/defaults/index.js';
import { loadInventory } from '../knowledge/inventory/load-inventory.js';
import { teamInventoryTree } from '../knowledge/inventory/team-inventory.js';
import { clusterOverrides, inventoryPins, type InventoryPins } from '../knowledge/inventory/pins.js';
import type { KubeTarget } from './preflight.js';

/**
 * The kube_version the checked-out Kubespray would install: its role defaults evaluated
 * with the inventory's cluster-wide pins applied, as Ansible would.
 */
export async function effectiveKubeTarget(kubesprayDir: string, inventoryPath: string): Promise<KubeTarget> {
  const defaults = await loadKubesprayDefaults(directoryTreeSource(path.resolve(kubesprayDir)));
  const pins = await readInventoryPins(inventoryPath);
  const r = resolveVariable(defaults, 'kube_version', clusterOverrides(pins));
  if (!r.known) return { known: false, reason: `${r.reason} (kube_version: ${r.expression})` };
  const pin = pins.clusterWide.get('kube_version');
  return { known: true, value: canonicalKubeVersion(r.value), source: pin ? `pinned in ${pin.file}:${pin.line}` : 'Kubespray default' };
}

/** The inventory's cluster-wide variables, with the file and line that set each (a file or a folder, as Ansible reads it). */
export async function readInventoryPins(inventoryPath: string): Promise<InventoryPins> {
  return inventoryPins(await loadInventory(teamInventoryTree(inventoryPath), (rel) => rel));
}
