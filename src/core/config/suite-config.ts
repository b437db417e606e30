import { existsSync, readFileSync, realpathSync } from 'node:fs';
import { checkYamlSize } from '../../formats/yaml/yaml-limits.js';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { parseAndValidate, type Spec } from './schema-validator.js';

/** `.github/kubespray-upgrade.yml`: one file for the whole suite. Every key is optional. */
export const DEFAULT_CONFIG_PATH = '.github/kubespray-upgrade.yml';

export interface ClusterConfig {
  name: string;
  inventory: string;
  environment: string;
  runsOn: string[];
  wave: number;
}

export interface ImageRuleConfig {
  /** Glob(s) of repo-relative paths the rule applies to; all tracked text files when absent. */
  files?: string[];
  /** A regex with a named group `version` (and optionally `build`), Renovate custom-manager style. */
  match: RegExp;
}

export interface SuiteConfig {
  /** Where the file was read from, or undefined when defaults are in use. */
  source?: string;
  submodulePath?: string;
  kubesprayRepository?: string;
  /** A fork submodule hops along the fork's own tags (docs/configuration.md, "Forks"). */
  followForkTags: boolean;
  clusters: ClusterConfig[];
  images: { defaultRule: boolean; rules: ImageRuleConfig[]; exclude: string[] };
  pullRequest: { labels: string[]; reviewers: string[]; teamReviewers: string[]; draft: boolean; branchPrefix: string };
  updatePinnedVersions: boolean;
  upgrade: Record<string, string | number | boolean | string[]>;
  verify: Record<string, string | number | boolean | string[]>;
}

const str: Spec = { kind: 'string' };
const strList: Spec = { kind: 'list', of: str };
const NAME = /^[A-Za-z0-9][A-Za-z0-9_.-]*$/;

const SPEC: Spec = {
  kind: 'object',
  fields: {
    version: { kind: 'integer', min: 1, max: 1 },
    'submodule-path': str,
    'kubespray-repository': str,
    'follow-fork-tags': { kind: 'boolean' },
    clusters: {
      kind: 'list',
      of: {
        kind: 'object',
        required: ['name', 'inventory'],
        fields: {
          name: { kind: 'string', pattern: NAME, hint: 'must be letters, digits, ".", "_" or "-"' },
          inventory: str,
          environment: str,
          'runs-on': strList,
          wave: { kind: 'integer', min: 1 },
        },
      },
    },
    images: {
      kind: 'object',
      fields: {
        'default-rule': { kind: 'boolean' },
        rules: { kind: 'list', of: { kind: 'object', required: ['match'], fields: { files: strList, match: str } } },
        exclude: strList,
      },
    },
    'pull-request': {
      kind: 'object',
      fields: {
        labels: strList,
        reviewers: strList,
        'team-reviewers': strList,
        draft: { kind: 'boolean' },
        'branch-prefix': str,
      },
    },
    'update-pinned-versions': { kind: 'boolean' },
    upgrade: {
      kind: 'object',
      fields: {
        runner: { kind: 'string', enum: ['local', 'container'] },
        image: str,
        'container-engine': { kind: 'string', enum: ['docker', 'podman'] },
        'image-pull-timeout-minutes': { kind: 'positive-decimal' },
        'accept-unidentified-image-release': { kind: 'boolean' },
        'ansible-extra-args': str,
        strategy: { kind: 'string', enum: ['phased', 'single'] },
        'worker-batch-size': { kind: 'string', pattern: /^(\d+%?)$/, hint: 'must be a count like "3" or a percentage like "20%"' },
        'node-timeout-minutes': { kind: 'positive-decimal' },
        'etcd-backup': { kind: 'boolean' },
        'backup-dir': str,
        'state-namespace': str,
        'pause-seconds-before-node': { kind: 'integer', min: 0 },
        'pause-seconds-after-node': { kind: 'integer', min: 0 },
      },
    },
    verify: {
      kind: 'object',
      fields: {
        checks: strList,
        namespace: str,
        image: str,
        'timeout-seconds': { kind: 'integer', min: 1 },
        'regression-commands': str,
        'keep-on-failure': { kind: 'boolean' },
        'max-node-pairs': { kind: 'integer', min: 1 },
      },
    },
  },
};

type Raw = Record<string, unknown>;

/**
 * Loads the config. An explicit path must exist; the default path is optional. Every
 * problem is reported at once, each with its line, so one edit fixes them all.
 */
export function loadSuiteConfig(repoRoot: string, explicitPath?: string): SuiteConfig {
  const rel = explicitPath ?? DEFAULT_CONFIG_PATH;
  const file = path.resolve(repoRoot, rel);
  if (!existsSync(file)) {
    if (explicitPath) throw new ConfigurationError(`config file "${explicitPath}" does not exist (looked at ${file})`);
    return normalise({}, undefined);
  }
  // Read through the repo's confinement: a link out of the repo must not have its content quoted in a config error.
  const real = realpathSync(file);
  const realRoot = realpathSync(repoRoot);
  if (!real.startsWith(realRoot + path.sep)) {
    throw new ConfigurationError(`config file "${rel}" is a symbolic link to a path outside the repository; links are followed only inside it`);
  }
  const text = readFileSync(real, 'utf8');
  checkYamlSize(text, rel);
  return parseSuiteConfig(text, rel);
}

export function parseSuiteConfig(text: string, source: string): SuiteConfig {
  const { value, problems } = parseAndValidate(text, SPEC, source);
  if (problems.length > 0) {
    const lines = problems.map((p) => `  ${source}${p.line ? `:${p.line}` : ''}: ${p.message}`);
    throw new ConfigurationError(`invalid config ${source}:\n${lines.join('\n')}`);
  }
  return normalise((value ?? {}) as Raw, source);
}

function normalise(raw: Raw, source: string | undefined): SuiteConfig {
  const images = (raw.images ?? {}) as Raw;
  const pr = (raw['pull-request'] ?? {}) as Raw;
  const rules = ((images.rules ?? []) as Raw[]).map((r, i) => ({
    files: r.files as string[] | undefined,
    match: compileRule(String(r.match), `${source}: images.rules[${i}].match`),
  }));
  const clusters = ((raw.clusters ?? []) as Raw[]).map((c) => ({
    name: String(c.name),
    inventory: String(c.inventory),
    environment: (c.environment as string | undefined) ?? String(c.name),
    runsOn: (c['runs-on'] as string[] | undefined) ?? ['self-hosted'],
    wave: (c.wave as number | undefined) ?? 1,
  }));
  const dupes = clusters.map((c) => c.name).filter((n, i, all) => all.indexOf(n) !== i);
  if (dupes.length > 0) throw new ConfigurationError(`${source}: cluster names must be unique; repeated: ${[...new Set(dupes)].join(', ')}`);
  return {
    source,
    submodulePath: raw['submodule-path'] as string | undefined,
    kubesprayRepository: raw['kubespray-repository'] as string | undefined,
    followForkTags: (raw['follow-fork-tags'] as boolean | undefined) ?? false,
    clusters,
    images: {
      defaultRule: (images['default-rule'] as boolean | undefined) ?? true,
      rules,
      exclude: (images.exclude as string[] | undefined) ?? [],
    },
    pullRequest: {
      labels: (pr.labels as string[] | undefined) ?? [],
      reviewers: (pr.reviewers as string[] | undefined) ?? [],
      teamReviewers: (pr['team-reviewers'] as string[] | undefined) ?? [],
      draft: (pr.draft as boolean | undefined) ?? false,
      branchPrefix: (pr['branch-prefix'] as string | undefined) ?? 'kubespray-upgrade/',
    },
    updatePinnedVersions: (raw['update-pinned-versions'] as boolean | undefined) ?? false,
    upgrade: (raw.upgrade ?? {}) as SuiteConfig['upgrade'],
    verify: (raw.verify ?? {}) as SuiteConfig['verify'],
  };
}

function compileRule(pattern: string, where: string): RegExp {
  let re: RegExp;
  try {
    re = new RegExp(pattern, 'gd');
  } catch (e) {
    throw new ConfigurationError(`${where} is not a valid regular expression: ${(e as Error).message}`);
  }
  if (!pattern.includes('(?<version>')) throw new ConfigurationError(`${where} needs a named group (?<version>...) around the Kubespray version`);
  return re;
}
