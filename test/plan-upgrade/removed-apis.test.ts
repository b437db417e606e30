import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { makeTempDir } from '../support/tmp.js';
import { planFixture, REPO, type PlanFixture } from './fixture.js';

const tmp = makeTempDir('ksu-plan-removed-apis-');
let upstream: KubesprayUpstream;
let f: PlanFixture;

/** The team's own API Priority and Fairness settings, written for the flowcontrol version v1.29 stops serving. */
const FLOWSCHEMA = `# Keep CI runners from starving the control plane
apiVersion: flowcontrol.apiserver.k8s.io/v1beta2
kind: FlowSchema
metadata:
  name: ci-runners
spec:
  priorityLevelConfiguration:
    name: workload-low
  matchingPrecedence: 1000
`;

beforeAll(async () => {
  upstream = buildKubesprayUpstream(path.join(tmp.dir, 'up'));
  // v2.24.1 -> v2.25.1 moves Kubernetes v1.28 -> v1.29 with kube_version left to Kubespray (the sample's pin taken out).
  f = await planFixture(path.join(tmp.dir, 'f'), upstream, {
    tag: 'v2.24.1',
    target: 'v2.25.1',
    files: {
      'platform/apf/flowschemas.yaml': FLOWSCHEMA,
      'inventory/mycluster/group_vars/k8s_cluster/k8s-cluster.yml': '---\nkube_network_plugin: calico\ncluster_name: cluster.local\n',
    },
  });
});
afterAll(async () => {
  await f?.close();
  tmp.cleanup();
});

describe('plan-upgrade names the repo manifests that use an API the hop removes', () => {
  it('as an error annotation at file:line and an error hazard in the PR body', async () => {
    const r = await f.run();
    expect(r.exitCode, r.stderr).toBe(0);
    const annotation = r.stdout.split('\n').find((l) => l.startsWith('::error') && l.includes('removed-api-manifest'));
    expect(annotation).toContain('file=platform/apf/flowschemas.yaml,line=2');
    expect(annotation).toMatch(/::platform\/apf\/flowschemas\.yaml:2 declares FlowSchema ci-runners at flowcontrol\.apiserver\.k8s\.io\/v1beta2, which Kubernetes v1\.29 no longer serves \(this hop: inventory\/mycluster: v1\.28\.6 -> v1\.29\.\d+\)/);
    const body = f.fake.repo(REPO).pulls[0]!.body!;
    expect(body).toContain('platform/apf/flowschemas.yaml:2 declares FlowSchema ci-runners at flowcontrol.apiserver.k8s.io/v1beta2, which Kubernetes v1.29 no longer serves');
    expect(body).toContain('use flowcontrol.apiserver.k8s.io/v1 FlowSchema (served since v1.29)');
  });
});
