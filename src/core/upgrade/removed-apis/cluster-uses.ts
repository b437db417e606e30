import { ActionError } from '../../errors.js';
import { KubeAuthError, KubeNotFoundError, type KubeApi } from '../../kube/index.js';
import type { KubeObject } from '../../kube/kube-api.js';
import { apiVersionOf, findRemoval, mentionsAny, REMOVED_APIS, type RemovedApi } from '../../kube/removed-apis.js';
import { DEPRECATED_API_METRIC, parseDeprecatedApiRequests } from './deprecated-metrics.js';
import { decodeHelmRelease, HelmReleaseError } from './helm-release.js';
import { manifestObjects } from './manifest-objects.js';

export type UseSource = 'apiserver metric' | 'last-applied annotation' | 'Helm release' | 'repo manifest';

/** One use of a removed API, wherever it was seen. */
export interface RemovedApiUse {
  source: UseSource;
  removal: RemovedApi;
  /** What uses it: `ns/name` of an object, `release ns/name (revision n)`, `requests to ...`, or `file:line`. */
  what: string;
}

/** A source that could not be read, with the RBAC (or other fix) it needs. */
export interface UnreadSource {
  source: UseSource;
  why: string;
}

export interface ClusterScan {
  uses: RemovedApiUse[];
  unread: UnreadSource[];
  /** What was read, for the pass detail and the benchmark. */
  counts: { metricSeries: number; objects: number; resources: number; helmReleases: number; helmSecrets: number };
}

export const CLUSTER_SCAN_LIMITS = {
  /** Bytes of the deprecated-API metric family kept from /metrics. */
  metricBytes: 1024 * 1024,
  /** Objects per list page when reading last-applied annotations. */
  objectPage: 500,
  /** Objects read per resource; a cluster with more is read that far and says so. */
  maxObjectsPerResource: 100_000,
  /** A last-applied annotation longer than this is not parsed (the apiserver caps all annotations at 256 KiB). */
  maxAnnotationChars: 256 * 1024,
  /** Helm Secrets per page: each may be up to 1 MiB, so pages stay small. */
  helmPage: 20,
  maxHelmSecrets: 20_000,
} as const;

const LAST_APPLIED = 'kubectl.kubernetes.io/last-applied-configuration';
const HELM_SECRET_TYPE = 'helm.sh/release.v1';

/** The RBAC each cluster source needs, as docs/actions.md lists it. */
export const SOURCE_RBAC: Record<Exclude<UseSource, 'repo manifest'>, string> = {
  'apiserver metric': 'get on the nonResourceURL /metrics',
  'last-applied annotation': 'list, cluster-wide, on each resource whose removed versions are crossed (under its replacement API)',
  'Helm release': 'list secrets, cluster-wide',
};

/**
 * Reads the cluster's uses of `removals` from three places: the apiserver's
 * apiserver_requested_deprecated_apis gauge (clients that called a removed API since the
 * apiserver started), objects' last-applied-configuration annotations (what `kubectl apply`
 * sent), and the manifest of each Helm release's deployed revision (what `helm upgrade`
 * diffs against, and fails on when it names an API the cluster no longer serves).
 * A source that cannot be read is reported, never a reason to stop the others.
 */
export async function scanCluster(kube: KubeApi, removals: readonly RemovedApi[]): Promise<ClusterScan> {
  const scan: ClusterScan = { uses: [], unread: [], counts: { metricSeries: 0, objects: 0, resources: 0, helmReleases: 0, helmSecrets: 0 } };
  if (removals.length === 0) return scan;
  // The metric first: the reads below use only served versions, but nothing should come before it.
  await guarded(scan, 'apiserver metric', () => readMetric(kube, removals, scan));
  await guarded(scan, 'last-applied annotation', () => readLastApplied(kube, removals, scan));
  await guarded(scan, 'Helm release', () => readHelmReleases(kube, removals, scan));
  return scan;
}

async function guarded(scan: ClusterScan, source: Exclude<UseSource, 'repo manifest'>, read: () => Promise<void>): Promise<void> {
  try {
    await read();
  } catch (e) {
    if (!(e instanceof ActionError)) throw e;
    const rbac = e instanceof KubeAuthError && e.status === 403 ? `missing RBAC: ${SOURCE_RBAC[source]}. ` : '';
    scan.unread.push({ source, why: `${rbac}${e.message}` });
  }
}

async function readMetric(kube: KubeApi, removals: readonly RemovedApi[], scan: ClusterScan): Promise<void> {
  const { text, truncated } = await kube.readMetricFamily(DEPRECATED_API_METRIC, CLUSTER_SCAN_LIMITS.metricBytes);
  const parsed = parseDeprecatedApiRequests(text);
  scan.counts.metricSeries = parsed.requests.length;
  if (truncated || parsed.truncated) scan.unread.push({ source: 'apiserver metric', why: `${DEPRECATED_API_METRIC} is over ${CLUSTER_SCAN_LIMITS.metricBytes / 1024} KiB; only its start was read` });
  const seen = new Set<string>();
  for (const r of parsed.requests) {
    const removal = removals.find((x) => x.group === r.group && x.version === r.version && x.resource === r.resource);
    if (!removal) continue;
    const key = `${r.group}/${r.version}/${r.resource}`;
    if (seen.has(key)) continue;
    seen.add(key);
    scan.uses.push({ source: 'apiserver metric', removal, what: `requests to ${apiVersionOf(removal)} ${r.resource} since the apiserver started` });
  }
}

/**
 * Each resource whose removed versions are crossed is listed once, under its replacement:
 * the apiserver serves every stored object under every served version, and asking for the
 * removed version would itself count as a deprecated request in the gauge above.
 */
async function readLastApplied(kube: KubeApi, removals: readonly RemovedApi[], scan: ClusterScan): Promise<void> {
  const targets = new Map<string, string[]>();
  for (const r of removals) {
    if (!r.replacement) continue;
    const key = `${r.replacement} ${r.resource}`;
    if (!targets.has(key)) targets.set(key, listableVersions(r, removals));
  }
  for (const [key, versions] of targets) {
    const resource = key.slice(key.indexOf(' ') + 1);
    const listed = await listFirstServed(kube, versions, resource, removals, scan);
    if (!listed) scan.unread.push({ source: 'last-applied annotation', why: `${resource}: none of ${versions.join(', ')} is served by this cluster` });
  }
}

/**
 * Where a resource can be listed without asking for a removed version: its replacement, then
 * the other versions the guide names as replacements for the same resource (a v1.28 cluster
 * serves FlowSchema at v1beta3 but not yet at v1, the replacement of the v1beta2 that v1.29 removes).
 */
function listableVersions(r: RemovedApi, removals: readonly RemovedApi[]): string[] {
  const group = r.replacement!.split('/')[0];
  const crossed = new Set(removals.filter((x) => x.resource === r.resource).map((x) => apiVersionOf(x)));
  const others = REMOVED_APIS.filter((x) => x.resource === r.resource && x.replacement && x.replacement.split('/')[0] === group).map((x) => x.replacement!);
  return [...new Set([r.replacement!, ...others.reverse()])].filter((v) => !crossed.has(v));
}

/** Lists `resource` at the first of `versions` the cluster serves; false when it serves none. */
async function listFirstServed(kube: KubeApi, versions: readonly string[], resource: string, removals: readonly RemovedApi[], scan: ClusterScan): Promise<boolean> {
  for (const apiVersion of versions) {
    let token: string | undefined;
    let read = 0;
    try {
      do {
        const page = await kube.listObjectsPage(apiVersion, resource, CLUSTER_SCAN_LIMITS.objectPage, token);
        for (const o of page.items) lastAppliedUse(o, removals, scan);
        read += page.items.length;
        token = page.continue;
        if (token && read >= CLUSTER_SCAN_LIMITS.maxObjectsPerResource) {
          scan.unread.push({ source: 'last-applied annotation', why: `${resource}.${apiVersion}: over ${CLUSTER_SCAN_LIMITS.maxObjectsPerResource} objects; the rest were not read` });
          break;
        }
      } while (token);
    } catch (e) {
      // Not served (a version newer than this cluster): try the next.
      if (e instanceof KubeNotFoundError && read === 0) continue;
      throw e;
    }
    scan.counts.resources++;
    scan.counts.objects += read;
    return true;
  }
  return false;
}

function lastAppliedUse(o: KubeObject, removals: readonly RemovedApi[], scan: ClusterScan): void {
  const text = o.metadata?.annotations?.[LAST_APPLIED];
  if (!text || text.length > CLUSTER_SCAN_LIMITS.maxAnnotationChars) return;
  let applied: { apiVersion?: unknown; kind?: unknown };
  try {
    applied = JSON.parse(text) as typeof applied;
  } catch {
    return;
  }
  if (typeof applied?.apiVersion !== 'string' || typeof applied.kind !== 'string') return;
  const removal = findRemoval(removals, applied.apiVersion, applied.kind);
  if (!removal) return;
  const ns = o.metadata?.namespace;
  scan.uses.push({ source: 'last-applied annotation', removal, what: `${ns ? `${ns}/` : ''}${o.metadata?.name ?? '?'}` });
}

/**
 * Helm keeps one Secret per revision; the label status=deployed marks the revision Helm
 * treats as current. Of those, the highest revision per release is decoded (a release has
 * one, unless a past upgrade was interrupted). Decoding is bounded (helm-release.ts).
 */
async function readHelmReleases(kube: KubeApi, removals: readonly RemovedApi[], scan: ClusterScan): Promise<void> {
  const latest = new Map<string, number>();
  const found = new Map<string, RemovedApiUse[]>();
  let token: string | undefined;
  let read = 0;
  do {
    const page = await kube.listSecretsPage({ fieldSelector: `type=${HELM_SECRET_TYPE}`, labelSelector: 'owner=helm,status=deployed' }, CLUSTER_SCAN_LIMITS.helmPage, token);
    for (const secret of page.items) {
      const ns = secret.metadata?.namespace ?? '';
      const release = secret.metadata?.labels?.name ?? secret.metadata?.name ?? '?';
      const revision = Number(secret.metadata?.labels?.version ?? 0);
      const key = `${ns}/${release}`;
      if ((latest.get(key) ?? -1) >= revision) continue;
      latest.set(key, revision);
      found.set(key, helmUses(secret.data?.release, `${key}`, revision, `${ns}/${secret.metadata?.name ?? '?'}`, removals, scan));
    }
    read += page.items.length;
    token = page.continue;
    if (token && read >= CLUSTER_SCAN_LIMITS.maxHelmSecrets) {
      scan.unread.push({ source: 'Helm release', why: `over ${CLUSTER_SCAN_LIMITS.maxHelmSecrets} Helm release Secrets; the rest were not read` });
      break;
    }
  } while (token);
  scan.counts.helmSecrets = read;
  scan.counts.helmReleases = latest.size;
  for (const uses of found.values()) scan.uses.push(...uses);
}

function helmUses(data: string | undefined, release: string, revision: number, secret: string, removals: readonly RemovedApi[], scan: ClusterScan): RemovedApiUse[] {
  if (!data) {
    scan.unread.push({ source: 'Helm release', why: `Secret ${secret} has no data.release` });
    return [];
  }
  try {
    const { manifest } = decodeHelmRelease(data);
    const uses: RemovedApiUse[] = [];
    for (const o of manifestObjects(manifest, `release ${release}`, mentionsAny(removals)).objects) {
      const removal = findRemoval(removals, o.apiVersion, o.kind);
      if (removal) uses.push({ source: 'Helm release', removal, what: `release ${release} (revision ${revision}): ${o.namespace ? `${o.namespace}/` : ''}${o.name ?? '?'}` });
    }
    return uses;
  } catch (e) {
    if (!(e instanceof HelmReleaseError) && !(e instanceof ActionError)) throw e;
    scan.unread.push({ source: 'Helm release', why: `Secret ${secret}: ${e.message}; this release was not checked` });
    return [];
  }
}
