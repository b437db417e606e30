import { describe, expect, it } from 'vitest';
import { drainChecks, type DrainCheckFacts } from '../../src/core/upgrade/drain-checks.js';
import type { DrainPodView, PdbView } from '../../src/core/upgrade/drain-facts.js';
import type { DrainSettings } from '../../src/core/upgrade/drain-settings.js';
import { parseSelectorString, matchesSelectorObject } from '../../src/core/kube/label-selectors.js';
import type { UpgradeState } from '../../src/core/upgrade/state.js';

const settings = (over: Partial<DrainSettings> = {}): DrainSettings => ({
  drainNodes: true,
  gracePeriodSeconds: '300',
  timeout: '360s',
  podSelector: '',
  retries: '3',
  fallbackEnabled: false,
  alwaysCordon: false,
  failIfDrainFails: true,
  sources: { drain_nodes: 'Kubespray default', drain_pod_selector: 'inventory/group_vars/all.yml:3' },
  ...over,
});

const pod = (name: string, node: string, o: Partial<DrainPodView> = {}): DrainPodView => ({
  namespace: 'shop',
  name,
  node,
  labels: { app: 'web' },
  controller: 'ReplicaSet',
  mirror: false,
  emptyDirVolumes: [],
  ...o,
});

const pdb = (o: Partial<PdbView> = {}): PdbView => ({ namespace: 'shop', name: 'web', selector: { matchLabels: { app: 'web' } }, disruptionsAllowed: 1, currentHealthy: 3, desiredHealthy: 2, expectedPods: 3, ...o });

const node = (name: string, unschedulable = false) => ({ name, ready: true, kubeletVersion: 'v1.28.6', unschedulable });

function facts(over: Partial<DrainCheckFacts> = {}): DrainCheckFacts {
  return {
    settings: settings(),
    drain: { pods: [pod('web-1', 'w1'), pod('web-2', 'w2'), pod('web-3', 'w3')], pdbs: [pdb()] },
    nodes: ['cp1', 'w1', 'w2', 'w3'].map((n) => node(n)),
    upgradeNodes: new Set(['cp1', 'w1', 'w2', 'w3']),
    ...over,
  };
}

const byId = (f: DrainCheckFacts) => Object.fromEntries(drainChecks(f).map((c) => [c.id, c]));

describe('drain checks', () => {
  it('pass on a cluster whose budgets allow evictions, pods all managed, nothing cordoned', () => {
    const c = byId(facts());
    expect(Object.values(c).map((x) => x.result)).toEqual(['pass', 'pass', 'pass']);
    expect(c['drain-pdb']!.detail).toBe('1 PDB(s); none blocks the drain of the 4 node(s) to upgrade');
  });

  it('refuse a PDB that allows no disruption, naming it, its pods and the fix', () => {
    const c = byId(facts({ drain: { pods: facts().drain.pods, pdbs: [pdb({ disruptionsAllowed: 0, currentHealthy: 2, desiredHealthy: 3 })] } }))['drain-pdb']!;
    expect(c.result).toBe('fail');
    expect(c.detail).toMatch(/^shop\/web: disruptionsAllowed is 0 \(currentHealthy 2, desiredHealthy 3\); covers web-1 on w1, web-2 on w2, web-3 on w3\./);
    expect(c.detail).toMatch(/waits drain_timeout 360s per attempt, then Kubespray fails the node/);
    expect(c.detail).toMatch(/Fix: scale the workload up or relax the budget/);
  });

  it('refuse minAvailable equal to the pods it covers even before the controller wrote a status', () => {
    const budget = pdb({ minAvailable: 3, disruptionsAllowed: undefined });
    expect(byId(facts({ drain: { pods: facts().drain.pods, pdbs: [budget] } }))['drain-pdb']!.detail).toMatch(/minAvailable 3 equals the 3 pod\(s\) it covers/);
    expect(byId(facts({ drain: { pods: facts().drain.pods, pdbs: [pdb({ maxUnavailable: '0%', disruptionsAllowed: undefined })] } }))['drain-pdb']!.result).toBe('fail');
  });

  it('only judge pods on nodes to upgrade and selected by drain_pod_selector', () => {
    const blocked = { pods: facts().drain.pods, pdbs: [pdb({ disruptionsAllowed: 0 })] };
    expect(byId(facts({ drain: blocked, upgradeNodes: new Set(['cp1']) }))['drain-pdb']!.result).toBe('pass');
    expect(byId(facts({ drain: blocked, settings: settings({ podSelector: 'app!=web' }) }))['drain-pdb']!.result).toBe('pass');
    expect(byId(facts({ drain: blocked, settings: settings({ podSelector: 'app in (web,api)' }) }))['drain-pdb']!.result).toBe('fail');
    expect(byId(facts({ drain: blocked, settings: settings({ podSelector: 'app in (web' }) }))['drain-pdb']).toMatchObject({ result: 'warn' });
  });

  it('warn instead when the fallback drain or upgrade_node_fail_if_drain_fails false goes past the budget', () => {
    const blocked = { pods: facts().drain.pods, pdbs: [pdb({ disruptionsAllowed: 0 })] };
    expect(byId(facts({ drain: blocked, settings: settings({ fallbackEnabled: true }) }))['drain-pdb']!).toMatchObject({ result: 'warn', detail: expect.stringMatching(/--disable-eviction/) });
    expect(byId(facts({ drain: blocked, settings: settings({ failIfDrainFails: false }) }))['drain-pdb']!.detail).toMatch(/upgrades the node undrained/);
  });

  it('pass everything when drain_nodes is false, and say so', () => {
    const blocked = { pods: [pod('bare', 'w1', { controller: undefined })], pdbs: [pdb({ disruptionsAllowed: 0 })] };
    const c = byId(facts({ drain: blocked, settings: settings({ drainNodes: false }) }));
    expect(c['drain-pdb']).toMatchObject({ result: 'pass', detail: expect.stringMatching(/drain_nodes is false \(Kubespray default\)/) });
    expect(c['drain-pods']!.result).toBe('pass');
  });

  it('warn about pods the drain deletes for good: no controller, emptyDir; not DaemonSet or static pods', () => {
    const pods = [
      pod('debug', 'w1', { namespace: 'default', controller: undefined }),
      pod('cache-0', 'w2', { controller: 'StatefulSet', emptyDirVolumes: ['scratch'] }),
      pod('calico-node-x', 'w1', { controller: 'DaemonSet', emptyDirVolumes: ['run'] }),
      pod('kube-apiserver-cp1', 'cp1', { controller: 'Node', mirror: true }),
    ];
    const c = byId(facts({ drain: { pods, pdbs: [] } }))['drain-pods']!;
    expect(c.result).toBe('warn');
    expect(c.detail).toBe(
      'no controller, deleted by kubectl drain --force and never recreated: default/debug on w1. emptyDir data deleted by --delete-emptydir-data: shop/cache-0 on w2 (emptyDir scratch). ' +
        'Fix: run them under a controller (Deployment, StatefulSet) and keep data on persistent volumes, or exclude them with drain_pod_selector.',
    );
  });

  it('warn about cordoned nodes, saying whether an earlier run of this action left them so', () => {
    const previous = {
      upgradeId: 'v2.25.1-x',
      phases: [{ name: 'control-plane', status: 'succeeded', attempts: 1 }],
      batches: [
        { index: 1, hosts: ['w1'], nodes: ['w1'], status: 'succeeded', attempts: 1 },
        { index: 2, hosts: ['w2'], nodes: ['w2'], status: 'failed', attempts: 1 },
      ],
    } as unknown as UpgradeState;
    const c = byId(facts({ nodes: [node('cp1'), node('w1', true), node('w2', true), node('w3')], previous }))['cordoned']!;
    expect(c.result).toBe('warn');
    expect(c.detail).toMatch(/w1 \(not by this action: upgrade v2\.25\.1-x finished its steps on this node\); w2 \(probably by Kubespray's drain in upgrade v2\.25\.1-x, whose batch 2 failed\)/);
    expect(c.detail).toMatch(/neither drains an already cordoned node nor uncordons it/);
    expect(c.detail).toMatch(/kubectl uncordon w1 w2/);
    expect(byId(facts({ nodes: [node('w9', true)] }))['cordoned']!.result).toBe('pass');
  });

  it('say what cannot be judged when the settings are unreadable', () => {
    const c = byId(facts({ settings: { unknown: 'none of roles/upgrade/pre-upgrade/defaults/main.yml exists' } }));
    expect(c['drain-pdb']).toMatchObject({ result: 'warn', detail: expect.stringMatching(/cannot be read \(none of roles/) });
  });

  it('cap the objects listed in a detail', () => {
    const pods = Array.from({ length: 25 }, (_, i) => pod(`bare-${i}`, 'w1', { controller: undefined }));
    expect(byId(facts({ drain: { pods, pdbs: [] } }))['drain-pods']!.detail).toMatch(/bare-9 on w1; and 15 more\./);
  });

  it('judge each node under its own settings (host_vars, groups, extra vars)', () => {
    const blocked = { pods: facts().drain.pods, pdbs: [pdb({ disruptionsAllowed: 0 })] };
    // w1 is not drained at all (host_vars drain_nodes: false): its pod drops out of the list.
    const off = settings({ drainNodes: false, sources: { drain_nodes: 'host_vars/w1.yml:2' } });
    const one = byId(facts({ drain: blocked, nodeSettings: new Map([['w1', off]]) }))['drain-pdb']!;
    expect(one.result).toBe('fail');
    expect(one.detail).toMatch(/covers web-2 on w2, web-3 on w3\./);
    expect(one.detail).toMatch(/not drained \(drain_nodes false\): w1 \(host_vars\/w1\.yml:2\)/);
    // Every node off: nothing is drained, nothing blocks.
    const allOff = new Map(['cp1', 'w1', 'w2', 'w3'].map((n) => [n, off]));
    expect(byId(facts({ drain: blocked, nodeSettings: allOff }))['drain-pdb']!.result).toBe('pass');
    // Nodes that behave differently are named with their own effect; one failing node fails the row.
    const fallback = settings({ fallbackEnabled: true });
    const mixed = byId(facts({ drain: blocked, nodeSettings: new Map([['w1', fallback], ['w2', fallback]]) }))['drain-pdb']!;
    expect(mixed.result).toBe('fail');
    expect(mixed.detail).toMatch(/on w1; w2: drain_fallback_enabled is true.*\. on w3: kubectl drain waits drain_timeout 360s per attempt/);
    const allFallback = new Map(['w1', 'w2', 'w3'].map((n) => [n, fallback]));
    expect(byId(facts({ drain: blocked, nodeSettings: allFallback }))['drain-pdb']!.result).toBe('warn');
    // The timeout and where it came from, per node.
    const slow = settings({ timeout: '900s', sources: { drain_timeout: '-e drain_timeout=900s' } });
    expect(byId(facts({ drain: blocked, settings: slow }))['drain-pdb']!.detail).toMatch(/waits drain_timeout 900s per attempt, then Kubespray fails the node \(upgrade_node_fail_if_drain_fails; drain_timeout from -e drain_timeout=900s, drain_retries 3\)/);
  });

  it('match each budget against its own namespace only', () => {
    const other = pod('web-9', 'w1', { namespace: 'other' });
    const blocked = { pods: [...facts().drain.pods, other], pdbs: [pdb({ disruptionsAllowed: 0 }), pdb({ namespace: 'empty', name: 'none', disruptionsAllowed: 0 })] };
    const c = byId(facts({ drain: blocked }))['drain-pdb']!;
    expect(c.detail).not.toMatch(/web-9/);
    expect(c.detail).not.toMatch(/empty\/none/);
  });

  it('match a budget on a label key that is also a property of every object (constructor)', () => {
    const labelled = pod('web-1', 'w1', { labels: { constructor: 'x' } });
    const budget = pdb({ selector: { matchLabels: { constructor: 'x' } }, disruptionsAllowed: 0, expectedPods: undefined });
    const c = byId(facts({ drain: { pods: [labelled, pod('web-2', 'w2')], pdbs: [budget] } }))['drain-pdb']!;
    expect(c.result).toBe('fail');
    expect(c.detail).toMatch(/covers web-1 on w1\./);
  });

  it('count every selected pod as covered, evictable or not, and name only the evictable ones', () => {
    const ds = pod('web-ds', 'w1', { controller: 'DaemonSet' });
    const elsewhere = pod('web-9', 'cp9');
    const budget = pdb({ minAvailable: 3, disruptionsAllowed: undefined, expectedPods: undefined });
    const c = byId(facts({ drain: { pods: [pod('web-1', 'w1'), ds, elsewhere], pdbs: [budget] } }))['drain-pdb']!;
    expect(c.result).toBe('fail');
    expect(c.detail).toMatch(/^shop\/web: minAvailable 3 equals the 3 pod\(s\) it covers; covers web-1 on w1\./);
  });
});

describe('label selectors', () => {
  it('match like the API and kubectl', () => {
    const m = parseSelectorString('app=web,tier!=db,release,!canary,zone in (a, b),env notin (dev)');
    if ('error' in m) throw new Error(m.error);
    expect(m({ app: 'web', release: '1', zone: 'a', env: 'prod' })).toBe(true);
    expect(m({ app: 'web', release: '1', zone: 'c' })).toBe(false);
    expect(m({ app: 'web', release: '1', zone: 'a', canary: '' })).toBe(false);
    expect(matchesSelectorObject({ matchExpressions: [{ key: 'app', operator: 'In', values: ['web'] }] }, { app: 'web' })).toBe(true);
    expect(matchesSelectorObject({}, {})).toBe(true);
    expect(matchesSelectorObject({ matchExpressions: [{ key: 'a', operator: 'Bogus' }] }, { a: '' })).toBe(false);
  });
});
