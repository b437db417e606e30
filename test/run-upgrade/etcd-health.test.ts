import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { etcdctl, freePort, startEtcd, type EtcdServer } from '../support/standin-kubespray/etcd.js';
import { parseMember } from '../../src/core/etcd/health.js';
import { etcdCheck } from '../../src/core/upgrade/etcd-check.js';
import { useSuite, withCase } from './env.js';

// Preflight runs Ansible twice (--version, etcd health) before any playbook, on shared cores.
vi.setConfig({ testTimeout: 300_000 });

const suite = useSuite('ksu-run-upgrade-etcd-');
const row = (summary: string) => summary.split('\n').find((l) => l.startsWith('| etcd: every member healthy, no alarm, database under its quota |')) ?? '(no etcd row)';

/** A real etcd with a 1 MiB backend quota, written to until it raises NOSPACE. */
let full: EtcdServer;
beforeAll(async () => {
  full = await startEtcd(['--quota-backend-bytes', String(1024 * 1024)]);
  const value = 'x'.repeat(100_000);
  let nospace = false;
  for (let i = 0; i < 100 && !nospace; i++) {
    try {
      etcdctl(full.endpoint, ['put', `/registry/configmaps/big/cm-${i}`, value]);
    } catch (e) {
      nospace = /database space exceeded/.test(String((e as { stderr?: string }).stderr ?? e));
    }
  }
  expect(nospace).toBe(true);
});
afterAll(() => full?.stop());

describe('etcd health through Ansible on the etcd hosts', () => {
  it('passes a healthy member and shows its numbers', () =>
    withCase(suite(), async (c) => {
      const r = await c.run({ 'dry-run': 'true' });
      expect(r.exitCode, r.stdout).toBe(0);
      expect(row(r.summary)).toMatch(
        new RegExp(`✅ pass \\| 1 member\\(s\\): cp-1 \\(${c.suite.etcd.endpoint.replace(/\./g, '\\.')}\\): healthy, db \\d+\\.\\d MiB \\(in use \\d+\\.\\d MiB\\) of quota 2048\\.0 MiB = 0%, etcd 3\\.\\d+\\.\\d+, leader \\|`),
      );
    }));

  it('refuses a member with a NOSPACE alarm and a database over its quota', () =>
    withCase(
      suite(),
      async (c) => {
        const r = await c.run({});
        expect(r.exitCode).toBe(1);
        expect(r.outputs.status).toBe('refused');
        const line = row(r.summary);
        // How far past its quota the filled database ends depends on when etcd raised the alarm: any share from the 80% refusal line up (98% was seen).
        expect(line).toMatch(/❌ fail \| active alarm\(s\) NOSPACE; database above 80% of its quota on cp-1\. cp-1 \(.*\): healthy, db \d+\.\d MiB \(in use \d+\.\d MiB\) of quota 1\.0 MiB = (?:[89]\d|[1-9]\d{2,})%/);
        expect(line).toMatch(/Fix: free space: etcdctl compact <current revision>, etcdctl defrag on each member, then etcdctl alarm disarm/);
        expect(c.records()).toEqual([]);
        expect(c.state()).toBeUndefined();
      },
      { etcdEndpoint: full.endpoint },
    ));

  it('refuses an unhealthy member', async () =>
    withCase(
      suite(),
      async (c) => {
        const r = await c.run({ 'dry-run': 'true' });
        expect(r.outputs.status).toBe('refused');
        expect(row(r.summary)).toMatch(/❌ fail \| unhealthy: cp-1\. cp-1 \(http:\/\/127\.0\.0\.1:\d+\): UNHEALTHY \(.+\).*Fix: repair cp-1 first/);
      },
      { etcdEndpoint: `http://127.0.0.1:${await freePort()}` },
    ));

  it('judges several members, warns short of the refusal share, and reads etcd 3.5 JSON', () => {
    const raw = (host: string, dbSize: number, quota: number, alarms = '{}') =>
      parseMember({
        host,
        endpoint: `https://${host}:2379`,
        health: { rc: 0, stdout: `[{"endpoint":"https://${host}:2379","health":true,"took":"2ms"}]`, stderr: '' },
        status: {
          rc: 0,
          stdout: `[{"Endpoint":"https://${host}:2379","Status":{"header":{"cluster_id":15118495548433857066,"member_id":13668033151171901709,"revision":9,"raft_term":2},"version":"3.5.16","dbSize":${dbSize},"leader":1,"raftIndex":4,"raftTerm":2,"raftAppliedIndex":4,"dbSizeInUse":${dbSize}}}]`,
          stderr: '',
        },
        alarms: { rc: 0, stdout: alarms, stderr: '' },
        quota: `etcd_server_quota_backend_bytes ${quota.toExponential()}`,
        metricsError: '',
      });
    const gib2 = 2 * 1024 ** 3;
    expect(etcdCheck([raw('etcd-1', 0.1 * gib2, gib2), raw('etcd-2', 0.7 * gib2, gib2)], 2)).toMatchObject({ result: 'warn', detail: expect.stringMatching(/above 60% of its quota on etcd-2/) });
    expect(etcdCheck([raw('etcd-1', 0.81 * gib2, gib2)], 1).result).toBe('fail');
    const corrupt = raw('etcd-1', 1000, gib2, '{"alarms":[{"memberID":13668033151171901709,"alarm":2}]}');
    expect(corrupt.alarms).toEqual(['CORRUPT']);
    expect(etcdCheck([corrupt], 1).detail).toMatch(/active alarm\(s\) CORRUPT.*replace that member/);
    expect(etcdCheck({ error: 'reading etcd health on etcd-1 failed (exit code 4)' }, 1).result).toBe('fail');
    expect(etcdCheck([], 0).result).toBe('pass');
  });
});
