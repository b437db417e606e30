import table from './removed-apis.json' with { type: 'json' };
import { versionParts } from '../knowledge/hazards/versions.js';

/** One API version of one kind that a Kubernetes minor stopped serving (removed-apis.json, from the deprecation guide). */
export interface RemovedApi {
  group: string;
  version: string;
  kind: string;
  /** The plural resource name, as URLs and the apiserver_requested_deprecated_apis metric spell it. */
  resource: string;
  namespaced: boolean;
  /** The first minor that no longer serves it, e.g. `1.25`. */
  removedIn: string;
  /** The apiVersion to migrate to, or null when nothing replaces it (PodSecurityPolicy). */
  replacement: string | null;
  replacementSince: string | null;
  notes: string;
}

export const REMOVED_APIS_SOURCE: string = table.source;
export const REMOVED_APIS: readonly RemovedApi[] = table.removals;

/** `apps/v1beta2`, or `v1` for the core group. */
export function apiVersionOf(r: Pick<RemovedApi, 'group' | 'version'>): string {
  return r.group ? `${r.group}/${r.version}` : r.version;
}

function minorNumber(v: string): number | undefined {
  const p = versionParts(v);
  return p && p.length >= 2 && p[0] === 1 ? p[1]! : undefined;
}

/** The APIs removed by one minor (`1.25`, `v1.25.3`). */
export function removedIn(minor: string): RemovedApi[] {
  const m = minorNumber(minor);
  return REMOVED_APIS.filter((r) => minorNumber(r.removedIn) === m);
}

/**
 * The APIs a cluster loses when it moves from `from` to `to`: removed in a minor after
 * from's and up to to's. Empty when the minor does not change (or goes down), and when
 * either version is unreadable (the caller says so: it cannot be judged).
 */
export function removedBetween(from: string, to: string): RemovedApi[] {
  const a = minorNumber(from);
  const b = minorNumber(to);
  if (a === undefined || b === undefined) return [];
  return REMOVED_APIS.filter((r) => {
    const m = minorNumber(r.removedIn)!;
    return m > a && m <= b;
  });
}

/** The removal in `among` that an object's apiVersion and kind fall under, if any. */
export function findRemoval(among: readonly RemovedApi[], apiVersion: string, kind: string): RemovedApi | undefined {
  return among.find((r) => r.kind === kind && apiVersionOf(r) === apiVersion);
}

/** How a reader should fix it: the replacement, or what the guide says when there is none. */
export function replacementText(r: RemovedApi): string {
  return r.replacement ? `use ${r.replacement} ${r.kind} (served since v${r.replacementSince})` : r.notes;
}

/**
 * Whether a YAML or JSON text could declare one of `among`: it spells one of their
 * apiVersions. A cheap test that lets a reader skip parsing what cannot match: manifests
 * write apiVersion as a plain or quoted scalar, never with escape sequences.
 */
export function mentionsAny(among: readonly RemovedApi[]): (text: string) => boolean {
  const spelled = [...new Set(among.map(apiVersionOf))];
  return (text) => spelled.some((v) => text.includes(v));
}
