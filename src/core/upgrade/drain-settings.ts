import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { extraVarsFromArgs } from '../ansible/extra-vars.js';
import { hostDefinition, hostGroups } from '../knowledge/inventory/host-variables.js';
import { loadInventory, type LoadedInventory } from '../knowledge/inventory/load-inventory.js';
import { groupDepths, inventoryPins } from '../knowledge/inventory/pins.js';
import { teamInventoryTree } from '../knowledge/inventory/team-inventory.js';

/** Kubespray's drain behaviour for one node: the checkout's role defaults, the inventory's values, the extra vars. */
export interface DrainSettings {
  drainNodes: boolean;
  gracePeriodSeconds: string;
  timeout: string;
  /** Only pods matching it are drained; empty: every pod. */
  podSelector: string;
  /** kubectl drain attempts before Kubespray gives up (drain_retries); empty in tags without it. */
  retries: string;
  /** After a failed drain, drain again with --disable-eviction: PDBs are bypassed, pods deleted. */
  fallbackEnabled: boolean;
  alwaysCordon: boolean;
  failIfDrainFails: boolean;
  /** Where each value came from, for the preflight detail. */
  sources: Record<string, string>;
}

/**
 * The settings that govern the cluster as a whole (the inventory's cluster-wide group values,
 * docs/report-schema.md "Pins", then extra vars) and, per inventory host, the settings where
 * that host's own groups or host_vars make them differ.
 */
export interface EffectiveDrainSettings {
  cluster: DrainSettings;
  byHost: Map<string, DrainSettings>;
}

/** The settings as the drain checks take them: per node name instead of per inventory host. */
export function nodeDrainSettings(e: EffectiveDrainSettings | { unknown: string }, nodeName: ReadonlyMap<string, string>): { settings: DrainSettings | { unknown: string }; nodeSettings?: Map<string, DrainSettings> } {
  if ('unknown' in e) return { settings: e };
  return { settings: e.cluster, nodeSettings: new Map([...e.byHost].map(([host, s]) => [nodeName.get(host) ?? host, s])) };
}

/** roles/upgrade/pre-upgrade (v2.20 on) was renamed with underscores in later releases. */
const DEFAULTS_FILES = ['roles/upgrade/pre-upgrade/defaults/main.yml', 'roles/upgrade/pre_upgrade/defaults/main.yml'];

const VARS = {
  drainNodes: 'drain_nodes',
  gracePeriodSeconds: 'drain_grace_period',
  timeout: 'drain_timeout',
  podSelector: 'drain_pod_selector',
  retries: 'drain_retries',
  fallbackEnabled: 'drain_fallback_enabled',
  alwaysCordon: 'upgrade_node_always_cordon',
  failIfDrainFails: 'upgrade_node_fail_if_drain_fails',
} as const;

type Lookup = (name: string) => { value: unknown; source: string } | undefined;

/**
 * Reads the drain settings Kubespray's pre-upgrade role will use, with Ansible's precedence:
 * role defaults < inventory group variables (per host: only its groups, deeper groups later)
 * < host variables < extra vars from `extraArgs` (ansible-playbook runs in kubesprayDir, so
 * `-e @file` is relative to it). A value that is not a literal (Jinja) is never evaluated.
 */
export async function readDrainSettings(kubesprayDir: string, inventoryPath: string, extraArgs: readonly string[] = []): Promise<EffectiveDrainSettings | { unknown: string }> {
  const defaults = readRoleDefaults(kubesprayDir);
  if ('unknown' in defaults) return defaults;
  const extra = extraVarsFromArgs(extraArgs, kubesprayDir);
  const inv = await loadInventory(teamInventoryTree(inventoryPath), (rel) => rel);
  const clusterWide = inventoryPins(inv).clusterWide;
  const fromInventoryOrDefault = (name: string, inventory: Lookup) => {
    const e = extra.get(name);
    if (e) return { value: e.value, source: e.source };
    return inventory(name) ?? { value: defaults.values[name], source: `Kubespray default (${defaults.file})` };
  };
  const cluster = settingsFrom((name) =>
    fromInventoryOrDefault(name, (n) => {
      const pin = clusterWide.get(n);
      return pin && !pin.encrypted ? { value: pin.value, source: `${pin.file}:${pin.line}` } : undefined;
    }),
  );
  return { cluster, byHost: hostsThatDiffer(inv, cluster, fromInventoryOrDefault) };
}

function hostsThatDiffer(inv: LoadedInventory, cluster: DrainSettings, resolve: (name: string, inventory: Lookup) => { value: unknown; source: string }): Map<string, DrainSettings> {
  const out = new Map<string, DrainSettings>();
  const depth = groupDepths(inv.children);
  for (const [host, groups] of hostGroups(inv)) {
    const s = settingsFrom((name) =>
      resolve(name, (n) => {
        const d = hostDefinition(inv, host, n, groups, depth);
        return d && !d.encrypted ? { value: d.value, source: `${d.file}:${d.line}` } : undefined;
      }),
    );
    if (!sameSettings(s, cluster)) out.set(host, s);
  }
  return out;
}

/** Same drain behaviour, wherever the values came from. */
export function sameSettings(a: DrainSettings, b: DrainSettings): boolean {
  const { sources: _a, ...x } = a;
  const { sources: _b, ...y } = b;
  return JSON.stringify(x) === JSON.stringify(y);
}

function settingsFrom(lookup: (name: string) => { value: unknown; source: string }): DrainSettings {
  const sources: Record<string, string> = {};
  const value = (name: string) => {
    const r = lookup(name);
    sources[name] = r.source;
    return r.value;
  };
  const bool = (name: string, fallback: boolean) => truthy(value(name), fallback);
  const text = (name: string) => String(value(name) ?? '').trim();
  return {
    drainNodes: bool(VARS.drainNodes, true),
    gracePeriodSeconds: text(VARS.gracePeriodSeconds),
    timeout: text(VARS.timeout),
    podSelector: text(VARS.podSelector),
    retries: text(VARS.retries),
    fallbackEnabled: bool(VARS.fallbackEnabled, false),
    alwaysCordon: bool(VARS.alwaysCordon, false),
    failIfDrainFails: bool(VARS.failIfDrainFails, true),
    sources,
  };
}

function readRoleDefaults(kubesprayDir: string): { values: Record<string, unknown>; file: string } | { unknown: string } {
  for (const rel of DEFAULTS_FILES) {
    try {
      return { values: (parse(readFileSync(path.join(kubesprayDir, rel), 'utf8'), { maxAliasCount: 100 }) ?? {}) as Record<string, unknown>, file: rel };
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return { unknown: `${rel} cannot be read: ${(e as Error).message}` };
    }
  }
  return { unknown: `none of ${DEFAULTS_FILES.join(', ')} exists in the Kubespray checkout` };
}

/** Ansible's truthiness of a YAML or INI value (true/yes/on/1 and their capitalisations). */
function truthy(v: unknown, fallback: boolean): boolean {
  if (typeof v === 'boolean') return v;
  if (typeof v === 'number') return v !== 0;
  if (typeof v === 'string') {
    const t = v.trim().toLowerCase();
    if (['true', 'yes', 'on', '1', 'y'].includes(t)) return true;
    if (['false', 'no', 'off', '0', 'n', ''].includes(t)) return false;
  }
  return fallback;
}
