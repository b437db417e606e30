import { statSync } from 'node:fs';
import path from 'node:path';
import { canonicalKubeVersion } from '../kube/index.js';
import { directoryTreeSource, loadKubesprayDefaults, resolveVariable } from '../kubespray/defaults/index.js';
import { directoryFileTree } from '../kubespray/inventory/directory-tree.js';
import { loadInventory, type FileTree } from '../kubespray/inventory/load-inventory.js';
import { clusterOverrides, inventoryPins, type InventoryPins } from '../kubespray/inventory/pins.js';
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

/** The inventory's cluster-wide variables, with the file and line that set each. */
export async function readInventoryPins(inventoryPath: string): Promise<InventoryPins> {
  return inventoryPins(await loadInventory(inventoryTree(inventoryPath), (rel) => rel));
}

/**
 * Ansible given an inventory file reads that file plus the group_vars/host_vars beside
 * it, not the other inventory files in its directory.
 */
export function inventoryTree(inventoryPath: string): FileTree {
  const abs = path.resolve(inventoryPath);
  if (statSync(abs, { throwIfNoEntry: false })?.isDirectory()) return directoryFileTree(abs);
  const dir = directoryFileTree(path.dirname(abs));
  const name = path.basename(abs);
  return {
    files: async () => (await dir.files()).filter((f) => f === name || f.startsWith('group_vars/') || f.startsWith('host_vars/')),
    read: (rel) => dir.read(rel),
  };
}
