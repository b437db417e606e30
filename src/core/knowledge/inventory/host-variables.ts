import type { LoadedInventory, ScopedDefinition } from './load-inventory.js';

/**
 * The inventory definition of `name` that wins for one host, in the order ansible-playbook
 * applies inventory variables (checked against it in test/run-upgrade/drain-settings.test.ts):
 * the inventory file's group vars (`all` first, then by depth and name) < group_vars/all <
 * the other group_vars (by depth, then name) < the inventory file's host vars < host_vars.
 * The same tiers as pins.ts, but only the groups the host belongs to (directly or through a
 * child group) count.
 */
export function hostDefinition(inv: LoadedInventory, host: string, name: string, groups: ReadonlySet<string>, depth: ReadonlyMap<string, number>): ScopedDefinition | undefined {
  let best: { d: ScopedDefinition; rank: [number, number, string] } | undefined;
  for (const d of inv.definitions) {
    if (d.name !== name) continue;
    const s = d.scope;
    let rank: [number, number, string];
    if (s.kind === 'host') {
      if (s.name !== host) continue;
      rank = [s.origin === 'inventory-file' ? 3 : 4, 0, ''];
    } else {
      if (s.name !== 'all' && !groups.has(s.name)) continue;
      const byDepth: [number, string] = s.name === 'all' ? [0, ''] : [depth.get(s.name) ?? 1, s.name];
      rank = [s.origin === 'inventory-file' ? 0 : s.name === 'all' ? 1 : 2, ...byDepth];
    }
    // Within one rank, later definitions (later files, later lines) win: >= keeps the last.
    if (!best || compareRank(rank, best.rank) >= 0) best = { d, rank };
  }
  return best?.d;
}

function compareRank(a: [number, number, string], b: [number, number, string]): number {
  return a[0] - b[0] || a[1] - b[1] || (a[2] < b[2] ? -1 : a[2] > b[2] ? 1 : 0);
}

/** host -> every group it belongs to (`all` aside), through child groups too. */
export function hostGroups(inv: LoadedInventory): Map<string, Set<string>> {
  const parents = new Map<string, string[]>();
  for (const [g, kids] of inv.children) for (const k of kids) parents.set(k, [...(parents.get(k) ?? []), g]);
  const out = new Map<string, Set<string>>();
  for (const [group, hosts] of inv.hosts) {
    for (const h of hosts) {
      const set = out.get(h) ?? new Set<string>();
      const stack = [group];
      while (stack.length) {
        const g = stack.pop()!;
        if (g === 'all' || set.has(g)) continue;
        set.add(g);
        stack.push(...(parents.get(g) ?? []));
      }
      out.set(h, set);
    }
  }
  // Hosts that only a host-level definition names (host_vars of a host in no group) are in `all`.
  for (const d of inv.definitions) if (d.scope.kind === 'host' && !out.has(d.scope.name)) out.set(d.scope.name, new Set());
  return out;
}
