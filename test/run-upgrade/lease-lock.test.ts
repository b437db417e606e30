import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { FakeKube, seedCluster } from '../support/fake-kube/index.js';
import { createKubeApi } from '../../src/adapters/kube/client-kube-api.js';
import type { KubeApi } from '../../src/core/kube/index.js';
import { UpgradeLock } from '../../src/core/upgrade/lock.js';
import { StateStore } from '../../src/core/upgrade/state-store.js';
import { ActionError } from '../../src/core/errors.js';
import { Redactor } from '../../src/core/text/redact.js';

let fake: FakeKube;
let kube: KubeApi;
beforeEach(async () => {
  fake = await FakeKube.start();
  seedCluster(fake);
  kube = createKubeApi({ kubeconfig: fake.writeKubeconfig() });
});
afterEach(() => fake.stop());

describe('UpgradeLock over the real client and a loopback API server', () => {
  it('lets exactly one of two racing runs acquire the lease', async () => {
    const a = new UpgradeLock(kube, 'kube-system', 'run A', 60);
    const b = new UpgradeLock(kube, 'kube-system', 'run B', 60);
    const results = await Promise.all([a.acquire(), b.acquire()]);
    expect(results.filter((r) => r.acquired)).toHaveLength(1);
    const loser = results.find((r) => !r.acquired)!;
    const winner = results[0]!.acquired ? 'run A' : 'run B';
    expect(loser).toMatchObject({ acquired: false, heldBy: { holder: winner, expired: false } });
    expect(fake.store.get('leases', 'kube-system', 'kubespray-upgrade-lock')!.spec.holderIdentity).toBe(winner);
  });

  it('renews, notices a takeover after expiry, and never deletes a lease that is not its own', async () => {
    let now = Date.parse('2026-03-01T10:00:00Z');
    const clock = () => new Date(now);
    const a = new UpgradeLock(kube, 'kube-system', 'run A', 30, clock);
    const b = new UpgradeLock(kube, 'kube-system', 'run B', 30, clock);
    expect((await a.acquire()).acquired).toBe(true);
    now += 20_000;
    expect(await a.renew()).toBeUndefined();
    now += 20_000;
    // Renewed 20 s ago with a 30 s lease: still A's.
    expect(await b.acquire()).toMatchObject({ acquired: false, heldBy: { holder: 'run A' } });
    now += 15_000;
    expect(await b.acquire()).toMatchObject({ acquired: true, tookOverFrom: { holder: 'run A', expired: true } });
    expect(await a.renew()).toBe('the lock is now held by run B');
    await a.release();
    expect(fake.store.get('leases', 'kube-system', 'kubespray-upgrade-lock')!.spec.holderIdentity).toBe('run B');
    const transitions = fake.store.get('leases', 'kube-system', 'kubespray-upgrade-lock')!.spec.leaseTransitions;
    expect(transitions).toBe(1);
    await b.release();
    expect(fake.store.get('leases', 'kube-system', 'kubespray-upgrade-lock')).toBeUndefined();
  });
});

describe('StateStore', () => {
  it('refuses to overwrite a state someone else changed meanwhile', async () => {
    const store = new StateStore(kube, 'kube-system', new Redactor());
    expect(await store.load()).toBeUndefined();
    const doc = { schemaVersion: 1, upgradeId: 'u1', status: 'running', phases: [], batches: [], history: [] } as never;
    await store.save(doc);
    await store.save(doc);
    fake.store.mutate('configmaps', 'kube-system', 'kubespray-upgrade-state', (cm) => {
      cm.data!['state.json'] = cm.data!['state.json']!.replace('"running"', '"abandoned"');
    });
    await expect(store.save(doc)).rejects.toThrow(/was changed by someone else during the upgrade/);
    const fresh = new StateStore(kube, 'kube-system', new Redactor());
    expect((await fresh.load())!.status).toBe('abandoned');
  });

  it('reports an unreadable document instead of guessing', async () => {
    fake.cluster.create('configmaps', 'kube-system', { metadata: { name: 'kubespray-upgrade-state' }, data: { 'state.json': '{"schemaVersion": 7}' } });
    const err = await new StateStore(kube, 'kube-system', new Redactor()).load().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ActionError);
    expect((err as Error).message).toMatch(/schemaVersion 7.*nothing was changed/);
  });
});
