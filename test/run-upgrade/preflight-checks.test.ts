import { describe, expect, it } from 'vitest';
import { evaluatePreflight, type PreflightFacts } from '../../src/core/upgrade/preflight.js';
import { newUpgradeState, nodesBeingRetried, resumeUpgradeState } from '../../src/core/upgrade/phase-plan.js';
import type { ClusterHosts } from '../../src/core/ansible/listed-inventory.js';
import type { UpgradeState } from '../../src/core/upgrade/state.js';

const hosts: ClusterHosts = {
  controlPlane: ['cp1'],
  etcd: ['cp1'],
  workers: ['w1', 'w2', 'w3'],
  nodeName: new Map([
    ['cp1', 'cp1'],
    ['w1', 'w1'],
    ['w2', 'w2'],
    ['w3', 'w3'],
  ]),
};

function facts(over: Partial<PreflightFacts> = {}): PreflightFacts {
  return {
    snapshot: {
      server: 'https://k',
      serverVersion: 'v1.28.6',
      apiservers: [{ source: 'pod/kube-apiserver-cp1', node: 'cp1', version: 'v1.28.6' }],
      nodes: ['cp1', 'w1', 'w2', 'w3'].map((name) => ({ name, ready: true, kubeletVersion: 'v1.28.6', unschedulable: false })),
      kubeSystemPods: [{ name: 'coredns-1', node: 'w1', phase: 'Running', ready: true }],
    },
    kubesprayTarget: 'v2.25.1',
    kubernetesTarget: { known: true, value: 'v1.29.10' },
    appliedBefore: { known: false, reason: 'the cluster repo is a shallow checkout' },
    resuming: false,
    lock: { mode: 'acquired', result: { acquired: true } },
    hosts,
    namespace: 'kube-system',
    etcdBackup: true,
    retryNodes: new Set(),
    ...over,
  };
}

const result = (f: PreflightFacts) => Object.fromEntries(evaluatePreflight(f).map((c) => [c.id, c.result]));
const detail = (f: PreflightFacts, id: string) => evaluatePreflight(f).find((c) => c.id === id)!.detail;

const fromState = (tag: string) => ({ known: true as const, tag, source: 'state' as const, detail: 'recorded by upgrade older' });

const after = (tag: string) => ({ previous: applied(tag), appliedBefore: fromState(tag) });

function applied(kubespray: string, status: UpgradeState['status'] = 'succeeded'): UpgradeState {
  const s = newUpgradeState(
    { kubesprayTarget: kubespray, kubernetesTarget: 'v1.28.6', kubernetesFrom: 'v1.27.7', strategy: 'phased', batchSize: { count: 1 }, hosts, runBy: 'x', now: new Date('2026-01-01T00:00:00Z'), appliedBefore: { known: false, reason: 'none' } },
    undefined,
  );
  s.status = status;
  s.lastApplied = status === 'succeeded' ? { kubespray, kubernetes: 'v1.28.6', upgradeId: s.upgradeId, at: '2026-01-01T01:00:00Z' } : undefined;
  return s;
}

describe('preflight checks', () => {
  it('passes a healthy cluster one hop behind, warning only that no release was recorded yet', () => {
    expect(result(facts())).toEqual({
      lock: 'pass',
      resume: 'pass',
      'kubespray-version': 'warn',
      'kubernetes-version': 'pass',
      'skew-now': 'pass',
      'skew-during': 'pass',
      'nodes-ready': 'pass',
      'kube-system-pods': 'pass',
      inventory: 'pass',
    });
    expect(result(facts(after('v2.24.1')))['kubespray-version']).toBe('pass');
  });

  it('refuses a Kubespray downgrade and a skipped minor, allows a patch re-run', () => {
    expect(detail(facts(after('v2.26.0')), 'kubespray-version')).toBe('v2.25.1 is lower than the last applied v2.26.0; Kubespray cannot downgrade a cluster');
    expect(result(facts(after('v2.23.3')))['kubespray-version']).toBe('fail');
    expect(detail(facts(after('v2.23.3')), 'kubespray-version')).toMatch(/skips a minor.*v2\.24\.x first/);
    expect(result(facts(after('v2.25.0')))['kubespray-version']).toBe('pass');
  });

  it('judges a first run from the release seeded from the repo history, and says so', () => {
    const seeded = (tag: string) => facts({ appliedBefore: { known: true, tag, source: 'repo-history', detail: "from the cluster repo's history: the submodule pin 0123456789ab before commit ba9876543210" } });
    expect(result(seeded('v2.24.1'))['kubespray-version']).toBe('pass');
    expect(detail(seeded('v2.24.1'), 'kubespray-version')).toBe("v2.24.1 -> v2.25.1 (v2.24.1 from the cluster repo's history: the submodule pin 0123456789ab before commit ba9876543210)");
    expect(detail(seeded('v2.23.3'), 'kubespray-version')).toMatch(/skips a minor/);
    expect(detail(facts(), 'kubespray-version')).toMatch(/none found in the cluster repo's history: the cluster repo is a shallow checkout/);
  });

  it('refuses a Kubernetes target below the apiserver, two minors ahead, or unknown', () => {
    expect(detail(facts({ kubernetesTarget: { known: true, value: 'v1.28.5' } }), 'kubernetes-version')).toMatch(/v1.28.5 is lower than the running apiserver v1.28.6/);
    expect(detail(facts({ kubernetesTarget: { known: true, value: '1.30.0' } }), 'kubernetes-version')).toMatch(/2 minors ahead/);
    expect(result(facts({ kubernetesTarget: { known: false, reason: 'undefined variable foo' } }))).toMatchObject({ 'kubernetes-version': 'fail', 'skew-during': 'fail' });
  });

  it('reports NotReady nodes and unready kube-system pods, but only warns for the nodes being retried', () => {
    const f = facts();
    f.snapshot.nodes[2] = { ...f.snapshot.nodes[2]!, ready: false, readyReason: 'NodeStatusUnknown' };
    f.snapshot.kubeSystemPods.push({ name: 'calico-node-x', node: 'w2', phase: 'Running', ready: false, reason: 'CrashLoopBackOff' });
    expect(detail(f, 'nodes-ready')).toBe('NotReady: w2 (NodeStatusUnknown)');
    expect(detail(f, 'kube-system-pods')).toBe('not Ready: calico-node-x on w2 (CrashLoopBackOff)');
    expect(result({ ...f, retryNodes: new Set(['w2']) })).toMatchObject({ 'nodes-ready': 'warn', 'kube-system-pods': 'warn' });
  });

  it('refuses while another live run holds the lock, and says how to get past a dead one', () => {
    const heldBy = { holder: 'run 7', renewedAt: new Date('2026-01-01T00:00:00Z'), expiresAt: new Date('2026-01-01T00:05:00Z'), expired: false };
    expect(detail(facts({ lock: { mode: 'acquired', result: { acquired: false, heldBy } } }), 'lock')).toMatch(
      /held by run 7, last renewed 2026-01-01T00:00:00.000Z, expires 2026-01-01T00:05:00.000Z.*kubectl -n kube-system delete lease kubespray-upgrade-lock/,
    );
    expect(result(facts({ lock: { mode: 'acquired', result: { acquired: true, tookOverFrom: { ...heldBy, expired: true } } } })).lock).toBe('warn');
    expect(result(facts({ lock: { mode: 'inspected', holder: heldBy, self: 'me' } })).lock).toBe('fail');
    expect(result(facts({ lock: { mode: 'inspected', holder: { ...heldBy, expired: true }, self: 'me' } })).lock).toBe('pass');
  });

  it('refuses a different target while an upgrade is incomplete, with instructions', () => {
    const incomplete = applied('v2.25.0', 'failed');
    const d = detail(facts({ previous: incomplete }), 'resume');
    expect(d).toMatch(/is failed, and this run targets v2.25.1/);
    expect(d).toMatch(/check out v2.25.0 with the same inventory and re-run/);
    expect(d).toMatch(/"status": "abandoned"/);
    expect(result(facts({ previous: incomplete, resuming: true })).resume).toBe('pass');
  });

  it('refuses inventory hosts without a node, warns about nodes outside the inventory', () => {
    const extraHost: ClusterHosts = { ...hosts, workers: [...hosts.workers, 'w9'], nodeName: new Map([...hosts.nodeName, ['w9', 'w9']]) };
    expect(detail(facts({ hosts: extraHost }), 'inventory')).toMatch(/inventory hosts with no node in the cluster: w9/);
    const f = facts();
    f.snapshot.nodes.push({ name: 'gpu-7', ready: true, kubeletVersion: 'v1.28.6', unschedulable: false });
    expect(result(f).inventory).toBe('warn');
    expect(detail(facts({ hosts: { ...hosts, etcd: [] } }), 'inventory')).toMatch(/no etcd hosts/);
    expect(result(facts({ hosts: { ...hosts, etcd: [] }, etcdBackup: false })).inventory).toBe('pass');
  });
});

describe('resuming a stopped upgrade', () => {
  function stoppedAtBatch2(): UpgradeState {
    const s = newUpgradeState(
      { kubesprayTarget: 'v2.25.1', kubernetesTarget: 'v1.29.10', kubernetesFrom: 'v1.28.6', strategy: 'phased', batchSize: { count: 2 }, hosts, runBy: 'run 1', now: new Date(), appliedBefore: fromState('v2.24.1') },
      applied('v2.24.1'),
    );
    for (const p of s.phases) if (['preflight', 'backup', 'facts', 'control-plane'].includes(p.name)) Object.assign(p, { status: 'succeeded', attempts: 1 });
    Object.assign(s.phases.find((p) => p.name === 'workers')!, { status: 'failed', attempts: 1 });
    Object.assign(s.batches[0]!, { status: 'succeeded', attempts: 1 });
    Object.assign(s.batches[1]!, { status: 'failed', attempts: 1 });
    s.status = 'failed';
    return s;
  }

  it('keeps finished batches, retries the failed one, re-gathers facts, and batches new workers at the end', () => {
    const before = stoppedAtBatch2();
    expect(before.batches.map((b) => b.hosts)).toEqual([['w1', 'w2'], ['w3']]);
    const grown: ClusterHosts = { ...hosts, workers: [...hosts.workers, 'w4'], nodeName: new Map([...hosts.nodeName, ['w4', 'w4']]) };
    const s = resumeUpgradeState(before, { batchSize: { count: 2 }, hosts: grown, runBy: 'run 2' });
    expect(s.upgradeId).toBe(before.upgradeId);
    expect(s.status).toBe('running');
    expect(s.runBy).toBe('run 2');
    expect(Object.fromEntries(s.phases.map((p) => [p.name, p.status]))).toEqual({
      preflight: 'succeeded',
      backup: 'succeeded',
      facts: 'pending',
      'control-plane': 'succeeded',
      workers: 'pending',
      finalize: 'pending',
    });
    expect(s.batches.map((b) => [b.index, b.hosts, b.status, b.attempts])).toEqual([
      [1, ['w1', 'w2'], 'succeeded', 1],
      [2, ['w3'], 'pending', 1],
      [3, ['w4'], 'pending', 0],
    ]);
    expect(s.lastApplied?.kubespray).toBe('v2.24.1');
    expect(before.status).toBe('failed');
  });

  it('lets only the nodes of the interrupted step be NotReady', () => {
    expect([...nodesBeingRetried(stoppedAtBatch2(), hosts)]).toEqual(['w3']);
  });

  it('carries lastApplied and history into a new upgrade', () => {
    const prev = applied('v2.24.1');
    const s = newUpgradeState(
      { kubesprayTarget: 'v2.25.1', kubernetesTarget: 'v1.29.10', kubernetesFrom: 'v1.28.6', strategy: 'single', batchSize: { count: 2 }, hosts, runBy: 'r', now: new Date('2026-02-03T04:05:06.789Z'), appliedBefore: fromState('v2.24.1') },
      prev,
    );
    expect(s.upgradeId).toMatch(/^v2\.25\.1-20260203T040506Z-[0-9a-f]{4}$/);
    expect(s.kubesprayFrom).toBe('v2.24.1');
    expect(s.phases.map((p) => p.name)).toEqual(['preflight', 'backup', 'upgrade', 'finalize']);
    expect(s.batches).toEqual([]);
    expect(s.history[0]).toMatchObject({ upgradeId: prev.upgradeId, status: 'succeeded', kubesprayTo: 'v2.24.1' });
  });
});
