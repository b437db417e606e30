import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { ActionError } from '../errors.js';
import { describeExit, type Ansible } from '../ansible/ansible.js';
import { HEALTH_PLAYBOOK } from './health-playbook.js';

/** One etcd member as its own host reported it. Undefined numbers: the read failed (error says why). */
export interface EtcdMemberHealth {
  host: string;
  endpoint: string;
  healthy: boolean;
  healthError?: string;
  version?: string;
  dbSize?: number;
  dbSizeInUse?: number;
  quotaBytes?: number;
  isLeader?: boolean;
  /** Alarm names (NOSPACE, CORRUPT) raised in the cluster, as this member lists them. */
  alarms: string[];
  errors: string[];
}

interface RawOutput {
  rc: number;
  stdout: string;
  stderr: string;
}

interface RawMember {
  host: string;
  endpoint: string;
  health: RawOutput;
  status: RawOutput;
  alarms: RawOutput;
  quota: string;
  metricsError: string;
}

/** etcdserverpb.AlarmType as etcdctl's JSON writes it. */
const ALARM_NAMES: Record<string, string> = { '0': 'NONE', '1': 'NOSPACE', '2': 'CORRUPT' };

/** Reads every etcd member's health, status and alarms through Ansible on the etcd hosts. */
export async function readEtcdHealth(ansible: Ansible, o: { hosts: readonly string[]; timeoutMs: number; signal?: AbortSignal }): Promise<EtcdMemberHealth[]> {
  const dir = path.join(ansible.settings.tempDir, `etcd-health-${Date.now()}`);
  mkdirSync(dir, { recursive: true, mode: 0o700 });
  const playbook = path.join(dir, 'etcd-health.yml');
  writeFileSync(playbook, HEALTH_PLAYBOOK, { mode: 0o600 });
  try {
    const r = await ansible.playbook({ playbook, extraVars: { ksu_etcd_hosts: o.hosts.join(','), ksu_result_dir: dir }, timeoutMs: o.timeoutMs, signal: o.signal });
    const files = readdirSync(dir).filter((f) => /^member-\d+\.json$/.test(f));
    if (r.exitCode !== 0 && files.length === 0) {
      throw new ActionError(`reading etcd health on ${o.hosts.join(', ')} failed (${describeExit(r)}):\n${r.tail.join('\n')}`);
    }
    const members = files.map((f) => parseMember(JSON.parse(readFileSync(path.join(dir, f), 'utf8')) as RawMember));
    const answered = new Set(members.map((m) => m.host));
    // A host Ansible could not reach reported nothing: that member is not known to be healthy.
    for (const h of o.hosts.filter((x) => !answered.has(x))) members.push({ host: h, endpoint: '?', healthy: false, healthError: `no report from ${h} (unreachable or failed: ${describeExit(r)})`, alarms: [], errors: [] });
    return members.sort((a, b) => o.hosts.indexOf(a.host) - o.hosts.indexOf(b.host));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** etcd's 64-bit ids do not fit a JS number: quote them before parsing. */
function parseJson(text: string): unknown {
  return JSON.parse(text.replace(/("(?:cluster_id|member_id|memberID|leader)"\s*:\s*)(\d+)/g, '$1"$2"'));
}

const firstLine = (o: RawOutput) => (o.stderr || o.stdout).split('\n').filter((l) => l.trim() && !l.startsWith('{"level"')).slice(-1)[0]?.slice(0, 300) ?? `exit code ${o.rc}`;

export function parseMember(raw: RawMember): EtcdMemberHealth {
  const m: EtcdMemberHealth = { host: raw.host, endpoint: raw.endpoint, healthy: false, alarms: [], errors: [] };
  try {
    const h = (parseJson(raw.health.stdout) as { health?: boolean; error?: string }[])[0];
    m.healthy = raw.health.rc === 0 && h?.health === true;
    if (!m.healthy) m.healthError = h?.error ?? firstLine(raw.health);
  } catch {
    m.healthError = firstLine(raw.health);
  }
  if (raw.status.rc === 0) {
    try {
      const s = (parseJson(raw.status.stdout) as { Status?: Record<string, unknown> }[])[0]?.Status ?? {};
      m.version = typeof s.version === 'string' ? s.version : undefined;
      m.dbSize = typeof s.dbSize === 'number' ? s.dbSize : undefined;
      m.dbSizeInUse = typeof s.dbSizeInUse === 'number' ? s.dbSizeInUse : undefined;
      const header = s.header as { member_id?: string } | undefined;
      m.isLeader = header?.member_id !== undefined && header.member_id === s.leader;
      if (Array.isArray(s.errors)) m.errors.push(...s.errors.map((e) => String(e).trim()));
    } catch {
      m.errors.push(`endpoint status: unreadable output`);
    }
  } else m.errors.push(`endpoint status: ${firstLine(raw.status)}`);
  if (raw.alarms.rc === 0) {
    try {
      const a = parseJson(raw.alarms.stdout || '{}') as { alarms?: { alarm?: number | string }[] };
      m.alarms = (a.alarms ?? []).map((x) => ALARM_NAMES[String(x.alarm)] ?? String(x.alarm)).filter((n) => n !== 'NONE');
    } catch {
      m.errors.push('alarm list: unreadable output');
    }
  } else m.errors.push(`alarm list: ${firstLine(raw.alarms)}`);
  const q = /etcd_server_quota_backend_bytes ([0-9.eE+]+)/.exec(raw.quota)?.[1];
  if (q !== undefined && Number.isFinite(Number(q))) m.quotaBytes = Math.round(Number(q));
  else m.errors.push(`quota: /metrics gave no etcd_server_quota_backend_bytes${raw.metricsError ? ` (${raw.metricsError.slice(0, 200)})` : ''}`);
  return m;
}
