import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { readInventoryPins } from './kube-target.js';

/** Kubespray's drain behaviour for this upgrade: the checkout's role defaults with the inventory's values. */
export interface DrainSettings {
  drainNodes: boolean;
  gracePeriodSeconds: string;
  timeout: string;
  /** Only pods matching it are drained; empty: every pod. */
  podSelector: string;
  /** After a failed drain, drain again with --disable-eviction: PDBs are bypassed, pods deleted. */
  fallbackEnabled: boolean;
  alwaysCordon: boolean;
  failIfDrainFails: boolean;
  /** Where each value came from, for the preflight detail. */
  sources: Record<string, string>;
}

/** roles/upgrade/pre-upgrade (v2.20 on) was renamed with underscores in later releases. */
const DEFAULTS_FILES = ['roles/upgrade/pre-upgrade/defaults/main.yml', 'roles/upgrade/pre_upgrade/defaults/main.yml'];

const VARS = {
  drainNodes: 'drain_nodes',
  gracePeriodSeconds: 'drain_grace_period',
  timeout: 'drain_timeout',
  podSelector: 'drain_pod_selector',
  fallbackEnabled: 'drain_fallback_enabled',
  alwaysCordon: 'upgrade_node_always_cordon',
  failIfDrainFails: 'upgrade_node_fail_if_drain_fails',
} as const;

/**
 * Reads the drain settings Kubespray's pre-upgrade role will use: its defaults file in the
 * checked-out tag, overridden by the inventory's group variables. A value that is not a
 * literal (Jinja) is reported as such by the caller, never evaluated.
 */
export async function readDrainSettings(kubesprayDir: string, inventoryPath: string): Promise<DrainSettings | { unknown: string }> {
  let defaults: Record<string, unknown> | undefined;
  let defaultsFile = '';
  for (const rel of DEFAULTS_FILES) {
    try {
      defaults = (parse(readFileSync(path.join(kubesprayDir, rel), 'utf8'), { maxAliasCount: 100 }) ?? {}) as Record<string, unknown>;
      defaultsFile = rel;
      break;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'ENOENT') return { unknown: `${rel} cannot be read: ${(e as Error).message}` };
    }
  }
  if (!defaults) return { unknown: `none of ${DEFAULTS_FILES.join(', ')} exists in the Kubespray checkout` };
  const pins = (await readInventoryPins(inventoryPath)).clusterWide;
  const sources: Record<string, string> = {};
  const value = (name: string): unknown => {
    const pin = pins.get(name);
    if (pin && !pin.encrypted) {
      sources[name] = `${pin.file}:${pin.line}`;
      return pin.value;
    }
    sources[name] = `Kubespray default (${defaultsFile})`;
    return defaults![name];
  };
  const bool = (name: string, fallback: boolean) => truthy(value(name), fallback);
  const text = (name: string) => String(value(name) ?? '').trim();
  return {
    drainNodes: bool(VARS.drainNodes, true),
    gracePeriodSeconds: text(VARS.gracePeriodSeconds),
    timeout: text(VARS.timeout),
    podSelector: text(VARS.podSelector),
    fallbackEnabled: bool(VARS.fallbackEnabled, false),
    alwaysCordon: bool(VARS.alwaysCordon, false),
    failIfDrainFails: bool(VARS.failIfDrainFails, true),
    sources,
  };
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
