import { existsSync, realpathSync, statSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { listTreeFiles } from '../knowledge/inventory/directory-tree.js';
import { parseIniInventory } from '../../formats/ini/ini-inventory-variables.js';
import { parseYamlInventory } from '../knowledge/inventory/inventory-source.js';
import type { SuiteConfig } from '../config/suite-config.js';
import type { Git } from '../git/git.js';
import { looksLikeKubespray, readSubmodules } from './submodules.js';

/** Which inventories a command reads, and why those: every command logs and reports this. */
export interface InventoryChoice {
  /** Repo-relative posix paths; each an inventory file or an inventory folder. */
  inventories: string[];
  source: 'input' | 'config' | 'discovered';
}

/** Groups every Kubespray inventory defines (legacy spellings included); a file naming none is not a cluster's. */
const KUBESPRAY_GROUPS = new Set(['kube_control_plane', 'kube-master', 'kube_node', 'kube-node', 'etcd', 'k8s_cluster', 'k8s-cluster']);
/** Extensions Ansible's ini and yaml inventory plugins read. */
const INVENTORY_EXTENSIONS = new Set(['', '.ini', '.yml', '.yaml', '.json']);
const VARS_DIRS = new Set(['group_vars', 'host_vars']);
/** An inventory file is small; anything bigger is data, not hosts. */
const MAX_INVENTORY_BYTES = 1024 * 1024;

/**
 * Every inventory of the cluster repo, found the way Ansible would read one, sorted:
 * - a folder holding group_vars/ or host_vars/ and at least one inventory file
 *   (`inventory/<name>/`, `inventory/` itself, `config/`, `clusters/<name>/`, ...);
 * - outside such folders, a single inventory file (`hosts`, `hosts.yaml`, `*.ini`, ...)
 *   that defines a Kubespray group.
 * Never searched: hidden folders (.git, .github), node_modules, `skip` (the Kubespray
 * submodule), any `inventory/sample`, a vendored Kubespray tree, and symlinks leaving the repo.
 */
export async function discoverInventories(root: string, skip: readonly string[] = []): Promise<string[]> {
  const files = await listTreeFiles(root, repoSearchSkip(root, skip));
  const vendored = files.filter((f) => /(^|\/)roles\/kubespray-defaults\/defaults\/main\.ya?ml$/.test(f)).map((f) => f.slice(0, f.indexOf('roles/kubespray-defaults/')));
  const inKubesprayTree = (rel: string) => vendored.some((v) => rel.startsWith(v));

  const withVars = new Set<string>();
  for (const f of files) {
    const parts = f.split('/');
    const i = parts.findIndex((p) => VARS_DIRS.has(p));
    if (i >= 0) withVars.add(parts.slice(0, i).join('/'));
  }
  const found = new Set<string>();
  for (const f of files) {
    const dir = path.posix.dirname(f) === '.' ? '' : path.posix.dirname(f);
    if (inKubesprayTree(f) || dir.split('/').some((p) => VARS_DIRS.has(p))) continue;
    if (!INVENTORY_EXTENSIONS.has(path.posix.extname(f)) || path.posix.basename(f).startsWith('.')) continue;
    if (found.has(dir || '.') && withVars.has(dir)) continue;
    const groups = await inventoryGroups(path.join(root, f), f);
    if (groups.size === 0) continue;
    if (withVars.has(dir)) found.add(dir || '.');
    else if ([...groups].some((g) => KUBESPRAY_GROUPS.has(g))) found.add(f);
  }
  return [...found].sort();
}

/**
 * The folders a search of the team's repo never enters: hidden ones (.git, .github),
 * node_modules, `skip` (repo-relative: the Kubespray submodule, ...), any inventory/sample,
 * and a link that leads out of the repo.
 */
export function repoSearchSkip(root: string, skip: readonly string[]): (rel: string) => boolean {
  const realRoot = realpathSync(root);
  const skipped = new Set(skip.map((s) => s.replace(/\/+$/, '')).filter(Boolean));
  return (rel) => {
    const name = path.posix.basename(rel);
    if (name.startsWith('.') || name === 'node_modules' || skipped.has(rel) || rel === 'inventory/sample' || rel.endsWith('/inventory/sample')) return true;
    const real = realpathSync(path.join(root, rel));
    return real !== realRoot && !real.startsWith(realRoot + path.sep);
  };
}

/** The groups a file defines when Ansible's ini or yaml inventory plugin reads it; empty when it is no inventory. */
async function inventoryGroups(abs: string, rel: string): Promise<Set<string>> {
  if (statSync(abs).size > MAX_INVENTORY_BYTES) return new Set();
  const text = await readFile(abs, 'utf8').catch(() => undefined);
  if (text === undefined || text.trimStart().startsWith('$ANSIBLE_VAULT')) return new Set();
  try {
    const ext = path.posix.extname(rel);
    const parsed = ext === '' || ext === '.ini' ? parseIniInventory(text, rel) : parseYamlInventory(text, rel);
    return new Set(parsed?.children.keys() ?? []);
  } catch {
    // Not parseable as an inventory: Ansible would skip it too.
    return new Set();
  }
}

/**
 * The one rule every command follows: inventories given as input, else the config's
 * clusters, else the ones discovered in the repo.
 */
export async function chooseInventories(root: string, o: { explicit?: readonly string[]; config: SuiteConfig; submodulePath?: string; git: Git }): Promise<InventoryChoice> {
  if (o.explicit && o.explicit.length > 0) return { inventories: o.explicit.map((p) => checkInventoryPath(root, p, `inventory "${p}"`)), source: 'input' };
  if (o.config.clusters.length > 0) {
    const paths = o.config.clusters.map((c) => checkInventoryPath(root, c.inventory, `clusters "${c.name}": inventory "${c.inventory}"`));
    return { inventories: [...new Set(paths)], source: 'config' };
  }
  return { inventories: await discoverInventories(root, await kubesprayTrees(o.git, o.submodulePath ?? o.config.submodulePath)), source: 'discovered' };
}

/** Submodules the search stays out of (`git` is at the repo's root): the configured one and every one whose URL names Kubespray. */
async function kubesprayTrees(git: Git, submodulePath: string | undefined): Promise<string[]> {
  const subs = await readSubmodules(git);
  return subs.filter((s) => looksLikeKubespray(s.url) || s.path === submodulePath).map((s) => s.path);
}

/** A repo-relative posix path to an existing file or folder inside the repo, or a ConfigurationError naming `where`. */
export function checkInventoryPath(root: string, given: string, where: string): string {
  const rel = path.posix.normalize(given.replace(/\\/g, '/')).replace(/\/+$/, '') || '.';
  if (path.isAbsolute(given) || rel === '..' || rel.startsWith('../')) throw new ConfigurationError(`${where} must be a path inside the repo, relative to its root`);
  if (!existsSync(path.join(root, rel))) {
    throw new ConfigurationError(`${where} does not exist in the repo (looked at ${path.join(root, rel)}); name an inventory file or a folder with group_vars`);
  }
  return rel;
}

/** One line for the log: which inventories and why. */
export function describeInventoryChoice(c: InventoryChoice): string {
  const why = { input: 'as given', config: 'from the config clusters', discovered: 'discovered in the repo' }[c.source];
  return c.inventories.length > 0 ? `inventories (${why}): ${c.inventories.join(', ')}` : `no inventory (${why}): Kubespray defaults only`;
}
