import type { ComponentChange, Hazard, ResolvedValue, UpgradeReport } from '../core/knowledge/upgrade-report-types.js';

/** The human-readable report: hazards first (they decide whether to go ahead), then versions, files and drift. */
export function renderReport(r: UpgradeReport): string {
  const out: string[] = [`Kubespray ${r.from} -> ${r.to}`, ''];
  if (r.inventories) {
    out.push(r.inventories.length > 0 ? `INVENTORIES (${r.inventories.length}): ${r.inventories.join(', ')}` : 'INVENTORIES: none found or given; Kubespray defaults only, no pin checks', '');
  }
  if (r.fork) {
    const f = r.fork;
    out.push(`FORK ${f.repository} at ${f.pinned}, built on upstream ${f.baseVersion} + ${f.ownCommits} commit(s); this hop drops ${f.dropped.count}; the fork has the target ${f.targetOnFork === 'ref' ? 'under a ref' : f.targetOnFork === 'by-id' ? 'only by commit id' : f.targetOnFork === 'unchecked' ? 'unchecked (its refs could not be listed)' : 'not at all'}`, '');
  }
  out.push(`HAZARDS (${r.hazards.length})`);
  if (r.hazards.length === 0) out.push('  none');
  for (const h of r.hazards) out.push(...hazardLines(h));
  out.push('');

  const rows = Object.entries(r.components).filter(([, c]) => interesting(c));
  out.push(`COMPONENTS (${rows.length} changed or pinned of ${Object.keys(r.components).length})`);
  out.push(
    ...table(
      ['variable', 'default from', 'default to', 'effective from', 'effective to', 'pinned at'],
      rows.map(([name, c]) => [name, show(c.from), show(c.to), show(c.effectiveFrom), show(c.effectiveTo), c.pinned ? `${c.pinned.file}:${c.pinned.line}` : '']),
    ),
  );
  out.push('');
  for (const c of r.clusters ?? []) {
    const own = Object.entries(c.components).filter(([, v]) => v.pinned || show(v.effectiveFrom) !== show(v.effectiveTo));
    out.push(`CLUSTER ${c.inventory}: ${c.hazards.length} hazard(s)`);
    for (const [name, v] of own) out.push(`  ${name}: ${show(v.effectiveFrom)} -> ${show(v.effectiveTo)}${v.pinned ? ` (pinned at ${v.pinned.file}:${v.pinned.line})` : ''}`);
    out.push('');
  }

  const range = (v: string[]) => (v.length ? `${v[v.length - 1]} .. ${v[0]} (${v.length})` : 'none');
  out.push('SUPPORTED KUBERNETES', `  ${r.from}: ${range(r.supportedKubeVersions.from)}`, `  ${r.to}: ${range(r.supportedKubeVersions.to)}`, '');

  const s = r.changedFilesSummary;
  out.push(`CHANGED FILES (${s.total}: ${counts(s.byStatus)})`);
  out.push(`  by area: ${counts(s.byArea)}`);
  const roles = Object.entries(s.byRole).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
  out.push(`  by role: ${roles.slice(0, 15).map(([k, v]) => `${k} ${v}`).join(', ')}${roles.length > 15 ? `, … ${roles.length - 15} more` : ''}`);
  out.push('');

  const d = r.inventoryDrift;
  if (d) {
    const sm = d.sample;
    out.push('INVENTORY DRIFT');
    out.push(`  sample: ${sm.added.length} added, ${sm.removed.length} removed, ${sm.changed.length} changed, ${sm.moved.length} moved; files +${sm.filesAdded.length} -${sm.filesRemoved.length}`);
    for (const a of sm.added) out.push(`    + ${a.variable} (${a.file}) = ${a.to}`);
    for (const x of sm.removed) out.push(`    - ${x.variable} (${x.file})`);
    for (const c of sm.changed) out.push(`    ~ ${c.variable} (${c.file}): ${c.from} -> ${c.to}`);
    for (const m of sm.moved) out.push(`    > ${m.variable}: ${m.fromFile} -> ${m.file}${m.from !== undefined ? ` (${m.from} -> ${m.to})` : ''}`);
    for (const f of sm.filesAdded) out.push(`    + file ${f}`);
    for (const f of sm.filesRemoved) out.push(`    - file ${f}`);
    if (d.maybeObsolete.length) out.push('  maybe obsolete in your inventory:');
    for (const o of d.maybeObsolete) out.push(`    ${o.file}:${o.line} ${o.variable} (${o.reason})`);
    if (d.staleSampleValues.length) out.push('  still the old sample value:');
    for (const v of d.staleSampleValues) out.push(`    ${v.file}:${v.line} ${v.variable} = ${v.value}${v.sampleTo !== undefined ? ` (sample now ${v.sampleTo})` : ' (no longer in the sample)'}`);
  }
  return out.join('\n') + '\n';
}

function hazardLines(h: Hazard): string[] {
  const at = h.file ? `  ${h.file}${h.line ? `:${h.line}` : ''}` : h.inventories ? `  (${h.inventories.join(', ')})` : '';
  const lines = [`  ${h.severity.padEnd(7)} ${h.id}${at}`, `          ${h.message}`];
  if (h.fix === 'delete-line') lines.push(`          fix: delete the line${h.suggestion ? `, or write: ${h.suggestion}` : ''}`);
  else if (h.suggestion) lines.push(`          fix: ${h.suggestion}`);
  return lines;
}

function interesting(c: ComponentChange): boolean {
  return c.pinned !== undefined || show(c.from) !== show(c.to) || show(c.effectiveFrom) !== show(c.effectiveTo);
}

function show(v: ResolvedValue): string {
  return v.known ? v.value : '?';
}

function counts(r: Record<string, number>): string {
  return Object.entries(r).map(([k, v]) => `${k} ${v}`).join(', ') || 'none';
}

function table(header: string[], rows: string[][]): string[] {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => '  ' + cells.map((c, i) => c.padEnd(widths[i]!)).join('  ').trimEnd();
  return [line(header), ...rows.map(line)];
}
