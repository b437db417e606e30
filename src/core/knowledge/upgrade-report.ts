import path from 'node:path';
import type { Git } from '../git/git.js';
import {
  COMPONENT_VARIABLES,
  gitTreeSource,
  loadKubesprayDefaults,
  resolveComponents,
  resolveVariable,
  supportedKubeVersions,
  type KubesprayDefaults,
  type TreeSource,
} from './defaults/index.js';
import { changedFiles, summarizeChangedFiles } from './changes/changed-files.js';
import { resolveTagCommits } from './changes/tag-commits.js';
import { cachedTreeSource, subtreeFileTree } from './inventory/tree-source-file-tree.js';
import { isRoleVarsFile, isSampleVarsFile, knownVariables } from './drift/known-variables.js';
import { loadSampleDrift, sampleDefinition } from './drift/sample-drift.js';
import { maybeObsolete, staleSampleValues } from './drift/team-drift.js';
import type { LoadedInventory } from './inventory/load-inventory.js';
import { loadTeamInventory } from './inventory/team-inventory.js';
import { clusterOverrides, inventoryPins, type InventoryPins } from './inventory/pins.js';
import { displayValue } from './inventory/variable-definitions.js';
import { collectHazards } from './hazards/collect-hazards.js';
import { groupMapping } from './checks/group-mapping.js';
import { isCheckOrMappingFile, readCheckFiles, runInventoryChecks, tagChecks } from './checks/run-checks.js';
import { checksumTableVersions } from './hazards/component-pinned.js';
import { pinnedValue } from './hazards/hazard-helpers.js';
import type { SubmoduleState } from './hazards/local-divergence.js';
import { REPORT_SCHEMA_VERSION, type ComponentChange, type UpgradeReport } from './upgrade-report-types.js';

export type { SubmoduleState } from './hazards/local-divergence.js';

export interface UpgradeReportOptions {
  /** The Kubespray repository holding both tags: the cluster repo's submodule, or any clone. */
  git: Git;
  from: string;
  to: string;
  /** The team's inventory, a file or a folder; absolute, or relative to repoRoot. */
  inventoryDir?: string;
  /** The cluster repo root; team file paths in the report are relative to it. */
  repoRoot: string;
  /** What the cluster runs now, when known (e.g. from the API server); else the effective kube_version at `from`. */
  runningKubeVersion?: string;
  submoduleState?: SubmoduleState;
}

const SAMPLE_DIR = 'inventory/sample';

/**
 * Everything a hop's report needs from the two Kubespray tags, independent of any
 * inventory: studied once per run and shared by every cluster's report.
 */
export interface HopStudy {
  from: string;
  to: string;
  fromCommit: string;
  dFrom: KubesprayDefaults;
  dTo: KubesprayDefaults;
  knownFrom: ReturnType<typeof knownVariables>;
  knownTo: ReturnType<typeof knownVariables>;
  sample: Awaited<ReturnType<typeof loadSampleDrift>>;
  sampleKube: Awaited<ReturnType<typeof sampleDefinition>>;
  requirements: { from: string | undefined; to: string | undefined };
  changed: Awaited<ReturnType<typeof changedFiles>>;
  /** The target's inventory checks and the from tag's legacy group mapping. */
  checksTo: ReturnType<typeof tagChecks>;
  mappingFrom: ReturnType<typeof groupMapping>;
}

/**
 * How many times each Kubespray tag was evaluated (its defaults loaded), counted by whoever
 * makes one: a run creates its own, so nothing is shared between runs in one process.
 */
export class TagEvaluations {
  private readonly counts = new Map<string, number>();

  record(tag: string): void {
    this.counts.set(tag, (this.counts.get(tag) ?? 0) + 1);
  }

  get(tag: string): number {
    return this.counts.get(tag) ?? 0;
  }

  /** `v2.24.1 ×1, v2.25.1 ×1`: the bench reads this line to show each tag is evaluated once per run. */
  toString(): string {
    return [...this.counts].map(([tag, n]) => `${tag} ×${n}`).join(', ') || 'none';
  }
}

/** Reads and evaluates both tags from git objects (nothing is checked out); `evaluations` counts it. */
export async function studyHop(git: Git, from: string, to: string, evaluations?: TagEvaluations): Promise<HopStudy> {
  const [fromCommit, toCommit] = (await resolveTagCommits(git, [from, to])) as [string, string];
  const changedPromise = changedFiles(git, fromCommit, toCommit);
  const [atFrom, atTo] = [cachedTreeSource(gitTreeSource(git, fromCommit)), cachedTreeSource(gitTreeSource(git, toCommit))];
  await Promise.all([prefetch(atFrom), prefetch(atTo)]);
  for (const tag of [from, to]) evaluations?.record(tag);
  const [dFrom, dTo, knownFrom, knownTo] = await Promise.all([loadKubesprayDefaults(atFrom), loadKubesprayDefaults(atTo), knownVars(atFrom), knownVars(atTo)]);
  const sampleDisplay = (rel: string) => `${SAMPLE_DIR}/${rel}`;
  const sampleTo = subtreeFileTree(atTo, SAMPLE_DIR);
  const sample = await loadSampleDrift(subtreeFileTree(atFrom, SAMPLE_DIR), sampleTo, sampleDisplay);
  const sampleKube = await sampleDefinition(sampleTo, sampleDisplay, 'kube_version');
  const requirements = { from: await atFrom.readFile('requirements.txt'), to: await atTo.readFile('requirements.txt') };
  const checksTo = tagChecks(dTo, await readCheckFiles(atTo));
  const mappingFrom = groupMapping(await readCheckFiles(atFrom));
  return { from, to, fromCommit, dFrom, dTo, knownFrom, knownTo, sample, sampleKube, requirements, checksTo, mappingFrom, changed: await changedPromise };
}

/**
 * The report for one hop. Both tags are read from git objects (nothing is checked out);
 * the team's inventory (a file or a folder), when given, is read from disk.
 */
export async function buildUpgradeReport(o: UpgradeReportOptions): Promise<UpgradeReport> {
  // The team's inventory is parsed while git works on the tags.
  const teamPromise = o.inventoryDir ? loadTeamInventory(o.repoRoot, o.inventoryDir) : Promise.resolve(undefined);
  teamPromise.catch(() => undefined); // awaited below; this only avoids an unhandled rejection meanwhile
  const hop = await studyHop(o.git, o.from, o.to);
  return reportForInventory(hop, await teamPromise, o);
}

/** One cluster's report on an already studied hop; `team` is its loaded inventory, if any. */
export function reportForInventory(hop: HopStudy, team: LoadedInventory | undefined, o: Pick<UpgradeReportOptions, 'runningKubeVersion' | 'submoduleState'>): UpgradeReport {
  const { dFrom, dTo, sample } = hop;
  const pins = team ? inventoryPins(team) : undefined;
  const overrides = pins ? clusterOverrides(pins) : {};

  const components = componentChanges(dFrom, dTo, overrides, pins);
  const supported = { from: supportedKubeVersions(dFrom), to: supportedKubeVersions(dTo) };
  const obsolete = team ? maybeObsolete(team, hop.knownFrom, hop.knownTo) : [];
  const inventoryDrift = { sample, maybeObsolete: obsolete, staleSampleValues: team ? staleSampleValues(team, sample) : [] };

  const sampleKube = hop.sampleKube;
  const { checksTo, mappingFrom } = hop;
  const hazards = collectHazards({
    from: hop.from,
    to: hop.to,
    components,
    supportedTo: supported.to,
    supportedFrom: supported.from,
    ...(pins ? { pins } : {}),
    checksumTables: (variable) => checksumTableVersions(dTo, variable),
    ...(o.runningKubeVersion ? { runningKubeVersion: o.runningKubeVersion } : {}),
    ...(o.submoduleState ? { submodule: { ...o.submoduleState, fromCommit: o.submoduleState.fromCommit ?? hop.fromCommit } } : {}),
    ...(sampleKube ? { sampleKube: { value: displayValue(sampleKube.value), file: sampleKube.file, line: sampleKube.line } } : {}),
    requirements: hop.requirements,
    obsolete,
    unreadable: team?.unreadable ?? [],
    ...(team && pins
      ? {
          inventoryChecks: runInventoryChecks(checksTo, team, pins),
          legacyGroups: { inventory: team, from: mappingFrom, to: checksTo.mapping },
        }
      : {}),
  });

  return {
    schemaVersion: REPORT_SCHEMA_VERSION,
    from: hop.from,
    to: hop.to,
    components,
    supportedKubeVersions: supported,
    changedFiles: hop.changed,
    changedFilesSummary: summarizeChangedFiles(hop.changed),
    inventoryDrift,
    hazards,
  };
}

function componentChanges(dFrom: KubesprayDefaults, dTo: KubesprayDefaults, overrides: Record<string, unknown>, pins: InventoryPins | undefined): Record<string, ComponentChange> {
  const names = [...COMPONENT_VARIABLES];
  for (const v of pins?.definitions.keys() ?? []) if (/_version$/.test(v) && !names.includes(v)) names.push(v);
  const defFrom = resolveComponents(dFrom);
  const defTo = resolveComponents(dTo);
  const effFrom = resolveComponents(dFrom, overrides);
  const effTo = resolveComponents(dTo, overrides);
  const out: Record<string, ComponentChange> = {};
  for (const name of names) {
    const entry: ComponentChange = {
      from: defFrom[name] ?? resolveVariable(dFrom, name),
      to: defTo[name] ?? resolveVariable(dTo, name),
      effectiveFrom: effFrom[name] ?? resolveVariable(dFrom, name, overrides),
      effectiveTo: effTo[name] ?? resolveVariable(dTo, name, overrides),
    };
    const defs = pins?.definitions.get(name);
    if (defs?.length) {
      const winner = pins!.clusterWide.get(name) ?? defs[0]!;
      entry.pinned = pinnedValue(winner);
      const others = defs.filter((d) => d !== winner).map(pinnedValue);
      if (others.length) entry.otherPins = others;
    }
    out[name] = entry;
  }
  return out;
}

/**
 * Everything the report reads from a tag, in one listing and one batch read: every role's
 * defaults/vars (the defaults loader and the known-names scan), the sample, requirements.txt.
 * requirements.txt is listed too, so a symlink (requirements-2.12.txt up to v2.22.2) is seen as one.
 * The inventory checks and the legacy group mapping (roles, playbooks/, legacy_groups.yml) come in the same batch.
 */
function prefetch(source: ReturnType<typeof cachedTreeSource>): Promise<void> {
  return source.prefetch(['roles', SAMPLE_DIR, 'requirements.txt', 'playbooks', 'legacy_groups.yml'], (listed) => [
    ...listed.filter((f) => isRoleVarsFile(f) || f.startsWith(`${SAMPLE_DIR}/`) || isCheckOrMappingFile(f)),
    'requirements.txt',
  ]);
}

/** The names a tag knows (sample and every role's defaults/vars), read in one batch. */
async function knownVars(source: TreeSource) {
  const [roles, sample] = await Promise.all([source.listFiles('roles'), source.listFiles(SAMPLE_DIR)]);
  const wanted = [...roles.filter(isRoleVarsFile), ...sample.filter((f) => isSampleVarsFile(f, `${SAMPLE_DIR}/`))];
  const texts = await Promise.all(wanted.map((f) => source.readFile(f)));
  const files = new Map<string, string>();
  wanted.forEach((f, i) => texts[i] !== undefined && files.set(f, texts[i]!));
  return knownVariables(files, `${SAMPLE_DIR}/`);
}
