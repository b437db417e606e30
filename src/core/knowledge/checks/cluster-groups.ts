import { resolveListedGroups, type ListedGroup } from '../../ansible/listed-inventory.js';
import type { LoadedInventory } from '../inventory/load-inventory.js';
import { applyGroupMapping, type GroupMappingStep } from './group-mapping.js';

/**
 * Ansible's `groups` for an inventory after a tag's group mapping has run: every group with
 * all its hosts (children's included), `all` and `ungrouped`. Undefined when some host
 * pattern was not expanded, so membership is not known exactly.
 */
export function clusterGroups(inv: LoadedInventory, mapping: readonly GroupMappingStep[]): Map<string, string[]> | undefined {
  if (inv.unexpandedHosts.length > 0) return undefined;
  const direct = new Map<string, ListedGroup>();
  const names = new Set([...inv.children.keys(), ...[...inv.children.values()].flatMap((s) => [...s]), ...inv.hosts.keys()]);
  names.delete('all');
  for (const g of names) direct.set(g, { hosts: inv.hosts.get(g) ?? [], children: [...(inv.children.get(g) ?? [])] });
  const parented = new Set([...inv.children.entries()].filter(([g]) => g !== 'all').flatMap(([, kids]) => [...kids]));
  direct.set('all', { hosts: inv.hosts.get('all') ?? [], children: [...names].filter((g) => !parented.has(g)) });
  const resolved = resolveListedGroups(direct);
  const allHosts = resolved.get('all') ?? [];
  const grouped = new Set([...resolved].filter(([g]) => g !== 'all' && g !== 'ungrouped').flatMap(([, hs]) => hs));
  resolved.set('ungrouped', allHosts.filter((h) => !grouped.has(h)));
  return applyGroupMapping(resolved, mapping);
}

/** Ansible's group_names for a host: its groups but `all`, sorted. */
export function groupNamesOf(groups: ReadonlyMap<string, readonly string[]>, host: string): string[] {
  return [...groups].filter(([g, hs]) => g !== 'all' && hs.includes(host)).map(([g]) => g).sort();
}
