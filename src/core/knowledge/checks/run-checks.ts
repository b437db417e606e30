import type { KubesprayDefaults, TreeSource } from '../defaults/index.js';
import type { LoadedInventory } from '../inventory/load-inventory.js';
import type { ScopedDefinition } from '../inventory/load-inventory.js';
import type { InventoryPins } from '../inventory/pins.js';
import { displayValue } from '../inventory/variable-definitions.js';
import { isRuntimeVariable } from '../jinja/evaluator.js';
import { VariableScope } from '../jinja/templar.js';
import { PyDict, type PyValue } from '../jinja/values.js';
import { clusterGroups, groupNamesOf } from './cluster-groups.js';
import { evaluateCheck, type CheckHost, type CheckOutcome } from './evaluate-check.js';
import { GROUP_MAPPING_FILES, groupMapping } from './group-mapping.js';
import { inventoryChecks, isCheckFile, type CheckSource, type InventoryCheck } from './inventory-checks.js';

export interface CheckResult {
  check: InventoryCheck;
  outcome: CheckOutcome;
}

/** What a tag contributes: its checks and group mapping, read once per tag whatever the cluster count. */
export interface TagChecks {
  checks: InventoryCheck[];
  runtimeNames: Set<string>;
  mapping: ReturnType<typeof groupMapping>;
  defaults: KubesprayDefaults;
}

export function tagChecks(defaults: KubesprayDefaults, files: ReadonlyMap<string, string>): TagChecks {
  return { ...inventoryChecks(files), mapping: groupMapping(files), defaults };
}

/** The hosts each check's play runs on: boilerplate's `all`, preinstall's `k8s_cluster:etcd:calico_rr`. */
const PLAY_GROUPS: Record<CheckSource, string[]> = { validate_inventory: ['all'], preinstall: ['k8s_cluster', 'etcd', 'calico_rr'] };

/** Every check of the tag on one cluster's inventory. */
export function runInventoryChecks(tag: TagChecks, inv: LoadedInventory, pins: InventoryPins): CheckResult[] {
  const groups = clusterGroups(inv, tag.mapping);
  const { values: inventory, varying } = inventoryValues(pins, groups);
  const scopes = new Map<CheckSource, VariableScope>();
  const scopeFor = (source: CheckSource) => {
    let s = scopes.get(source);
    if (!s) {
      const { defaults, vars } = playLayers(tag.defaults, source);
      s = new VariableScope([defaults, inventory, vars], (name, inScope) => {
        if (tag.runtimeNames.has(name)) return `'${name}' is set by a task during the run`;
        if (varying.has(name)) return `'${name}' differs between hosts (${varying.get(name)})`;
        if (!inScope && source === 'preinstall' && !isRuntimeVariable(name)) return `'${name}' may be set by a role default of the preinstall play that the data set does not hold`;
        return undefined;
      });
      scopes.set(source, s);
    }
    return s;
  };
  return tag.checks.map((check) => ({ check, outcome: evaluateCheck(check, scopeFor(check.source), playHosts(groups, check.source)) }));
}

/** Role defaults and vars the play sees: validate_inventory depends on the defaults role only. */
function playLayers(d: KubesprayDefaults, source: CheckSource): { defaults: Map<string, PyValue>; vars: Map<string, PyValue> } {
  const roles = source === 'validate_inventory' ? d.byRole.slice(0, 1) : d.byRole.filter((r) => !r.role.includes('argocd'));
  const defaults = new Map<string, PyValue>();
  const vars = new Map<string, PyValue>();
  for (const r of roles) {
    for (const [k, v] of r.defaults) defaults.set(k, v);
    for (const [k, v] of r.vars) vars.set(k, v);
  }
  return { defaults, vars };
}

function playHosts(groups: Map<string, string[]> | undefined, source: CheckSource): CheckHost[] {
  // Without exact group membership, checks run once with no magic variables: any use of them is unknown.
  if (!groups) return [{ name: '(unknown host)', magic: new Map() }];
  const hosts = [...new Set(PLAY_GROUPS[source].flatMap((g) => groups.get(g) ?? []))];
  const groupsValue = PyDict.from([...groups].map(([g, hs]) => [g, [...hs]]));
  return hosts.map((name) => ({
    name,
    magic: new Map<string, PyValue>([
      ['groups', groupsValue],
      ['group_names', groupNamesOf(groups, name)],
      ['inventory_hostname', name],
      ['inventory_hostname_short', name.split('.')[0]!],
      // run-upgrade runs whole playbooks: no --tags, no --skip-tags.
      ['ansible_run_tags', ['all']],
      ['ansible_skip_tags', []],
    ]),
  }));
}

/**
 * The inventory's value of each variable as every host sees it (Ansible's precedence: the
 * definitions are ordered lowest first, a host takes the last one that applies to it). One
 * scope serves all hosts, so a variable whose hosts disagree (or that is vault-encrypted,
 * or when group membership is not known exactly and it is set anywhere but group `all`)
 * is refused with the reason instead of being given one host's value.
 */
function inventoryValues(pins: InventoryPins, groups: Map<string, string[]> | undefined): { values: Map<string, PyValue>; varying: Map<string, string> } {
  const values = new Map<string, PyValue>();
  const varying = new Map<string, string>();
  const hosts = groups?.get('all') ?? [];
  const applies = (d: ScopedDefinition, host: string) => (d.scope.kind === 'host' ? d.scope.name === host : d.scope.name === 'all' || (groups?.get(d.scope.name) ?? []).includes(host));
  for (const [name, defs] of pins.definitions) {
    if (defs.some((d) => d.encrypted)) {
      varying.set(name, 'vault-encrypted');
      continue;
    }
    if (!groups) {
      if (defs.every((d) => d.scope.kind === 'group' && d.scope.name === 'all')) values.set(name, defs[defs.length - 1]!.value as PyValue);
      else varying.set(name, 'set outside group all, and some host patterns were not expanded');
      continue;
    }
    const seen = new Map<string, string[]>();
    let winner: ScopedDefinition | undefined;
    for (const host of hosts) {
      const def = defs.filter((d) => applies(d, host)).pop();
      const key = def ? displayValue(def.value) : '\0default';
      seen.set(key, [...(seen.get(key) ?? []), host]);
      winner = def;
    }
    if (seen.size > 1) {
      const show = [...seen].map(([v, hs]) => `${v === '\0default' ? "Kubespray's default" : v} on ${hs.slice(0, 3).join(', ')}${hs.length > 3 ? ', …' : ''}`);
      varying.set(name, show.join('; '));
    } else if (winner) values.set(name, winner.value as PyValue);
  }
  return { values, varying };
}

/** The task files with checks and the group-mapping files of a tag. */
export async function readCheckFiles(source: TreeSource): Promise<Map<string, string>> {
  const [roles, playbooks] = await Promise.all([source.listFiles('roles'), source.listFiles('playbooks')]);
  const wanted = [...roles.filter((f) => isCheckFile(f) || GROUP_MAPPING_FILES.includes(f)), ...playbooks.filter((f) => GROUP_MAPPING_FILES.includes(f)), 'legacy_groups.yml'];
  const texts = await Promise.all(wanted.map((f) => source.readFile(f)));
  const out = new Map<string, string>();
  wanted.forEach((f, i) => texts[i] !== undefined && out.set(f, texts[i]!));
  return out;
}

/** Whether a listed path of a tag is read by readCheckFiles (for batch prefetching). */
export function isCheckOrMappingFile(path: string): boolean {
  return isCheckFile(path) || GROUP_MAPPING_FILES.includes(path);
}
