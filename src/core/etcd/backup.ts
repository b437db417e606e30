import { createHash } from 'node:crypto';
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { keptOutput } from '../text/redact.js';
import { ActionError } from '../errors.js';
import { describeExit, type Ansible } from '../ansible/ansible.js';
import { SNAPSHOT_PLAYBOOK } from './snapshot-playbook.js';

/** A snapshot that was saved, checked by etcd and fetched intact; recorded in the upgrade state. */
export interface BackupRecord {
  /** The etcd host it was taken on (inventory name). */
  host: string;
  /** On the runner. */
  localPath: string;
  /** On the etcd host, kept as a second copy. */
  remotePath: string;
  sizeBytes: number;
  sha256: string;
  /** etcd revision the snapshot holds. */
  revision: number;
  totalKeys: number;
  etcdHash: number;
  takenAt: string;
}

export interface SnapshotOptions {
  host: string;
  upgradeId: string;
  backupDir: string;
  timeoutMs: number;
  signal?: AbortSignal;
  onLine?: (line: string) => void;
}

interface PlaybookReport {
  host: string;
  remoteFile: string;
  status: { hash?: number; revision?: number; totalKey?: number; totalSize?: number };
  remoteSha256: string;
  remoteSize: number;
}

export function snapshotFileName(upgradeId: string, host: string): string {
  return `etcd-${upgradeId}-${host}.db`.replace(/[^A-Za-z0-9._-]/g, '_');
}

/**
 * Saves a snapshot on the etcd host, has etcd check it, fetches it and compares checksums.
 * Throws ActionError unless every step succeeded: no verified backup, no upgrade.
 */
export async function takeEtcdSnapshot(ansible: Ansible, o: SnapshotOptions): Promise<BackupRecord> {
  const tmp = ansible.settings.tempDir;
  const playbook = path.join(tmp, 'etcd-snapshot.yml');
  writeFileSync(playbook, SNAPSHOT_PLAYBOOK, { mode: 0o600 });
  mkdirSync(o.backupDir, { recursive: true });
  const fileName = snapshotFileName(o.upgradeId, o.host);
  const localPath = path.resolve(o.backupDir, fileName);
  const resultFile = path.join(tmp, `etcd-snapshot-${Date.now()}.json`);
  const r = await ansible.playbook({
    playbook,
    extraVars: { ksu_etcd_host: o.host, ksu_file_name: fileName, ksu_local_file: localPath, ksu_result_file: resultFile },
    timeoutMs: o.timeoutMs,
    signal: o.signal,
    onLine: o.onLine,
  });
  if (r.aborted) throw new ActionError('the etcd snapshot was cancelled');
  if (r.exitCode !== 0 || !existsSync(resultFile)) {
    throw new ActionError(`the etcd snapshot on ${o.host} failed (${describeExit(r)}); the upgrade was not started. Last output (redacted):\n${keptOutput(r.tail)}`);
  }
  const report = JSON.parse(readFileSync(resultFile, 'utf8')) as PlaybookReport;
  return verifyFetchedSnapshot(report, localPath);
}

async function verifyFetchedSnapshot(report: PlaybookReport, localPath: string): Promise<BackupRecord> {
  const problems: string[] = [];
  // etcd's own status check reads the whole file and its hash; all we add is that it answered.
  const revision = Number(report.status.revision);
  if (!Number.isInteger(revision) || revision < 0 || typeof report.status.hash !== 'number') {
    problems.push(`etcd's snapshot status is not usable (${JSON.stringify(report.status)})`);
  }
  if (!existsSync(localPath)) throw new ActionError(`the snapshot was not fetched to ${localPath}; the upgrade was not started`);
  const sizeBytes = statSync(localPath).size;
  const sha256 = await sha256File(localPath);
  if (sizeBytes === 0) problems.push('the fetched snapshot is empty');
  if (sizeBytes !== report.remoteSize) problems.push(`size on the runner ${sizeBytes} != size on ${report.host} ${report.remoteSize}`);
  if (sha256 !== report.remoteSha256) problems.push(`sha256 on the runner ${sha256} != sha256 on ${report.host} ${report.remoteSha256}`);
  if (problems.length > 0) {
    throw new ActionError(`the etcd snapshot could not be verified: ${problems.join('; ')}. The upgrade was not started.`);
  }
  return {
    host: report.host,
    localPath,
    remotePath: report.remoteFile,
    sizeBytes,
    sha256,
    revision,
    totalKeys: Number(report.status.totalKey ?? 0),
    etcdHash: Number(report.status.hash ?? 0),
    takenAt: new Date().toISOString(),
  };
}

export function sha256File(file: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const h = createHash('sha256');
    createReadStream(file)
      .on('data', (b) => h.update(b))
      .on('error', reject)
      .on('end', () => resolve(h.digest('hex')));
  });
}

/** Whether a recorded backup is still on this runner, byte for byte. */
export async function backupStillPresent(record: BackupRecord): Promise<boolean> {
  if (!existsSync(record.localPath)) return false;
  return (await sha256File(record.localPath)) === record.sha256;
}
