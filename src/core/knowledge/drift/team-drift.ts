import type { LoadedInventory } from '../inventory/load-inventory.js';
import { displayValue } from '../inventory/variable-definitions.js';
import type { InventoryDrift } from '../upgrade-report-types.js';
import type { KnownVariables } from './known-variables.js';

/**
 * The obsolete rule (docs/report-schema.md): many team variables are in no sample at all
 * (role defaults, the team's own), so absence from the target sample proves nothing. A
 * variable is flagged only when Kubespray knew it at the from tag (set or shown commented
 * in the sample, or a role default/var) and the to tag stopped knowing it:
 * `removed` when no to sample line and no to role defaults/vars file mentions it at all,
 * `dropped-from-sample` when the sample stopped naming it but role defaults still do.
 */
export function maybeObsolete(team: LoadedInventory, from: KnownVariables, to: KnownVariables): InventoryDrift['maybeObsolete'] {
  const out: InventoryDrift['maybeObsolete'] = [];
  for (const d of team.definitions) {
    const knewIt = from.sample.has(d.name) || from.roles.has(d.name);
    if (!knewIt || to.sample.has(d.name)) continue;
    if (!to.mentions(d.name)) out.push({ variable: d.name, file: d.file, line: d.line, reason: 'removed' });
    else if (from.sample.has(d.name)) out.push({ variable: d.name, file: d.file, line: d.line, reason: 'dropped-from-sample' });
  }
  return out;
}

/**
 * Team values still equal to what the from sample said, where the to sample says
 * something else or no longer sets the variable (then `sampleTo` is absent).
 */
export function staleSampleValues(team: LoadedInventory, sample: InventoryDrift['sample']): InventoryDrift['staleSampleValues'] {
  const changes = [...sample.changed, ...sample.moved.filter((m) => m.from !== undefined), ...sample.removed];
  const out: InventoryDrift['staleSampleValues'] = [];
  for (const d of team.definitions) {
    if (d.encrypted) continue;
    const value = displayValue(d.value);
    const change = changes.find((c) => c.variable === d.name && c.from === value);
    if (!change) continue;
    const entry = { variable: d.name, file: d.file, line: d.line, value, sampleFile: change.file };
    out.push(change.to === undefined ? entry : { ...entry, sampleTo: change.to });
  }
  return out;
}
