import type { Hazard, UpgradeReport } from '../kubespray/report-types.js';

/**
 * One report per inventory (clusters may pin differently); the PR shows them as one: the
 * first inventory's components, and the hazards and obsolete variables of all of them.
 */
export function mergeReports(reports: readonly UpgradeReport[]): UpgradeReport {
  const [first, ...rest] = reports;
  if (!first) throw new Error('mergeReports needs at least one report');
  if (rest.length === 0) return first;
  const seen = new Set<string>();
  const hazards: Hazard[] = [];
  for (const h of reports.flatMap((r) => r.hazards)) {
    const key = `${h.id}\0${h.file ?? ''}\0${h.line ?? ''}\0${h.message}`;
    if (!seen.has(key)) {
      seen.add(key);
      hazards.push(h);
    }
  }
  const drift = first.inventoryDrift && {
    ...first.inventoryDrift,
    maybeObsolete: reports.flatMap((r) => r.inventoryDrift?.maybeObsolete ?? []),
  };
  return { ...first, hazards, ...(drift ? { inventoryDrift: drift } : {}) };
}

/** The Kubernetes version a cluster runs before the hop, as its report knows it (the effective kube_version at the from tag). */
export function runningKubernetes(report: UpgradeReport): string | undefined {
  const v = report.components.kube_version?.effectiveFrom;
  return v?.known ? v.value : undefined;
}
