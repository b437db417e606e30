import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GitCommandManager } from '../../src/adapters/git/git-command-manager.js';
import {
  COMPONENT_VARIABLES,
  directoryTreeSource,
  gitTreeSource,
  loadAnsibleYaml,
  loadKubesprayDefaults,
  resolveComponents,
  resolveVariable,
  supportedKubeVersions,
  type KubesprayDefaults,
} from '../../src/core/knowledge/defaults/index.js';
import { PyDict } from '../../src/core/knowledge/jinja/values.js';
import type { ResolvedValue } from '../../src/core/knowledge/upgrade-report-types.js';
import { runAnsibleOracle, type OracleCase, type OracleRun, type OracleValue } from '../support/ansible-oracle.js';
import { buildKubesprayUpstream, commitTree, createTag, readDataTags, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { KUBESPRAY_DATA } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';
import { DELIBERATELY_UNSUPPORTED, corpusVariables } from './fixtures/expression-corpus.js';
import { writeCorpusTree, writeFutureTag, writeLayoutTrees, type LayoutTree } from './fixtures/trees.js';

/**
 * Differential test against real Ansible: for every Kubespray tag in the data (read through
 * real git objects), inventory overrides in every layout era, a synthetic future tag, the
 * expression corpus and the role-file layout rules. One oracle call, two concurrent
 * ansible-playbook runs.
 */

const TAGS = readDataTags().map((t) => t.tag);

/** One per layout era: download role single file / download main.yml hiding main/ / download main/ dir / kubespray-defaults main/ / kubespray_defaults vars. */
const OVERRIDES: Array<{ id: string; tag: string; yaml: string }> = [
  { id: 'override:v2.21.0', tag: 'v2.21.0', yaml: 'kube_version: v1.23.1\n' },
  { id: 'override:v2.22.2', tag: 'v2.22.2', yaml: 'kube_version: v1.25.16\n' },
  { id: 'override:v2.23.3', tag: 'v2.23.3', yaml: 'kube_version: v1.25.1\n' },
  { id: 'override:v2.25.0', tag: 'v2.25.0', yaml: 'kube_version: v1.27.1\n' },
  { id: 'override:v2.28.0', tag: 'v2.28.0', yaml: 'kube_version: 1.30.1\n' },
  { id: 'override:v2.31.0', tag: 'v2.31.0', yaml: 'kube_version: 1.33.1\n' },
  // A templated pin, a YAML float pin (Ansible prints 1.1) and a pin of a role var (role vars win).
  { id: 'override:template', tag: 'v2.28.0', yaml: 'team_kube: 1.31.4\nkube_version: "{{ team_kube }}"\ncontainerd_version: 1.10\n' },
  { id: 'override:role-var-wins', tag: 'v2.29.0', yaml: 'kube_major_version: "9.99"\nrunc_version: 1.2.10\n' },
];

const DEPENDENTS = ['etcd_version', 'coredns_version', 'crictl_version', 'pod_infra_version', 'crio_version'];

/** What we expect for one variable given Ansible's answer. */
function expectAgreement(label: string, ours: ResolvedValue, oracle: OracleValue | undefined, mayBeUnsupported = false): void {
  expect(oracle, `${label}: oracle has no answer`).toBeDefined();
  if (!oracle?.ok) {
    expect(ours.known, `${label}: Ansible fails (${oracle?.ok === false ? oracle.error.slice(0, 200) : ''}) but we answered ${JSON.stringify(ours)}`).toBe(false);
    return;
  }
  if (mayBeUnsupported) {
    expect(ours.known, `${label}: listed as deliberately unsupported but answered`).toBe(false);
    return;
  }
  expect(ours, label).toEqual({ known: true, value: oracle.value });
}

function overridesFromYaml(yaml: string): Record<string, unknown> {
  const d = loadAnsibleYaml(yaml, 'inventory');
  if (!(d instanceof PyDict)) throw new Error('inventory yaml must be a mapping');
  return Object.fromEntries(d.items().map(([k, v]) => [k as string, v]));
}

describe('Kubespray defaults agree with ansible-playbook', () => {
  const tmp = makeTempDir('ksu-defaults-');
  let upstream: KubesprayUpstream;
  let git: GitCommandManager;
  let oracle: OracleRun;
  let layouts: LayoutTree[];
  const loaded = new Map<string, KubesprayDefaults>();
  const futureTree = path.join(tmp.dir, 'future-v2.32.0');
  const corpusTree = path.join(tmp.dir, 'corpus');

  beforeAll(async () => {
    upstream = buildKubesprayUpstream(path.join(tmp.dir, 'upstream'));
    writeFutureTag(futureTree);
    commitTree(upstream.work, futureTree, 'Release v2.32.0');
    createTag(upstream.work, 'v2.32.0', false);
    git = new GitCommandManager(upstream.work);
    writeCorpusTree(corpusTree);
    layouts = writeLayoutTrees(path.join(tmp.dir, 'layouts'));

    const tagTree = (tag: string): string => path.join(KUBESPRAY_DATA, 'tags', tag);
    const cases: OracleCase[] = [
      ...TAGS.map((tag) => ({ id: tag, tree: tagTree(tag), variables: COMPONENT_VARIABLES })),
      ...OVERRIDES.map((o) => ({ id: o.id, tree: tagTree(o.tag), variables: [...COMPONENT_VARIABLES, 'kube_major_version'], inventoryYaml: o.yaml })),
      { id: 'v2.32.0', tree: futureTree, variables: COMPONENT_VARIABLES },
      { id: 'corpus', tree: corpusTree, variables: corpusVariables().filter((n) => !n.startsWith('e_fail_')) },
      { id: 'corpus-failures', tree: corpusTree, variables: corpusVariables().filter((n) => n.startsWith('e_fail_')), taskPerVariable: true },
      ...layouts,
    ];
    const [run] = await Promise.all([
      runAnsibleOracle(cases, 2),
      (async () => {
        for (const tag of [...TAGS, 'v2.32.0']) loaded.set(tag, await loadKubesprayDefaults(gitTreeSource(git, tag)));
      })(),
    ]);
    oracle = run;
    console.log(`oracle: ${cases.length} cases, ansible-playbook runs took ${oracle.runMillis.map((m) => `${(m / 1000).toFixed(1)}s`).join(', ')}`);
    // About 10 s alone; ansible-playbook on a machine shared with other jobs can take minutes,
    // and a timed-out hook would turn every case into a skip (which the skip gate fails).
  }, 600_000);

  afterAll(() => tmp.cleanup());

  it('compares every tag of the data set (25 from v2.20.0 to v2.31.0)', () => {
    expect(TAGS.length).toBeGreaterThanOrEqual(25);
    expect(TAGS.slice(0, 1)).toEqual(['v2.20.0']);
    expect(TAGS).toContain('v2.31.0');
    for (const tag of TAGS) expect(oracle.results.get(tag)?.get('kube_version')?.ok, tag).toBe(true);
  });

  it.each(TAGS)('%s: every component version matches Ansible', (tag) => {
    const ours = resolveComponents(loaded.get(tag) as KubesprayDefaults);
    const theirs = oracle.results.get(tag);
    for (const name of COMPONENT_VARIABLES) expectAgreement(`${tag} ${name}`, ours[name] as ResolvedValue, theirs?.get(name));
    // Every tag pins a Kubernetes version we can compute, and it is one of the supported ones.
    expect(ours.kube_version?.known).toBe(true);
  });

  it.each(OVERRIDES)('$id: inventory overrides apply with Ansible precedence', ({ id, tag, yaml }) => {
    const d = loaded.get(tag) as KubesprayDefaults;
    const overrides = overridesFromYaml(yaml);
    const ours = resolveComponents(d, overrides);
    const theirs = oracle.results.get(id);
    for (const name of COMPONENT_VARIABLES) expectAgreement(`${id} ${name}`, ours[name] as ResolvedValue, theirs?.get(name));
    expectAgreement(`${id} kube_major_version`, resolveVariable(d, 'kube_major_version', overrides), theirs?.get('kube_major_version'));
    if (id.startsWith('override:v')) {
      // The pin must actually move something that depends on kube_version, or the case proves little.
      const defaults = resolveComponents(d);
      expect(DEPENDENTS.some((n) => JSON.stringify(defaults[n]) !== JSON.stringify(ours[n])), `${id}: no dependent changed`).toBe(true);
    }
  });

  it('a synthetic future tag (new first checksum keys, new defaults files) matches Ansible', () => {
    const d = loaded.get('v2.32.0') as KubesprayDefaults;
    const ours = resolveComponents(d);
    const theirs = oracle.results.get('v2.32.0');
    for (const name of COMPONENT_VARIABLES) expectAgreement(`v2.32.0 ${name}`, ours[name] as ResolvedValue, theirs?.get(name));
    expect(ours.kube_version).toEqual({ known: true, value: '1.36.1' });
    expect(ours.coredns_version?.known).toBe(false);
    expect(supportedKubeVersions(d).slice(0, 3)).toEqual(['1.36.1', '1.36.0', '1.35.4']);
  });

  it('the expression corpus matches Ansible (or is refused, never wrong)', async () => {
    const d = await loadKubesprayDefaults(directoryTreeSource(corpusTree));
    const theirs = new Map([...(oracle.results.get('corpus') ?? []), ...(oracle.results.get('corpus-failures') ?? [])]);
    const names = corpusVariables();
    expect(names.length).toBeGreaterThan(90);
    for (const name of names) expectAgreement(`corpus ${name}`, resolveVariable(d, name), theirs.get(name), DELIBERATELY_UNSUPPORTED.has(name));
    // The failure section really fails in Ansible; the rest really succeeds.
    for (const name of names) expect(theirs.get(name)?.ok, name).toBe(!name.startsWith('e_fail_'));
    // No loop had to be re-run task by task: only the planned two ansible-playbook runs happened.
    expect(oracle.runMillis).toHaveLength(2);
  });

  it('role defaults/vars files load in the same order and precedence as ansible-core', async () => {
    for (const layout of layouts) {
      const d = await loadKubesprayDefaults(directoryTreeSource(layout.tree));
      const overrides = layout.inventoryYaml ? overridesFromYaml(layout.inventoryYaml) : undefined;
      const theirs = oracle.results.get(layout.id);
      for (const name of layout.variables) expectAgreement(`${layout.id} ${name}`, resolveVariable(d, name, overrides), theirs?.get(name));
    }
  });

  it('git and directory sources load the same variables', async () => {
    for (const tag of ['v2.20.0', 'v2.22.2', 'v2.28.0']) {
      const fromDir = await loadKubesprayDefaults(directoryTreeSource(path.join(KUBESPRAY_DATA, 'tags', tag)));
      const fromGit = loaded.get(tag) as KubesprayDefaults;
      expect(fromGit.layers).toEqual(fromDir.layers);
      expect(resolveComponents(fromGit)).toEqual(resolveComponents(fromDir));
    }
  });
});
