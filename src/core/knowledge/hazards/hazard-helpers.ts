import type { ScopedDefinition } from '../inventory/load-inventory.js';
import { displayValue } from '../inventory/variable-definitions.js';
import type { Hazard, HazardSeverity, PinnedValue } from '../upgrade-report-types.js';

export function scopeLabel(d: ScopedDefinition): string {
  return `${d.scope.kind}:${d.scope.name}`;
}

export function pinnedValue(d: ScopedDefinition): PinnedValue {
  return { value: d.encrypted ? '(vault)' : displayValue(d.value), file: d.file, line: d.line, scope: scopeLabel(d) };
}

/** "group_vars/all/k8s.yml:20 (group all)". */
export function where(d: ScopedDefinition): string {
  return `${d.file}:${d.line} (${d.scope.kind} ${d.scope.name})`;
}

const ORDER: Record<HazardSeverity, number> = { error: 0, warning: 1, notice: 2 };

/** Most severe first; otherwise the order they were found in. */
export function sortHazards(hazards: readonly Hazard[]): Hazard[] {
  return hazards
    .map((h, i) => ({ h, i }))
    .sort((a, b) => ORDER[a.h.severity] - ORDER[b.h.severity] || a.i - b.i)
    .map((x) => x.h);
}
