import { existsSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../../core/errors.js';
import { DEFAULT_CONFIG_PATH, loadSuiteConfig, type SuiteConfig } from '../../core/config/suite-config.js';
import { checkInventoryPath, chooseInventories } from '../../core/cluster-repo/inventory-choice.js';
import { parseArgs, stringFlag } from '../args.js';
import { openGit } from '../../adapters/git/git-command-manager.js';

export { CLUSTERS_USAGE } from '../usage.js';

/**
 * One cluster as the upgrade workflow's matrix sees it. `upgrade` and `verify` are the
 * config's sections turned into action inputs (every value a string), so a workflow can pass
 * `${{ matrix.cluster.upgrade.strategy }}` straight to run-upgrade: a key the config leaves
 * out is absent, arrives as an empty input, and the action uses its own default.
 */
export interface ClusterEntry {
  name: string;
  inventory: string;
  environment: string;
  runsOn: string[];
  wave: number;
  submodulePath: string;
  upgrade: Record<string, string>;
  verify: Record<string, string>;
}

export interface ClusterList {
  /** The config file the clusters came from, or undefined when they were autodetected. */
  source?: string;
  clusters: ClusterEntry[];
}

// The rule the config applies to clusters[].name: the name ends up in concurrency groups and artifact names.
const CLUSTER_NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

/**
 * The clusters of a cluster repo, ordered by wave then as written: the config's `clusters`,
 * or, when the config lists none, the one inventory discovered in the repo (see
 * docs/configuration.md, "Where the inventories are"), with environment = its name.
 * Every problem is a ConfigurationError.
 */
export async function listClusters(repoRoot: string, configPath?: string, maxWave?: number): Promise<ClusterList> {
  if (!existsSync(repoRoot) || !statSync(repoRoot).isDirectory()) throw new ConfigurationError(`--repo ${repoRoot}: no such directory`);
  const config = loadSuiteConfig(repoRoot, configPath);
  const clusters = config.clusters.length > 0 ? fromConfig(repoRoot, config) : [await autodetect(repoRoot, config, configPath ?? DEFAULT_CONFIG_PATH)];
  if (maxWave !== undefined) {
    const late = clusters.filter((c) => c.wave > maxWave);
    if (late.length > 0) {
      throw new ConfigurationError(
        `${config.source}: ${late.map((c) => `cluster "${c.name}" is in wave ${c.wave}`).join(', ')}, but the upgrade workflow runs waves 1 to ${maxWave} only; ` +
          `put it in wave ${maxWave} or earlier (several clusters can share a wave)`,
      );
    }
  }
  // Stable sort: within a wave, clusters keep the order the config lists them in.
  return { source: config.clusters.length > 0 ? config.source : undefined, clusters: [...clusters].sort((a, b) => a.wave - b.wave) };
}

function fromConfig(root: string, config: SuiteConfig): ClusterEntry[] {
  const problems: string[] = [];
  const entries = config.clusters.map((c) => {
    const where = `clusters "${c.name}"`;
    let inventory = c.inventory;
    try {
      inventory = checkInventoryPath(root, c.inventory, `${where}: inventory "${c.inventory}"`);
    } catch (e) {
      if (!(e instanceof ConfigurationError)) throw e;
      problems.push(e.message);
    }
    if (c.runsOn.length === 0) problems.push(`${where}: runs-on must name at least one runner label, e.g. [self-hosted, ${c.name}]`);
    if (c.environment.trim() === '') problems.push(`${where}: environment must not be empty; it is the GitHub environment whose reviewers approve the upgrade`);
    return entry(config, { ...c, inventory });
  });
  if (problems.length > 0) throw new ConfigurationError(`invalid clusters in ${config.source}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return entries;
}

async function autodetect(root: string, config: SuiteConfig, configPath: string): Promise<ClusterEntry> {
  const found = (await chooseInventories(root, { config, git: openGit(root) })).inventories;
  const advice = `list the clusters under "clusters:" in ${configPath} (name, inventory, environment, runs-on, wave)`;
  if (found.length === 0) {
    throw new ConfigurationError(
      `no cluster found: ${configPath} lists no clusters and no inventory was found in the repo ` +
        `(looked for a folder with group_vars or host_vars and a hosts file, or an inventory file defining kube_control_plane, kube_node or etcd, ` +
        `outside the Kubespray submodule and any inventory/sample); ${advice}`,
    );
  }
  if (found.length > 1) {
    // Several inventories could be staging and production: guessing their order would be unsafe.
    throw new ConfigurationError(`found ${found.length} inventories (${found.join(', ')}) and no clusters in ${configPath}; ${advice}, so the order and approvals are explicit`);
  }
  const inventory = found[0]!;
  const name = clusterNameOf(root, inventory);
  if (!CLUSTER_NAME.test(name)) {
    throw new ConfigurationError(`the inventory directory name "${name}" cannot be a cluster name (letters, digits, ".", "_" or "-"); ${advice}`);
  }
  return entry(config, { name, inventory, environment: name, runsOn: ['self-hosted'], wave: 1 });
}

/**
 * The name an autodetected cluster gets: a folder's name (inventory/prod -> prod), a file's
 * stem (inventory/prod.ini -> prod), or for a generic file name its folder's
 * (clusters/prod/hosts.yaml -> prod); the repo's folder name at the root.
 */
function clusterNameOf(root: string, inventory: string): string {
  const base = path.posix.basename(inventory);
  const stem = base.replace(/\.(ini|ya?ml|json)$/, '');
  const isFile = statSync(path.join(root, inventory)).isFile();
  if (!isFile) return inventory === '.' ? path.basename(realpathSync(root)) : base;
  if (!/^(hosts|inventory)$/.test(stem)) return stem;
  const dir = path.posix.dirname(inventory);
  return dir === '.' ? path.basename(realpathSync(root)) : path.posix.basename(dir);
}

function entry(config: SuiteConfig, c: Omit<ClusterEntry, 'submodulePath' | 'upgrade' | 'verify'>): ClusterEntry {
  return {
    name: c.name,
    inventory: c.inventory,
    environment: c.environment,
    runsOn: c.runsOn,
    wave: c.wave,
    submodulePath: config.submodulePath ?? '',
    upgrade: asInputs(config.upgrade),
    verify: asInputs(config.verify),
  };
}

/** Action inputs are strings: lists become comma-separated (what the actions split on). */
function asInputs(section: SuiteConfig['upgrade']): Record<string, string> {
  return Object.fromEntries(Object.entries(section).map(([k, v]) => [k, Array.isArray(v) ? v.join(',') : String(v)]));
}

/**
 * `clusters`: the clusters the upgrade workflow runs, from the config (or autodetected).
 * With --json, one line of JSON (an array of ClusterEntry) that can go straight into
 * $GITHUB_OUTPUT; with --wave, only that wave's clusters (possibly none: `[]`).
 */
export async function clustersCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, ['repo', 'config', 'wave', 'max-wave'], ['json']);
  if (args.positionals.length > 0) throw new ConfigurationError(`unexpected argument ${JSON.stringify(args.positionals[0])}; see --help`);
  const wave = waveFlag(stringFlag(args, 'wave'), 'wave');
  const maxWave = waveFlag(stringFlag(args, 'max-wave'), 'max-wave');
  const list = await listClusters(path.resolve(stringFlag(args, 'repo') ?? '.'), stringFlag(args, 'config'), maxWave);
  const clusters = wave === undefined ? list.clusters : list.clusters.filter((c) => c.wave === wave);
  if (args.flags.has('json')) {
    process.stdout.write(JSON.stringify(clusters) + '\n');
    return 0;
  }
  const from = list.source ? `from ${list.source}` : 'autodetected (the config lists no clusters)';
  const lines = [`${clusters.length} cluster(s)${wave === undefined ? '' : ` in wave ${wave}`}, ${from}`];
  for (const c of clusters) {
    lines.push(`  wave ${c.wave}  ${c.name}: inventory ${c.inventory}, environment ${c.environment}, runs-on ${c.runsOn.join(',')}`);
  }
  process.stdout.write(lines.join('\n') + '\n');
  return 0;
}

function waveFlag(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^[1-9]\d*$/.test(value)) throw new ConfigurationError(`--${name} must be a whole number >= 1, got ${JSON.stringify(value)}`);
  return Number(value);
}
