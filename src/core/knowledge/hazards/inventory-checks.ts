import type { CheckResult } from '../checks/run-checks.js';
import type { InventoryPins } from '../inventory/pins.js';
import type { Hazard } from '../upgrade-report-types.js';

const MAX_LISTED = 12;

/**
 * Kubespray's own inventory assertions at the target, as hazards: a failing one is an error
 * quoting Kubespray's task name and message, pointed at the team's definition of a variable
 * the condition uses; one Ansible could not even evaluate is an error too (the play stops
 * either way); the ones this evaluator cannot decide are listed in one notice, never guessed.
 */
export function inventoryCheckHazards(to: string, results: readonly CheckResult[], pins: InventoryPins): Hazard[] {
  const out: Hazard[] = [];
  const unknown: string[] = [];
  for (const { check, outcome } of results) {
    const where = `${to}:${check.file}:${check.line}`;
    if (outcome.status === 'fail' || outcome.status === 'error') {
      const text = outcome.status === 'fail' ? outcome.condition : String(check.that.join(' '));
      const def = teamDefinition(`${text}\n${check.when.join('\n')}`, pins);
      const at = outcome.host ? ` on ${outcome.host}` : '';
      const message =
        outcome.status === 'fail'
          ? `Kubespray ${to} would stop${at} at "${check.name}" (${where}): ${outcome.message.trim()} — the condition \`${outcome.condition}\` is false${outcome.item ? ` for item ${outcome.item}` : ''} with this inventory.`
          : `Kubespray ${to} would stop${at} at "${check.name}" (${where}): Ansible cannot evaluate it with this inventory (${outcome.message}).`;
      out.push({
        id: outcome.status === 'fail' ? 'inventory-check-fails' : 'inventory-check-error',
        severity: 'error',
        message: def ? `${message} ${def.name} is set at ${def.file}:${def.line}.` : message,
        ...(def ? { file: def.file, line: def.line, variable: def.name } : { file: `${to}:${check.file}`, line: check.line }),
      });
    } else if (outcome.status === 'unknown') {
      unknown.push(`"${check.name}" (${check.file}:${check.line}: ${outcome.reason})`);
    }
  }
  if (unknown.length > 0) {
    const listed = unknown.slice(0, MAX_LISTED).join('; ');
    out.push({
      id: 'inventory-checks-unknown',
      severity: 'notice',
      message:
        `${unknown.length} of Kubespray ${to}'s inventory checks could not be evaluated before the run (they use gathered facts, ` +
        `per-host values or constructs this evaluator does not reproduce), so they are not reported either way: ${listed}${unknown.length > MAX_LISTED ? `; and ${unknown.length - MAX_LISTED} more` : ''}.`,
    });
  }
  return out;
}

/** The team's cluster-wide definition of the first inventory variable the text names. */
function teamDefinition(text: string, pins: InventoryPins) {
  for (const m of text.matchAll(/[A-Za-z_][A-Za-z0-9_]*/g)) {
    const def = pins.clusterWide.get(m[0]) ?? pins.definitions.get(m[0])?.[0];
    if (def) return def;
  }
  return undefined;
}
