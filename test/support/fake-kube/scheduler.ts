import { matchesSelectorObject, type LabelSelectorObject } from './selectors.js';
import type { KObj } from './store.js';

interface Taint {
  key: string;
  value?: string;
  effect: string;
}
interface Toleration {
  key?: string;
  operator?: string;
  value?: string;
  effect?: string;
}

function tolerates(tolerations: Toleration[], taint: Taint): boolean {
  return tolerations.some((t) => {
    if (t.effect && t.effect !== taint.effect) return false;
    if (t.operator === 'Exists') return !t.key || t.key === taint.key;
    return t.key === taint.key && (t.value ?? '') === (taint.value ?? '');
  });
}

function nodeReady(n: KObj): boolean {
  return (n.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True');
}

/** Taints the node lifecycle controller adds for unhealthy nodes, derived from the Ready condition. */
function effectiveTaints(n: KObj): Taint[] {
  const taints: Taint[] = [...(n.spec?.taints ?? [])];
  if (!nodeReady(n)) taints.push({ key: 'node.kubernetes.io/not-ready', effect: 'NoSchedule' });
  if (n.spec?.unschedulable) taints.push({ key: 'node.kubernetes.io/unschedulable', effect: 'NoSchedule' });
  return taints;
}

function matchExpressions(labels: Record<string, string>, exprs: Array<{ key: string; operator: string; values?: string[] }>): boolean {
  return matchesSelectorObject({ matchExpressions: exprs }, labels);
}

const live = (p: KObj) => !p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed';

/**
 * The predicates of kube-scheduler that matter for verify-style workloads: readiness and
 * taints, nodeSelector, required node affinity, required pod anti-affinity and
 * DoNotSchedule topology spread. Ties go to the node with the fewest pods.
 */
export function schedulePod(pod: KObj, nodes: KObj[], pods: KObj[]): { node?: string; message: string } {
  const reasons = new Map<string, number>();
  const reject = (why: string) => reasons.set(why, (reasons.get(why) ?? 0) + 1);
  const spec = pod.spec;
  const tolerations: Toleration[] = spec.tolerations ?? [];
  const placed = pods.filter((p) => live(p) && p.spec?.nodeName && p.metadata.uid !== pod.metadata.uid);
  const nodeOf = new Map(nodes.map((n) => [n.metadata.name, n]));

  let feasible = nodes.filter((n) => {
    const labels = n.metadata.labels ?? {};
    const untolerated = effectiveTaints(n).find((t) => (t.effect === 'NoSchedule' || t.effect === 'NoExecute') && !tolerates(tolerations, t));
    if (untolerated) return reject(`node(s) had untolerated taint {${untolerated.key}: ${untolerated.value ?? ''}}`), false;
    for (const [k, v] of Object.entries<string>(spec.nodeSelector ?? {})) {
      if (labels[k] !== v) return reject("node(s) didn't match Pod's node affinity/selector"), false;
    }
    const terms = spec.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution?.nodeSelectorTerms;
    if (terms && !terms.some((t: { matchExpressions?: [] }) => matchExpressions(labels, t.matchExpressions ?? []))) {
      return reject("node(s) didn't match Pod's node affinity/selector"), false;
    }
    return true;
  });

  const anti: Array<{ labelSelector: LabelSelectorObject; topologyKey: string; namespaces?: string[] }> =
    spec.affinity?.podAntiAffinity?.requiredDuringSchedulingIgnoredDuringExecution ?? [];
  feasible = feasible.filter((n) => {
    for (const term of anti) {
      const domain = n.metadata.labels?.[term.topologyKey];
      if (domain === undefined) continue;
      const namespaces = term.namespaces ?? [pod.metadata.namespace];
      const clash = placed.some(
        (p) =>
          namespaces.includes(p.metadata.namespace) &&
          matchesSelectorObject(term.labelSelector, p.metadata.labels) &&
          nodeOf.get(p.spec.nodeName)?.metadata.labels?.[term.topologyKey] === domain,
      );
      if (clash) return reject("node(s) didn't match pod anti-affinity rules"), false;
    }
    return true;
  });

  const spread: Array<{ maxSkew: number; topologyKey: string; whenUnsatisfiable: string; labelSelector: LabelSelectorObject }> =
    (spec.topologySpreadConstraints ?? []).filter((c: { whenUnsatisfiable: string }) => c.whenUnsatisfiable === 'DoNotSchedule');
  for (const c of spread) {
    const domains = new Map<string, number>();
    for (const n of feasible) {
      const d = n.metadata.labels?.[c.topologyKey];
      if (d !== undefined) domains.set(d, 0);
    }
    for (const p of placed) {
      if (p.metadata.namespace !== pod.metadata.namespace || !matchesSelectorObject(c.labelSelector, p.metadata.labels)) continue;
      const d = nodeOf.get(p.spec.nodeName)?.metadata.labels?.[c.topologyKey];
      if (d !== undefined && domains.has(d)) domains.set(d, domains.get(d)! + 1);
    }
    const min = Math.min(...domains.values());
    feasible = feasible.filter((n) => {
      const d = n.metadata.labels?.[c.topologyKey];
      if (d === undefined) return reject("node(s) didn't match pod topology spread constraints (missing required label)"), false;
      if (domains.get(d)! + 1 - min > c.maxSkew) return reject("node(s) didn't match pod topology spread constraints"), false;
      return true;
    });
  }

  if (feasible.length === 0) {
    const detail = [...reasons].map(([why, count]) => `${count} ${why}`).join(', ');
    return { message: `0/${nodes.length} nodes are available: ${detail}. preemption: 0/${nodes.length} nodes are available: ${nodes.length} Preemption is not helpful for scheduling.` };
  }
  const load = (n: KObj) => placed.filter((p) => p.spec.nodeName === n.metadata.name).length;
  feasible.sort((a, b) => load(a) - load(b) || a.metadata.name.localeCompare(b.metadata.name));
  return { node: feasible[0]!.metadata.name, message: '' };
}
