import { describe, expect, it, vi } from 'vitest';
import { ACTION, HANG, leftoverProcesses, processesMatching, seedLease, TARGET_KUBE, useSuite, WORKERS, waitForProcess, withCase } from './env.js';

// Preflight runs Ansible twice (--version, etcd health) before any playbook, on shared cores.
vi.setConfig({ testTimeout: 300_000 });

const suite = useSuite('ksu-lock-');


describe('the upgrade lock (a coordination Lease)', () => {
  it('holds off a second run while the first one is upgrading', () =>
    withCase(suite(), async (c) => {
      const first = c.run({}, { standin: { STANDIN_HANG_HOSTS: 'worker-1' } });
      await waitForProcess(c.record, HANG);
      const holder = c.lease()!.spec.holderIdentity as string;

      const second = await c.run();
      expect(second.exitCode).toBe(1);
      expect(second.outputs.status).toBe('refused');
      const row = second.summary.split('\n').find((l) => l.startsWith('| No other upgrade holds the lock'));
      expect(row).toContain('❌ fail');
      expect(row).toContain(`held by ${holder}`);
      // The second run neither ran a playbook nor disturbed the first run's lease or state.
      expect(c.records().map((x) => x.limit)).toEqual(['', 'kube_control_plane:etcd', 'worker-1,worker-2']);
      expect(c.lease()!.spec.holderIdentity).toBe(holder);
      expect(c.state().status).toBe('running');

      process.kill(await waitForProcess(c.record, ACTION), 'SIGTERM');
      expect((await first).outputs.status).toBe('interrupted');
    }));

  it('takes over a lease that expired (its holder died) and says so', () =>
    withCase(suite(), async (c) => {
      seedLease(c, 'a runner that vanished', 400, 300);
      const r = await c.run();
      expect(r.exitCode, r.stdout).toBe(0);
      expect(r.summary).toMatch(/\| No other upgrade holds the lock \| ⚠️ warn \| took over the lease of a runner that vanished, which expired at/);
      expect(c.lease()).toBeUndefined();
    }));

  it('after a lost runner, refuses until the lease expires, then takes over and continues the same upgrade', () =>
    withCase(suite(), async (c) => {
      const lost = c.run({ 'lock-duration-seconds': '15' }, { standin: { STANDIN_HANG_HOSTS: 'worker-3' } });
      await waitForProcess(c.record, HANG);
      // The runner disappears: no signal handler, no cleanup, the lease is simply no longer renewed.
      process.kill(await waitForProcess(c.record, ACTION), 'SIGKILL');
      await lost;
      for (const pid of processesMatching(c.record, /ansible|sleep/)) {
        try {
          process.kill(pid, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      const state = c.state();
      expect(state.status).toBe('running');
      expect(state.batches.map((b: any) => b.status)).toEqual(['succeeded', 'running']);
      const upgradeId = state.upgradeId;

      const tooEarly = await c.run();
      expect(tooEarly.outputs.status).toBe('refused');

      const renewed = new Date(c.lease()!.spec.renewTime).getTime();
      await new Promise((r) => setTimeout(r, Math.max(0, renewed + 15_000 - Date.now() + 500)));
      const before = c.records().length;
      const resumed = await c.run();
      expect(resumed.exitCode, resumed.stdout).toBe(0);
      expect(resumed.outputs['upgrade-id']).toBe(upgradeId);
      expect(resumed.summary).toMatch(/took over the lease of .*which expired/);
      expect(c.records().slice(before).map((x) => x.limit)).toEqual(['', 'worker-3,worker-4']);
      expect(c.state().batches.map((b: any) => [b.status, b.attempts])).toEqual([
        ['succeeded', 1],
        ['succeeded', 2],
      ]);
      for (const n of WORKERS) expect(c.kubelet(n)).toBe(TARGET_KUBE);
      expect(leftoverProcesses(c.record)).toEqual([]);
    }));
});
