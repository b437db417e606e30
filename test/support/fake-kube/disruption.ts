import { matchesSelectorObject } from './selectors.js';
import type { KObj } from './store.js';

type IntOrPercent = number | string | undefined;

/** An int, or a percentage of `total` rounded up, as the disruption controller scales it. */
function scaled(v: IntOrPercent, total: number): number | undefined {
  if (v === undefined) return undefined;
  if (typeof v === 'number') return v;
  const m = /^(\d+)%$/.exec(v);
  return m ? Math.ceil((Number(m[1]) * total) / 100) : undefined;
}

/**
 * A PodDisruptionBudget's status as the disruption controller writes it, from the pods its
 * selector matches in its namespace. expectedPods is the count of matching pods (the real
 * controller uses the owning controllers' scale for percentages and maxUnavailable; the
 * fake's workloads are exactly their pods).
 */
export function disruptionStatus(pdb: KObj, podsInNamespace: readonly KObj[], isReady: (pod: KObj) => boolean): Record<string, unknown> {
  const selector = pdb.spec?.selector;
  // policy/v1: an empty selector matches every pod of the namespace; a null one none.
  const pods = selector ? podsInNamespace.filter((p) => !p.metadata.deletionTimestamp && matchesSelectorObject(selector, p.metadata.labels)) : [];
  const expected = pods.length;
  const healthy = pods.filter(isReady).length;
  const min = scaled(pdb.spec?.minAvailable, expected);
  const maxUnavailable = scaled(pdb.spec?.maxUnavailable, expected);
  const desired = min ?? (maxUnavailable !== undefined ? Math.max(0, expected - maxUnavailable) : expected);
  const allowed = Math.max(0, healthy - desired);
  return {
    observedGeneration: pdb.metadata.generation ?? 1,
    disruptionsAllowed: allowed,
    currentHealthy: healthy,
    desiredHealthy: desired,
    expectedPods: expected,
    conditions: [
      {
        type: 'DisruptionAllowed',
        status: allowed > 0 ? 'True' : 'False',
        reason: allowed > 0 ? 'SufficientPods' : 'InsufficientPods',
        message: '',
        observedGeneration: pdb.metadata.generation ?? 1,
        lastTransitionTime: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
      },
    ],
  };
}
