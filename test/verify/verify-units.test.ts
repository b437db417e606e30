import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeKube, seedCluster } from '../support/fake-kube/index.js';
import { createKubeApi } from '../../src/adapters/kube/client-kube-api.js';
import type { KubeApi } from '../../src/core/kube/kube-api.js';
import { parseChecks } from '../../src/actions/verify/input-helper.js';
import { chooseNodePairs } from '../../src/core/verify/checks/pod-network.js';
import { renderJUnit, type VerifyReport } from '../../src/core/verify/verify-report.js';
import { informPullRequest, renderVerifyComment, VERIFY_COMMENT_MARKER } from '../../src/actions/verify/inform.js';
import { resolveExpectation } from '../../src/core/verify/upgrade-state.js';
import { runCheck } from '../../src/core/verify/check-runner.js';
import { systemPodsCheck } from '../../src/core/verify/checks/system-pods.js';
import { regressionCheck } from '../../src/core/verify/checks/regression.js';
import { runWithCombinedOutput } from '../../src/adapters/process.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { imageTag, sameKubeVersion } from '../../src/core/kube/kube-versions.js';

function report(overrides: Partial<VerifyReport> = {}): VerifyReport {
  return {
    schemaVersion: 1,
    result: 'failed',
    expectedKubernetesVersion: 'v1.29.5',
    expectedVersionSource: 'input',
    server: 'https://k8s.example:6443',
    namespace: 'kubespray-upgrade-verify',
    startedAt: '2024-06-01T10:00:00.000Z',
    durationMs: 12_345,
    checks: [
      { name: 'nodes', status: 'passed', durationMs: 120, summary: '8/8 nodes Ready', failures: [], warnings: [] },
      {
        name: 'versions',
        status: 'failed',
        durationMs: 80,
        summary: '7/8 kubelets at v1.29.5',
        failures: ['node a|b: kubelet v1.28.6 <old> & "bad", expected v1.29.5'],
        warnings: [],
      },
      { name: 'regression', status: 'skipped', durationMs: 1, summary: 'no regression-commands given', failures: [], warnings: [] },
    ],
    failedChecks: ['versions'],
    cleanup: { state: 'deleted', detail: 'namespace kubespray-upgrade-verify and everything in it deleted' },
    ...overrides,
  };
}

describe('inputs and pairing', () => {
  it('parses checks separated by commas or newlines into the canonical order', () => {
    expect(parseChecks(undefined)).toEqual(['nodes', 'versions', 'control-plane', 'system-pods', 'dns', 'workload', 'pod-network', 'regression']);
    expect(parseChecks('dns\n nodes,versions')).toEqual(['nodes', 'versions', 'dns']);
    expect(() => parseChecks('nodes, Nodes')).toThrow(ConfigurationError);
    expect(() => parseChecks(' , ')).toThrow(/names no check/);
  });

  it('pairs nodes as a chain in name order, closing the ring when the cap allows', () => {
    expect(chooseNodePairs(['c', 'a', 'b'], 10)).toEqual([
      { server: 'a', client: 'b' },
      { server: 'b', client: 'c' },
      { server: 'c', client: 'a' },
    ]);
    expect(chooseNodePairs(['n1', 'n2', 'n3', 'n4', 'n5'], 2)).toEqual([
      { server: 'n1', client: 'n2' },
      { server: 'n2', client: 'n3' },
    ]);
    expect(chooseNodePairs(['only'], 5)).toEqual([]);
  });

  it('compares versions with or without v and reads image tags past registry ports and digests', () => {
    expect(sameKubeVersion('1.29.5', 'v1.29.5')).toBe(true);
    expect(sameKubeVersion('v1.29.5', 'v1.29.50')).toBe(false);
    expect(imageTag('registry.local:5000/kube-apiserver:v1.29.5@sha256:abc')).toBe('v1.29.5');
    expect(imageTag('registry.local:5000/kube-apiserver')).toBeUndefined();
  });
});

describe('rendering', () => {
  it('escapes untrusted text in JUnit XML and counts failures and skips', () => {
    const xml = renderJUnit(report());
    expect(xml).toContain('tests="3" failures="1" errors="0" skipped="1"');
    expect(xml).toContain('<failure message="node a|b: kubelet v1.28.6 &lt;old&gt; &amp; &quot;bad&quot;, expected v1.29.5" type="VerificationFailure">');
    expect(xml).toContain('<skipped message="no regression-commands given"/>');
    expect(xml).toContain('<testcase classname="kubespray-upgrade.verify" name="nodes" time="0.120">');
  });

  it('renders a PR comment with a marker, one row per check, escaped cells and the failures, and posts it', async () => {
    const body = renderVerifyComment(report(), 'https://github.com/o/r/actions/runs/1');
    expect(body.startsWith(VERIFY_COMMENT_MARKER)).toBe(true);
    expect(body).toContain('❌ **Verification failed** on Kubernetes `v1.29.5`: `versions`.');
    expect(body).toContain('| `versions` | ❌ failed | 80 ms | node a\\|b: kubelet v1.28.6 <old> & "bad", expected v1.29.5 |');
    expect(body).toContain('| `regression` | ⏭️ skipped | 1 ms | no regression-commands given |');
    expect(body).toContain('- `versions`: node a|b: kubelet v1.28.6');
    expect(body).toContain('[Workflow run](https://github.com/o/r/actions/runs/1)');
    const calls: Array<[number, string]> = [];
    await informPullRequest({ createComment: async (n, b) => calls.push([n, b]) }, 42, report({ result: 'passed', failedChecks: [], checks: [] }));
    expect(calls).toHaveLength(1);
    expect(calls[0]![0]).toBe(42);
    expect(calls[0]![1]).toContain('✅ **Cluster verified** on Kubernetes `v1.29.5`: every check passed.');
  });
});

describe('against the fake API', () => {
  let fake: FakeKube;
  let api: KubeApi;
  beforeAll(async () => {
    fake = await FakeKube.start();
    seedCluster(fake, { controlPlanes: 1, workers: 2 });
    api = createKubeApi({ kubeconfig: fake.writeKubeconfig() });
  });
  afterAll(() => fake.stop());

  const writeState = async (state: unknown, ns = 'kube-system') => {
    const body = { metadata: { name: 'kubespray-upgrade-state' }, data: { 'state.json': typeof state === 'string' ? state : JSON.stringify(state) } };
    const cur = await api.getConfigMap(ns, 'kubespray-upgrade-state');
    if (cur) await api.replaceConfigMap(ns, { ...body, metadata: { ...body.metadata, resourceVersion: cur.metadata!.resourceVersion } });
    else await api.createConfigMap(ns, body);
  };

  it('resolves the expected version from the input first, else the state ConfigMap, with precise errors', async () => {
    await writeState({ kubernetesTo: '1.30.2', status: 'running', startedAt: '2024-06-01T10:00:00Z' });
    expect(await resolveExpectation(api, undefined, 'kube-system')).toEqual({
      version: 'v1.30.2',
      source: 'state-configmap',
      upgradeStartedAt: new Date('2024-06-01T10:00:00Z'),
      upgradeStatus: 'running',
    });
    expect((await resolveExpectation(api, 'v1.29.5', 'kube-system')).version).toBe('v1.29.5');
    await expect(resolveExpectation(api, 'latest', 'kube-system')).rejects.toThrow('input "expected-kubernetes-version" must be a Kubernetes version like v1.29.5 or 1.29.5, got "latest"');
    await writeState({ status: 'running' });
    await expect(resolveExpectation(api, undefined, 'kube-system')).rejects.toThrow(
      'ConfigMap kube-system/kubespray-upgrade-state key state.json has no "kubernetesTo" field; set expected-kubernetes-version instead',
    );
    await writeState('{not json');
    await expect(resolveExpectation(api, undefined, 'kube-system')).rejects.toThrow(/key state\.json is not valid JSON/);
    await expect(resolveExpectation(api, undefined, 'default')).rejects.toThrow(/ConfigMap default\/kubespray-upgrade-state \(written by run-upgrade\) does not exist/);
  });

  it('warns about kube-system containers restarted since the upgrade started, but not about older restarts', async () => {
    const first = async (app: string) => (await api.listPods('kube-system', { labelSelector: `k8s-app=${app}` }))[0]!.metadata!.name!;
    const proxy = await first('kube-proxy');
    const calico = await first('calico-node');
    const started = new Date(Date.now() - 10 * 60_000);
    fake.recordRestart('kube-system', proxy!, 137, new Date(Date.now() - 60_000));
    fake.recordRestart('kube-system', calico!, 1, new Date(Date.now() - 60 * 60_000));
    const result = await runCheck('system-pods', systemPodsCheck, {
      api,
      expectedVersion: 'v1.29.5',
      namespace: 'unused',
      image: 'unused',
      clusterDomain: 'cluster.local',
      upgradeStartedAt: started,
      maxNodePairs: 1,
      regressionCommands: '',
      regressionEnv: {},
      runCommand: runWithCombinedOutput,
      timeoutMs: 10_000,
    });
    expect(result.status).toBe('passed');
    expect(result.warnings).toEqual([
      expect.stringMatching(new RegExp(`^pod kube-system/${proxy} container kube-proxy restarted since the upgrade started \\(${started.toISOString()}\\): restartCount 1, last exit 137 \\(Error\\) at `)),
    ]);
  });
});

describe('the regression check', () => {
  it('runs the commands with the environment the entrypoint hands it (plus KUBECONFIG), not this process\'s', async () => {
    expect(process.env.HOME).toBeTruthy();
    const result = await runCheck('regression', regressionCheck, {
      api: {} as KubeApi,
      expectedVersion: 'v1.29.5',
      namespace: 'unused',
      image: 'unused',
      clusterDomain: 'cluster.local',
      maxNodePairs: 1,
      regressionCommands: 'echo "ingress $TEAM_INGRESS_HOST, kubeconfig $KUBECONFIG, home ${HOME:-unset}"',
      regressionEnv: { TEAM_INGRESS_HOST: 'ingress.staging.example.test' },
      runCommand: runWithCombinedOutput,
      kubeconfig: '/runner/kubeconfig',
      timeoutMs: 10_000,
    });
    expect(result).toMatchObject({ status: 'passed', output: 'ingress ingress.staging.example.test, kubeconfig /runner/kubeconfig, home unset\n' });
  });
});
