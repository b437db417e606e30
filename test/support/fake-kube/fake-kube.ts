import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { PodBehaviour } from './behaviour.js';
import { Cluster, podReady } from './cluster.js';
import { pairKey, type InjectedError } from './faults.js';
import { handleRequest, type RequestLogEntry } from './http-handler.js';
import { apiserverMetrics, type DeprecatedApiSeries } from './metrics.js';
import { parseLabelSelector } from './selectors.js';
import type { KObj } from './store.js';
import { DEFAULT_TIMING, type Timing } from './timing.js';

export interface FakeKubeOptions {
  /** Bearer token clients must send; random by default. */
  token?: string;
  /** gitVersion served at /version until setServerVersion changes it. */
  gitVersion?: string;
  clusterDomain?: string;
  timing?: Partial<Timing>;
  /** Tried before the default interpreter for every container start. */
  behaviour?: PodBehaviour;
}

/**
 * A loopback Kubernetes API server with a simulated cluster behind it, for the real
 * @kubernetes/client-node (or any HTTP client) to talk to. Control methods below change the
 * cluster the way real failures would; external processes can do the same through the API.
 */
export class FakeKube {
  readonly requests: RequestLogEntry[] = [];
  readonly cluster: Cluster;
  readonly token: string;
  private gitVersion: string;
  /** Per-request /version answer (e.g. HA apiservers at different versions); undefined falls back to gitVersion. */
  versionOverride?: (requestNumber: number) => string | undefined;
  private versionRequests = 0;
  /** Series of apiserver_requested_deprecated_apis served at /metrics: the deprecated APIs clients requested. */
  readonly deprecatedApiRequests: DeprecatedApiSeries[] = [];
  /** Group versions answered with 404, as an apiserver too old to serve them answers. */
  readonly unservedApis = new Set<string>();
  private server?: Server;
  private timer?: NodeJS.Timeout;
  private tmp?: string;
  url = '';

  private constructor(options: FakeKubeOptions) {
    this.token = options.token ?? randomBytes(16).toString('hex');
    this.gitVersion = options.gitVersion ?? 'v1.29.5';
    this.cluster = new Cluster({ ...DEFAULT_TIMING, ...options.timing }, options.clusterDomain ?? 'cluster.local', options.behaviour);
  }

  static async start(options: FakeKubeOptions = {}): Promise<FakeKube> {
    const fake = new FakeKube(options);
    const server = createServer((req, res) => {
      void handleRequest(req, res, {
        token: fake.token,
        cluster: fake.cluster,
        log: fake.requests,
        version: () => {
          const n = ++fake.versionRequests;
          return fake.versionOverride?.(n) ?? fake.gitVersion;
        },
        metrics: () => apiserverMetrics(fake.deprecatedApiRequests),
        unserved: fake.unservedApis,
      });
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    fake.server = server;
    fake.url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    fake.timer = setInterval(() => fake.cluster.tick(), fake.cluster.timing.tickMs);
    return fake;
  }

  /**
   * Stops the simulated controllers and makes the cluster read-only, so list responses are
   * serialised once: a benchmark of a 150,000-pod cluster then measures its client, not the fake.
   */
  freeze(): void {
    clearInterval(this.timer);
    this.store.frozen = true;
    this.cluster.pages.frozen = true;
  }

  /** Expires every list snapshot, as an etcd compaction does: a client in the middle of a chunked list gets 410. */
  compact(): void {
    this.cluster.pages.compact();
  }

  get store() {
    return this.cluster.store;
  }

  async stop(): Promise<void> {
    clearInterval(this.timer);
    if (this.tmp) rmSync(this.tmp, { recursive: true, force: true });
    await new Promise<void>((resolve) => {
      this.server?.closeAllConnections();
      this.server?.close(() => resolve());
    });
  }

  kubeconfigYaml(token = this.token): string {
    return [
      'apiVersion: v1',
      'kind: Config',
      'clusters:',
      '- name: fake',
      '  cluster:',
      `    server: ${this.url}`,
      // @kubernetes/client-node refuses plain http unless TLS verification is explicitly off.
      '    insecure-skip-tls-verify: true',
      'users:',
      '- name: fake-admin',
      '  user:',
      `    token: ${token}`,
      'contexts:',
      '- name: fake',
      '  context:',
      '    cluster: fake',
      '    user: fake-admin',
      'current-context: fake',
      '',
    ].join('\n');
  }

  /** Writes a kubeconfig (into a temp dir removed by stop() unless a path is given) and returns its path. */
  writeKubeconfig(file?: string, token?: string): string {
    if (!file) {
      this.tmp ??= mkdtempSync(path.join(os.tmpdir(), 'fake-kube-'));
      file = path.join(this.tmp, `kubeconfig-${token ? 'custom' : 'admin'}-${Date.now()}`);
    }
    writeFileSync(file, this.kubeconfigYaml(token), { mode: 0o600 });
    return file;
  }

  // ---- control surface ---------------------------------------------------------------

  setServerVersion(gitVersion: string): void {
    this.gitVersion = gitVersion;
  }

  node(name: string): KObj {
    const n = this.store.get('nodes', undefined, name);
    if (!n) throw new Error(`fake-kube: no node ${name}`);
    return n;
  }

  setKubeletVersion(name: string, version: string): void {
    this.node(name);
    this.store.mutate('nodes', undefined, name, (n) => {
      n.status.nodeInfo.kubeletVersion = version;
      n.status.nodeInfo.kubeProxyVersion = version;
    });
  }

  /** Ready=False/Unknown like a node whose kubelet stopped posting status, with the taints the node controller adds. */
  setNodeReady(name: string, ready: boolean): void {
    this.node(name);
    this.store.mutate('nodes', undefined, name, (n) => {
      const at = new Date().toISOString().replace(/\.\d+Z$/, 'Z');
      for (const c of n.status.conditions) {
        if (c.type === 'NetworkUnavailable') continue;
        if (ready) {
          c.status = c.type === 'Ready' ? 'True' : 'False';
          c.reason = c.type === 'Ready' ? 'KubeletReady' : c.reason;
          c.message = c.type === 'Ready' ? 'kubelet is posting ready status' : c.message;
        } else {
          c.status = 'Unknown';
          c.reason = 'NodeStatusUnknown';
          c.message = 'Kubelet stopped posting node status.';
        }
        c.lastTransitionTime = at;
      }
      const taints = (n.spec.taints ?? []).filter((t: { key: string }) => t.key !== 'node.kubernetes.io/unreachable');
      if (!ready) {
        taints.push({ key: 'node.kubernetes.io/unreachable', effect: 'NoSchedule', timeAdded: at });
        taints.push({ key: 'node.kubernetes.io/unreachable', effect: 'NoExecute', timeAdded: at });
      }
      n.spec.taints = taints.length ? taints : undefined;
    });
  }

  /** Changes the images of a control-plane node's static pods, as kubeadm upgrade would. */
  setControlPlaneVersion(node: string, version: string, components = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler']): void {
    for (const component of components) {
      const name = `${component}-${node}`;
      if (!this.store.get('pods', 'kube-system', name)) throw new Error(`fake-kube: no static pod ${name}`);
      this.store.mutate('pods', 'kube-system', name, (p) => {
        p.spec.containers[0].image = p.spec.containers[0].image.replace(/:[^:/]+$/, `:${version}`);
      });
    }
  }

  /** Puts every pod matching the selector into CrashLoopBackOff with the given restart count. */
  crashLoop(namespace: string, labelSelector: string, restarts = 5, message = 'exit status 1'): string[] {
    const match = parseLabelSelector(labelSelector);
    const pods = this.store.list('pods', namespace).filter((p) => match(p.metadata.labels));
    if (pods.length === 0) throw new Error(`fake-kube: no pods match ${labelSelector} in ${namespace}`);
    for (const p of pods) this.cluster.setCrashLoop(p, { restarts, message });
    this.cluster.tick();
    return pods.map((p) => p.metadata.name);
  }

  /** A container restart that already happened (e.g. OOMKilled mid-upgrade); the pod is Running again. */
  recordRestart(namespace: string, podName: string, exitCode = 137, at = new Date()): void {
    const pod = this.store.get('pods', namespace, podName);
    if (!pod) throw new Error(`fake-kube: no pod ${namespace}/${podName}`);
    this.cluster.recordRestart(pod, exitCode, at.getTime());
    this.cluster.tick();
  }

  /** Lifts crashLoop() from the matching pods. */
  stopCrashLoop(namespace: string, labelSelector: string): void {
    const match = parseLabelSelector(labelSelector);
    for (const p of this.store.list('pods', namespace).filter((x) => match(x.metadata.labels))) this.cluster.setCrashLoop(p, undefined);
    this.cluster.tick();
  }

  setDnsFailing(failing: boolean): void {
    this.cluster.faults.dnsFailing = failing;
  }

  /** Pods on these two nodes can no longer reach each other (connections time out). */
  breakNodePair(a: string, b: string): void {
    this.cluster.faults.brokenPairs.add(pairKey(a, b));
  }

  /** Pods matching the label selector (in any namespace, or only `namespace`) run but never become Ready. */
  neverReady(labelSelector: string, namespace?: string): void {
    const match = parseLabelSelector(labelSelector);
    this.cluster.faults.neverReady.push((p) => (namespace === undefined || p.metadata.namespace === namespace) && match(p.metadata.labels));
  }

  /** Pod HTTP servers answer slowly; at or beyond a client's timeout (wget -T) the request times out. */
  setHttpDelay(ms: number): void {
    this.cluster.faults.httpDelayMs = ms;
  }

  /** Answers `count` matching requests with HTTP `status` (see InjectedError); returns the fault to inspect what is left. */
  failRequests(fault: Omit<InjectedError, 'armed'>): InjectedError {
    const f: InjectedError = { ...fault };
    this.cluster.faults.errors.push(f);
    return f;
  }

  clearFailures(): void {
    this.cluster.faults.errors.length = 0;
  }

  /** Delays every API response (optionally only paths matching `match`) by ms. */
  setLatency(ms: number, match?: RegExp): void {
    this.cluster.faults.latency = { ms, ...(match ? { match } : {}) };
  }

  namespaceExists(name: string): boolean {
    return this.store.get('namespaces', undefined, name) !== undefined;
  }

  /** Every object stored in a namespace (pods, services, jobs, ...), for cleanup assertions. */
  objectsIn(namespace: string): KObj[] {
    return ['pods', 'configmaps', 'services', 'leases', 'jobs', 'deployments'].flatMap((p) => this.store.list(p, namespace));
  }

  podReady(pod: KObj): boolean {
    return podReady(pod);
  }

  /** Polls until fn returns a truthy value. */
  async waitFor<T>(fn: () => T | undefined | false, timeoutMs = 10_000, what = 'condition'): Promise<T> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const v = fn();
      if (v) return v;
      if (Date.now() > deadline) throw new Error(`fake-kube: timed out after ${timeoutMs} ms waiting for ${what}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }
}
