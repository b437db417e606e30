import type { UpgradeOutcome } from '../upgrade/orchestrator.js';
import type { ClusterRecord } from './fleet-data.js';

/**
 * run-upgrade's part of the cluster's dashboard row. What the cluster runs comes from the
 * state ConfigMap the upgrade wrote: the target once it succeeded, the last applied versions
 * otherwise. The time is the state's, so reporting the same finished upgrade again is no change.
 */
export function upgradeRecord(o: UpgradeOutcome, runUrl: string | undefined): Omit<Partial<ClusterRecord>, 'name'> {
  const s = o.state;
  const ok = o.status === 'succeeded';
  const running = ok ? { kubespray: o.kubesprayTo, kubernetes: o.kubernetesTo } : s?.lastApplied ? { kubespray: s.lastApplied.kubespray, kubernetes: s.lastApplied.kubernetes } : undefined;
  return {
    // run-upgrade runs from the repo's checkout, whose submodule pins the target.
    pinnedKubespray: o.kubesprayTo,
    ...(running?.kubespray ? { runningKubespray: running.kubespray } : {}),
    ...(running?.kubernetes ? { runningKubernetes: running.kubernetes } : {}),
    upgrade: { status: o.status, to: o.kubesprayTo, at: s?.finishedAt ?? s?.updatedAt ?? new Date().toISOString(), ...(runUrl ? { url: runUrl } : {}) },
  };
}
