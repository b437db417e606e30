import { apiVersionOf, removedBetween, replacementText, REMOVED_APIS_SOURCE, type RemovedApi } from '../../kube/removed-apis.js';
import { scanRepoManifests } from '../../upgrade/removed-apis/repo-manifests.js';
import type { Hazard, UpgradeReport } from '../upgrade-report-types.js';
import { sortHazards } from './hazard-helpers.js';

interface ClusterHop {
  /** The inventory, or undefined for a report with none. */
  inventory?: string;
  from: string;
  to: string;
}

/** Each cluster's Kubernetes hop, from its own effective kube_version before and after (known ones only). */
function clusterHops(report: UpgradeReport): ClusterHop[] {
  const known = (v: { known: boolean; value?: string } | undefined) => (v?.known ? v.value : undefined);
  const rows = report.clusters
    ? report.clusters.map((c) => ({ inventory: c.inventory, kube: c.components.kube_version }))
    : [{ inventory: report.inventories?.[0], kube: report.components.kube_version }];
  return rows.flatMap((r) => {
    const from = known(r.kube?.effectiveFrom as { known: boolean; value?: string } | undefined);
    const to = known(r.kube?.effectiveTo as { known: boolean; value?: string } | undefined);
    return from && to ? [{ ...(r.inventory ? { inventory: r.inventory } : {}), from, to }] : [];
  });
}

/**
 * `removed-api-manifest` errors: the cluster repo's own manifests (outside Kubespray and the
 * inventories, `skip`) that declare an API a cluster's Kubernetes hop stops serving. The
 * apply that follows the upgrade fails on them; they can be fixed in the same PR.
 */
export async function withRemovedApiHazards(report: UpgradeReport, repoRoot: string, skip: readonly string[]): Promise<UpgradeReport> {
  const hops = clusterHops(report);
  const byHop = hops.map((h) => ({ ...h, removals: removedBetween(h.from, h.to) }));
  const union = new Map<string, RemovedApi>();
  for (const h of byHop) for (const r of h.removals) union.set(`${apiVersionOf(r)} ${r.kind}`, r);
  if (union.size === 0) return report;
  const scan = await scanRepoManifests(repoRoot, skip, [...union.values()]);
  const several = (report.clusters?.length ?? 0) > 1;
  const hazards: Hazard[] = scan.uses.map((u) => {
    const crossing = byHop.filter((h) => h.removals.includes(u.removal));
    const hop = crossing.map((h) => `${h.inventory ? `${h.inventory}: ` : ''}${h.from} -> ${h.to}`).join(', ');
    const o = u.object;
    return {
      id: 'removed-api-manifest',
      severity: 'error',
      file: u.file,
      line: o.line,
      message:
        `${u.file}:${o.line} declares ${o.kind}${o.name ? ` ${o.name}` : ''} at ${o.apiVersion}, which Kubernetes v${u.removal.removedIn} no longer serves (this hop: ${hop}); ` +
        `applying it after the upgrade fails. Fix: ${replacementText(u.removal)}. ${u.removal.notes} (${REMOVED_APIS_SOURCE})`,
      ...(several ? { inventories: crossing.flatMap((h) => (h.inventory ? [h.inventory] : [])) } : {}),
    };
  });
  const notes: Hazard[] = scan.skipped.slice(0, 20).map((why) => ({ id: 'removed-api-manifest-unread', severity: 'notice', message: `Not checked for removed APIs: ${why}` }));
  if (hazards.length === 0 && notes.length === 0) return report;
  return { ...report, hazards: sortHazards([...report.hazards, ...hazards, ...notes]) };
}
