import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { V1MicroTime } from '@kubernetes/client-node';
import { FakeKube, seedCluster, type SeededCluster } from '../support/fake-kube/index.js';
import { createKubeApi } from '../../src/adapters/kube/client-kube-api.js';
import type { KubeApi } from '../../src/core/kube/kube-api.js';
import { KubeAuthError, KubeConflictError, KubeNotFoundError, KubeUnreachableError } from '../../src/core/kube/kube-errors.js';
import { podPhases, pollUntil, rawRequest } from './helpers.js';

let fake: FakeKube;
let api: KubeApi;
let cluster: SeededCluster;

beforeAll(async () => {
  fake = await FakeKube.start();
  cluster = seedCluster(fake, { controlPlanes: 3, workers: 3, kubernetesVersion: 'v1.29.5' });
  api = createKubeApi({ kubeconfig: fake.writeKubeconfig() });
});
afterAll(() => fake.stop());

let nsCount = 0;
async function freshNamespace(): Promise<string> {
  const ns = `t${++nsCount}`;
  await api.createNamespace(ns);
  return ns;
}

describe('authentication', () => {
  it('answers 401 with a Status to requests without the bearer token, and the client maps it to KubeAuthError', async () => {
    const raw = await rawRequest(fake.url, 'GET', '/api/v1/nodes');
    expect(raw.status).toBe(401);
    expect(raw.body).toMatchObject({ kind: 'Status', reason: 'Unauthorized', code: 401 });
    const wrong = createKubeApi({ kubeconfig: fake.writeKubeconfig(undefined, 'not-the-token') });
    await expect(wrong.listNodes()).rejects.toThrow(KubeAuthError);
    await expect(wrong.listNodes()).rejects.toThrow(/rejected the credentials \(401 Unauthorized\)/);
  });

  it('reports an unreachable server and a slow one as KubeUnreachableError', async () => {
    const other = await FakeKube.start();
    const kubeconfig = other.writeKubeconfig(`${fake.writeKubeconfig()}-other`);
    await other.stop();
    await expect(createKubeApi({ kubeconfig }).listNodes()).rejects.toThrow(/^Kubernetes API at http:\/\/127\.0\.0\.1:\d+ \(list nodes\): connection refused \(nothing listens at that address and port\); check the kubeconfig's server address and that the server is running$/);

    fake.setLatency(1500, /^\/api\/v1\/nodes$/);
    try {
      const impatient = createKubeApi({ kubeconfig: fake.writeKubeconfig(), requestTimeoutMs: 300 });
      await expect(impatient.listNodes()).rejects.toThrow(KubeUnreachableError);
      await expect(impatient.listNodes()).rejects.toThrow(/did not answer within 0.3 s/);
    } finally {
      fake.setLatency(0);
    }
  });
});

describe('version and nodes', () => {
  it('serves /version, with a per-request override for skewed HA apiservers', async () => {
    expect((await api.getServerVersion()).gitVersion).toBe('v1.29.5');
    fake.versionOverride = (n) => (n % 2 === 0 ? 'v1.30.1' : undefined);
    const seen = new Set<string>();
    for (let i = 0; i < 4; i++) seen.add((await api.getServerVersion()).gitVersion);
    fake.versionOverride = undefined;
    expect([...seen].sort()).toEqual(['v1.29.5', 'v1.30.1']);
  });

  it('lists seeded nodes with kubelet versions and control-plane labels', async () => {
    const nodes = await api.listNodes();
    expect(nodes.map((n) => n.metadata?.name)).toEqual(cluster.nodes);
    expect(new Set(nodes.map((n) => n.status?.nodeInfo?.kubeletVersion))).toEqual(new Set(['v1.29.5']));
    const cps = await api.listNodes('node-role.kubernetes.io/control-plane');
    expect(cps.map((n) => n.metadata?.name)).toEqual(cluster.controlPlanes);
  });

  it('lets an external process upgrade a kubelet by PATCHing node status, and ignores status in a main-resource patch', async () => {
    const node = cluster.workers[0]!;
    const script = `
      const body = JSON.stringify({ status: { nodeInfo: { kubeletVersion: 'v1.30.2' } } });
      const res = await fetch(process.env.URL + '/api/v1/nodes/${node}/status', {
        method: 'PATCH',
        headers: { Authorization: 'Bearer ' + process.env.TOKEN, 'Content-Type': 'application/strategic-merge-patch+json' },
        body,
      });
      process.stdout.write(String(res.status));`;
    // Asynchronous: the fake runs in this process and must keep serving while the child talks to it.
    const { stdout: status } = await promisify(execFile)(process.execPath, ['--input-type=module', '-e', script], { env: { URL: fake.url, TOKEN: fake.token } });
    expect(status).toBe('200');
    const patched = (await api.listNodes()).find((n) => n.metadata?.name === node)!;
    expect(patched.status?.nodeInfo?.kubeletVersion).toBe('v1.30.2');
    // Other nodeInfo fields survive a merge patch.
    expect(patched.status?.nodeInfo?.containerRuntimeVersion).toBe('containerd://1.7.22');

    const main = await rawRequest(fake.url, 'PATCH', `/api/v1/nodes/${node}`, {
      token: fake.token,
      contentType: 'application/merge-patch+json',
      body: { metadata: { labels: { upgraded: 'yes' } }, status: { nodeInfo: { kubeletVersion: 'v9.9.9' } } },
    });
    expect(main.status).toBe(200);
    expect(main.body.metadata.labels.upgraded).toBe('yes');
    expect(main.body.status.nodeInfo.kubeletVersion).toBe('v1.30.2');
    fake.setKubeletVersion(node, 'v1.29.5');
  });

  it('marks a node NotReady with Unknown conditions, unready pods and no new pods scheduled on it', async () => {
    const node = cluster.workers[1]!;
    fake.setNodeReady(node, false);
    try {
      const n = (await api.listNodes()).find((x) => x.metadata?.name === node)!;
      expect(n.status?.conditions?.find((c) => c.type === 'Ready')).toMatchObject({ status: 'Unknown', reason: 'NodeStatusUnknown' });
      const onNode = await pollUntil(
        () => api.listPods(undefined, { fieldSelector: `spec.nodeName=${node}` }),
        (pods) => pods.length > 0 && pods.every((p) => p.status?.conditions?.find((c) => c.type === 'Ready')?.status === 'False'),
      );
      expect(onNode.map((p) => p.metadata?.name).some((name) => name?.startsWith('kube-proxy-'))).toBe(true);
      const ns = await freshNamespace();
      await api.createPod(ns, {
        metadata: { name: 'pinned' },
        spec: { nodeSelector: { 'kubernetes.io/hostname': node }, containers: [{ name: 'c', image: 'agnhost', args: ['pause'] }] },
      });
      const pod = await pollUntil(
        () => api.getPod(ns, 'pinned'),
        (p) => p?.status?.conditions?.some((c) => c.type === 'PodScheduled' && c.status === 'False') ?? false,
      );
      expect(pod?.status?.conditions?.[0]?.message).toMatch(/node\(s\) had untolerated taint \{node\.kubernetes\.io\/unreachable: \}/);
      expect(pod?.spec?.nodeName).toBeUndefined();
    } finally {
      fake.setNodeReady(node, true);
    }
  });
});

describe('configmaps and leases with optimistic concurrency', () => {
  it('creates, replaces with the current resourceVersion, and rejects stale ones with a typed 409', async () => {
    const ns = await freshNamespace();
    expect(await api.getConfigMap(ns, 'state')).toBeUndefined();
    const created = await api.createConfigMap(ns, { metadata: { name: 'state' }, data: { 'state.json': '{"a":1}' } });
    const rv1 = created.metadata!.resourceVersion!;
    const updated = await api.replaceConfigMap(ns, { ...created, data: { 'state.json': '{"a":2}' } });
    expect(updated.metadata!.resourceVersion).not.toBe(rv1);
    expect((await api.getConfigMap(ns, 'state'))?.data?.['state.json']).toBe('{"a":2}');

    const stale = api.replaceConfigMap(ns, { ...created, data: { 'state.json': '{"a":3}' } });
    await expect(stale).rejects.toThrow(KubeConflictError);
    await expect(api.replaceConfigMap(ns, { ...created })).rejects.toThrow(/Conflict \(Operation cannot be fulfilled on configmaps "state": the object has been modified/);
    const dup = await api.createConfigMap(ns, { metadata: { name: 'state' }, data: {} }).catch((e: unknown) => e);
    expect(dup).toBeInstanceOf(KubeConflictError);
    expect((dup as KubeConflictError).alreadyExists).toBe(true);

    await expect(api.deleteConfigMap(ns, 'state', rv1)).rejects.toThrow(KubeConflictError);
    await api.deleteConfigMap(ns, 'state', updated.metadata!.resourceVersion);
    expect(await api.getConfigMap(ns, 'state')).toBeUndefined();
    await api.deleteConfigMap(ns, 'state');
  });

  it('stores leases with MicroTime timestamps and rejects a second holder racing on the same resourceVersion', async () => {
    const ns = await freshNamespace();
    const lease = await api.createLease(ns, {
      metadata: { name: 'upgrade-lock' },
      spec: { holderIdentity: 'run-1', leaseDurationSeconds: 60, acquireTime: new V1MicroTime(), renewTime: new V1MicroTime() },
    });
    expect(String(lease.spec?.renewTime)).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}Z$/);
    const first = await api.replaceLease(ns, { ...lease, spec: { ...lease.spec, holderIdentity: 'run-2' } });
    expect(first.spec?.holderIdentity).toBe('run-2');
    await expect(api.replaceLease(ns, { ...lease, spec: { ...lease.spec, holderIdentity: 'run-3' } })).rejects.toThrow(KubeConflictError);
    expect((await api.getLease(ns, 'upgrade-lock'))?.spec?.holderIdentity).toBe('run-2');
    // A plain Date serialises with milliseconds, which a real apiserver refuses for MicroTime fields.
    await expect(api.createLease(ns, { metadata: { name: 'other' }, spec: { renewTime: new Date() as V1MicroTime } })).rejects.toThrow(/HTTP 400 BadRequest: .*MicroTime/);
    await api.deleteLease(ns, 'upgrade-lock', first.metadata!.resourceVersion);
    expect(await api.getLease(ns, 'upgrade-lock')).toBeUndefined();
  });

  it('refuses content in a missing namespace with 404', async () => {
    await expect(api.createConfigMap('no-such-ns', { metadata: { name: 'x' } })).rejects.toThrow(KubeNotFoundError);
  });
});

describe('pods', () => {
  it('runs a pod Pending -> Running -> Succeeded on a worker with a pod IP from that node\'s CIDR, and serves its log', async () => {
    const ns = await freshNamespace();
    await api.createPod(ns, { metadata: { name: 'hello' }, spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'busybox', command: ['echo', 'hello', 'world'] }] } });
    const phases = await podPhases(api, ns, 'hello');
    expect(phases[0]).toBe('Pending');
    expect(phases[phases.length - 1]).toBe('Succeeded');
    const pod = (await api.getPod(ns, 'hello'))!;
    expect(cluster.workers).toContain(pod.spec?.nodeName);
    const node = (await api.listNodes()).find((n) => n.metadata?.name === pod.spec?.nodeName)!;
    expect(pod.status?.podIP?.split('.').slice(0, 3).join('.')).toBe(node.spec?.podCIDR?.split('.').slice(0, 3).join('.'));
    expect(pod.status?.containerStatuses?.[0]?.state?.terminated).toMatchObject({ exitCode: 0, reason: 'Completed' });
    expect(await api.readPodLog(ns, 'hello')).toBe('hello world\n');
  });

  it('fails a pod whose command is unknown to the simulation (exit 127) instead of pretending it worked', async () => {
    const ns = await freshNamespace();
    await api.createPod(ns, { metadata: { name: 'mystery' }, spec: { restartPolicy: 'Never', containers: [{ name: 'c', image: 'x', command: ['frobnicate'] }] } });
    expect((await podPhases(api, ns, 'mystery')).pop()).toBe('Failed');
    expect((await api.getPod(ns, 'mystery'))?.status?.containerStatuses?.[0]?.state?.terminated?.exitCode).toBe(127);
    expect(await api.readPodLog(ns, 'mystery')).toContain('frobnicate: not found');
  });

  it('filters pods by label selector and spec.nodeName field selector, and rejects unsupported fields with 400', async () => {
    const cp = cluster.controlPlanes[1]!;
    const apiservers = await api.listPods('kube-system', { labelSelector: 'component=kube-apiserver,tier=control-plane' });
    expect(apiservers.map((p) => p.metadata?.name).sort()).toEqual(cluster.controlPlanes.map((n) => `kube-apiserver-${n}`).sort());
    const onCp = await api.listPods('kube-system', { fieldSelector: `spec.nodeName=${cp}` });
    expect(onCp.map((p) => p.metadata?.name?.replace(/-[a-z0-9]{5}$/, '')).sort()).toEqual(
      ['calico-node', 'kube-apiserver-' + cp, 'kube-controller-manager-' + cp, 'kube-proxy', 'kube-scheduler-' + cp].sort(),
    );
    expect(apiservers[0]?.spec?.containers[0]?.image).toBe('registry.k8s.io/kube-apiserver:v1.29.5');
    await expect(api.listPods('kube-system', { fieldSelector: 'spec.schedulerName=x' })).rejects.toThrow(/HTTP 400 BadRequest: field label not supported/);
  });

  it('reports CrashLoopBackOff with restarts and takes DNS down when every CoreDNS pod crash-loops', async () => {
    const names = fake.crashLoop('kube-system', 'k8s-app=kube-dns', 7);
    try {
      const pods = await api.listPods('kube-system', { labelSelector: 'k8s-app=kube-dns' });
      expect(pods.map((p) => p.metadata?.name)).toEqual(names);
      for (const p of pods) {
        const cs = p.status!.containerStatuses![0]!;
        expect(cs.state?.waiting?.reason).toBe('CrashLoopBackOff');
        expect(cs.restartCount).toBe(7);
        expect(cs.ready).toBe(false);
      }
      expect(fake.cluster.dnsHealthy()).toBe(false);
    } finally {
      fake.stopCrashLoop('kube-system', 'k8s-app=kube-dns');
    }
    expect(fake.cluster.dnsHealthy()).toBe(true);
  });
});

describe('workloads', () => {
  it('spreads a Deployment with required pod anti-affinity over workers and leaves the surplus replica Unschedulable', async () => {
    const ns = await freshNamespace();
    const labels = { app: 'spread' };
    await api.createDeployment(ns, {
      metadata: { name: 'spread' },
      spec: {
        replicas: cluster.workers.length + 1,
        selector: { matchLabels: labels },
        template: {
          metadata: { labels },
          spec: {
            affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: labels }, topologyKey: 'kubernetes.io/hostname' }] } },
            containers: [{ name: 'web', image: 'agnhost', args: ['netexec', '--http-port=8080'] }],
          },
        },
      },
    });
    const d = await pollUntil(() => api.getDeployment(ns, 'spread'), (x) => x?.status?.readyReplicas === cluster.workers.length);
    expect(d?.status?.replicas).toBe(cluster.workers.length + 1);
    const pods = await api.listPods(ns, { labelSelector: 'app=spread' });
    const nodes = pods.map((p) => p.spec?.nodeName).filter(Boolean);
    expect(new Set(nodes)).toEqual(new Set(cluster.workers));
    const pending = pods.find((p) => !p.spec?.nodeName)!;
    expect(pending.status?.conditions?.[0]?.message).toBe(
      `0/6 nodes are available: 3 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 3 node(s) didn't match pod anti-affinity rules. preemption: 0/6 nodes are available: 6 Preemption is not helpful for scheduling.`,
    );
  });

  it('derives endpoints from ready pods behind a service, and lists never-ready pods as notReadyAddresses', async () => {
    const ns = await freshNamespace();
    fake.neverReady('app=sick', ns);
    for (const app of ['web', 'sick']) {
      await api.createDeployment(ns, {
        metadata: { name: app },
        spec: { replicas: 2, selector: { matchLabels: { app } }, template: { metadata: { labels: { app } }, spec: { containers: [{ name: 'c', image: 'agnhost', args: ['netexec'] }] } } },
      });
      await api.createService(ns, { metadata: { name: app }, spec: { selector: { app }, ports: [{ port: 80, targetPort: 8080 }] } });
    }
    const web = await pollUntil(() => api.getEndpoints(ns, 'web'), (e) => (e?.subsets?.[0]?.addresses?.length ?? 0) === 2);
    expect(web?.subsets?.[0]?.ports).toEqual([expect.objectContaining({ port: 8080 })]);
    const sick = await pollUntil(() => api.getEndpoints(ns, 'sick'), (e) => (e?.subsets?.[0]?.notReadyAddresses?.length ?? 0) === 2);
    expect(sick?.subsets?.[0]?.addresses).toBeUndefined();
    const svc = (await api.getService(ns, 'web'))!;
    expect(svc.spec?.clusterIP).toMatch(/^10\.233\.\d+\.\d+$/);
    await new Promise((r) => setTimeout(r, 300));
    expect((await api.getDeployment(ns, 'sick'))?.status?.readyReplicas).toBeUndefined();
  });

  it('completes a DNS Job, and fails it with BackoffLimitExceeded and a timed-out log while DNS is down', async () => {
    const ns = await freshNamespace();
    const job = (name: string) => ({
      metadata: { name },
      spec: { backoffLimit: 1, template: { spec: { restartPolicy: 'Never', containers: [{ name: 'dns', image: 'agnhost', command: ['nslookup', 'kubernetes.default.svc.cluster.local'] }] } } },
    });
    await api.createJob(ns, job('ok'));
    const ok = await pollUntil(() => api.getJob(ns, 'ok'), (j) => (j?.status?.conditions?.length ?? 0) > 0);
    expect(ok?.status?.conditions?.[0]).toMatchObject({ type: 'Complete', status: 'True' });
    const [okPod] = await api.listPods(ns, { labelSelector: 'job-name=ok' });
    expect(await api.readPodLog(ns, okPod!.metadata!.name!)).toContain('Address: 10.233.0.1');

    fake.setDnsFailing(true);
    try {
      await api.createJob(ns, job('broken'));
      const broken = await pollUntil(() => api.getJob(ns, 'broken'), (j) => (j?.status?.conditions?.length ?? 0) > 0, 8000);
      expect(broken?.status?.conditions?.[0]).toMatchObject({ type: 'Failed', reason: 'BackoffLimitExceeded' });
      expect(broken?.status?.failed).toBe(2);
      const pods = await api.listPods(ns, { labelSelector: 'job-name=broken' });
      expect(await api.readPodLog(ns, pods[0]!.metadata!.name!)).toContain('connection timed out; no servers could be reached');
    } finally {
      fake.setDnsFailing(false);
    }
    await api.deleteJob(ns, 'broken');
    await pollUntil(() => api.listPods(ns, { labelSelector: 'job-name=broken' }), (p) => p.length === 0);
  });

  it('lets pods reach each other by pod IP across nodes, except across a broken node pair', async () => {
    const ns = await freshNamespace();
    const [a, b, c] = cluster.workers as [string, string, string];
    fake.breakNodePair(a, b);
    const pinned = (name: string, node: string, command?: string[]) =>
      api.createPod(ns, {
        metadata: { name },
        spec: {
          restartPolicy: command ? 'Never' : 'Always',
          nodeSelector: { 'kubernetes.io/hostname': node },
          containers: [{ name: 'c', image: 'agnhost', ...(command ? { command } : { args: ['netexec', '--http-port=8080'] }) }],
        },
      });
    await pinned('server', b);
    const server = await pollUntil(() => api.getPod(ns, 'server'), (p) => p?.status?.conditions?.some((x) => x.type === 'Ready' && x.status === 'True') ?? false);
    const url = `http://${server!.status!.podIP}:8080/hostname`;
    await pinned('from-c', c, ['wget', '-q', '-O-', '-T', '1', url]);
    await pinned('from-a', a, ['wget', '-q', '-O-', '-T', '1', url]);
    const phasesC = await podPhases(api, ns, 'from-c');
    expect(phasesC.pop(), await api.readPodLog(ns, 'from-c')).toBe('Succeeded');
    expect(await api.readPodLog(ns, 'from-c')).toBe('server');
    expect((await podPhases(api, ns, 'from-a')).pop()).toBe('Failed');
    expect(await api.readPodLog(ns, 'from-a')).toBe('wget: download timed out\n');
    fake.cluster.faults.brokenPairs.clear();

    // Slow responses: within the client's timeout they arrive, beyond it they time out.
    fake.setHttpDelay(1500);
    try {
      await pinned('patient', c, ['wget', '-q', '-O-', '-T', '5', url]);
      await pinned('impatient', c, ['wget', '-q', '-O-', '-T', '1', url]);
      expect((await podPhases(api, ns, 'patient')).pop()).toBe('Succeeded');
      expect((await podPhases(api, ns, 'impatient')).pop()).toBe('Failed');
      expect(await api.readPodLog(ns, 'impatient')).toBe('wget: download timed out\n');
    } finally {
      fake.setHttpDelay(0);
    }
  });
});

describe('namespaces', () => {
  it('goes Terminating, refuses new content with 403, then disappears with everything in it', async () => {
    // A finalize window of its own: the default 200 ms can pass between two requests on a loaded CI machine.
    const slow = await FakeKube.start({ timing: { namespaceFinalizeMs: 3000 } });
    try {
      const client = createKubeApi({ kubeconfig: slow.writeKubeconfig() });
      const ns = 'terminating';
      await client.createNamespace(ns);
      await client.createConfigMap(ns, { metadata: { name: 'x' }, data: {} });
      await client.deleteNamespace(ns);
      expect((await client.getNamespace(ns))?.status?.phase).toBe('Terminating');
      await expect(client.createConfigMap(ns, { metadata: { name: 'y' }, data: {} })).rejects.toThrow(
        `Kubernetes API at ${slow.url} refused create configmap ${ns}/y (403 Forbidden): configmaps "y" is forbidden: unable to create new content in namespace ${ns} because it is being terminated`,
      );
      await pollUntil(() => client.getNamespace(ns), (n) => n === undefined);
      expect(slow.objectsIn(ns)).toEqual([]);
      await client.deleteNamespace(ns);
    } finally {
      await slow.stop();
    }
  });
});
