import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ansible } from '../../src/core/ansible/ansible.js';
import { takeEtcdSnapshot, sha256File } from '../../src/core/etcd/backup.js';
import { ActionError } from '../../src/core/errors.js';
import { etcdctl, freePort, startEtcd, type EtcdServer } from '../support/standin-kubespray/etcd.js';
import { inventoryIni, writeStandinTree } from '../support/standin-kubespray/standin.js';
import { makeTempDir } from '../support/tmp.js';
import { commandLine } from '../../src/adapters/ansible/runner.js';
import { runProcessGroup } from '../../src/adapters/process-group.js';

const tmp = makeTempDir('ksu-etcd-backup-');
let etcd: EtcdServer;
let kubespray: string;

beforeAll(async () => {
  etcd = await startEtcd();
  for (let i = 0; i < 25; i++) etcdctl(etcd.endpoint, ['put', `/registry/test/key-${i}`, `value-${i}`]);
  kubespray = writeStandinTree(path.join(tmp.dir, 'kubespray'));
});
afterAll(async () => {
  await etcd?.stop();
  tmp.cleanup();
});

function ansibleFor(name: string, endpoint: string): { ansible: Ansible; backupDir: string; remoteDir: string } {
  const dir = path.join(tmp.dir, name);
  const tempDir = path.join(dir, 'tmp');
  const backupDir = path.join(dir, 'backups');
  const remoteDir = path.join(dir, 'etcd-host');
  mkdirSync(tempDir, { recursive: true });
  const inventory = path.join(dir, 'inventory.ini');
  writeFileSync(
    inventory,
    inventoryIni(
      { cp1: ['kube_control_plane', 'etcd'], w1: ['kube_node'] },
      {
        kubespray_upgrade_etcd_endpoint: endpoint,
        kubespray_upgrade_etcdctl: 'etcdctl',
        kubespray_upgrade_backup_remote_dir: remoteDir,
        kubespray_upgrade_become: false,
      },
    ),
  );
  const ansible = new Ansible({ runner: { kind: 'local' }, commandLine, runGroup: runProcessGroup, kubesprayDir: kubespray, inventory, tempDir, extraArgs: [], extraPaths: [backupDir] });
  return { ansible, backupDir, remoteDir };
}

describe('etcd snapshot through ansible-playbook against a real etcd', () => {
  it('saves, verifies and fetches a snapshot whose revision and checksum match etcd', async () => {
    const { ansible, backupDir, remoteDir } = ansibleFor('ok', etcd.endpoint);
    const status = JSON.parse(etcdctl(etcd.endpoint, ['endpoint', 'status', '-w', 'json'])) as Array<{ Status: { header: { revision: number } } }>;
    const liveRevision = status[0]!.Status.header.revision;

    const rec = await takeEtcdSnapshot(ansible, { host: 'cp1', upgradeId: 'u1', backupDir, timeoutMs: 60_000 });

    expect(rec.host).toBe('cp1');
    expect(rec.localPath).toBe(path.join(backupDir, 'etcd-u1-cp1.db'));
    expect(rec.revision).toBe(liveRevision);
    expect(rec.totalKeys).toBeGreaterThanOrEqual(25);
    expect(rec.sha256).toBe(await sha256File(path.join(remoteDir, 'etcd-u1-cp1.db')));
    // The fetched file is a valid snapshot on its own, checked by etcd's tool, not ours.
    const own = JSON.parse(etcdctl(etcd.endpoint, ['snapshot', 'status', rec.localPath, '-w', 'json'])) as { revision: number; hash: number };
    expect(own.revision).toBe(liveRevision);
    expect(own.hash).toBe(rec.etcdHash);
  });

  it('fails with an ActionError and fetches nothing when etcd is unreachable', async () => {
    const { ansible, backupDir } = ansibleFor('down', `http://127.0.0.1:${await freePort()}`);
    const err = await takeEtcdSnapshot(ansible, { host: 'cp1', upgradeId: 'u2', backupDir, timeoutMs: 60_000 }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ActionError);
    expect((err as Error).message).toMatch(/etcd snapshot on cp1 failed/);
    expect(existsSync(backupDir) ? readdirSync(backupDir) : []).toEqual([]);
  });
});
