import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { helmReleaseSecret } from '../support/fake-kube/index.js';
import { useSuite, withCase as withSuiteCase, type CaseOptions, type UpgradeCase } from './env.js';

const suite = useSuite('ksu-run-upgrade-removed-apis-');
const withCase = <T>(fn: (c: UpgradeCase) => Promise<T>, o?: CaseOptions) => withSuiteCase(suite(), fn, o);

const TITLE = 'No object uses an API the target Kubernetes removes';
const row = (summary: string) => summary.split('\n').find((l) => l.startsWith(`| ${TITLE} |`)) ?? `(no row "${TITLE}")`;

/** The hop of env.ts (v1.28.6 -> v1.29.10) crosses v1.29, which stops serving flowcontrol.apiserver.k8s.io/v1beta2. */
const OLD = 'flowcontrol.apiserver.k8s.io/v1beta2';
const flowSchema = (name: string) => `apiVersion: ${OLD}\nkind: FlowSchema\nmetadata:\n  name: ${name}\nspec:\n  priorityLevelConfiguration:\n    name: workload-low\n  matchingPrecedence: 1000\n`;

describe('preflight refuses an upgrade while something uses an API the target removes', () => {
  it('passes a healthy cluster, saying what it read', () =>
    withCase(async (c) => {
      const r = await c.run({ 'dry-run': 'true' });
      expect(r.exitCode, r.stdout).toBe(0);
      expect(row(r.summary)).toMatch(/✅ pass \| v1\.28\.6 -> v1\.29\.10 crosses v1\.29; none of the 2 removed API version\(s\) is in use \(read: 0 deprecated-API metric series, 0 object\(s\) of 2 resource\(s\), 0 Helm release\(s\), \d+ repo YAML file\(s\)\)/);
    }));

  it('refuses on each source: the apiserver gauge, a last-applied annotation, a Helm release and a repo manifest', () =>
    withCase(async (c) => {
      // A v1.28 apiserver serves FlowSchema at v1beta3 and v1beta2, not yet at v1.
      c.fake.unservedApis.add('flowcontrol.apiserver.k8s.io/v1');
      c.fake.deprecatedApiRequests.push({ group: 'flowcontrol.apiserver.k8s.io', version: 'v1beta2', resource: 'flowschemas', removed_release: '1.29' });
      c.fake.cluster.create('flowschemas', undefined, {
        metadata: { name: 'batch-low', annotations: { 'kubectl.kubernetes.io/last-applied-configuration': JSON.stringify({ apiVersion: OLD, kind: 'FlowSchema', metadata: { name: 'batch-low' } }) } },
        spec: {},
      });
      c.fake.cluster.create('namespaces', undefined, { metadata: { name: 'platform' } });
      c.fake.cluster.create('secrets', 'platform', helmReleaseSecret({ name: 'api-priority', namespace: 'platform', revision: 4, manifest: `---\n# Source: api-priority/templates/flowschema.yaml\n${flowSchema('ci-runners')}` }));
      const manifests = path.join(suite().checkout, 'deploy', 'apf');
      mkdirSync(manifests, { recursive: true });
      writeFileSync(path.join(manifests, 'flowschemas.yaml'), `# API priority for the batch tier\n---\n${flowSchema('nightly-etl')}`);
      try {
        const r = await c.run({});
        expect(r.exitCode).toBe(1);
        expect(r.outputs.status).toBe('refused');
        const line = row(r.summary);
        expect(line).toMatch(/❌ fail \| v1\.28\.6 -> v1\.29\.10 crosses v1\.29, which stop serving APIs still in use: /);
        expect(line).toContain('requests to flowcontrol.apiserver.k8s.io/v1beta2 flowschemas since the apiserver started FlowSchema flowcontrol.apiserver.k8s.io/v1beta2 (apiserver metric) -> use flowcontrol.apiserver.k8s.io/v1 FlowSchema (served since v1.29)');
        expect(line).toContain('batch-low FlowSchema flowcontrol.apiserver.k8s.io/v1beta2 (last-applied annotation)');
        expect(line).toContain('release platform/api-priority (revision 4): ci-runners FlowSchema flowcontrol.apiserver.k8s.io/v1beta2 (Helm release)');
        expect(line).toContain('deploy/apf/flowschemas.yaml:3 FlowSchema flowcontrol.apiserver.k8s.io/v1beta2 (repo manifest)');
        expect(r.stdout).toMatch(/preflight refused the upgrade: .*removed-apis/);
        expect(c.records()).toEqual([]);
        expect(c.lease()).toBeUndefined();
      } finally {
        rmSync(path.join(suite().checkout, 'deploy'), { recursive: true, force: true });
      }
    }));

  it('warns, naming the RBAC, when /metrics is forbidden', () =>
    withCase(async (c) => {
      c.fake.failRequests({ method: 'GET', match: /^\/metrics$/, status: 403, count: 10 });
      const r = await c.run({ 'dry-run': 'true' });
      expect(r.exitCode, r.stdout).toBe(0);
      expect(row(r.summary)).toMatch(/⚠️ warn \| v1\.28\.6 -> v1\.29\.10 crosses v1\.29; no use of their removed APIs found, but some sources could not be read\. Not fully read: apiserver metric: missing RBAC: get on the nonResourceURL \/metrics\./);
    }));
});
