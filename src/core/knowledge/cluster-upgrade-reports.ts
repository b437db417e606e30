import type { Git } from '../git/git.js';
import { loadTeamInventory } from './inventory/team-inventory.js';
import { reportForInventory, studyHop, type HopStudy, type TagEvaluations, type UpgradeReportOptions } from './upgrade-report.js';
import { sortHazards } from './hazards/hazard-helpers.js';
import type { ClusterReport, Hazard, UpgradeReport } from './upgrade-report-types.js';

export interface ClusterReportsOptions extends Pick<UpgradeReportOptions, 'runningKubeVersion' | 'submoduleState'> {
  git: Git;
  from: string;
  to: string;
  repoRoot: string;
  /** Repo-relative inventory files or folders; empty means Kubespray defaults only. */
  inventories: readonly string[];
  /** A hop already studied in this run; otherwise both tags are studied here, once. */
  hop?: HopStudy;
  /** Counts the tags this call evaluates (none when a hop is handed in). */
  evaluations?: TagEvaluations;
  /** Per inventory (in order), what the cluster runs when known; wins over runningKubeVersion. */
  runningKubeVersions?: ReadonlyArray<string | undefined>;
}

/**
 * One report over every cluster of the repo. The tags are evaluated once whatever the
 * number of inventories; each inventory then costs only its own parsing and evaluation.
 */
export async function buildClusterReports(o: ClusterReportsOptions): Promise<UpgradeReport> {
  const teams = Promise.all(o.inventories.map((inv) => loadTeamInventory(o.repoRoot, inv)));
  teams.catch(() => undefined); // awaited below; this only avoids an unhandled rejection meanwhile
  const hop = o.hop ?? (await studyHop(o.git, o.from, o.to, o.evaluations));
  const loaded = await teams;
  const options = (i: number) => {
    const running = o.runningKubeVersions?.[i] ?? o.runningKubeVersion;
    return { ...(running ? { runningKubeVersion: running } : {}), ...(o.submoduleState ? { submoduleState: o.submoduleState } : {}) };
  };
  if (loaded.length === 0) return { ...reportForInventory(hop, undefined, options(0)), inventories: [] };
  const reports = loaded.map((team, i) => reportForInventory(hop, team, options(i)));
  return combineReports(o.inventories, reports);
}

/**
 * Several inventories' reports as one: the first inventory's components, the hazards of
 * all (each naming the inventories that raise it), and every inventory's own effective
 * versions and hazards under `clusters`.
 */
export function combineReports(inventories: readonly string[], reports: readonly UpgradeReport[]): UpgradeReport {
  const [first] = reports;
  if (!first || reports.length !== inventories.length) throw new Error('combineReports needs one report per inventory');
  if (reports.length === 1) return { ...first, inventories: [...inventories] };
  const byKey = new Map<string, Hazard>();
  reports.forEach((r, i) => {
    for (const h of r.hazards) {
      const key = `${h.id}\0${h.file ?? ''}\0${h.line ?? ''}\0${h.message}`;
      const seen = byKey.get(key);
      if (seen) seen.inventories!.push(inventories[i]!);
      else byKey.set(key, { ...h, inventories: [inventories[i]!] });
    }
  });
  const hazards = sortHazards([...byKey.values()]);
  const clusters: ClusterReport[] = reports.map((r, i) => ({
    inventory: inventories[i]!,
    components: Object.fromEntries(
      Object.entries(r.components).map(([name, c]) => [name, { effectiveFrom: c.effectiveFrom, effectiveTo: c.effectiveTo, ...(c.pinned ? { pinned: c.pinned } : {}) }]),
    ),
    hazards: r.hazards,
  }));
  const drift = first.inventoryDrift && {
    ...first.inventoryDrift,
    maybeObsolete: reports.flatMap((r) => r.inventoryDrift?.maybeObsolete ?? []),
    staleSampleValues: reports.flatMap((r) => r.inventoryDrift?.staleSampleValues ?? []),
  };
  return { ...first, hazards, ...(drift ? { inventoryDrift: drift } : {}), inventories: [...inventories], clusters };
}

/** Per inventory, the Kubernetes version the cluster runs before the hop as its report knows it (the effective kube_version at the from tag). */
export function runningKubernetes(report: UpgradeReport): Array<string | undefined> {
  const known = (v: { known: boolean; value?: string } | undefined) => (v?.known ? v.value : undefined);
  if (report.clusters) return report.clusters.map((c) => known(c.components.kube_version?.effectiveFrom));
  return [known(report.components.kube_version?.effectiveFrom as { known: boolean; value?: string } | undefined)];
}
