import { matchesSelectorObject, parseSelectorString, type LabelSelectorObject } from '../kube/label-selectors.js';
import type { NodeView } from './cluster-snapshot.js';
import type { DrainFacts, DrainPodView, PdbView } from './drain-facts.js';
import type { DrainSettings } from './drain-settings.js';
import type { Check } from './preflight.js';
import type { UpgradeState } from './state.js';

export interface DrainCheckFacts {
  settings: DrainSettings | { unknown: string };
  /** Node name -> its own settings, where its groups, host_vars or extra vars make them differ from `settings`. */
  nodeSettings?: ReadonlyMap<string, DrainSettings>;
  drain: DrainFacts;
  nodes: readonly NodeView[];
  /** Nodes this run will upgrade (and so cordon and drain). */
  upgradeNodes: ReadonlySet<string>;
  previous?: UpgradeState;
}

/** Objects named in one detail, at most; the rest are counted. */
const LIST_LIMIT = 10;

const list = (items: readonly string[]) => (items.length > LIST_LIMIT ? `${items.slice(0, LIST_LIMIT).join('; ')}; and ${items.length - LIST_LIMIT} more` : items.join('; '));

/**
 * Kubespray's pre-upgrade role cordons each node and runs `kubectl drain --force
 * --ignore-daemonsets --delete-emptydir-data [--pod-selector]` with its drain_* settings;
 * a node that was already cordoned is neither drained nor uncordoned afterwards (unless
 * upgrade_node_always_cordon). These checks judge the cluster against exactly that, node by
 * node where the settings differ.
 */
export function drainChecks(f: DrainCheckFacts): Check[] {
  const d = drainedPods(f);
  return [pdbCheck(f, d), unmanagedPodsCheck(d), cordonedCheck(f)];
}

type Drained = { pods: DrainPodView[]; settingsOf: (node: string) => DrainSettings; undrained: string[] } | { skip: Check['result']; why: string };

/** The pods the drain of the upgraded nodes evicts, under each node's settings, or why that cannot be worked out. */
function drainedPods(f: DrainCheckFacts): Drained {
  const s = f.settings;
  if ('unknown' in s) return { skip: 'warn', why: `Kubespray's drain settings cannot be read (${s.unknown}), so this cannot be judged` };
  const settingsOf = (node: string) => f.nodeSettings?.get(node) ?? s;
  const drained = [...f.upgradeNodes].filter((n) => settingsOf(n).drainNodes);
  if (drained.length === 0) return { skip: 'pass', why: `drain_nodes is false (${s.sources.drain_nodes}): Kubespray cordons but does not drain` };
  const selectors = new Map<string, (labels: Record<string, string>) => boolean>();
  for (const n of drained) {
    const text = settingsOf(n).podSelector;
    if (!text || selectors.has(text)) continue;
    const parsed = parseSelectorString(text);
    if ('error' in parsed) return { skip: 'warn', why: `drain_pod_selector (${settingsOf(n).sources.drain_pod_selector}): ${parsed.error}` };
    selectors.set(text, parsed);
  }
  const drainedSet = new Set(drained);
  const pods = f.drain.pods.filter((p) => {
    if (!drainedSet.has(p.node) || p.mirror || p.controller === 'DaemonSet') return false;
    const selected = selectors.get(settingsOf(p.node).podSelector);
    return !selected || selected(p.labels);
  });
  const undrained = [...f.upgradeNodes].filter((n) => !drainedSet.has(n)).map((n) => `${n} (${settingsOf(n).sources.drain_nodes})`);
  return { pods, settingsOf, undrained };
}

/** Why a budget lets no pod go, or undefined when it allows at least one eviction. */
function blocking(b: PdbView, covered: number): string | undefined {
  if (b.disruptionsAllowed === 0) return `disruptionsAllowed is 0 (currentHealthy ${b.currentHealthy ?? '?'}, desiredHealthy ${b.desiredHealthy ?? '?'})`;
  if (typeof b.minAvailable === 'number' && b.minAvailable >= covered) return `minAvailable ${b.minAvailable} equals the ${covered} pod(s) it covers`;
  if (b.minAvailable === '100%') return 'minAvailable is 100%';
  if (b.maxUnavailable === 0 || b.maxUnavailable === '0%') return `maxUnavailable is ${b.maxUnavailable}`;
  return undefined;
}

/**
 * Pods by namespace and by the value of one label, so each budget is matched against the pods
 * of its own namespace that carry its first matchLabels pair: 1,000 budgets over 150,000 pods
 * would otherwise test every pod of a namespace once per budget in it. Only the label keys
 * that budgets select on are indexed, with the pods' own strings as keys: indexing every
 * label pair of 150,000 pods cost ~25 MB at the peak of preflight.
 */
class PodIndex {
  private readonly byNs = new Map<string, DrainPodView[]>();
  /** namespace -> label key -> label value -> pods, built on first use. */
  private readonly byLabel = new Map<string, Map<string, Map<string, DrainPodView[]>>>();

  constructor(pods: readonly DrainPodView[]) {
    for (const p of pods) {
      const ns = this.byNs.get(p.namespace);
      if (ns) ns.push(p);
      else this.byNs.set(p.namespace, [p]);
    }
  }

  matching(namespace: string, selector: LabelSelectorObject): DrainPodView[] {
    const all = this.byNs.get(namespace);
    if (!all) return [];
    const first = Object.entries(selector.matchLabels ?? {})[0];
    const candidates = first ? (this.labelIndex(namespace, all, first[0]).get(first[1]) ?? []) : all;
    return candidates.filter((p) => matchesSelectorObject(selector, p.labels));
  }

  private labelIndex(namespace: string, all: readonly DrainPodView[], key: string): Map<string, DrainPodView[]> {
    let keys = this.byLabel.get(namespace);
    if (!keys) this.byLabel.set(namespace, (keys = new Map()));
    let index = keys.get(key);
    if (index) return index;
    keys.set(key, (index = new Map()));
    for (const p of all) {
      // Own labels only: a budget may select on a key such as `constructor`.
      if (!Object.hasOwn(p.labels, key)) continue;
      const value = p.labels[key]!;
      const l = index.get(value);
      if (l) l.push(p);
      else index.set(value, [p]);
    }
    return index;
  }
}

/** What Kubespray does when a budget blocks the drain, under one node's settings. */
function blockedEffect(s: DrainSettings): { result: Check['result']; text: string } {
  if (s.fallbackEnabled) return { result: 'warn', text: `drain_fallback_enabled is true: after the drain times out, Kubespray drains again with --disable-eviction, deleting these pods despite their budget` };
  const where = `drain_timeout from ${s.sources.drain_timeout}${s.retries ? `, drain_retries ${s.retries}` : ''}`;
  if (s.failIfDrainFails) return { result: 'fail', text: `kubectl drain waits drain_timeout ${s.timeout} per attempt, then Kubespray fails the node (upgrade_node_fail_if_drain_fails; ${where})` };
  return { result: 'warn', text: `kubectl drain waits drain_timeout ${s.timeout} per attempt, then Kubespray upgrades the node undrained (upgrade_node_fail_if_drain_fails is false; ${where})` };
}

function pdbCheck(f: DrainCheckFacts, d: Drained): Check {
  const title = 'PodDisruptionBudgets let the drain evict';
  if ('skip' in d) return { id: 'drain-pdb', title, result: d.skip, detail: d.why };
  const blocked: string[] = [];
  const blockedNodes = new Set<string>();
  const all = new PodIndex(f.drain.pods);
  const evictable = new Set(d.pods);
  for (const b of f.drain.pdbs) {
    if (!b.selector) continue;
    const selected = all.matching(b.namespace, b.selector);
    const evicted = selected.filter((p) => evictable.has(p));
    if (evicted.length === 0) continue;
    const covered = b.expectedPods ?? selected.length;
    const why = blocking(b, covered);
    if (!why) continue;
    blocked.push(`${b.namespace}/${b.name}: ${why}; covers ${evicted.map((p) => `${p.name} on ${p.node}`).join(', ')}`);
    for (const p of evicted) blockedNodes.add(p.node);
  }
  const undrained = d.undrained.length ? `; not drained (drain_nodes false): ${list(d.undrained)}` : '';
  if (blocked.length === 0) return { id: 'drain-pdb', title, result: 'pass', detail: `${f.drain.pdbs.length} PDB(s); none blocks the drain of the ${f.upgradeNodes.size} node(s) to upgrade${undrained}` };
  // One sentence per distinct behaviour, naming the nodes when they do not all behave alike.
  const effects = new Map<string, { result: Check['result']; text: string; nodes: string[] }>();
  for (const n of [...blockedNodes].sort()) {
    const e = blockedEffect(d.settingsOf(n));
    const known = effects.get(e.text);
    if (known) known.nodes.push(n);
    else effects.set(e.text, { ...e, nodes: [n] });
  }
  const parts = [...effects.values()];
  const effect = parts.length === 1 ? parts[0]!.text : parts.map((e) => `on ${list(e.nodes)}: ${e.text}`).join('. ');
  return {
    id: 'drain-pdb',
    title,
    result: parts.some((e) => e.result === 'fail') ? 'fail' : 'warn',
    detail: `${list(blocked)}. ${effect}${undrained}. Fix: scale the workload up or relax the budget (for example maxUnavailable: 1) before the upgrade, then re-run.`,
  };
}

function unmanagedPodsCheck(d: Drained): Check {
  const title = 'The drain loses no pod or local data';
  if ('skip' in d) return { id: 'drain-pods', title, result: d.skip, detail: d.why };
  const bare = d.pods.filter((p) => !p.controller).map((p) => `${p.namespace}/${p.name} on ${p.node}`);
  const local = d.pods.filter((p) => p.emptyDirVolumes.length > 0).map((p) => `${p.namespace}/${p.name} on ${p.node} (emptyDir ${p.emptyDirVolumes.join(', ')})`);
  if (bare.length === 0 && local.length === 0) return { id: 'drain-pods', title, result: 'pass', detail: `${d.pods.length} pod(s) to drain, each with a controller and no emptyDir` };
  const parts: string[] = [];
  if (bare.length) parts.push(`no controller, deleted by kubectl drain --force and never recreated: ${list(bare)}`);
  if (local.length) parts.push(`emptyDir data deleted by --delete-emptydir-data: ${list(local)}`);
  return {
    id: 'drain-pods',
    title,
    result: 'warn',
    detail: `${parts.join('. ')}. Fix: run them under a controller (Deployment, StatefulSet) and keep data on persistent volumes, or exclude them with drain_pod_selector.`,
  };
}

function cordonedCheck(f: DrainCheckFacts): Check {
  const title = 'No node to upgrade is already cordoned';
  const cordoned = f.nodes.filter((n) => n.unschedulable && f.upgradeNodes.has(n.name));
  if (cordoned.length === 0) return { id: 'cordoned', title, result: 'pass', detail: 'none cordoned' };
  const s = f.settings;
  const alwaysCordon = !('unknown' in s) && cordoned.some((n) => (f.nodeSettings?.get(n.name) ?? s).alwaysCordon);
  const named = cordoned.map((n) => `${n.name} (${whoCordoned(n.name, f.previous)})`);
  const effect = alwaysCordon
    ? 'upgrade_node_always_cordon is true: Kubespray drains them and uncordons them afterwards, which also lifts a deliberate cordon'
    : 'Kubespray neither drains an already cordoned node nor uncordons it after the upgrade, so they stay cordoned';
  return {
    id: 'cordoned',
    title,
    result: 'warn',
    detail: `cordoned: ${list(named)}. ${effect}. Fix: if the cordon is left over, kubectl uncordon ${cordoned.map((n) => n.name).join(' ')} before the upgrade; if it is deliberate, leave it and uncordon by hand later.`,
  };
}

/** From the state: whether the node was in a step of this action's last upgrade that stopped part-way. */
function whoCordoned(node: string, previous: UpgradeState | undefined): string {
  if (!previous) return 'not by this action: no upgrade recorded';
  const stopped = previous.batches.find((b) => b.nodes.includes(node) && (b.status === 'failed' || b.status === 'interrupted' || b.status === 'running'));
  if (stopped) return `probably by Kubespray's drain in upgrade ${previous.upgradeId}, whose batch ${stopped.index} ${stopped.status === 'running' ? 'was cut off' : stopped.status}`;
  const cp = previous.phases.find((p) => (p.name === 'control-plane' || p.name === 'upgrade') && (p.status === 'failed' || p.status === 'interrupted' || p.status === 'running'));
  if (cp) return `possibly by Kubespray in upgrade ${previous.upgradeId}, whose ${cp.name} phase ${cp.status}`;
  return `not by this action: upgrade ${previous.upgradeId} finished its steps on this node`;
}
