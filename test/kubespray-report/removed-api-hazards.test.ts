import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { withRemovedApiHazards } from '../../src/core/knowledge/hazards/removed-api-manifests.js';
import type { ResolvedValue, UpgradeReport } from '../../src/core/knowledge/upgrade-report-types.js';
import { git } from '../support/git.js';

let root: string;
let outside: string;

const put = (rel: string, text: string) => {
  mkdirSync(path.dirname(path.join(root, rel)), { recursive: true });
  writeFileSync(path.join(root, rel), text);
};

beforeAll(() => {
  root = mkdtempSync(path.join(os.tmpdir(), 'ksu-removed-api-repo-'));
  outside = mkdtempSync(path.join(os.tmpdir(), 'ksu-removed-api-outside-'));
  git(root, ['init', '-q']);
  // Shaped like a team's cluster repo: Kubespray as a submodule, inventories, and their own add-ons.
  put('deploy/backup/cronjob.yaml', '# nightly etcd copy to S3\napiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: etcd-offsite\n  namespace: backup\nspec:\n  schedule: "0 3 * * *"\n---\napiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ok\n');
  put('deploy/autoscale/hpa.yml', 'apiVersion: autoscaling/v2beta2\nkind: HorizontalPodAutoscaler\nmetadata:\n  name: api\n');
  put('charts/ingress-extras/templates/pdb.yaml', '{{- if .Values.pdb.enabled }}\napiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: {{ include "extras.fullname" . }}\nspec:\n  minAvailable: {{ .Values.pdb.min }}\n{{- end }}\n');
  put('kubespray/roles/x/files/old.yaml', 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: in-kubespray\n');
  put('inventory/prod/group_vars/k8s_cluster/addons.yml', 'apiVersion: batch/v1beta1\nkind: CronJob\n');
  put('.github/workflows/x.yml', 'apiVersion: batch/v1beta1\nkind: CronJob\n');
  put('inventory/sample/x.yml', 'apiVersion: batch/v1beta1\nkind: CronJob\n');
  put('deploy/huge.yaml', `apiVersion: batch/v1beta1\nkind: CronJob\n#${'x'.repeat(3 * 1024 * 1024)}\n`);
  writeFileSync(path.join(outside, 'escape.yaml'), 'apiVersion: batch/v1beta1\nkind: CronJob\nmetadata:\n  name: outside\n');
  symlinkSync(outside, path.join(root, 'deploy', 'linked'));
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

const v = (value: string): ResolvedValue => ({ known: true, value });
const kube = (from: string, to: string) => ({ kube_version: { from: v(from), to: v(to), effectiveFrom: v(from), effectiveTo: v(to) } });

function report(clusters: Array<{ inventory: string; from: string; to: string }>): UpgradeReport {
  const first = clusters[0]!;
  return {
    schemaVersion: 1,
    from: 'v2.21.0',
    to: 'v2.22.0',
    components: kube(first.from, first.to),
    supportedKubeVersions: { from: [], to: [] },
    changedFiles: [],
    changedFilesSummary: { total: 0, byTopLevel: {}, byRole: {} } as unknown as UpgradeReport['changedFilesSummary'],
    hazards: [{ id: 'existing', severity: 'warning', message: 'kept' }],
    inventories: clusters.map((c) => c.inventory),
    ...(clusters.length > 1 ? { clusters: clusters.map((c) => ({ inventory: c.inventory, components: kube(c.from, c.to), hazards: [] })) } : {}),
  };
}

const SKIP = ['kubespray', 'inventory/prod', 'inventory/staging'];

describe('the repo manifests that use an API the hop removes, as report hazards', () => {
  it('errors at file:line for each cluster whose hop crosses the removal, skipping Kubespray, inventories, hidden folders and links out', async () => {
    const r = await withRemovedApiHazards(
      report([
        { inventory: 'inventory/prod', from: 'v1.24.6', to: 'v1.25.6' },
        { inventory: 'inventory/staging', from: 'v1.25.6', to: 'v1.26.3' },
      ]),
      root,
      SKIP,
    );
    const errors = r.hazards.filter((h) => h.id === 'removed-api-manifest');
    expect(errors.map((h) => [h.file, h.line, h.inventories])).toEqual([
      ['charts/ingress-extras/templates/pdb.yaml', 2, ['inventory/prod']],
      ['deploy/autoscale/hpa.yml', 1, ['inventory/staging']],
      ['deploy/backup/cronjob.yaml', 2, ['inventory/prod']],
    ]);
    expect(errors[2]!.severity).toBe('error');
    expect(errors[2]!.message).toMatch(
      /^deploy\/backup\/cronjob\.yaml:2 declares CronJob etcd-offsite at batch\/v1beta1, which Kubernetes v1\.25 no longer serves \(this hop: inventory\/prod: v1\.24\.6 -> v1\.25\.6\); applying it after the upgrade fails\. Fix: use batch\/v1 CronJob \(served since v1\.21\)\./,
    );
    expect(r.hazards.find((h) => h.id === 'removed-api-manifest-unread')?.message).toMatch(/deploy\/huge\.yaml: 3\.0 MiB, over the 2 MiB limit/);
    expect(r.hazards[0]!.severity).toBe('error');
    expect(r.hazards.some((h) => h.id === 'existing')).toBe(true);
  });

  it('leaves the report alone when no cluster crosses a minor that removes anything', async () => {
    const before = report([{ inventory: 'inventory/prod', from: 'v1.29.5', to: 'v1.30.4' }]);
    expect(await withRemovedApiHazards(before, root, SKIP)).toBe(before);
  });
});
