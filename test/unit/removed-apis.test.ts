import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import table from '../../src/core/kube/removed-apis.json' with { type: 'json' };
import { apiVersionOf, findRemoval, REMOVED_APIS, removedBetween, removedIn } from '../../src/core/kube/removed-apis.js';
import { parseDeprecatedApiRequests } from '../../src/core/upgrade/removed-apis/deprecated-metrics.js';
import { decodeHelmRelease, HELM_LIMITS, HelmReleaseError } from '../../src/core/upgrade/removed-apis/helm-release.js';
import { manifestObjects } from '../../src/core/upgrade/removed-apis/manifest-objects.js';
import { apiserverMetrics, helmReleaseSecret } from '../support/fake-kube/index.js';

const key = (r: { group: string; version: string; kind: string }) => `${apiVersionOf(r)} ${r.kind}`;
const ids = (rs: ReturnType<typeof removedIn>) => rs.map((r) => `${apiVersionOf(r)} ${r.kind}`).sort();

describe('the removed-API table (Kubernetes deprecation guide)', () => {
  it('names its source and has a well-formed row for every removal', () => {
    expect(table.source).toBe('https://kubernetes.io/docs/reference/using-api/deprecation-guide/');
    expect(REMOVED_APIS.length).toBeGreaterThan(40);
    const seen = new Set<string>();
    for (const r of REMOVED_APIS) {
      expect(r.group, JSON.stringify(r)).toMatch(/^[a-z0-9.]+$/);
      expect(r.version).toMatch(/^v\d+(alpha|beta)\d+$/);
      expect(r.kind).toMatch(/^[A-Z][A-Za-z]+$/);
      expect(r.resource).toMatch(/^[a-z]+$/);
      expect(r.removedIn).toMatch(/^1\.\d+$/);
      expect(r.notes.length).toBeGreaterThan(5);
      if (r.replacement === null) expect(r.replacementSince).toBeNull();
      else {
        expect(r.replacement).toMatch(/^[a-z0-9.]+\/v\d+(beta\d+)?$/);
        const since = Number(r.replacementSince!.split('.')[1]);
        expect(since).toBeLessThanOrEqual(Number(r.removedIn.split('.')[1]));
        // A replacement first served by the removing minor itself: the notes name what to use before the upgrade.
        if (since === Number(r.removedIn.split('.')[1])) expect(r.notes, key(r)).toMatch(/before the upgrade/);
      }
      expect(seen.has(key(r)), `${key(r)} twice`).toBe(false);
      seen.add(key(r));
    }
    expect([...new Set(REMOVED_APIS.map((r) => r.removedIn))]).toEqual(['1.16', '1.22', '1.25', '1.26', '1.27', '1.29', '1.32']);
  });

  it('looks removals up by minor, as the guide lists them', () => {
    expect(ids(removedIn('v1.25.3'))).toEqual([
      'autoscaling/v2beta1 HorizontalPodAutoscaler',
      'batch/v1beta1 CronJob',
      'discovery.k8s.io/v1beta1 EndpointSlice',
      'events.k8s.io/v1beta1 Event',
      'node.k8s.io/v1beta1 RuntimeClass',
      'policy/v1beta1 PodDisruptionBudget',
      'policy/v1beta1 PodSecurityPolicy',
    ]);
    expect(ids(removedIn('1.26'))).toEqual(['autoscaling/v2beta2 HorizontalPodAutoscaler', 'flowcontrol.apiserver.k8s.io/v1beta1 FlowSchema', 'flowcontrol.apiserver.k8s.io/v1beta1 PriorityLevelConfiguration']);
    expect(ids(removedIn('1.27'))).toEqual(['storage.k8s.io/v1beta1 CSIStorageCapacity']);
    expect(ids(removedIn('1.29'))).toEqual(['flowcontrol.apiserver.k8s.io/v1beta2 FlowSchema', 'flowcontrol.apiserver.k8s.io/v1beta2 PriorityLevelConfiguration']);
    expect(ids(removedIn('1.32'))).toEqual(['flowcontrol.apiserver.k8s.io/v1beta3 FlowSchema', 'flowcontrol.apiserver.k8s.io/v1beta3 PriorityLevelConfiguration']);
    expect(ids(removedIn('1.16'))).toContain('extensions/v1beta1 Deployment');
    expect(ids(removedIn('1.22'))).toContain('networking.k8s.io/v1beta1 Ingress');
    expect(ids(removedIn('1.22'))).toHaveLength(22);
    for (const m of ['1.23', '1.24', '1.28', '1.30', '1.31', '1.33', '1.34', '1.35']) expect(removedIn(m), m).toEqual([]);
  });

  it('names what a hop loses: minors after the running one up to the target', () => {
    expect(ids(removedBetween('v1.28.6', 'v1.29.10'))).toEqual(ids(removedIn('1.29')));
    expect(removedBetween('v1.29.10', 'v1.30.4')).toEqual([]);
    expect(removedBetween('v1.29.0', 'v1.29.9')).toEqual([]);
    expect(removedBetween('v1.30.0', 'v1.29.0')).toEqual([]);
    expect(removedBetween('unknown', 'v1.29.0')).toEqual([]);
    expect(removedBetween('1.24.6', '1.35.0').map((r) => r.removedIn).filter((v, i, a) => a.indexOf(v) === i)).toEqual(['1.25', '1.26', '1.27', '1.29', '1.32']);
    const crossed = removedBetween('v1.21.0', 'v1.22.0');
    expect(findRemoval(crossed, 'extensions/v1beta1', 'Ingress')?.replacement).toBe('networking.k8s.io/v1');
    expect(findRemoval(crossed, 'networking.k8s.io/v1', 'Ingress')).toBeUndefined();
    expect(findRemoval(crossed, 'extensions/v1beta1', 'Deployment')).toBeUndefined();
  });
});

describe('the deprecated-API gauge in Prometheus text', () => {
  it('picks the gauge out of the apiserver metrics, escapes and all', () => {
    const text = apiserverMetrics([
      { group: 'flowcontrol.apiserver.k8s.io', version: 'v1beta2', resource: 'flowschemas', removed_release: '1.29' },
      { group: 'batch', version: 'v1beta1', resource: 'cronjobs', subresource: 'status', removed_release: '1.25' },
      { group: 'x"y', version: 'v1\\z', resource: 'things\nmore', removed_release: '' },
    ]);
    const { requests, truncated } = parseDeprecatedApiRequests(text);
    expect(truncated).toBe(false);
    expect(requests).toEqual([
      { group: 'batch', version: 'v1beta1', resource: 'cronjobs', subresource: 'status', removedRelease: '1.25' },
      { group: 'flowcontrol.apiserver.k8s.io', version: 'v1beta2', resource: 'flowschemas', subresource: '', removedRelease: '1.29' },
      { group: 'x"y', version: 'v1\\z', resource: 'things\nmore', subresource: '', removedRelease: '' },
    ]);
  });

  it('ignores zero values, other families, malformed and over-long lines', () => {
    const text = [
      'apiserver_requested_deprecated_apis{group="batch",version="v1beta1",resource="cronjobs",removed_release="1.25"} 0',
      'apiserver_requested_deprecated_apis_total{group="batch",version="v1beta1",resource="cronjobs",removed_release="1.25"} 1',
      'apiserver_requested_deprecated_apis{group="batch",version="v1beta1 1',
      `apiserver_requested_deprecated_apis{group="${'a'.repeat(10_000)}",version="v1",resource="r",removed_release="1.25"} 1`,
      'apiserver_requested_deprecated_apis{group="policy",version="v1beta1",resource="poddisruptionbudgets",removed_release="1.25"} 1 1700000000000',
    ].join('\n');
    expect(parseDeprecatedApiRequests(text).requests.map((r) => r.resource)).toEqual(['poddisruptionbudgets']);
  });
});

const MANIFEST = `---
# Source: web/templates/ingress.yaml
apiVersion: networking.k8s.io/v1beta1
kind: Ingress
metadata:
  name: web
  namespace: shop
spec:
  backend:
    serviceName: web
    servicePort: 80
---
# Source: web/templates/deployment.yaml
apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
`;

describe('Helm release Secrets', () => {
  it('decodes the real encoding: base64 of base64 text of gzipped JSON', () => {
    const secret = helmReleaseSecret({ name: 'web', namespace: 'shop', revision: 3, manifest: MANIFEST });
    const r = decodeHelmRelease(secret.data!.release!);
    expect(r).toEqual({ name: 'web', namespace: 'shop', version: 3, manifest: MANIFEST });
    expect(manifestObjects(r.manifest, 'release shop/web').objects).toEqual([
      { apiVersion: 'networking.k8s.io/v1beta1', kind: 'Ingress', name: 'web', namespace: 'shop', line: 3 },
      { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web', line: 14 },
    ]);
  });

  it('refuses a gzip bomb with bounded memory, and garbage, huge or non-release payloads cleanly', () => {
    // 1 GiB of zeros gzips to about 1 MiB: within a Secret's size, far past the cap once expanded.
    const bombJson = gzipSync(Buffer.alloc(1024 * 1024 * 1024), { level: 9 });
    const bomb = helmReleaseSecret({ name: 'b', namespace: 'x', revision: 1, manifest: '' }, bombJson.toString('base64'));
    const before = process.memoryUsage().rss;
    expect(() => decodeHelmRelease(bomb.data!.release!)).toThrow(new HelmReleaseError(`the gzipped release expands past ${(HELM_LIMITS.maxJsonBytes / 1024 / 1024).toFixed(1)} MiB; refused unread`));
    expect(process.memoryUsage().rss - before).toBeLessThan(200 * 1024 * 1024);

    const enc = (payload: string | Buffer) => helmReleaseSecret({ name: 'g', namespace: 'x', revision: 1, manifest: '' }, payload).data!.release!;
    expect(() => decodeHelmRelease('%%% not base64 %%%')).toThrow(/not base64/);
    expect(() => decodeHelmRelease(Buffer.from('{"json": "but not base64 text!"}').toString('base64'))).toThrow(/does not hold base64 text/);
    expect(() => decodeHelmRelease(enc(Buffer.concat([Buffer.from([0x1f, 0x8b]), Buffer.from('garbage after the magic')]).toString('base64')))).toThrow(/gzipped release is corrupt/);
    expect(() => decodeHelmRelease(enc(gzipSync('not json').toString('base64')))).toThrow(/not JSON/);
    expect(() => decodeHelmRelease(enc(gzipSync('{"name":"x"}').toString('base64')))).toThrow(/has no manifest/);
    expect(() => decodeHelmRelease('A'.repeat(HELM_LIMITS.maxEncodedChars + 4))).toThrow(/over the 4.0 MiB limit/);
    // Helm also reads a release stored without gzip.
    expect(decodeHelmRelease(enc(Buffer.from(JSON.stringify({ name: 'p', manifest: 'kind: X' })).toString('base64'))).manifest).toBe('kind: X');
  });
});

describe('objects of a multi-document manifest', () => {
  it('reads each document on its own: a broken or hostile one costs only itself, templates by their literal lines', () => {
    const bomb = `a: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\nc: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\nd: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c]\ne: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d]\nf: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e]\n`;
    const text = [
      'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: nightly\n',
      bomb,
      'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  minAvailable: {{ .Values.min }}\n',
      'just: [unclosed\n',
      'kind: NoApiVersion\n',
    ].join('---\n');
    const { objects, skipped } = manifestObjects(text, 'charts/x.yaml');
    expect(objects).toEqual([
      { apiVersion: 'batch/v1beta1', kind: 'CronJob', name: 'nightly', line: 1 },
      { apiVersion: 'policy/v1beta1', kind: 'PodDisruptionBudget', line: 13 },
    ]);
    expect(skipped).toEqual([expect.stringMatching(/^charts\/x\.yaml:6: YAML aliases expand to/)]);
  });
});
