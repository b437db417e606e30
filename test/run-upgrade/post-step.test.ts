import { describe, expect, it, vi } from 'vitest';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { ACTION, HANG, leftoverProcesses, RunnerStepState, seedLease, useSuite, waitForProcess, withCase as withSuiteCase, type UpgradeCase } from './env.js';

// Preflight runs Ansible twice (--version, etcd health) before any playbook, on shared cores.
vi.setConfig({ testTimeout: 300_000 });

const suite = useSuite('ksu-run-upgrade-post-');
const withCase = <T>(fn: (c: UpgradeCase) => Promise<T>) => withSuiteCase(suite(), fn);
const batchStatus = (state: any) => state.batches.map((b: any) => `${b.hosts.join(',')}=${b.status}`);
const KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----';

describe('run-upgrade post step (post-if: always())', () => {
  it('after the main step is SIGKILLed mid-batch: stops Ansible, records interrupted, releases the lock, removes the key file', () =>
    withCase(async (c) => {
      const runner = new RunnerStepState(path.join(c.dir, 'runner'));
      const running = c.run({ 'ssh-private-key': KEY }, { standin: { STANDIN_HANG_HOSTS: 'worker-2' }, env: runner.mainEnv() });
      await waitForProcess(c.record, HANG);
      const action = await waitForProcess(c.record, ACTION);
      process.kill(action, 'SIGKILL');
      const killed = await running;
      expect(killed.exitCode).not.toBe(0);

      // What a SIGKILL leaves: the lock held, the state "running", the key on disk, the playbook alive.
      const saved = runner.saved();
      expect(saved.isPost).toBe('true');
      expect(saved['main-finished']).toBeUndefined();
      expect(c.lease()?.spec.holderIdentity).toBe(saved.holder);
      expect(c.state().status).toBe('running');
      expect(batchStatus(c.state())).toEqual(['worker-1,worker-2=running', 'worker-3,worker-4=pending']);
      const tempDir = saved['temp-dir']!;
      expect(path.dirname(tempDir)).toBe(runner.runnerTemp);
      expect(existsSync(path.join(tempDir, 'ssh-private-key'))).toBe(true);
      expect(leftoverProcesses(c.record).length).toBeGreaterThan(0);

      const post = await c.run({}, { env: runner.postEnv() });
      expect(post.exitCode, post.stdout + post.stderr).toBe(0);
      expect(post.stdout).toMatch(/stopped Ansible process group\(s\) the main step left running/);
      expect(post.stdout).toMatch(/the upgrade is recorded as interrupted/);
      expect(leftoverProcesses(c.record)).toEqual([]);
      expect(c.lease()).toBeUndefined();
      const state = c.state();
      expect(state.status).toBe('interrupted');
      expect(state.message).toMatch(/killed before it finished/);
      expect(batchStatus(state)).toEqual(['worker-1,worker-2=interrupted', 'worker-3,worker-4=pending']);
      expect(state.phases.find((p: any) => p.name === 'workers').status).toBe('interrupted');
      expect(existsSync(tempDir)).toBe(false);
      expect(readdirSync(runner.runnerTemp)).toEqual([]);
    }));

  it('after a main step that finished, changes nothing in the cluster', () =>
    withCase(async (c) => {
      const runner = new RunnerStepState(path.join(c.dir, 'runner'));
      const dry = await c.run({ 'dry-run': 'true' }, { env: runner.mainEnv() });
      expect(dry.exitCode, dry.stdout).toBe(0);
      expect(runner.saved()['main-finished']).toBe('true');
      seedLease(c, 'another run', 5);
      const post = await c.run({}, { env: runner.postEnv() });
      expect(post.exitCode, post.stdout).toBe(0);
      expect(post.stdout).toMatch(/the main step finished and cleaned up; nothing left to do/);
      expect(c.lease()?.spec.holderIdentity).toBe('another run');
      expect(c.state()).toBeUndefined();
    }));

  it('never releases a lock or marks a state that another run holds, and removes only its own temp dir', () =>
    withCase(async (c) => {
      const runner = new RunnerStepState(path.join(c.dir, 'runner'));
      seedLease(c, 'another run', 5);
      const foreign = path.join(c.dir, 'not-ours');
      mkdirSync(foreign);
      const post = await c.run({}, { env: { ...runner.postEnv(), STATE_isPost: 'true', STATE_holder: 'this run', 'STATE_temp-dir': foreign } });
      expect(post.exitCode, post.stdout).toBe(0);
      expect(post.stdout).toMatch(/not removing .*not-ours.*: not a run-upgrade temp dir/);
      expect(existsSync(foreign)).toBe(true);
      expect(c.lease()?.spec.holderIdentity).toBe('another run');
    }));
});
