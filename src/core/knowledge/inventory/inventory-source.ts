import { isMap, isScalar, type Node, type Pair } from 'yaml';
import { loadAnsibleYaml, type PyValue } from '../defaults/index.js';
import { PyDict } from '../jinja/values.js';
import { mappingDefinitions, parseYamlWithLines, type VariableDefinition } from './variable-definitions.js';

/** What an inventory file (INI or YAML) says about variables and the group tree. */
export interface InventorySourceVars {
  groupVars: Array<{ group: string; def: VariableDefinition }>;
  hostVars: Array<{ host: string; def: VariableDefinition }>;
  /** group -> its direct child groups. */
  children: Map<string, Set<string>>;
  /** Host entries as written (patterns such as `node[1:3]` not expanded), with their group. */
  hosts: Array<{ group: string; host: string }>;
  /** group -> 1-based line where the file first names it. */
  groupLines: Map<string, number>;
}

function at(py: PyValue | undefined, key: string): PyValue | undefined {
  return py instanceof PyDict ? py.get(key) : undefined;
}

const GROUP_KEYS = new Set(['hosts', 'vars', 'children']);

/**
 * A YAML inventory (`all: {hosts, vars, children}`), or undefined when the file is not one:
 * a top-level YAML file in an inventory directory may be anything.
 */
export function parseYamlInventory(text: string, file: string): InventorySourceVars | undefined {
  const { doc, lines } = parseYamlWithLines(text, file);
  const root = doc.contents as Node | null;
  if (!isMap(root) || root.items.length === 0) return undefined;
  const looksLikeGroup = (p: Pair) =>
    p.value === null || (isMap(p.value) && p.value.items.every((i) => isScalar(i.key) && GROUP_KEYS.has(String(i.key.value))));
  if (!root.items.every(looksLikeGroup)) return undefined;

  const out: InventorySourceVars = { groupVars: [], hostVars: [], children: new Map(), hosts: [], groupLines: new Map() };
  // The document's nodes give positions; the parallel loaded values give Ansible's types.
  const visit = (group: string, node: unknown, py: PyValue | undefined, keyStart: number | undefined) => {
    if (!out.children.has(group)) out.children.set(group, new Set());
    if (keyStart !== undefined && !out.groupLines.has(group)) out.groupLines.set(group, lines.linePos(keyStart).line);
    if (!isMap(node)) return;
    const section = (key: string) => node.items.find((i) => isScalar(i.key) && i.key.value === key)?.value as Node | undefined;
    const pySection = (key: string) => at(py, key);
    for (const def of mappingDefinitions(section('vars'), pySection('vars'), text, lines, file)) out.groupVars.push({ group, def });
    const hosts = section('hosts');
    if (isMap(hosts)) {
      for (const h of hosts.items) {
        if (!isScalar(h.key)) continue;
        const host = String(h.key.value);
        out.hosts.push({ group, host });
        for (const def of mappingDefinitions(h.value, at(pySection('hosts'), host), text, lines, file)) out.hostVars.push({ host, def });
      }
    }
    const children = section('children');
    if (isMap(children)) {
      for (const c of children.items) {
        if (!isScalar(c.key)) continue;
        const child = String(c.key.value);
        out.children.get(group)!.add(child);
        visit(child, c.value, at(pySection('children'), child), c.key.range?.[0]);
      }
    }
  };
  const loaded = loadAnsibleYaml(text, file);
  for (const p of root.items) if (isScalar(p.key)) visit(String(p.key.value), p.value, at(loaded, String(p.key.value)), p.key.range?.[0]);
  return out;
}
