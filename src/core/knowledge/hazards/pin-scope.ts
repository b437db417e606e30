import type { ScopedDefinition } from '../inventory/load-inventory.js';
import { displayValue } from '../inventory/variable-definitions.js';
import type { Hazard } from '../upgrade-report-types.js';
import { where } from './hazard-helpers.js';

/**
 * Pins that do not apply to the whole cluster: a host-only pin (`pin-host-scoped`), or
 * definitions that give different hosts different values (`pin-conflict`). Either way
 * some nodes would run another version than the report's cluster-wide value.
 */
export function pinScopeHazards(variable: string, defs: readonly ScopedDefinition[], clusterWide: ScopedDefinition | undefined): Hazard[] {
  const values = new Set(defs.map((d) => (d.encrypted ? '(vault)' : displayValue(d.value))));
  const hostPins = defs.filter((d) => d.scope.kind === 'host');
  const first = defs[0]!;
  if (values.size > 1) {
    const list = defs.map((d) => `${d.encrypted ? '(vault)' : displayValue(d.value)} at ${where(d)}`).join('; ');
    const winner = clusterWide ?? hostPins[hostPins.length - 1] ?? first;
    return [
      {
        id: 'pin-conflict',
        severity: 'warning',
        variable,
        file: winner.file,
        line: winner.line,
        message: `${variable} is set to different values: ${list}. Hosts would disagree on ${variable}; keep a single cluster-wide definition.`,
      },
    ];
  }
  if (!clusterWide && hostPins.length > 0) {
    const hosts = hostPins.map((d) => d.scope.name).join(', ');
    return [
      {
        id: 'pin-host-scoped',
        severity: 'warning',
        variable,
        file: first.file,
        line: first.line,
        message: `${variable} is pinned only for ${hostPins.length === 1 ? 'host' : 'hosts'} ${hosts} (${hostPins.map(where).join('; ')}); every other host gets Kubespray's default, so hosts would disagree.`,
      },
    ];
  }
  return [];
}
