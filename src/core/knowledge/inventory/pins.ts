import type { LoadedInventory, ScopedDefinition } from './load-inventory.js';

/**
 * Every variable the team sets, and the one definition that governs the cluster as a
 * whole. Policy (docs/report-schema.md, "Pins"): the cluster-wide value of a variable is
 * its highest-precedence group-level definition (inventory-file group vars <
 * group_vars/all < other group_vars, deeper groups later, as Ansible orders them). Host
 * definitions apply to one host only; they never change the cluster-wide value.
 */
export interface InventoryPins {
  /** Variable -> its definitions in increasing Ansible precedence (host scopes last). */
  definitions: Map<string, ScopedDefinition[]>;
  /** Variable -> the group-level definition that wins. */
  clusterWide: Map<string, ScopedDefinition>;
}

export function inventoryPins(inv: LoadedInventory): InventoryPins {
  const depth = groupDepths(inv.children);
  const rank = (d: ScopedDefinition): [number, number, string] => {
    const s = d.scope;
    if (s.kind === 'host') return [s.origin === 'inventory-file' ? 3 : 4, 0, s.name];
    const tier = s.origin === 'inventory-file' ? 0 : s.name === 'all' ? 1 : 2;
    return [tier, s.name === 'all' ? 0 : (depth.get(s.name) ?? 1), s.name];
  };
  // A stable sort keeps load order (later file / later line wins) within one scope.
  const sorted = inv.definitions
    .map((d, i) => ({ d, i, r: rank(d) }))
    .sort((a, b) => a.r[0] - b.r[0] || a.r[1] - b.r[1] || (a.r[2] < b.r[2] ? -1 : a.r[2] > b.r[2] ? 1 : 0) || a.i - b.i)
    .map((x) => x.d);

  const definitions = new Map<string, ScopedDefinition[]>();
  const clusterWide = new Map<string, ScopedDefinition>();
  for (const d of sorted) {
    definitions.set(d.name, [...(definitions.get(d.name) ?? []), d]);
    if (d.scope.kind === 'group') clusterWide.set(d.name, d);
  }
  return { definitions, clusterWide };
}

/** The values to evaluate Kubespray's defaults with: every readable cluster-wide definition. */
export function clusterOverrides(pins: InventoryPins): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [name, d] of pins.clusterWide) if (!d.encrypted) out[name] = d.value;
  return out;
}

/** Ansible's group depth: `all` is 0, a group with no parent 1, a child one deeper than its deepest parent. */
export function groupDepths(children: ReadonlyMap<string, ReadonlySet<string>>): Map<string, number> {
  const parents = new Map<string, string[]>();
  for (const [g, kids] of children) for (const k of kids) parents.set(k, [...(parents.get(k) ?? []), g]);
  const depth = new Map<string, number>([['all', 0]]);
  const visit = (g: string, seen: Set<string>): number => {
    const known = depth.get(g);
    if (known !== undefined) return known;
    if (seen.has(g)) return 1;
    seen.add(g);
    const ps = (parents.get(g) ?? []).filter((p) => p !== 'all');
    const d = ps.length === 0 ? 1 : Math.max(...ps.map((p) => visit(p, seen))) + 1;
    depth.set(g, d);
    return d;
  };
  for (const g of new Set([...children.keys(), ...parents.keys()])) visit(g, new Set());
  return depth;
}
