import { statSync } from 'node:fs';
import path from 'node:path';
import { ActionError, ConfigurationError } from '../errors.js';

/** What `ansible-inventory --list` says: every group with its hosts (children included) and the host variables. */
export interface Inventory {
  groups: Map<string, string[]>;
  hostvars: Record<string, Record<string, unknown>>;
}

/** One group of `ansible-inventory --list`: its direct hosts and child groups. */
export interface ListedGroup {
  hosts?: string[];
  children?: string[];
}

export function parseInventoryList(json: string): Inventory {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(json) as Record<string, unknown>;
  } catch (e) {
    throw new ActionError(`ansible-inventory --list did not print JSON (${(e as Error).message}); first bytes: ${json.slice(0, 200)}`);
  }
  const meta = (raw._meta ?? {}) as { hostvars?: Record<string, Record<string, unknown>> };
  const direct = new Map<string, ListedGroup>();
  for (const [name, value] of Object.entries(raw)) {
    if (name !== '_meta' && value && typeof value === 'object') direct.set(name, value as ListedGroup);
  }
  return { groups: resolveListedGroups(direct), hostvars: meta.hostvars ?? {} };
}

/** Every group with all its hosts, children's included: direct hosts first, then each child's in order. */
export function resolveListedGroups(direct: ReadonlyMap<string, ListedGroup>): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  const resolve = (name: string, seen: Set<string>): string[] => {
    const cached = groups.get(name);
    if (cached) return cached;
    const g = direct.get(name);
    if (!g || seen.has(name)) return [];
    seen.add(name);
    const hosts = new Set(g.hosts ?? []);
    for (const child of g.children ?? []) for (const h of resolve(child, seen)) hosts.add(h);
    const list = [...hosts];
    groups.set(name, list);
    return list;
  };
  for (const name of direct.keys()) resolve(name, new Set());
  return groups;
}

/** Kubespray's group names, with the dashed names older inventories still use. */
export const KUBESPRAY_GROUPS = {
  controlPlane: ['kube_control_plane', 'kube-master'],
  nodes: ['kube_node', 'kube-node'],
  etcd: ['etcd'],
  cluster: ['k8s_cluster', 'k8s-cluster'],
} as const;

export function groupHosts(inv: Inventory, names: readonly string[]): string[] {
  const hosts = new Set<string>();
  for (const n of names) for (const h of inv.groups.get(n) ?? []) hosts.add(h);
  return [...hosts];
}

/** The cluster's view of the inventory: which host is which node, and what role it has. */
export interface ClusterHosts {
  controlPlane: string[];
  etcd: string[];
  /** kube_node hosts that are not also control plane: upgraded in the worker batches. */
  workers: string[];
  /** inventory host -> Kubernetes node name. */
  nodeName: Map<string, string>;
}

export function clusterHosts(inv: Inventory): ClusterHosts {
  const controlPlane = groupHosts(inv, KUBESPRAY_GROUPS.controlPlane);
  const etcd = groupHosts(inv, KUBESPRAY_GROUPS.etcd);
  const cp = new Set(controlPlane);
  const workers = groupHosts(inv, KUBESPRAY_GROUPS.nodes).filter((h) => !cp.has(h));
  const nodeName = new Map<string, string>();
  for (const h of [...new Set([...controlPlane, ...workers, ...groupHosts(inv, KUBESPRAY_GROUPS.cluster)])]) {
    nodeName.set(h, nodeNameOf(h, inv.hostvars[h] ?? {}));
  }
  return { controlPlane, etcd, workers, nodeName };
}

/**
 * Kubespray registers a node as `kube_override_hostname`, defaulting to the inventory
 * name. A templated override cannot be evaluated here, so it falls back to the name.
 */
function nodeNameOf(host: string, vars: Record<string, unknown>): string {
  const o = vars.kube_override_hostname;
  if (typeof o === 'string' && o.trim() !== '' && !o.includes('{{') && !o.includes('{%')) return o.trim();
  return host;
}

/** The inventory file names Kubespray's docs and samples use, in order of preference. */
const INVENTORY_FILES = ['inventory.ini', 'hosts.yaml', 'hosts.yml', 'hosts.ini', 'inventory.yaml', 'inventory.yml', 'hosts'];

/**
 * The path to pass as -i. Given a directory, Ansible ignores `.ini` files inside it (they
 * are in its inventory_ignore_extensions), so a Kubespray inventory directory is resolved
 * to the one inventory file it holds.
 */
export function resolveInventoryPath(input: string): string {
  const abs = path.resolve(input);
  const st = statSync(abs, { throwIfNoEntry: false });
  if (!st) throw new ConfigurationError(`inventory "${input}" does not exist`);
  if (!st.isDirectory()) return abs;
  const found = INVENTORY_FILES.filter((f) => statSync(path.join(abs, f), { throwIfNoEntry: false })?.isFile());
  if (found.length > 1) {
    throw new ConfigurationError(`inventory directory "${input}" holds several inventory files (${found.join(', ')}); set inventory to the one Kubespray should use`);
  }
  return found.length === 1 ? path.join(abs, found[0]!) : abs;
}
