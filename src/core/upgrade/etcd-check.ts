import type { EtcdMemberHealth } from '../etcd/health.js';
import type { Check } from './preflight.js';

/**
 * Refuse above this share of the backend quota: an upgrade writes (new objects, storage
 * version migrations, leases of restarted components) and a member that reaches its quota
 * raises NOSPACE and turns the whole cluster read-only half way through.
 */
export const ETCD_QUOTA_REFUSE_SHARE = 0.8;
/** Warn above this share. */
export const ETCD_QUOTA_WARN_SHARE = 0.6;

const mib = (b: number | undefined) => (b === undefined ? '?' : `${(b / 1048576).toFixed(1)} MiB`);

export function describeMember(m: EtcdMemberHealth): string {
  const share = m.dbSize !== undefined && m.quotaBytes ? ` = ${Math.round((100 * m.dbSize) / m.quotaBytes)}%` : '';
  const parts = [
    m.healthy ? 'healthy' : `UNHEALTHY (${m.healthError ?? '?'})`,
    `db ${mib(m.dbSize)} (in use ${mib(m.dbSizeInUse)}) of quota ${mib(m.quotaBytes)}${share}`,
    ...(m.version ? [`etcd ${m.version}`] : []),
    ...(m.isLeader ? ['leader'] : []),
    ...(m.alarms.length ? [`alarms ${m.alarms.join(', ')}`] : []),
    ...m.errors.filter((e) => !/alarm:/.test(e)),
  ];
  return `${m.host} (${m.endpoint}): ${parts.join(', ')}`;
}

/** Every member healthy, no alarm, every database well under its quota: or a refusal that says which and what to do. */
export function etcdCheck(members: readonly EtcdMemberHealth[] | { error: string }, etcdHosts: number): Check {
  const title = 'etcd: every member healthy, no alarm, database under its quota';
  const check = (result: Check['result'], detail: string): Check => ({ id: 'etcd', title, result, detail });
  if ('error' in members) return check('fail', `${members.error}. Fix etcd access from the runner (inventory, SSH, kubespray_upgrade_etcd_* variables) first.`);
  if (etcdHosts === 0) return check('pass', 'no etcd hosts in the inventory: etcd is not managed by this Kubespray inventory');
  const numbers = members.map(describeMember).join('; ');
  const alarms = [...new Set(members.flatMap((m) => m.alarms))];
  const unhealthy = members.filter((m) => !m.healthy).map((m) => m.host);
  const share = (m: EtcdMemberHealth) => (m.dbSize !== undefined && m.quotaBytes ? m.dbSize / m.quotaBytes : undefined);
  const full = members.filter((m) => (share(m) ?? 0) > ETCD_QUOTA_REFUSE_SHARE).map((m) => m.host);
  const fixes: string[] = [];
  if (alarms.includes('NOSPACE') || full.length) {
    fixes.push(
      `free space: etcdctl compact <current revision>, etcdctl defrag on each member, then etcdctl alarm disarm; raise etcd_quota_backend_bytes (Kubespray, --quota-backend-bytes) if the data really needs it`,
    );
  }
  if (alarms.includes('CORRUPT')) fixes.push('a CORRUPT alarm means a member diverged: replace that member from a healthy one (or restore a snapshot) before any upgrade');
  if (unhealthy.length) fixes.push(`repair ${unhealthy.join(', ')} first (etcd service, disk, certificates)`);
  const problems = [
    ...(alarms.length ? [`active alarm(s) ${alarms.join(', ')}`] : []),
    ...(unhealthy.length ? [`unhealthy: ${unhealthy.join(', ')}`] : []),
    ...(full.length ? [`database above ${ETCD_QUOTA_REFUSE_SHARE * 100}% of its quota on ${full.join(', ')}`] : []),
  ];
  if (problems.length) return check('fail', `${problems.join('; ')}. ${numbers}. Fix: ${fixes.join('; ')}.`);
  const unknown = members.filter((m) => share(m) === undefined).map((m) => m.host);
  if (unknown.length) return check('warn', `database size or quota not known for ${unknown.join(', ')}. ${numbers}`);
  const high = members.filter((m) => share(m)! > ETCD_QUOTA_WARN_SHARE).map((m) => m.host);
  if (high.length) return check('warn', `database above ${ETCD_QUOTA_WARN_SHARE * 100}% of its quota on ${high.join(', ')}: defragment or raise the quota soon. ${numbers}`);
  return check('pass', `${members.length} member(s): ${numbers}`);
}
