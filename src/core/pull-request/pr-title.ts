import type { UpgradeReport } from '../knowledge/upgrade-report-types.js';

/**
 * `Bump Kubespray from vA to vB` (`fromLabel` names a fork's pin, see hop-names.ts), naming the Kubernetes minor change the cluster gets
 * (the effective version: an inventory pin that holds Kubernetes back is no change).
 */
export function pullRequestTitle(report: Pick<UpgradeReport, 'from' | 'to' | 'components'>, fromLabel = report.from): string {
  const base = `Bump Kubespray from ${fromLabel} to ${report.to}`;
  const kube = report.components.kube_version;
  if (!kube || !kube.effectiveFrom.known || !kube.effectiveTo.known) return base;
  const from = minor(kube.effectiveFrom.value);
  const to = minor(kube.effectiveTo.value);
  return from && to && from !== to ? `${base} (Kubernetes ${from} → ${to})` : base;
}

function minor(version: string): string | undefined {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(version.trim());
  return m ? `${m[1]}.${m[2]}` : undefined;
}
