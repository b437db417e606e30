import { clusterGroups } from '../checks/cluster-groups.js';
import { legacyNames, type GroupMappingStep } from '../checks/group-mapping.js';
import type { LoadedInventory } from '../inventory/load-inventory.js';
import type { Hazard } from '../upgrade-report-types.js';

export interface LegacyGroupsInput {
  inventory: LoadedInventory;
  /** The group mappings as the from and to tags' files state them. */
  from: readonly GroupMappingStep[];
  to: readonly GroupMappingStep[];
}

/**
 * `legacy-group-unmapped`: the inventory uses an old group name (`kube-master`, ...) that the
 * from tag still maps to its current name and the target no longer does, and some of its
 * hosts would therefore not be in the current group at the target. Where the target's
 * mapping still covers the name, or the inventory also puts the hosts in the current group,
 * nothing is raised.
 */
export function legacyGroupHazards(from: string, to: string, input: LegacyGroupsInput): Hazard[] {
  const before = legacyNames(input.from);
  const after = legacyNames(input.to);
  const inv = input.inventory;
  const named = new Set([...inv.groupDeclarations.keys(), ...inv.children.keys(), ...[...inv.children.values()].flatMap((s) => [...s]), ...inv.hosts.keys()]);
  const groupsTo = clusterGroups(inv, input.to);
  const out: Hazard[] = [];
  for (const group of [...named].sort()) {
    const target = before.get(group);
    if (target === undefined || after.has(group)) continue;
    const decl = inv.groupDeclarations.get(group);
    const at = decl ? { file: decl.file, line: decl.line } : {};
    if (!groupsTo) {
      out.push({
        id: 'legacy-group-unmapped',
        severity: 'warning',
        ...at,
        message: `The inventory uses the old group name ${group}, which ${from} maps to ${target} and ${to} no longer maps; some host patterns could not be expanded, so check by hand that every host of ${group} is also in ${target}, or rename the group to ${target}.`,
      });
      continue;
    }
    const mapped = new Set(groupsTo.get(target) ?? []);
    const missing = (groupsTo.get(group) ?? []).filter((h) => !mapped.has(h));
    if (missing.length === 0) continue;
    const shown = missing.slice(0, 10).join(', ') + (missing.length > 10 ? `, … ${missing.length - 10} more` : '');
    out.push({
      id: 'legacy-group-unmapped',
      severity: 'error',
      ...at,
      message:
        `The inventory uses the old group name ${group}${decl ? ` (${decl.file}:${decl.line})` : ''}, which ${from} maps to ${target}; ${to}'s group mapping no longer covers it, ` +
        `so ${shown} would not be in ${target} and Kubespray would not treat ${missing.length === 1 ? 'it' : 'them'} as such. Rename the group to ${target} (and any group_vars/${group} to group_vars/${target}).`,
    });
  }
  return out;
}
