import { afterEach, describe, expect, it } from 'vitest';
import { errorAnnotations } from '../support/run-action.js';
import { check, startHarness, type Harness, type VerifyRun } from './verify-harness.js';

const NS = 'kubespray-upgrade-verify';
let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

/** The probe namespace and everything in it are gone, and verify asked for that itself. */
function expectCleanedUp(harness: Harness, run: VerifyRun, ns = NS): void {
  expect(harness.fake.namespaceExists(ns)).toBe(false);
  expect(harness.fake.objectsIn(ns)).toEqual([]);
  expect(harness.fake.requests.some((r) => r.method === 'DELETE' && r.path === `/api/v1/namespaces/${ns}`)).toBe(true);
  expect(run.report?.cleanup.state).toBe('deleted');
}

describe('verify on a healthy cluster', () => {
  it('passes every check, writes JSON, JUnit and a summary row per check, and removes its namespace', async () => {
    h = await startHarness({ controlPlanes: 3, workers: 2 });
    // The team's commands get the runner's environment (a variable the workflow sets) and the kubeconfig.
    const run = await h.run(
      { 'expected-kubernetes-version': '1.29.5', 'regression-commands': 'echo "kubeconfig is $KUBECONFIG"\necho "ingress $TEAM_INGRESS_HOST"\necho done' },
      { env: { TEAM_INGRESS_HOST: 'ingress.staging.example.test' } },
    );
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.outputs.result).toBe('passed');
    expect(run.outputs['failed-checks']).toBe('[]');
    expect(run.report.checks.map((c: { name: string; status: string }) => `${c.name}:${c.status}`)).toEqual([
      'nodes:passed',
      'versions:passed',
      'control-plane:passed',
      'system-pods:passed',
      'dns:passed',
      'workload:passed',
      'pod-network:passed',
      'regression:passed',
    ]);
    expect(run.report.expectedKubernetesVersion).toBe('v1.29.5');
    expect(check(run, 'regression').output).toBe(`kubeconfig is ${h.kubeconfig}\ningress ingress.staging.example.test\ndone\n`);
    expect(check(run, 'pod-network').summary).toBe('5/5 node pairs reachable by pod IP');
    expect(check(run, 'workload').summary).toMatch(/^2 replicas on worker-1, worker-2; Service 10\.233\.\d+\.\d+ answered from verify-web-/);
    for (const name of ['nodes', 'versions', 'control-plane', 'system-pods', 'dns', 'workload', 'pod-network', 'regression']) {
      expect(run.summary).toMatch(new RegExp(`\\| \`${name}\` \\| ✅ passed \\| [\\d.]+ m?s \\|`));
    }
    expect(run.junit).toContain('<testsuites name="kubespray-upgrade-verify" tests="8" failures="0" errors="0" skipped="0"');
    expect(run.junit?.match(/<testcase /g)).toHaveLength(8);
    expectCleanedUp(h, run);
  });

  it('takes the expected version and upgrade start from run-upgrade\'s state ConfigMap and skips regression without commands', async () => {
    h = await startHarness({ controlPlanes: 1, workers: 2, kubernetesVersion: 'v1.30.4' });
    h.fake.cluster.create('configmaps', 'kube-system', {
      metadata: { name: 'kubespray-upgrade-state' },
      data: { 'state.json': JSON.stringify({ kubernetesTo: '1.30.4', status: 'succeeded', startedAt: new Date(Date.now() - 60_000).toISOString() }) },
    });
    const run = await h.run({ checks: 'versions, system-pods\nregression' });
    expect(run.exitCode, run.stdout).toBe(0);
    expect(run.report).toMatchObject({ expectedKubernetesVersion: 'v1.30.4', expectedVersionSource: 'state-configmap', upgradeStatus: 'succeeded' });
    expect(run.report.checks.map((c: { name: string }) => c.name)).toEqual(['versions', 'system-pods', 'regression']);
    expect(check(run, 'regression')).toMatchObject({ status: 'skipped', summary: 'no regression-commands given' });
    expect(run.junit).toContain('skipped="1"');
    // No pod-creating check selected: no namespace at all.
    expect(h.fake.requests.some((r) => r.path.endsWith(`/namespaces/${NS}`) || r.path === '/api/v1/namespaces')).toBe(false);
    expect(run.report.cleanup.state).toBe('not-created');
  });
});

describe('configuration errors stop before touching the cluster', () => {
  it('rejects an unknown check name', async () => {
    h = await startHarness();
    const run = await h.run({ 'expected-kubernetes-version': 'v1.29.5', checks: 'nodes,dnss' });
    expect(run.exitCode).toBe(1);
    expect(errorAnnotations(run.stdout)).toEqual([
      'input "checks" has unknown check(s) "dnss"; known checks: nodes, versions, control-plane, system-pods, dns, workload, pod-network, regression',
    ]);
    expect(h.fake.requests).toEqual([]);
  });

  it('fails clearly when no expected version is given and the state ConfigMap is missing', async () => {
    h = await startHarness();
    const run = await h.run({});
    expect(run.exitCode).toBe(1);
    expect(errorAnnotations(run.stdout)).toEqual([
      'expected-kubernetes-version is not set and ConfigMap kube-system/kubespray-upgrade-state (written by run-upgrade) does not exist; set the input or the state-namespace run-upgrade used',
    ]);
    expect(h.fake.requests.filter((r) => r.method !== 'GET')).toEqual([]);
  });

  it('refuses to use (and never deletes) an existing namespace it did not create', async () => {
    h = await startHarness();
    const run = await h.run({ 'expected-kubernetes-version': 'v1.29.5', namespace: 'kube-public' });
    expect(run.exitCode).toBe(1);
    expect(errorAnnotations(run.stdout)[0]).toBe(
      'namespace kube-public already exists and was not created by verify (no app.kubernetes.io/managed-by=kubespray-upgrade-verify label); set the namespace input to an unused name',
    );
    expect(h.fake.namespaceExists('kube-public')).toBe(true);
    expect(h.fake.requests.some((r) => r.method === 'DELETE')).toBe(false);
  });
});

describe('verify reports each fault precisely and always cleans up', () => {
  it('a NotReady node: lists it with its conditions and leaves it out of pod-network', async () => {
    h = await startHarness();
    h.fake.setNodeReady('worker-2', false);
    const run = await h.run({ 'expected-kubernetes-version': 'v1.29.5' });
    expect(run.exitCode).toBe(1);
    expect(check(run, 'nodes')).toMatchObject({
      status: 'failed',
      summary: '3/4 nodes Ready',
      failures: [
        'node worker-2 is not Ready: MemoryPressure=Unknown (NodeStatusUnknown: Kubelet stopped posting node status.); DiskPressure=Unknown (NodeStatusUnknown: Kubelet stopped posting node status.); PIDPressure=Unknown (NodeStatusUnknown: Kubelet stopped posting node status.); Ready=Unknown (NodeStatusUnknown: Kubelet stopped posting node status.)',
      ],
    });
    expect(check(run, 'versions').status).toBe('passed');
    expect(check(run, 'pod-network')).toMatchObject({ status: 'passed', summary: '3/3 node pairs reachable by pod IP' });
    expect(JSON.parse(run.outputs['failed-checks']!)).toContain('nodes');
    expect(errorAnnotations(run.stdout)[0]).toContain('nodes: node worker-2 is not Ready: ');
    expectCleanedUp(h, run);
  });

  it('a kubelet left at the old version', async () => {
    h = await startHarness();
    h.fake.setKubeletVersion('worker-3', 'v1.28.6');
    const run = await h.run({ 'expected-kubernetes-version': 'v1.29.5', checks: 'nodes,versions' });
    expect(run.exitCode).toBe(1);
    expect(check(run, 'versions')).toMatchObject({ status: 'failed', summary: '3/4 kubelets at v1.29.5', failures: ['node worker-3: kubelet v1.28.6, expected v1.29.5'] });
    expect(check(run, 'nodes').status).toBe('passed');
    expect(run.outputs['failed-checks']).toBe('["versions"]');
    expect(run.summary).toContain('| `versions` | ❌ failed |');
    expect(run.junit).toContain('<failure message="node worker-3: kubelet v1.28.6, expected v1.29.5" type="VerificationFailure">');
  });

  it('a control-plane node whose components and apiserver are still at the old version', async () => {
    h = await startHarness({ controlPlanes: 3, workers: 1 });
    h.fake.setControlPlaneVersion('cp-2', 'v1.28.6', ['kube-apiserver', 'kube-scheduler']);
    h.fake.versionOverride = (n) => (n % 3 === 0 ? 'v1.28.6' : undefined);
    const run = await h.run({ 'expected-kubernetes-version': 'v1.29.5', checks: 'control-plane' });
    expect(run.exitCode).toBe(1);
    expect(check(run, 'control-plane').failures).toEqual([
      'cp-2: kube-apiserver runs registry.k8s.io/kube-apiserver:v1.28.6, expected version v1.29.5',
      'cp-2: kube-scheduler runs registry.k8s.io/kube-scheduler:v1.28.6, expected version v1.29.5',
      'API server /version answered v1.28.6 on 2 of 6 requests, expected v1.29.5',
    ]);
  });

  it('CrashLooping CoreDNS: system-pods names the pods and restarts, and DNS resolution fails', async () => {
    h = await startHarness();
    const pods = h.fake.crashLoop('kube-system', 'k8s-app=kube-dns', 7);
    const run = await h.run({ 'expected-kubernetes-version': 'v1.29.5', checks: 'system-pods,dns' });
    expect(run.exitCode).toBe(1);
    const sys = check(run, 'system-pods');
    expect(sys.failures).toEqual(
      pods.map((p) => expect.stringMatching(new RegExp(`^pod kube-system/${p} on worker-\\d: container coredns is in CrashLoopBackOff \\(restarts 7, last exit 1 Error\\)$`))),
    );
    expect(check(run, 'dns').failures).toEqual([expect.stringContaining(';; connection timed out; no servers could be reached')]);
    expectCleanedUp(h, run);
  });

  it('a failing DNS Job: says how the Job failed and what nslookup printed', async () => {
    h = await startHarness();
    h.fake.setDnsFailing(true);
    const run = await h.run({ 'expected-kubernetes-version': 'v1.29.5', checks: 'dns' });
    expect(run.exitCode).toBe(1);
    expect(check(run, 'dns').failures).toEqual([
      expect.stringMatching(
        /^nslookup kubernetes\.default\.svc\.cluster\.local through cluster DNS failed: Job verify-dns failed \(BackoffLimitExceeded: Job has reached the specified backoff limit\) after 3 attempt\(s\); pod verify-dns-\w+ on worker-\d: container nslookup exited 1 \(Error\); output: ;; connection timed out; no servers could be reached$/,
      ),
    ]);
    expectCleanedUp(h, run);
  });

  it('a workload that never becomes Ready: times out saying which pods are not Ready', async () => {
    h = await startHarness();
    h.fake.neverReady('app=verify-web');
    const run = await h.run({ 'expected-kubernetes-version': 'v1.29.5', checks: 'workload', 'timeout-seconds': '3' });
    expect(run.exitCode).toBe(1);
    const w = check(run, 'workload');
    expect(w.summary).toBe('timed out after 3 s');
    expect(w.failures).toEqual([
      expect.stringMatching(
        /^workload timed out after 3 s while waiting for Deployment verify-web: 0\/2 replicas Ready; pod verify-web-\S+ on worker-\d is Running but not Ready \(ContainersNotReady\); pod verify-web-\S+ on worker-\d is Running but not Ready \(ContainersNotReady\)$/,
      ),
    ]);
    expectCleanedUp(h, run);
  });

  it('one unreachable node pair: names the pair, the server pod and what wget said', async () => {
    h = await startHarness();
    // Pairs in name order: cp-1 -> worker-1 -> worker-2 -> worker-3 -> cp-1 (client of the next).
    h.fake.breakNodePair('worker-1', 'worker-2');
    const run = await h.run({ 'expected-kubernetes-version': 'v1.29.5', checks: 'pod-network' });
    expect(run.exitCode).toBe(1);
    const net = check(run, 'pod-network');
    expect(net.summary).toBe('3/4 node pairs reachable by pod IP');
    expect(net.failures).toEqual([
      expect.stringMatching(
        /^worker-2 -> worker-1 \(verify-net-server-1 at http:\/\/10\.233\.65\.\d+:8080\/hostname\): wget: download timed out; Job verify-net-client-1 failed \(BackoffLimitExceeded: .*\) after 2 attempt\(s\); pod verify-net-client-1-\w+ on worker-2: container client exited 1 \(Error\)$/,
      ),
    ]);
    expectCleanedUp(h, run);
  });

  it('slow responses from the workload: the client times out through the Service', async () => {
    h = await startHarness();
    h.fake.setHttpDelay(6000);
    const run = await h.run({ 'expected-kubernetes-version': 'v1.29.5', checks: 'workload' });
    expect(run.exitCode).toBe(1);
    expect(check(run, 'workload').failures).toEqual([
      expect.stringMatching(/^client could not reach Service verify-web at http:\/\/10\.233\.\d+\.\d+:80\/hostname: Job verify-web-client failed \(BackoffLimitExceeded: .*\) after 3 attempt\(s\); .*; output: wget: download timed out$/),
    ]);
    expectCleanedUp(h, run);
  });

  it('a failing regression command: names the line and command, keeps the output', async () => {
    h = await startHarness();
    const run = await h.run({ 'expected-kubernetes-version': 'v1.29.5', checks: 'regression', 'regression-commands': 'echo checking ingress\ngrep -q ready <<<"not yet"\necho never printed' });
    expect(run.exitCode).toBe(1);
    expect(check(run, 'regression')).toMatchObject({
      status: 'failed',
      failures: ['regression-commands exited 1 at line 2: grep -q ready <<< "not yet"; last output: checking ingress'],
      output: 'checking ingress\n',
    });
  });

  it('a timeout: a hanging regression command is killed and reported with what was running', async () => {
    h = await startHarness();
    const run = await h.run({ 'expected-kubernetes-version': 'v1.29.5', checks: 'nodes,regression,dns', 'timeout-seconds': '2', 'regression-commands': 'sleep 60' });
    expect(run.exitCode).toBe(1);
    expect(run.durationMs).toBeLessThan(15_000);
    expect(check(run, 'regression')).toMatchObject({ status: 'failed', failures: ['regression timed out after 2 s while running regression-commands'] });
    expect(check(run, 'nodes').status).toBe('passed');
    expect(check(run, 'dns').status).toBe('passed');
    expectCleanedUp(h, run);
  });

  it('keep-on-failure keeps the namespace for debugging, and the next run replaces it', async () => {
    h = await startHarness();
    h.fake.breakNodePair('worker-1', 'worker-2');
    const kept = await h.run({ 'expected-kubernetes-version': 'v1.29.5', checks: 'pod-network', 'keep-on-failure': 'true' });
    expect(kept.exitCode).toBe(1);
    expect(kept.report.cleanup.state).toBe('kept');
    expect(h.fake.namespaceExists(NS)).toBe(true);
    expect(h.fake.store.list('pods', NS).length).toBeGreaterThan(0);
    h.fake.cluster.faults.brokenPairs.clear();
    const again = await h.run({ 'expected-kubernetes-version': 'v1.29.5', checks: 'pod-network', 'keep-on-failure': 'true' });
    expect(again.exitCode, again.stdout).toBe(0);
    expectCleanedUp(h, again);
  });

  it('cancellation (SIGTERM) mid-check still deletes the namespace', async () => {
    h = await startHarness();
    h.fake.neverReady('app=verify-web');
    const run = await h.run(
      { 'expected-kubernetes-version': 'v1.29.5', checks: 'workload', 'timeout-seconds': '60' },
      { kill: { signal: 'SIGTERM', whenStdoutMatches: /::group::Run checks/ } },
    );
    expect(run.exitCode).toBe(1);
    expect(check(run, 'workload').failures).toEqual([expect.stringMatching(/^workload cancelled by SIGTERM while /)]);
    expectCleanedUp(h, run);
  });
});
