import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { RECOVERY_RULES, failedStepCommand, recoverySection } from '../../src/core/upgrade/rollback-advice.js';
import type { UpgradeState } from '../../src/core/upgrade/state.js';
import { REPO_ROOT } from '../support/paths.js';

const backup = {
  host: 'etcd-1',
  localPath: '/runner/backups/etcd-v2.25.1-20260101T000000Z-beef-etcd-1.db',
  remotePath: '/var/backups/kubespray-upgrade/etcd-v2.25.1-20260101T000000Z-beef-etcd-1.db',
  sizeBytes: 4096,
  sha256: 'a'.repeat(40) + 'b'.repeat(24),
  revision: 12,
  totalKeys: 10,
  etcdHash: 1,
  takenAt: '2026-01-01T00:00:00.000Z',
};

function state(phases: Record<string, string>, batches: [string[], string][] = [], withBackup = true): UpgradeState {
  return {
    schemaVersion: 1,
    upgradeId: 'v2.25.1-20260101T000000Z-beef',
    status: 'failed',
    strategy: 'phased',
    kubesprayFrom: 'v2.24.1',
    kubesprayTo: 'v2.25.1',
    kubernetesFrom: 'v1.28.6',
    kubernetesTo: 'v1.29.10',
    startedAt: '',
    updatedAt: '',
    runBy: 'test',
    phases: Object.entries(phases).map(([name, status]) => ({ name: name as never, status: status as never, attempts: 1 })),
    batches: batches.map(([hosts, status], i) => ({ index: i + 1, hosts, nodes: hosts, status: status as never, attempts: 1 })),
    history: [],
    ...(withBackup ? { backup } : {}),
  };
}

const text = (lines: string[]) => lines.join('\n');

describe('rollback guidance', () => {
  it('is word for word the same in the failure summary and in docs/troubleshooting.md', () => {
    const doc = readFileSync(path.join(REPO_ROOT, 'docs/troubleshooting.md'), 'utf8');
    const summary = text(recoverySection(state({ backup: 'succeeded', 'control-plane': 'failed' }), 'Upgrade control plane and etcd', 'kube-system'));
    for (const rule of Object.values(RECOVERY_RULES)) {
      expect(doc).toContain(`**${rule}**`);
      expect(summary).toContain(`**${rule}**`);
    }
    expect(doc).toContain('## Rollback: restoring the etcd snapshot');
  });

  it('never advises a downgrade by cluster.yml', () => {
    const summary = text(recoverySection(state({ backup: 'succeeded', 'control-plane': 'failed' }), undefined, 'kube-system'));
    expect(summary).not.toMatch(/put the old versions back/);
    expect(summary).not.toMatch(/re-run Kubespray v2\.24\.1/);
    expect(summary).toMatch(/Never run the previous release's cluster\.yml/);
  });

  it('gives the restore procedure with the snapshot path and its full hash', () => {
    const summary = text(recoverySection(state({ backup: 'succeeded', 'control-plane': 'failed' }), undefined, 'ops'));
    expect(summary).toContain(backup.localPath);
    expect(summary).toContain(backup.remotePath);
    expect(summary).toContain(`\`${backup.sha256}\``);
    expect(summary).toContain('sha256sum /root/etcd-v2.25.1-20260101T000000Z-beef-etcd-1.db');
    expect(summary).toMatch(/etcdutl snapshot restore .* --data-dir <ETCD_DATA_DIR>/);
    expect(summary).toContain('ConfigMap `ops/kubespray-upgrade-state`');
    expect(summary).toMatch(/Only if the control plane cannot serve/);
  });

  it('re-runs the step that stopped, and advises against a restore once the control plane is upgraded', () => {
    const s = state({ backup: 'succeeded', facts: 'succeeded', 'control-plane': 'succeeded', workers: 'failed' }, [
      [['w1', 'w2'], 'succeeded'],
      [['w3', 'w4'], 'failed'],
    ]);
    expect(failedStepCommand(s)).toBe('upgrade-cluster.yml --limit w3,w4');
    const summary = text(recoverySection(s, 'workers batch 2/2', 'kube-system'));
    expect(summary).toContain('first re-running `upgrade-cluster.yml --limit w3,w4`');
    expect(summary).toMatch(/Not advised: the control plane already runs v1\.29\.10/);
    expect(failedStepCommand(state({ backup: 'succeeded', 'control-plane': 'interrupted' }))).toBe('upgrade-cluster.yml --limit kube_control_plane:etcd');
  });

  it('says there is nothing to restore when no playbook ran or there is no snapshot', () => {
    const noBackup = text(recoverySection(state({ backup: 'failed', facts: 'pending' }, [], false), undefined, 'kube-system'));
    expect(noBackup).toMatch(/Not needed: no playbook ran/);
    expect(noBackup).toMatch(/There is no snapshot of this upgrade to restore/);
    expect(noBackup).not.toContain('etcdutl snapshot restore');
  });
});
