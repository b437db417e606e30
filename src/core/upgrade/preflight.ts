import { compareLooseVersions, minorGap } from '../knowledge/hazards/versions.js';
import { parseReleaseTag, compareReleases } from '../releases/versions/release-version.js';
import type { ClusterHosts } from '../ansible/listed-inventory.js';
import { lowestApiserver, type ClusterSnapshot } from './cluster-snapshot.js';
import type { AcquireResult, LeaseHolder } from './lock.js';
import { LOCK_LEASE } from './lock.js';
import type { AppliedRelease } from './pin-history.js';
import { skewDuring, skewNow } from './skew.js';
import { isIncomplete, STATE_CONFIGMAP, type UpgradeState } from './state.js';

export type CheckResult = 'pass' | 'warn' | 'fail';

export interface Check {
  id: string;
  title: string;
  result: CheckResult;
  detail: string;
}

export type KubeTarget = { known: true; value: string; source?: string } | { known: false; reason: string };

export type LockView = { mode: 'acquired'; result: AcquireResult } | { mode: 'inspected'; holder?: LeaseHolder; self: string };

export interface PreflightFacts {
  snapshot: ClusterSnapshot;
  kubesprayTarget: string;
  kubernetesTarget: KubeTarget;
  previous?: UpgradeState;
  /** The release applied before: the state's record, or on a first run the repo's history. */
  appliedBefore: AppliedRelease;
  /** True when previous is an incomplete upgrade to the same targets. */
  resuming: boolean;
  lock: LockView;
  hosts: ClusterHosts;
  namespace: string;
  etcdBackup: boolean;
  /** Nodes a resumed run will retry: they may legitimately be NotReady. */
  retryNodes: ReadonlySet<string>;
}

/** Every preflight check, each pass/warn/fail with a reason. Nothing here touches the cluster. */
export function evaluatePreflight(f: PreflightFacts): Check[] {
  return [
    lockCheck(f),
    resumeCheck(f),
    kubesprayHopCheck(f),
    kubernetesHopCheck(f),
    skewNowCheck(f),
    skewDuringCheck(f),
    nodesReadyCheck(f),
    podsReadyCheck(f),
    inventoryCheck(f),
  ];
}

export const failed = (checks: readonly Check[]) => checks.filter((c) => c.result === 'fail');

function check(id: string, title: string, result: CheckResult, detail: string): Check {
  return { id, title, result, detail };
}

function lockCheck(f: PreflightFacts): Check {
  const title = 'No other upgrade holds the lock';
  const held = (h: LeaseHolder) =>
    check(
      'lock',
      title,
      'fail',
      `Lease ${f.namespace}/${LOCK_LEASE} is held by ${h.holder}, last renewed ${h.renewedAt.toISOString()}, expires ${h.expiresAt.toISOString()}. ` +
        `Wait for that run to finish; if it is dead, its lease expires by itself at that time (or delete it: kubectl -n ${f.namespace} delete lease ${LOCK_LEASE}).`,
    );
  if (f.lock.mode === 'inspected') {
    const h = f.lock.holder;
    if (h && !h.expired && h.holder && h.holder !== f.lock.self) return held(h);
    return check('lock', title, 'pass', h?.expired ? `the lease of ${h.holder} expired at ${h.expiresAt.toISOString()} (dry run: not taken)` : 'free (dry run: not taken)');
  }
  const r = f.lock.result;
  if (!r.acquired) return held(r.heldBy);
  if (r.tookOverFrom) {
    return check('lock', title, 'warn', `took over the lease of ${r.tookOverFrom.holder}, which expired at ${r.tookOverFrom.expiresAt.toISOString()} (a run that died)`);
  }
  return check('lock', title, 'pass', 'acquired');
}

function resumeCheck(f: PreflightFacts): Check {
  const title = 'No other upgrade is incomplete';
  const p = f.previous;
  if (!p || !isIncomplete(p)) return check('resume', title, 'pass', p ? `last upgrade ${p.upgradeId} is ${p.status}` : 'no upgrade recorded yet');
  if (f.resuming) {
    const at = p.phases.find((x) => x.status !== 'succeeded' && x.status !== 'skipped');
    return check('resume', title, 'pass', `resuming ${p.upgradeId} (${p.status}${at ? ` at ${at.name}` : ''}); finished phases and batches are skipped`);
  }
  const target = f.kubernetesTarget.known ? f.kubernetesTarget.value : 'unknown';
  return check(
    'resume',
    title,
    'fail',
    `upgrade ${p.upgradeId} to Kubespray ${p.kubesprayTo} / Kubernetes ${p.kubernetesTo} is ${p.status}, and this run targets ${f.kubesprayTarget} / ${target}. ` +
      `Finish it first: check out ${p.kubesprayTo} with the same inventory and re-run, which resumes where it stopped. ` +
      `If you have given it up (for example after restoring the etcd snapshot), set "status": "abandoned" in ConfigMap ${f.namespace}/${STATE_CONFIGMAP} (key state.json) and re-run.`,
  );
}

function kubesprayHopCheck(f: PreflightFacts): Check {
  const title = 'Kubespray target is at most one minor ahead of the last applied release';
  const target = parseReleaseTag(f.kubesprayTarget);
  if (!target) return check('kubespray-version', title, 'warn', `${f.kubesprayTarget} is not a vX.Y.Z release tag; the hop cannot be checked`);
  const a = f.appliedBefore;
  if (!a.known) {
    return check(
      'kubespray-version',
      title,
      'warn',
      `no Kubespray release recorded in ${f.namespace}/${STATE_CONFIGMAP} (first upgrade run by this action) and none found in the cluster repo's history: ${a.reason}; make sure ${f.kubesprayTarget} is the next hop from what the cluster runs`,
    );
  }
  const last = a.tag;
  const from = parseReleaseTag(last);
  if (!from) return check('kubespray-version', title, 'warn', `the applied release ${last} (${a.detail}) is not a vX.Y.Z tag; the hop cannot be checked`);
  if (compareReleases(target, from) < 0) {
    return check('kubespray-version', title, 'fail', `${f.kubesprayTarget} is lower than the last applied ${last}; Kubespray cannot downgrade a cluster`);
  }
  if (target.major !== from.major || target.minor - from.minor > 1) {
    return check('kubespray-version', title, 'fail', `${last} -> ${f.kubesprayTarget} skips a minor; Kubespray supports one minor at a time: upgrade to v${from.major}.${from.minor + 1}.x first`);
  }
  return check('kubespray-version', title, 'pass', `${last} -> ${f.kubesprayTarget} (${last} ${a.detail})`);
}


function kubernetesHopCheck(f: PreflightFacts): Check {
  const title = 'Kubernetes target is not lower than the apiserver and at most one minor ahead';
  const t = f.kubernetesTarget;
  if (!t.known) return check('kubernetes-version', title, 'fail', `the target kube_version cannot be determined: ${t.reason}. Pin kube_version in the inventory to make it explicit.`);
  const low = lowestApiserver(f.snapshot);
  const cmp = compareLooseVersions(t.value, low);
  const gap = minorGap(low, t.value);
  if (cmp === undefined || gap === undefined) return check('kubernetes-version', title, 'fail', `cannot compare target ${t.value} with apiserver ${low}`);
  const src = t.source ? ` (${t.source})` : '';
  if (cmp < 0) return check('kubernetes-version', title, 'fail', `target ${t.value}${src} is lower than the running apiserver ${low}; Kubernetes cannot be downgraded this way`);
  if (gap > 1) return check('kubernetes-version', title, 'fail', `target ${t.value}${src} is ${gap} minors ahead of the running apiserver ${low}; minors cannot be skipped`);
  return check('kubernetes-version', title, 'pass', `${low} -> ${t.value}${src}`);
}

function skewNowCheck(f: PreflightFacts): Check {
  const problems = skewNow(f.snapshot.apiservers, f.snapshot.nodes);
  const title = 'Version skew policy holds now';
  return problems.length > 0 ? check('skew-now', title, 'fail', problems.join('; ')) : check('skew-now', title, 'pass', `${f.snapshot.nodes.length} kubelets, ${f.snapshot.apiservers.length} apiserver(s)`);
}

function skewDuringCheck(f: PreflightFacts): Check {
  const title = 'Version skew policy holds during the upgrade';
  if (!f.kubernetesTarget.known) return check('skew-during', title, 'fail', 'the target kube_version is unknown');
  const cp = new Set(f.hosts.controlPlane.map((h) => f.hosts.nodeName.get(h) ?? h));
  const later = new Set(f.snapshot.nodes.map((n) => n.name).filter((n) => !cp.has(n)));
  const problems = skewDuring(f.snapshot.apiservers, f.snapshot.nodes, f.kubernetesTarget.value, later);
  return problems.length > 0 ? check('skew-during', title, 'fail', problems.join('; ')) : check('skew-during', title, 'pass', `workers may lag the new control plane ${f.kubernetesTarget.value} until their batch`);
}

function nodesReadyCheck(f: PreflightFacts): Check {
  const title = 'Every node is Ready';
  const notReady = f.snapshot.nodes.filter((n) => !n.ready);
  const blocking = notReady.filter((n) => !f.retryNodes.has(n.name));
  const list = (ns: typeof notReady) => ns.map((n) => `${n.name} (${n.readyReason ?? 'NotReady'})`).join(', ');
  if (blocking.length > 0) return check('nodes-ready', title, 'fail', `NotReady: ${list(blocking)}`);
  if (notReady.length > 0) return check('nodes-ready', title, 'warn', `NotReady, but part of the step being retried: ${list(notReady)}`);
  return check('nodes-ready', title, 'pass', `${f.snapshot.nodes.length} nodes Ready`);
}

function podsReadyCheck(f: PreflightFacts): Check {
  const title = 'Every kube-system pod is Ready';
  const notReady = f.snapshot.kubeSystemPods.filter((p) => !p.ready);
  const blocking = notReady.filter((p) => !p.node || !f.retryNodes.has(p.node));
  const list = (ps: typeof notReady) => ps.map((p) => `${p.name}${p.node ? ` on ${p.node}` : ''} (${p.reason ?? p.phase})`).join(', ');
  if (blocking.length > 0) return check('kube-system-pods', title, 'fail', `not Ready: ${list(blocking)}`);
  if (notReady.length > 0) return check('kube-system-pods', title, 'warn', `not Ready, on nodes being retried: ${list(notReady)}`);
  return check('kube-system-pods', title, 'pass', `${f.snapshot.kubeSystemPods.length} pods Ready`);
}

/**
 * Policy: an inventory host with no node would be joined mid-upgrade (a scale-up, not an
 * upgrade): refuse. A node missing from the inventory is not upgraded and keeps its
 * kubelet: warn, since it still satisfies the skew policy unless the skew checks say not.
 */
function inventoryCheck(f: PreflightFacts): Check {
  const title = 'Inventory hosts and cluster nodes agree';
  const problems: string[] = [];
  if (f.hosts.controlPlane.length === 0) problems.push('the inventory has no kube_control_plane hosts');
  if (f.etcdBackup && f.hosts.etcd.length === 0) problems.push('the inventory has no etcd hosts to back up (set etcd-backup: false only if etcd is managed elsewhere)');
  const nodes = new Set(f.snapshot.nodes.map((n) => n.name));
  const k8sHosts = [...f.hosts.nodeName.entries()];
  const missing = k8sHosts.filter(([, node]) => !nodes.has(node)).map(([h, node]) => (h === node ? h : `${h} (node ${node})`));
  if (missing.length > 0) problems.push(`inventory hosts with no node in the cluster: ${missing.join(', ')} (run scale.yml for new nodes, or remove them from the inventory)`);
  if (problems.length > 0) return check('inventory', title, 'fail', problems.join('; '));
  const known = new Set(f.hosts.nodeName.values());
  const extra = [...nodes].filter((n) => !known.has(n));
  if (extra.length > 0) return check('inventory', title, 'warn', `nodes not in the inventory will not be upgraded: ${extra.join(', ')}`);
  return check('inventory', title, 'pass', `${k8sHosts.length} hosts = ${nodes.size} nodes`);
}
