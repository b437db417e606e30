import { describe, expect, it } from 'vitest';
import { errorAnnotations } from '../support/run-action.js';
import { TARGET_KUBE, useSuite, withCase } from './env.js';

const suite = useSuite('ksu-transient-api-');

const phaseStatus = (state: any) => Object.fromEntries(state.phases.map((p: any) => [p.name, p.status]));
const controlPlaneRuns = (records: Array<{ playbook: string; limit: string }>) =>
  records.filter((x) => x.playbook === 'upgrade-cluster.yml' && x.limit === 'kube_control_plane:etcd').length;
/** Armed when the control plane's stand-in playbook reports cp-1's kubelet: the next node list is the check after the playbook. */
const afterControlPlane = { method: 'PATCH', match: /^\/api\/v1\/nodes\/cp-1\/status$/ };
const nodeList = /^\/api\/v1\/nodes$/;
const FAST = { 'pause-seconds-before-node': '0', 'pause-seconds-after-node': '0' };

describe('run-upgrade when the Kubernetes API has a transient failure', () => {
  it('one HTTP 500 on the node list right after the control-plane playbook does not fail the phase', () =>
    withCase(suite(), async (c) => {
      const fault = c.fake.failRequests({ method: 'GET', match: nodeList, status: 500, count: 1, after: afterControlPlane });
      const r = await c.run(FAST);
      expect(r.exitCode, r.stdout).toBe(0);
      expect(fault.count).toBe(0); // the 500 was really served
      expect(phaseStatus(c.state())).toMatchObject({ 'control-plane': 'succeeded', workers: 'succeeded' });
      expect(controlPlaneRuns(c.records())).toBe(1);
    }));

  it('a 429 with Retry-After and a 503 on other reads are retried too', () =>
    withCase(suite(), async (c) => {
      const pods = c.fake.failRequests({ method: 'GET', match: /^\/api\/v1\/pods$|^\/api\/v1\/namespaces\/kube-system\/pods$/, status: 429, count: 1, after: afterControlPlane });
      const version = c.fake.failRequests({ method: 'GET', match: /^\/version$/, status: 503, count: 1 });
      const r = await c.run(FAST);
      expect(r.exitCode, r.stdout).toBe(0);
      expect([pods.count, version.count]).toEqual([0, 0]);
      expect(c.kubelet('cp-1')).toBe(TARGET_KUBE);
    }));

  it('reads failing past every retry fail the phase, and the rerun repeats the checks, never the completed playbook', () =>
    withCase(suite(), async (c) => {
      c.fake.failRequests({ method: 'GET', match: nodeList, status: 500, count: 1000, after: afterControlPlane });
      const first = await c.run(FAST);
      expect(first.exitCode).toBe(1);
      expect(errorAnnotations(first.stdout).join('\n')).toMatch(/list nodes (\(page \d+\) )?failed with HTTP 500/);
      const state = c.state();
      expect(phaseStatus(state)).toMatchObject({ 'control-plane': 'failed', workers: 'pending' });
      expect(state.phases.find((p: any) => p.name === 'control-plane').playbookCompletedAt).toBeTruthy();
      expect(controlPlaneRuns(c.records())).toBe(1);

      c.fake.clearFailures();
      const second = await c.run(FAST);
      expect(second.exitCode, second.stdout).toBe(0);
      expect(second.stdout).toMatch(/upgrade-cluster\.yml --limit kube_control_plane:etcd already completed at .*; only the checks after it are repeated/);
      expect(controlPlaneRuns(c.records())).toBe(1);
      expect(phaseStatus(c.state())).toMatchObject({ 'control-plane': 'succeeded', workers: 'succeeded', finalize: 'succeeded' });
    }));
});
