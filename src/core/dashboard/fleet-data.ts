import { compareReleases, parseReleaseTag } from '../releases/versions/release-version.js';

/**
 * What the fleet dashboard knows per cluster. Each action fills in its part (detect: pins
 * and hops; plan: the PR and hazards; run-upgrade and verify: what the cluster runs and the
 * results), so the issue body carries the whole record between runs.
 */
export interface ClusterRecord {
  name: string;
  environment?: string;
  /** Kubespray release the repo pins (the submodule). */
  pinnedKubespray?: string;
  /** When the submodule is a fork: which fork and what of it is pinned; pinnedKubespray is then the upstream release it is counted as. */
  pinnedFork?: string;
  /** Effective Kubernetes version of the pinned release for this cluster's inventory. */
  pinnedKubernetes?: string;
  /** What the cluster runs, from the state ConfigMap as run-upgrade or verify read it. */
  runningKubespray?: string;
  runningKubernetes?: string;
  hopsBehind?: number;
  latest?: string;
  pullRequest?: { number: number; url: string; to: string };
  hazards?: number;
  upgrade?: { status: string; to: string; url?: string; at: string };
  verify?: { result: string; url?: string; at: string };
  /** When each field above was last set (ISO time of the update that set it): the newer value wins a concurrent merge. */
  stamps?: Partial<Record<StampedField, string>>;
}

export type StampedField = Exclude<keyof ClusterRecord, 'name' | 'stamps'>;
const STAMPED_FIELDS: readonly StampedField[] = [
  'environment', 'pinnedKubespray', 'pinnedFork', 'pinnedKubernetes', 'runningKubespray', 'runningKubernetes', 'hopsBehind', 'latest', 'pullRequest', 'hazards', 'upgrade', 'verify',
];

export interface FleetData {
  clusters: ClusterRecord[];
}

/** The records one action contributes; `clusters` lists every cluster there is, when the caller knows. */
export interface FleetUpdate {
  records: Array<Partial<Omit<ClusterRecord, 'stamps'>> & { name: string }>;
  /** When this update's facts were read (ISO time); now by default. A field stamped later is not overwritten. */
  at?: string;
  /** Drop records of clusters not named here (the config is the list of clusters). */
  clusters?: readonly string[];
}

const MAX_CLUSTERS = 200;
const MAX_TEXT = 200;

/**
 * Merges one action's records into the data, field by field: a value equal to the one there
 * keeps its stamp (so a rerun changes nothing), a different one is taken with the update's
 * time, unless the field was set by a later update (a concurrent run that read newer facts).
 */
export function applyUpdate(data: FleetData, update: FleetUpdate): FleetData {
  const at = update.at ?? new Date().toISOString();
  const byName = new Map(data.clusters.map((c) => [c.name, { ...c, ...(c.stamps ? { stamps: { ...c.stamps } } : {}) }]));
  for (const r of update.records) {
    const merged: ClusterRecord = { ...(byName.get(r.name) ?? { name: r.name }) };
    const fields = merged as unknown as Record<string, unknown>;
    for (const k of STAMPED_FIELDS) {
      const v = r[k];
      // '' clears a field (the text fields never hold '': it does not survive the round trip).
      const clear = v === '';
      if (v === undefined || (clear ? fields[k] === undefined : JSON.stringify(v) === JSON.stringify(fields[k]))) continue;
      const stamp = merged.stamps?.[k];
      if (stamp !== undefined && Date.parse(stamp) > Date.parse(at)) continue;
      if (clear) delete fields[k];
      else fields[k] = v;
      merged.stamps = { ...merged.stamps, [k]: at };
    }
    // Once the repo pins the PR's target (it was merged) or passed it, the PR is no longer the next step.
    const pin = merged.pinnedKubespray ? parseReleaseTag(merged.pinnedKubespray) : undefined;
    const prTo = merged.pullRequest ? parseReleaseTag(merged.pullRequest.to) : undefined;
    if (pin && prTo && compareReleases(pin, prTo) >= 0) delete merged.pullRequest;
    if (r.hopsBehind === 0) delete merged.pullRequest;
    byName.set(r.name, merged);
  }
  let clusters = [...byName.values()];
  if (update.clusters) clusters = clusters.filter((c) => update.clusters!.includes(c.name));
  clusters.sort((a, b) => a.name.localeCompare(b.name));
  return { clusters: clusters.slice(0, MAX_CLUSTERS) };
}

const DATA_PREFIX = '<!-- kubespray-upgrade-actions fleet-data ';

/**
 * Base64 keeps `-->` and everything else in the JSON from ending the comment. Records are
 * rebuilt in one key order first, so equal data always serialises to equal text.
 */
export function serialiseFleetData(data: FleetData): string {
  const canonical = { clusters: data.clusters.flatMap((c) => cleanRecord(c) ?? []) };
  return `${DATA_PREFIX}${Buffer.from(JSON.stringify(canonical)).toString('base64')} -->`;
}

/**
 * The data in an issue body, read defensively: the body is editable by anyone with triage
 * rights, so only well-typed, bounded fields are kept and anything else is dropped.
 */
export function parseFleetData(body: string): FleetData {
  const start = body.indexOf(DATA_PREFIX);
  if (start < 0) return { clusters: [] };
  const end = body.indexOf(' -->', start);
  let raw: unknown;
  try {
    raw = JSON.parse(Buffer.from(body.slice(start + DATA_PREFIX.length, end < 0 ? undefined : end), 'base64').toString('utf8'));
  } catch {
    return { clusters: [] };
  }
  const list = (raw as { clusters?: unknown })?.clusters;
  if (!Array.isArray(list)) return { clusters: [] };
  return { clusters: list.slice(0, MAX_CLUSTERS).flatMap((c) => cleanRecord(c) ?? []) };
}

const isoTime = (v: unknown) => typeof v === 'string' && /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(v);
const text = (v: unknown) => (typeof v === 'string' && v.length > 0 && v.length <= MAX_TEXT ? v : undefined);
const count = (v: unknown) => (typeof v === 'number' && Number.isInteger(v) && v >= 0 && v < 1e6 ? v : undefined);
const url = (v: unknown) => (typeof v === 'string' && /^https:\/\/[^\s()<>]+$/.test(v) && v.length <= 500 ? v : undefined);

function cleanRecord(c: unknown): ClusterRecord | undefined {
  if (!c || typeof c !== 'object') return undefined;
  const o = c as Record<string, unknown>;
  const name = text(o.name);
  if (!name) return undefined;
  const record: ClusterRecord = { name };
  const set = <K extends keyof ClusterRecord>(k: K, v: ClusterRecord[K] | undefined) => {
    if (v !== undefined) record[k] = v;
  };
  set('environment', text(o.environment));
  set('pinnedKubespray', text(o.pinnedKubespray));
  set('pinnedFork', text(o.pinnedFork));
  set('pinnedKubernetes', text(o.pinnedKubernetes));
  set('runningKubespray', text(o.runningKubespray));
  set('runningKubernetes', text(o.runningKubernetes));
  set('hopsBehind', count(o.hopsBehind));
  set('latest', text(o.latest));
  set('hazards', count(o.hazards));
  const pr = o.pullRequest as Record<string, unknown> | undefined;
  if (pr && count(pr.number) && url(pr.url) && text(pr.to)) set('pullRequest', { number: pr.number as number, url: pr.url as string, to: pr.to as string });
  const up = o.upgrade as Record<string, unknown> | undefined;
  if (up && text(up.status) && text(up.to) && text(up.at)) set('upgrade', { status: up.status as string, to: up.to as string, at: up.at as string, ...(url(up.url) ? { url: up.url as string } : {}) });
  const ve = o.verify as Record<string, unknown> | undefined;
  if (ve && text(ve.result) && text(ve.at)) set('verify', { result: ve.result as string, at: ve.at as string, ...(url(ve.url) ? { url: ve.url as string } : {}) });
  const stamps = o.stamps as Record<string, unknown> | undefined;
  if (stamps && typeof stamps === 'object') {
    // Only stamps of fields the record holds, in one key order, so equal data serialises equally.
    const kept = Object.fromEntries(STAMPED_FIELDS.flatMap((k) => (record[k] !== undefined && isoTime(stamps[k]) ? [[k, stamps[k] as string]] : [])));
    if (Object.keys(kept).length > 0) record.stamps = kept;
  }
  return record;
}
