import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { useSuite, withCase as withSuiteCase, type CaseOptions, type UpgradeCase } from './env.js';

const suite = useSuite('ksu-run-upgrade-drain-');
const withCase = <T>(fn: (c: UpgradeCase) => Promise<T>, o?: CaseOptions) => withSuiteCase(suite(), fn, o);

const row = (summary: string, title: string) => summary.split('\n').find((l) => l.startsWith(`| ${title} |`)) ?? `(no row "${title}")`;

/** A web Deployment's pods, a budget that keeps all of them, a bare debug pod with scratch space and a cordoned node. */
function shapeBlockedCluster(c: UpgradeCase): void {
  const cl = c.fake.cluster;
  cl.create('namespaces', undefined, { metadata: { name: 'shop' } });
  for (const [i, node] of ['worker-1', 'worker-2'].entries()) {
    const p = cl.create('pods', 'shop', {
      metadata: { name: `web-7d9f-${i}`, labels: { app: 'web' }, ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: 'web-7d9f', uid: 'rs-web', controller: true }] },
      spec: { containers: [{ name: 'web', image: 'nginx:1.27' }] },
    });
    cl.placeRunning(p, node);
  }
  cl.create('poddisruptionbudgets', 'shop', { apiVersion: 'policy/v1', kind: 'PodDisruptionBudget', metadata: { name: 'web' }, spec: { minAvailable: 2, selector: { matchLabels: { app: 'web' } } } });
  const debug = cl.create('pods', 'default', {
    metadata: { name: 'debug' },
    spec: { containers: [{ name: 'sh', image: 'busybox:1.36' }], volumes: [{ name: 'scratch', emptyDir: {} }] },
  });
  cl.placeRunning(debug, 'worker-3');
  c.fake.store.mutate('nodes', undefined, 'worker-4', (n) => {
    n.spec.unschedulable = true;
  });
}

async function controllerWroteStatus(c: UpgradeCase): Promise<void> {
  for (let i = 0; i < 100 && c.fake.store.get('poddisruptionbudgets', 'shop', 'web')?.status?.expectedPods !== 2; i++) await new Promise((r) => setTimeout(r, 50));
  expect(c.fake.store.get('poddisruptionbudgets', 'shop', 'web')?.status).toMatchObject({ disruptionsAllowed: 0, currentHealthy: 2, desiredHealthy: 2, expectedPods: 2 });
}

describe('preflight judges the drain Kubespray will do, through the Kubernetes API', () => {
  it('passes a healthy cluster', () =>
    withCase(async (c) => {
      const r = await c.run({ 'dry-run': 'true' });
      expect(r.exitCode, r.stdout).toBe(0);
      expect(row(r.summary, 'PodDisruptionBudgets let the drain evict')).toMatch(/✅ pass \| 0 PDB\(s\); none blocks the drain of the 5 node\(s\) to upgrade/);
      expect(row(r.summary, 'The drain loses no pod or local data')).toMatch(/✅ pass/);
      expect(row(r.summary, 'No node to upgrade is already cordoned')).toMatch(/✅ pass/);
    }));

  it('refuses a budget that blocks the drain, and warns about a bare pod with emptyDir and a cordoned node', () =>
    withCase(async (c) => {
      shapeBlockedCluster(c);
      await controllerWroteStatus(c);
      const r = await c.run({});
      expect(r.exitCode).toBe(1);
      expect(r.outputs.status).toBe('refused');
      expect(row(r.summary, 'PodDisruptionBudgets let the drain evict')).toMatch(
        /❌ fail \| shop\/web: disruptionsAllowed is 0 \(currentHealthy 2, desiredHealthy 2\); covers web-7d9f-0 on worker-1, web-7d9f-1 on worker-2\. kubectl drain waits drain_timeout 360s/,
      );
      expect(row(r.summary, 'The drain loses no pod or local data')).toMatch(/⚠️ warn \| no controller, deleted by kubectl drain --force and never recreated: default\/debug on worker-3\. emptyDir data deleted .*default\/debug on worker-3 \(emptyDir scratch\)/);
      expect(row(r.summary, 'No node to upgrade is already cordoned')).toMatch(/⚠️ warn \| cordoned: worker-4 \(not by this action: no upgrade recorded\)/);
      expect(c.records()).toEqual([]);
      expect(c.lease()).toBeUndefined();
    }));

  it('reads the inventory: drain_fallback_enabled turns the refusal into a warning', () =>
    withCase(
      async (c) => {
        shapeBlockedCluster(c);
        await controllerWroteStatus(c);
        const r = await c.run({ 'dry-run': 'true' });
        expect(r.exitCode, r.stdout).toBe(0);
        expect(row(r.summary, 'PodDisruptionBudgets let the drain evict')).toMatch(/⚠️ warn \| shop\/web: .*drain_fallback_enabled is true/);
      },
      { vars: { drain_fallback_enabled: true } },
    ));

  it('reads host_vars: a node with drain_nodes false there is not drained, the others still are', () =>
    withCase(async (c) => {
      shapeBlockedCluster(c);
      await controllerWroteStatus(c);
      const hostVars = path.join(path.dirname(c.inventory), 'host_vars');
      mkdirSync(hostVars);
      writeFileSync(path.join(hostVars, 'worker-1.yml'), '---\ndrain_nodes: false\n');
      const r = await c.run({ 'dry-run': 'true' });
      const pdbRow = row(r.summary, 'PodDisruptionBudgets let the drain evict');
      expect(pdbRow).toMatch(/❌ fail \| shop\/web: disruptionsAllowed is 0 \(currentHealthy 2, desiredHealthy 2\); covers web-7d9f-1 on worker-2\. /);
      expect(pdbRow).toMatch(/not drained \(drain_nodes false\): worker-1 \(host_vars\/worker-1\.yml:2\)/);
    }));

  it('reads extra vars: -e drain_timeout in ansible-extra-args is the timeout the row names', () =>
    withCase(async (c) => {
      shapeBlockedCluster(c);
      await controllerWroteStatus(c);
      const r = await c.run({ 'dry-run': 'true', 'ansible-extra-args': '-e drain_timeout=900s' });
      expect(row(r.summary, 'PodDisruptionBudgets let the drain evict')).toMatch(/kubectl drain waits drain_timeout 900s per attempt, then Kubespray fails the node \(upgrade_node_fail_if_drain_fails; drain_timeout from -e drain_timeout=900s/);
    }));
});
