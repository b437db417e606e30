import { apiVersionOf, REMOVED_APIS_SOURCE, replacementText, type RemovedApi } from '../../kube/removed-apis.js';
import type { Check } from '../../upgrade/preflight.js';
import type { ClusterScan, RemovedApiUse } from './cluster-uses.js';
import type { RepoManifestScan } from './repo-manifests.js';

export type RemovedApiFacts =
  | { judged: false; why: string }
  | { judged: true; from: string; to: string; removals: readonly RemovedApi[]; cluster: ClusterScan; repo: RepoManifestScan | { error: string } };

/** Uses named in one detail, at most; the rest are counted. */
const LIST_LIMIT = 15;
const TITLE = 'No object uses an API the target Kubernetes removes';

/** The preflight row: refuse while anything still uses an API this hop removes. */
export function removedApiCheck(f: RemovedApiFacts): Check {
  const row = (result: Check['result'], detail: string): Check => ({ id: 'removed-apis', title: TITLE, result, detail });
  if (!f.judged) return row('warn', f.why);
  const minors = [...new Set(f.removals.map((r) => `v${r.removedIn}`))];
  if (f.removals.length === 0) return row('pass', `${f.from} -> ${f.to} crosses no minor that removes an API (${REMOVED_APIS_SOURCE})`);
  const uses: RemovedApiUse[] = [...f.cluster.uses];
  if ('uses' in f.repo) uses.push(...f.repo.uses.map((u) => ({ source: 'repo manifest' as const, removal: u.removal, what: `${u.file}:${u.object.line}` })));
  const unread = [...f.cluster.unread.map((u) => `${u.source}: ${u.why}`), ...('error' in f.repo ? [`repo manifests: ${f.repo.error}`] : [])];
  const unreadText = unread.length > 0 ? ` Not fully read: ${unread.slice(0, 5).join('; ')}${unread.length > 5 ? `; and ${unread.length - 5} more` : ''}.` : '';
  if (uses.length > 0) {
    const named = uses.slice(0, LIST_LIMIT).map(describeUse);
    const more = uses.length > LIST_LIMIT ? `; and ${uses.length - LIST_LIMIT} more` : '';
    return row(
      'fail',
      `${f.from} -> ${f.to} crosses ${minors.join(', ')}, which stop serving APIs still in use: ${named.join('; ')}${more}. ` +
        `Fix: move each to its replacement (kubectl apply the migrated manifest; for a Helm release, upgrade it with a chart that uses the new API, or rewrite its stored manifest with the helm-mapkubeapis plugin), then re-run. Source: ${REMOVED_APIS_SOURCE}.${unreadText}`,
    );
  }
  const c = f.cluster.counts;
  const read = `read: ${c.metricSeries} deprecated-API metric series, ${c.objects} object(s) of ${c.resources} resource(s), ${c.helmReleases} Helm release(s)${'uses' in f.repo ? `, ${f.repo.filesRead} repo YAML file(s)` : ''}`;
  if (unread.length > 0) return row('warn', `${f.from} -> ${f.to} crosses ${minors.join(', ')}; no use of their removed APIs found, but some sources could not be read.${unreadText} (${read})`);
  return row('pass', `${f.from} -> ${f.to} crosses ${minors.join(', ')}; none of the ${f.removals.length} removed API version(s) is in use (${read})`);
}

function describeUse(u: RemovedApiUse): string {
  return `${u.what} ${u.removal.kind} ${apiVersionOf(u.removal)} (${u.source}) -> ${replacementText(u.removal)}`;
}
