import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { loadAnsibleYaml } from '../../core/knowledge/defaults/index.js';
import { YamlLimitError } from '../yaml/yaml-limits.js';
import { PyDict } from '../../core/knowledge/jinja/values.js';
import type { PyValue } from '../../core/knowledge/jinja/values.js';
import { expandHostPattern } from '../../core/ansible/host-patterns.js';
import { resolveListedGroups, type Inventory, type ListedGroup } from '../../core/ansible/listed-inventory.js';
import { readIniInventory } from './ini-inventory.js';

export type StaticInventoryRead = { inventory: Inventory; format: 'INI' | 'YAML' } | { declined: string };

/**
 * Reads a plain INI or YAML inventory file without starting Python, producing what
 * `ansible-inventory --list` would for the groups and hosts (ansible-inventory costs ~0.4 s,
 * the largest part of run-upgrade's start-up). Anything it does not reproduce exactly is
 * declined with a reason, and the caller asks ansible-inventory: scripts, plugins, vaults,
 * quoting, ports, dashed group names, and any `kube_override_hostname` (node names come
 * from host variables, which this does not evaluate; the returned hostvars are empty).
 */
export function readStaticInventory(file: string): StaticInventoryRead {
  const st = statSync(file, { throwIfNoEntry: false });
  if (!st?.isFile()) return { declined: `${file} is not a regular file` };
  if (st.mode & 0o111) return { declined: `${file} is executable, so Ansible runs it as an inventory script` };
  const ext = path.extname(file);
  const format = ext === '.ini' ? 'INI' : ['.yml', '.yaml', '.json'].includes(ext) ? 'YAML' : undefined;
  if (!format) return { declined: `${path.basename(file)} has no .ini, .yml, .yaml or .json extension` };
  const text = readFileSync(file, 'utf8');
  const unsafe = encodingHazard(text) ?? contentHazard(text) ?? varsHazard(path.dirname(file));
  if (unsafe) return { declined: unsafe };
  const builder = new InventoryBuilder();
  const why = format === 'INI' ? readIni(text, builder) : readYaml(text, file, builder);
  if (why) return { declined: `${path.basename(file)}: ${why}` };
  return { inventory: builder.inventory(), format };
}

/** Text this reader could split into lines or tokens differently from Python. */
function encodingHazard(text: string): string | undefined {
  if (/[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]/.test(text)) return 'it holds line separators other than newlines';
  // JavaScript's trim() and Python's strip() disagree on a byte-order mark; other non-ASCII spaces are rare enough to leave to Ansible.
  if (/[\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000\ufeff]/.test(text)) return 'it holds a byte-order mark or non-ASCII spaces';
  if (text.includes('\ufffd')) return 'it is not valid UTF-8';
  return undefined;
}

/** Content whose effect on hosts or node names only Ansible can evaluate. */
function contentHazard(text: string): string | undefined {
  if (text.includes('$ANSIBLE_VAULT') || text.includes('!vault')) return 'it holds vault-encrypted content';
  if (text.split(/\r?\n/).some((l) => l.includes('kube_override_hostname') && !/^\s*[#;]/.test(l))) return 'it sets kube_override_hostname';
  return undefined;
}

/** group_vars / host_vars beside the inventory may rename nodes; those need Ansible's evaluation. */
function varsHazard(dir: string): string | undefined {
  for (const sub of ['group_vars', 'host_vars']) {
    for (const f of filesUnder(path.join(dir, sub))) {
      const why = contentHazard(readFileSync(f, 'utf8'));
      if (why) return `${path.relative(dir, f)}: ${why}`;
    }
  }
  return undefined;
}

function filesUnder(dir: string): string[] {
  if (!statSync(dir, { throwIfNoEntry: false })?.isDirectory()) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e) => path.join(e.parentPath, e.name));
}

/** Ansible's InventoryData, reduced to groups, hosts and their order. */
class InventoryBuilder {
  private readonly groups = new Map<string, { hosts: string[]; children: string[] }>([['all', { hosts: [], children: [] }], ['ungrouped', { hosts: [], children: [] }]]);
  private readonly hostGroups = new Map<string, Set<string>>();

  has(group: string): boolean {
    return this.groups.has(group);
  }
  addGroup(group: string): void {
    if (!this.groups.has(group)) this.groups.set(group, { hosts: [], children: [] });
  }
  addHost(host: string, group: string): void {
    this.addGroup(group);
    const g = this.groups.get(group)!;
    if (!g.hosts.includes(host)) g.hosts.push(host);
    if (!this.hostGroups.has(host)) this.hostGroups.set(host, new Set());
    this.hostGroups.get(host)!.add(group);
  }
  /** False when Ansible would refuse it as a recursive dependency loop. */
  addChild(parent: string, child: string): boolean {
    if (parent === child || this.descendants(child).has(parent)) return false;
    const p = this.groups.get(parent)!;
    if (!p.children.includes(child)) p.children.push(child);
    return true;
  }
  private descendants(group: string, seen = new Set<string>()): Set<string> {
    for (const c of this.groups.get(group)?.children ?? []) if (!seen.has(c)) this.descendants(c, seen.add(c));
    return seen;
  }

  /** What reconcile_inventory leaves: parentless groups under all, hosts in no group in ungrouped. */
  inventory(): Inventory {
    const listed = new Map<string, ListedGroup>();
    const parented = new Set([...this.groups.values()].flatMap((g) => g.children));
    const all = this.groups.get('all')!;
    for (const name of this.groups.keys()) if (name !== 'all' && !parented.has(name) && !all.children.includes(name)) all.children.push(name);
    const ungrouped = this.groups.get('ungrouped')!;
    for (const [host, groups] of this.hostGroups) {
      const grouped = [...groups].some((g) => g !== 'all' && g !== 'ungrouped');
      if (grouped) ungrouped.hosts = ungrouped.hosts.filter((h) => h !== host);
      else if (!ungrouped.hosts.includes(host)) ungrouped.hosts.push(host);
    }
    for (const [name, g] of this.groups) listed.set(name, { hosts: name === 'all' ? [] : g.hosts, children: g.children });
    return { groups: resolveListedGroups(listed), hostvars: {} };
  }
}

const GROUP_NAME = /^\w+$/;

/** ansible.plugins.inventory.ini, including its deferred `[parent:children]` references: a view on readIniInventory. */
function readIni(text: string, inv: InventoryBuilder): string | undefined {
  const pending = new Map<string, { state: 'vars' | 'children'; parents: string[] }>();
  for (const e of readIniInventory(text)) {
    const at = `line ${e.line}`;
    const group = e.group;
    if (e.kind === 'section') {
      const state = e.section;
      if (!['hosts', 'children', 'vars'].includes(state)) return `${at}: section type "${state}"`;
      if (!GROUP_NAME.test(group)) return `${at}: group name "${group}" has characters Ansible may rewrite`;
      if (!inv.has(group)) {
        if (state === 'vars' && !pending.has(group)) pending.set(group, { state: 'vars', parents: [] });
        inv.addGroup(group);
      }
      const p = pending.get(group);
      if (p && state !== 'vars') {
        if (p.state === 'children' && !addPendingChildren(inv, group, pending)) return `${at}: recursive group ${group}`;
        pending.delete(group);
      }
    } else if (e.kind === 'invalid-section') {
      return `${at}: invalid section`;
    } else if (e.kind === 'host') {
      if (/["'\\]/.test(e.text)) return `${at}: quoting`;
      if (e.words.some((v) => !/^[^=]+=/.test(v))) return `${at}: host line Ansible would reject`;
      const hosts = expandHostPattern(e.token);
      if (!hosts) return `${at}: host pattern "${e.token}"`;
      for (const h of hosts) inv.addHost(h, group);
    } else if (e.kind === 'variable') {
      if (e.raw === undefined) return `${at}: variable line without "="`;
    } else {
      if (!e.clean || !GROUP_NAME.test(e.name)) return `${at}: child group "${e.text.trim()}"`;
      if (inv.has(e.name)) {
        if (!inv.addChild(group, e.name)) return `${at}: recursive group ${e.name}`;
      } else {
        const p = pending.get(e.name);
        if (p) p.parents.push(group);
        else pending.set(e.name, { state: 'children', parents: [group] });
      }
    }
  }
  if (pending.size > 0) return `group ${[...pending.keys()][0]} is referenced but never defined`;
  return undefined;
}

function addPendingChildren(inv: InventoryBuilder, group: string, pending: Map<string, { state: string; parents: string[] }>): boolean {
  for (const parent of pending.get(group)!.parents) {
    if (!inv.addChild(parent, group)) return false;
    const p = pending.get(parent);
    if (p && p.state === 'children') {
      if (!addPendingChildren(inv, parent, pending)) return false;
      pending.delete(parent);
    }
  }
  return true;
}

/** ansible.plugins.inventory.yaml: top-level keys are groups with hosts, vars and children. */
function readYaml(text: string, file: string, inv: InventoryBuilder): string | undefined {
  let data: PyValue;
  try {
    data = loadAnsibleYaml(text, file);
  } catch (e) {
    // Over a cap, Ansible's own reader would not be safer: refuse instead of handing it over.
    if (e instanceof YamlLimitError) throw e;
    return `not YAML Ansible reads the same way (${(e as Error).message})`;
  }
  if (!(data instanceof PyDict) || data.size === 0) return 'not a YAML inventory mapping';
  if (data.has('plugin')) return 'an inventory plugin configuration';
  for (const [name, value] of data.items()) {
    const why = yamlGroup(name, value, inv);
    if (why) return why;
  }
  return undefined;
}

function yamlGroup(name: PyValue, value: PyValue, inv: InventoryBuilder): string | undefined {
  if (typeof name !== 'string' || !GROUP_NAME.test(name)) return `group name ${String(name)}`;
  if (!(value instanceof PyDict) && value !== null) return `group ${name} is not a mapping`;
  inv.addGroup(name);
  if (value === null) return undefined;
  for (const [key, section] of value.items()) {
    if (key !== 'hosts' && key !== 'vars' && key !== 'children') return `group ${name} has key ${String(key)}`;
    if (section === null || key === 'vars') {
      if (section !== null && !(section instanceof PyDict)) return `group ${name}: vars is not a mapping`;
      continue;
    }
    if (!(section instanceof PyDict)) return `group ${name}: ${key} is not a mapping`;
    for (const [entry, entryValue] of section.items()) {
      if (typeof entry !== 'string') return `group ${name}: ${key} entry ${String(entry)}`;
      if (key === 'children') {
        const why = yamlGroup(entry, entryValue, inv);
        if (why) return why;
        if (!inv.addChild(name, entry)) return `recursive group ${entry}`;
      } else {
        if (!(entryValue instanceof PyDict) && entryValue !== null) return `host ${entry} has variables that are not a mapping`;
        const hosts = expandHostPattern(entry);
        if (!hosts) return `host pattern "${entry}"`;
        for (const h of hosts) inv.addHost(h, name);
      }
    }
  }
  return undefined;
}
