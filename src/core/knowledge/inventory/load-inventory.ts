import path from 'node:path';
import { expandHostPattern } from '../../ansible/host-patterns.js';
import { parseIniInventory } from '../../../formats/ini/ini-inventory-variables.js';
import { parseYamlInventory, type InventorySourceVars } from './inventory-source.js';
import { varsFileDefinitions, type VariableDefinition } from './variable-definitions.js';

/** A read-only directory: a checked-out inventory, or inventory/sample inside a tag. */
export interface FileTree {
  /** Every file, recursively, as a posix path relative to the tree's root. */
  files(): Promise<string[]>;
  read(rel: string): Promise<string | undefined>;
}

export type VariableScope =
  | { kind: 'group'; name: string; origin: 'inventory-file' | 'group_vars' }
  | { kind: 'host'; name: string; origin: 'inventory-file' | 'host_vars' };

export interface ScopedDefinition extends VariableDefinition {
  scope: VariableScope;
}

export interface LoadedInventory {
  /** In the order Ansible loads them within each scope; see pins.ts for precedence. */
  definitions: ScopedDefinition[];
  /** group -> direct child groups, from the inventory files. */
  children: Map<string, Set<string>>;
  /** Every file of the tree (relative), vars or not. */
  files: string[];
  /** Files Ansible would read that this cannot (vault-encrypted). */
  unreadable: string[];
  /** group -> its direct hosts, host patterns expanded, in file order. */
  hosts: Map<string, string[]>;
  /** Host entries whose pattern is not expanded here exactly (Ansible would decide); group membership is then incomplete. */
  unexpandedHosts: string[];
  /** group -> where an inventory file first names it. */
  groupDeclarations: Map<string, { file: string; line: number }>;
}

/** Ansible's vars file extensions; "" (no extension) counts too. */
const VARS_EXTENSIONS = ['', '.yml', '.yaml', '.json'];

/**
 * Loads every variable an inventory directory sets, the way Ansible's inventory and
 * host_group_vars plugins find them. `display` maps a tree path to the path the report shows;
 * `include` limits which files are parsed (`files` still lists them all).
 */
export async function loadInventory(tree: FileTree, display: (rel: string) => string, include: (rel: string) => boolean = () => true): Promise<LoadedInventory> {
  const files = (await tree.files()).sort();
  const parsed = files.filter(include);
  const definitions: ScopedDefinition[] = [];
  const children = new Map<string, Set<string>>();
  const unreadable: string[] = [];
  const hosts = new Map<string, string[]>();
  const unexpandedHosts: string[] = [];
  const groupDeclarations = new Map<string, { file: string; line: number }>();
  const read = async (rel: string) => {
    const text = (await tree.read(rel)) ?? '';
    if (text.trimStart().startsWith('$ANSIBLE_VAULT')) unreadable.push(display(rel));
    return text;
  };

  for (const rel of parsed) {
    if (rel.includes('/') || hidden(rel)) continue;
    const ext = path.posix.extname(rel);
    const text = await read(rel);
    let parsed: InventorySourceVars | undefined;
    if (ext === '' || ext === '.ini') parsed = parseIniInventory(text, display(rel));
    else if (['.yml', '.yaml', '.json'].includes(ext) && !text.trimStart().startsWith('$ANSIBLE_VAULT')) parsed = parseYamlInventory(text, display(rel));
    if (!parsed) continue;
    for (const [g, kids] of parsed.children) for (const k of kids) addChild(children, g, k);
    for (const { group, host } of parsed.hosts) {
      const expanded = expandHostPattern(host);
      if (!expanded) unexpandedHosts.push(`${host} (${display(rel)})`);
      const list = hosts.get(group) ?? [];
      for (const h of expanded ?? []) if (!list.includes(h)) list.push(h);
      hosts.set(group, list);
    }
    for (const [g, line] of parsed.groupLines) if (!groupDeclarations.has(g)) groupDeclarations.set(g, { file: display(rel), line });
    for (const { group, def } of parsed.groupVars) definitions.push({ ...def, scope: { kind: 'group', name: group, origin: 'inventory-file' } });
    for (const { host, def } of parsed.hostVars) definitions.push({ ...def, scope: { kind: 'host', name: host, origin: 'inventory-file' } });
  }

  for (const { rel, kind, entity } of varsFiles(parsed)) {
    const text = await read(rel);
    for (const def of varsFileDefinitions(text, display(rel))) {
      const scope: VariableScope =
        kind === 'group_vars' ? { kind: 'group', name: entity, origin: 'group_vars' } : { kind: 'host', name: entity, origin: 'host_vars' };
      definitions.push({ ...def, scope });
    }
  }
  return { definitions, children, files, unreadable, hosts, unexpandedHosts, groupDeclarations };
}

/** The group_vars / host_vars files Ansible reads, in its load order per entity (later wins). */
export function varsFiles(files: readonly string[]): Array<{ rel: string; kind: 'group_vars' | 'host_vars'; entity: string }> {
  const out: Array<{ rel: string; kind: 'group_vars' | 'host_vars'; entity: string; key: string }> = [];
  for (const rel of files) {
    const parts = rel.split('/');
    const kind = parts[0];
    if ((kind !== 'group_vars' && kind !== 'host_vars') || parts.length < 2 || parts.some(hidden)) continue;
    const ext = path.posix.extname(parts[parts.length - 1]!);
    if (!VARS_EXTENSIONS.includes(ext)) continue;
    if (parts.length === 2) {
      const entity = parts[1]!.slice(0, parts[1]!.length - ext.length);
      out.push({ rel, kind, entity, key: `${entity}\0${VARS_EXTENSIONS.indexOf(ext)}` });
    } else {
      // Ansible only descends into directories without an extension.
      if (parts.slice(1, -1).some((d) => path.posix.extname(d) !== '')) continue;
      out.push({ rel, kind, entity: parts[1]!, key: `${parts[1]}\0${0}\0${parts.slice(2).join('\0')}` });
    }
  }
  return out.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0)).map(({ rel, kind, entity }) => ({ rel, kind, entity }));
}

function hidden(name: string): boolean {
  return name.startsWith('.') || name.endsWith('~');
}

function addChild(children: Map<string, Set<string>>, group: string, child: string): void {
  const set = children.get(group) ?? new Set<string>();
  set.add(child);
  children.set(group, set);
}
