import { gzipSync } from 'node:zlib';
import type { KObj } from './store.js';

export interface HelmReleaseOptions {
  name: string;
  namespace: string;
  revision: number;
  /** Helm's release status: deployed, superseded, failed, pending-upgrade, ... */
  status?: string;
  chart?: { name: string; version: string; appVersion?: string };
  manifest: string;
}

/**
 * A Secret as Helm 3's secret driver writes one revision of a release: type
 * helm.sh/release.v1, name sh.helm.release.v1.<release>.v<revision>, labels name, owner,
 * status, version, and data.release = base64 (the Secret encoding) of base64 text of the
 * gzipped release JSON. `release` replaces the encoded payload, for hostile Secrets.
 */
export function helmReleaseSecret(o: HelmReleaseOptions, release?: Buffer | string): KObj {
  const status = o.status ?? 'deployed';
  const chart = o.chart ?? { name: o.name, version: '1.0.0', appVersion: '1.0.0' };
  const json = {
    name: o.name,
    info: { first_deployed: '2024-03-01T10:00:00Z', last_deployed: '2024-03-01T10:00:00Z', deleted: '', description: status === 'deployed' ? 'Upgrade complete' : 'Superseded', status },
    chart: { metadata: { name: chart.name, version: chart.version, appVersion: chart.appVersion ?? chart.version, apiVersion: 'v2' }, templates: [], values: {} },
    config: {},
    manifest: o.manifest,
    version: o.revision,
    namespace: o.namespace,
  };
  const helmText = release ?? gzipSync(Buffer.from(JSON.stringify(json))).toString('base64');
  return {
    apiVersion: 'v1',
    kind: 'Secret',
    type: 'helm.sh/release.v1',
    metadata: {
      name: `sh.helm.release.v1.${o.name}.v${o.revision}`,
      namespace: o.namespace,
      labels: { name: o.name, owner: 'helm', status, version: String(o.revision), modifiedAt: '1709287200' },
    },
    data: { release: Buffer.from(helmText).toString('base64') },
  };
}
