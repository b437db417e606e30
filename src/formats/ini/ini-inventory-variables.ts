import type { PyValue } from '../../core/knowledge/defaults/index.js';
import type { QuoteStyle, VariableDefinition } from '../../core/knowledge/inventory/variable-definitions.js';
import type { InventorySourceVars } from '../../core/knowledge/inventory/inventory-source.js';

const SECTION = /^\[([^:\]\s]+)(?::(\w+))?\]\s*(?:[#;].*)?$/;
const HOST_VAR = /([A-Za-z_][\w.-]*)=("(?:[^"\\]|\\.)*"|'[^']*'|[^\s#]+)/g;

/**
 * The variables of an INI inventory (`[group:vars]` sections and `host key=value` lines)
 * and its group tree (`[group:children]`), following Ansible's ini inventory plugin.
 */
export function parseIniInventory(text: string, file: string): InventorySourceVars {
  const groupVars: Array<{ group: string; def: VariableDefinition }> = [];
  const hostVars: Array<{ host: string; def: VariableDefinition }> = [];
  const children = new Map<string, Set<string>>();
  const hosts: Array<{ group: string; host: string }> = [];
  const groupLines = new Map<string, number>();
  let group = 'ungrouped';
  let kind = 'hosts';
  const lines = text.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const lineText = lines[i]!.replace(/\r$/, '');
    const trimmed = lineText.trim();
    if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const section = SECTION.exec(trimmed);
    if (section) {
      group = section[1]!;
      kind = section[2] ?? 'hosts';
      if (!children.has(group)) children.set(group, new Set());
      if (!groupLines.has(group)) groupLines.set(group, i + 1);
      continue;
    }
    if (kind === 'children') {
      children.get(group)!.add(trimmed.split(/\s+/)[0]!);
    } else if (kind === 'vars') {
      const eq = lineText.indexOf('=');
      if (eq < 0) continue;
      const name = lineText.slice(0, eq).trim();
      const rawStart = eq + 1 + (/^\s*/.exec(lineText.slice(eq + 1))?.[0].length ?? 0);
      const raw = lineText.slice(rawStart).trimEnd();
      groupVars.push({ group, def: iniDefinition(name, raw, file, i + 1, lineText, rawStart) });
    } else {
      const host = /^\S+/.exec(trimmed)![0];
      hosts.push({ group, host });
      const afterHost = lineText.indexOf(host) + host.length;
      HOST_VAR.lastIndex = afterHost;
      for (let m = HOST_VAR.exec(lineText); m; m = HOST_VAR.exec(lineText)) {
        const before = lineText.slice(afterHost, m.index);
        if (/(^|\s)#/.test(before)) break;
        const rawStart = m.index + m[1]!.length + 1;
        hostVars.push({ host, def: iniDefinition(m[1]!, m[2]!, file, i + 1, lineText, rawStart) });
      }
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
