import { describe, expect, it, vi } from 'vitest';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { sha256File } from '../../src/core/etcd/backup.js';
import { errorAnnotations } from '../support/run-action.js';
import { mermaidBlocks, parseMermaid, type Gantt } from '../support/mermaid-check.js';
import { git } from '../support/git.js';
import { ACTION, FROM_KUBE, HANG, leftoverProcesses, TARGET_KUBE, TARGET_TAG, useSuite, WORKERS, waitForProcess, withCase as withSuiteCase, type CaseOptions, type UpgradeCase } from './env.js';

// Preflight runs Ansible twice (--version, etcd health) before any playbook, on shared cores.
vi.setConfig({ testTimeout: 300_000 });

const suite = useSuite('ksu-run-upgrade-');

const phaseStatus = (state: any) => Object.fromEntries(state.phases.map((p: any) => [p.name, p.status]));
const batchStatus = (state: any) => state.batches.map((b: any) => `${b.hosts.join(',')}=${b.status}`);

const withCase = <T>(fn: (c: UpgradeCase) => Promise<T>, o?: CaseOptions) => withSuiteCase(suite(), fn, o);

describe('run-upgrade against a simulated cluster, real ansible-playbook and a real etcd', () => {
  it('upgrades in phases: verified backup, facts, control plane, worker batches checked through the API', () =>
    withCase(async (c) => {
      const key = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA\n-----END OPENSSH PRIVATE KEY-----';
      const r = await c.run({ 'pause-seconds-before-node': '0', 'pause-seconds-after-node': '2', 'ssh-private-key': key });
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      // A plain INI inventory is read without starting ansible-inventory.
      expect(r.stdout).toContain('inventory read directly as a plain INI inventory');

      // Each Kubespray playbook ran once, in order, with the documented limits.
      const runs = c.records();
      expect(runs.map((x) => [x.playbook, x.limit])).toEqual([
        ['facts.yml', ''],
        ['upgrade-cluster.yml', 'kube_control_plane:etcd'],
        ['upgrade-cluster.yml', 'worker-1,worker-2'],
        ['upgrade-cluster.yml', 'worker-3,worker-4'],
      ]);
      expect(runs[2]!.hosts).toEqual(['worker-1', 'worker-2']);
      // Every playbook got the key, as a private 0600 file that is gone afterwards.
      const keyFiles = new Set(runs.map((x) => x.private_key_file));
      expect(keyFiles.size).toBe(1);
      expect(runs.every((x) => x.private_key_mode === '600' && x.private_key_first_line === '-----BEGIN OPENSSH PRIVATE KEY-----')).toBe(true);
      expect(existsSync([...keyFiles][0]!)).toBe(false);
      // Only the runner's masking command may carry the key.
      expect(r.stdout.split('\n').filter((l) => !l.startsWith('::add-mask::')).join('\n')).not.toContain('b3BlbnNzaC1rZXktdjEAAAAA');
      for (const run of runs.slice(1)) {
        expect(run.upgrade_node_confirm).toBe(false);
        expect(run.upgrade_node_pause_seconds).toBe(0);
        expect(run.upgrade_node_post_upgrade_pause_seconds).toBe(2);
      }

      // The stand-ins changed the simulated cluster; the action saw it and recorded it.
      for (const n of ['cp-1', ...WORKERS]) expect(c.kubelet(n)).toBe(TARGET_KUBE);
      expect(r.outputs).toMatchObject({ status: 'succeeded', 'to-version': TARGET_TAG, 'kubernetes-from': FROM_KUBE, 'kubernetes-to': TARGET_KUBE, 'from-version': '' });
      const state = c.state();
      expect(state.upgradeId).toBe(r.outputs['upgrade-id']);
      expect(state.status).toBe('succeeded');
      expect(phaseStatus(state)).toEqual({ preflight: 'succeeded', backup: 'succeeded', facts: 'succeeded', 'control-plane': 'succeeded', workers: 'succeeded', finalize: 'succeeded' });
      expect(state.lastApplied).toMatchObject({ kubespray: TARGET_TAG, kubernetes: TARGET_KUBE, upgradeId: state.upgradeId });
      expect(JSON.parse(r.outputs['state-json']!)).toEqual(state);
      expect(c.lease()).toBeUndefined();

      // The backup is on the runner, intact, and the one recorded.
      const backup = r.outputs['backup-path']!;
      expect(path.dirname(backup)).toBe(c.backupDir);
      expect(await sha256File(backup)).toBe(state.backup.sha256);
      expect(state.backup.revision).toBeGreaterThan(0);

      expect(r.summary).toMatch(/## Kubespray upgrade: ✅ succeeded/);
      expect(r.summary).toMatch(/\| Workers batch 2\/2 \| ✅ succeeded \| \d+\.\d s \| worker-3, worker-4 Ready at v1\.29\.10 \|/);
      expect(r.summary).toMatch(/\| etcd backup \| ✅ succeeded \| \d+\.\d s \|/);
      // The timeline: a Gantt chart that parses, one bar per phase that ran and per batch.
      const [gantt] = mermaidBlocks(r.summary).map(parseMermaid) as Gantt[];
      expect(gantt!.kind).toBe('gantt');
      expect(gantt!.tasks.filter((t) => t.section === 'Worker batches').map((t) => t.name)).toEqual(['batch 1 (2 nodes)', 'batch 2 (2 nodes)']);
      expect(gantt!.tasks.every((t) => t.tags.includes('done'))).toBe(true);
      expect(r.stdout).toMatch(/::group::Upgrade workers batch 1\/2: worker-1, worker-2/);
      // The secret-free temp dir (extra vars, key) is gone.
      expect(readdirSync(path.dirname(path.dirname(backup))).filter((f) => f.startsWith('kubespray-upgrade-'))).toEqual([]);

      // Re-running the same target finds nothing to do and runs nothing.
      const again = await c.run();
      expect(again.exitCode, again.stdout).toBe(0);
      expect(again.outputs.status).toBe('succeeded');
      expect(again.summary).toMatch(/already applied/);
      expect(c.records()).toHaveLength(4);
    }));

  it('runs upgrade-cluster.yml once with Kubespray serial for strategy single', () =>
    withCase(async (c) => {
      const r = await c.run({ strategy: 'single', 'worker-batch-size': '50%', 'etcd-backup': 'false' });
      expect(r.exitCode, r.stdout).toBe(0);
      expect(c.records().map((x) => [x.playbook, x.limit, x.serial])).toEqual([['upgrade-cluster.yml', '', '50%']]);
      for (const n of ['cp-1', ...WORKERS]) expect(c.kubelet(n)).toBe(TARGET_KUBE);
      expect(phaseStatus(c.state())).toEqual({ preflight: 'succeeded', backup: 'skipped', upgrade: 'succeeded', finalize: 'succeeded' });
      expect(r.outputs['backup-path']).toBe('');
    }));

  it('dry-run shows the plan and changes nothing', () =>
    withCase(async (c) => {
      const r = await c.run({ 'dry-run': 'true' });
      expect(r.exitCode, r.stdout).toBe(0);
      expect(r.outputs.status).toBe('dry-run');
      expect(r.summary).toMatch(/### Plan/);
      expect(r.summary).toContain('upgrade-cluster.yml --limit worker-3,worker-4');
      expect(c.records()).toEqual([]);
      expect(c.state()).toBeUndefined();
      expect(c.lease()).toBeUndefined();
      expect(existsSync(c.backupDir)).toBe(false);
      expect(c.kubelet('worker-1')).toBe(FROM_KUBE);
    }));

  it('stops at a failed batch, says how to continue, and a rerun retries only what is left', () =>
    withCase(async (c) => {
      const failed = await c.run({}, { standin: { STANDIN_FAIL_HOSTS: 'worker-3' } });
      expect(failed.exitCode).toBe(1);
      expect(failed.outputs.status).toBe('failed');
      expect(errorAnnotations(failed.stdout).join('\n')).toMatch(/upgrade-cluster.yml --limit worker-3,worker-4 failed \(exit code 2\) on worker-3/);
      let state = c.state();
      expect(state.status).toBe('failed');
      expect(batchStatus(state)).toEqual(['worker-1,worker-2=succeeded', 'worker-3,worker-4=failed']);
      expect(c.kubelet('worker-2')).toBe(TARGET_KUBE);
      expect(c.kubelet('worker-3')).toBe(FROM_KUBE);
      expect(c.lease()).toBeUndefined();
      expect(failed.summary).toMatch(/Upgraded workers: worker-1, worker-2\./);
      expect(failed.summary).toMatch(/continues from `workers batch 2\/2`/);
      expect(failed.summary).toMatch(/first re-running `upgrade-cluster.yml --limit worker-3,worker-4`/);
      // Past the control plane, a restore would lose changes: fix forward; and never a downgrade.
      expect(failed.summary).toMatch(/Not advised: the control plane already runs v1\.29\.10/);
      expect(failed.summary).toContain(`sha256sum /root/${path.basename(JSON.parse(failed.outputs['state-json']!).backup.localPath)}`);
      expect(failed.summary).not.toMatch(/put the old versions back/);
      const before = c.records().length;

      const resumed = await c.run();
      expect(resumed.exitCode, resumed.stdout).toBe(0);
      expect(resumed.outputs['upgrade-id']).toBe(failed.outputs['upgrade-id']);
      // Facts again (the cache lives on the runner), then only the failed batch; no new backup.
      expect(c.records().slice(before).map((x) => [x.playbook, x.limit])).toEqual([
        ['facts.yml', ''],
        ['upgrade-cluster.yml', 'worker-3,worker-4'],
      ]);
      state = c.state();
      expect(state.status).toBe('succeeded');
      expect(state.batches.map((b: any) => b.attempts)).toEqual([1, 2]);
      expect(state.backup.sha256).toBe(JSON.parse(failed.outputs['state-json']!).backup.sha256);
      expect(resumed.stdout).toMatch(/batch 1\/2 \(worker-1, worker-2\): upgraded in an earlier run, skipped/);
      for (const n of WORKERS) expect(c.kubelet(n)).toBe(TARGET_KUBE);
    }));

  it('kills a batch that hangs past node-timeout-minutes, with its whole process group', () =>
    withCase(async (c) => {
      const t0 = Date.now();
      const r = await c.run({ 'node-timeout-minutes': '0.25' }, { standin: { STANDIN_HANG_HOSTS: 'worker-1' } });
      expect(r.exitCode).toBe(1);
      expect(errorAnnotations(r.stdout).join('\n')).toMatch(/upgrade-cluster.yml --limit worker-1,worker-2 did not finish within 15 s and was killed \(node-timeout-minutes\)/);
      expect(batchStatus(c.state())).toEqual(['worker-1,worker-2=failed', 'worker-3,worker-4=pending']);
      expect(c.records().map((x) => x.limit)).not.toContain('worker-3,worker-4');
      expect(leftoverProcesses(c.record)).toEqual([]);
      expect(Date.now() - t0).toBeLessThan(60_000);
    }));

  it('on SIGTERM mid-batch kills Ansible, records the upgrade as interrupted and releases the lock', () =>
    withCase(async (c) => {
      const running = c.run({}, { standin: { STANDIN_HANG_HOSTS: 'worker-2' } });
      await waitForProcess(c.record, HANG);
      const action = await waitForProcess(c.record, ACTION);
      process.kill(action, 'SIGTERM');
      const r = await running;
      expect(r.exitCode).toBe(1);
      expect(r.outputs.status).toBe('interrupted');
      const state = c.state();
      expect(state.status).toBe('interrupted');
      expect(batchStatus(state)).toEqual(['worker-1,worker-2=interrupted', 'worker-3,worker-4=pending']);
      expect(c.lease()).toBeUndefined();
      expect(leftoverProcesses(c.record)).toEqual([]);
      expect(r.summary).toMatch(/interrupted/);
    }));

  it('refuses a target-version the submodule is not at, and a submodule work tree that is not the recorded commit', () =>
    withCase(async (c) => {
      const wrong = await c.run({ 'target-version': 'v2.24.1' });
      expect(wrong.exitCode).toBe(1);
      expect(errorAnnotations(wrong.stdout).join('\n')).toMatch(/target-version is v2.24.1 but the kubespray submodule is at v2.25.1/);

      const sub = path.join(suite().checkout, 'kubespray');
      const recorded = git(sub, ['rev-parse', 'HEAD']).trim();
      git(sub, ['commit', '-q', '--allow-empty', '-m', 'local hack']);
      try {
        const drifted = await c.run({ 'target-version': TARGET_TAG });
        expect(drifted.exitCode).toBe(1);
        expect(errorAnnotations(drifted.stdout).join('\n')).toMatch(new RegExp(`work tree is at [0-9a-f]{40} but the cluster repo records ${recorded}`));
      } finally {
        git(sub, ['checkout', '-q', '--detach', recorded]);
      }
      expect(c.records()).toEqual([]);
      expect(c.state()).toBeUndefined();
    }));

  it('does not run any playbook when the etcd backup fails', async () =>
    withCase(
      async (c) => {
        const r = await c.run();
        expect(r.exitCode).toBe(1);
        expect(errorAnnotations(r.stdout).join('\n')).toMatch(/the etcd snapshot on cp-1 failed .*the upgrade was not started/);
        expect(c.records()).toEqual([]);
        const state = c.state();
        expect(phaseStatus(state)).toMatchObject({ backup: 'failed', facts: 'pending', 'control-plane': 'pending' });
        expect(r.summary).toMatch(/No playbook ran: the cluster was not changed/);
        expect(c.kubelet('cp-1')).toBe(FROM_KUBE);
      },
      // etcd is healthy (preflight passes) but the snapshot cannot be written on the etcd host.
      { vars: { kubespray_upgrade_backup_remote_dir: '/proc/ksu-cannot-create-this' } },
    ));
});
