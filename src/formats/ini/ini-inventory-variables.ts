import type { PyValue } from '../../core/knowledge/defaults/index.js';
import type { QuoteStyle, VariableDefinition } from '../../core/knowledge/inventory/variable-definitions.js';
import type { InventorySourceVars } from '../../core/knowledge/inventory/inventory-source.js';
import { readIniInventory } from './ini-inventory.js';

/**
 * The variables of an INI inventory (`[group:vars]` sections and `host key=value` lines)
 * and its group tree (`[group:children]`): a view on readIniInventory.
 */
export function parseIniInventory(text: string, file: string): InventorySourceVars {
  const groupVars: Array<{ group: string; def: VariableDefinition }> = [];
  const hostVars: Array<{ host: string; def: VariableDefinition }> = [];
  const children = new Map<string, Set<string>>();
  const hosts: Array<{ group: string; host: string }> = [];
  const groupLines = new Map<string, number>();
  for (const e of readIniInventory(text)) {
    if (e.kind === 'section') {
      if (!children.has(e.group)) children.set(e.group, new Set());
      if (!groupLines.has(e.group)) groupLines.set(e.group, e.line);
    } else if (e.kind === 'child') {
      children.get(e.group)!.add(e.name);
    } else if (e.kind === 'variable') {
      if (e.raw !== undefined) groupVars.push({ group: e.group, def: iniDefinition(e.name, e.raw, file, e.line, e.text, e.start!) });
    } else if (e.kind === 'host') {
      hosts.push({ group: e.group, host: e.token });
      for (const v of e.vars) hostVars.push({ host: e.token, def: iniDefinition(v.name, v.raw, file, e.line, e.text, v.start) });
    }
  }
  return { groupVars, hostVars, children, hosts, groupLines };
}

function iniDefinition(name: string, raw: string, file: string, line: number, lineText: string, start: number): VariableDefinition {
  const quote: QuoteStyle = /^".*"$/.test(raw) ? 'double' : /^'.*'$/.test(raw) ? 'single' : 'plain';
  return {
    name,
    value: iniValue(raw),
    file,
    line,
    source: { lineText, valueStart: start, valueEnd: start + raw.length, quote, syntax: 'ini' },
  };
}

/** Ansible runs INI values through Python's literal_eval and keeps the text when that fails. */
export function iniValue(raw: string): PyValue {
  if (/^"(?:[^"\\]|\\.)*"$/.test(raw)) return raw.slice(1, -1).replace(/\\(.)/g, '$1');
  if (/^'[^']*'$/.test(raw)) return raw.slice(1, -1);
  if (/^[-+]?\d+$/.test(raw)) return BigInt(raw);
  if (/^[-+]?(\d+\.\d*|\.\d+)([eE][-+]?\d+)?$/.test(raw)) return Number(raw); // a JS number is a Python float here, even for 2.0
  if (raw === 'True' || raw === 'False') return raw === 'True';
  if (raw === 'None') return null;
  return raw;
}
