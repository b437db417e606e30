import { isIP } from 'node:net';
import { defaultBehaviour, imageEntrypoint, type ClusterView, type ContainerOutcome, type HttpResult, type PodBehaviour, type ResolveResult } from './behaviour.js';
import { newFaults, pairKey, type Faults } from './faults.js';
import { schedulePod } from './scheduler.js';
import { forbidden, notFound, StatusError } from './status.js';
import { now, ObjectStore, type KObj } from './store.js';
import type { Timing } from './timing.js';
import { admit } from './admission.js';
import { deriveEndpoints } from './endpoints.js';
import { disruptionStatus } from './disruption.js';
import { ListPages } from './list-pages.js';

interface ContainerSim {
  name: string;
  image: string;
  outcome?: ContainerOutcome;
  startedAt?: number;
  exitAt?: number;
  finishedAt?: number;
  restartAt?: number;
  restarts: number;
  log: string;
  lastTerminated?: { exitCode: number; startedAt: number; finishedAt: number };
}

interface PodSim {
  createdAt: number;
  scheduledAt?: number;
  podIP?: string;
  containers: ContainerSim[];
  /** Forced CrashLoopBackOff from a fault: restartCount to report. */
  crashLoop?: { restarts: number; message: string };
}

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+Z$/, 'Z');

/**
 * The simulated cluster: the object store plus the controllers a real control plane runs
 * (scheduler, kubelets, deployment and job controllers, namespace finalizer, garbage
 * collector), driven by a reconcile loop on short timers.
 */
export class Cluster implements ClusterView {
  readonly store = new ObjectStore();
  readonly pages = new ListPages();
  readonly faults: Faults = newFaults();
  private readonly sims = new Map<string, PodSim>();
  private readonly nodeIndex = new Map<string, number>();
  private readonly nextPodHost = new Map<string, number>();
  private readonly roundRobin = new Map<string, number>();
  private nextServiceIp = 10;

  constructor(
    readonly timing: Timing,
    readonly clusterDomain: string,
    private readonly behaviour?: PodBehaviour,
  ) {}

  // ---- API-facing writes -------------------------------------------------------------

  /** Create as the API does: namespace checks, validation, defaults, then simulation state. */
  create(plural: string, namespace: string | undefined, body: KObj): KObj {
    if (namespace !== undefined) this.requireWritableNamespace(plural, namespace, body?.metadata?.name ?? body?.metadata?.generateName ?? '');
    const admitted = admit(plural, body, this);
    const obj = this.store.create(plural, namespace, admitted);
    if (plural === 'pods') this.sims.set(obj.metadata.uid!, { createdAt: Date.now(), containers: [] });
    return obj;
  }

  /** DELETE semantics per kind: graceful pods, terminating namespaces, dependents per propagationPolicy. */
  delete(plural: string, namespace: string | undefined, name: string, opts: { propagationPolicy?: string; gracePeriodSeconds?: number; resourceVersion?: string }): KObj {
    const current = this.store.mustGet(plural, namespace, name);
    if (opts.resourceVersion !== undefined && opts.resourceVersion !== current.metadata.resourceVersion) {
      // Let the store produce the exact Conflict status.
      this.store.remove(plural, namespace, name, opts.resourceVersion);
    }
    if (plural === 'namespaces') {
      if (['default', 'kube-system', 'kube-public'].includes(name)) throw forbidden(`namespaces "${name}" is forbidden: this namespace may not be deleted`);
      return this.store.mutate(plural, undefined, name, (o) => {
        o.metadata.deletionTimestamp ??= now();
        o.status = { ...o.status, phase: 'Terminating' };
      })!;
    }
    if (plural === 'pods') return this.deletePod(current, opts.gracePeriodSeconds === 0);
    const policy = opts.propagationPolicy ?? (plural === 'jobs' ? 'Orphan' : 'Background');
    const removed = this.store.remove(plural, namespace, name);
    for (const pod of this.ownedPods(removed.metadata.uid!)) {
      if (policy === 'Orphan') {
        this.store.mutate('pods', pod.metadata.namespace, pod.metadata.name, (p) => {
          p.metadata.ownerReferences = p.metadata.ownerReferences?.filter((r) => r.uid !== removed.metadata.uid);
        });
      } else {
        this.deletePod(pod, false);
      }
    }
    return removed;
  }

  private deletePod(pod: KObj, immediately: boolean): KObj {
    if (immediately || !pod.spec?.nodeName) {
      this.sims.delete(pod.metadata.uid!);
      return this.store.remove('pods', pod.metadata.namespace, pod.metadata.name);
    }
    return this.store.mutate('pods', pod.metadata.namespace, pod.metadata.name, (p) => {
      p.metadata.deletionTimestamp ??= now();
    })!;
  }

  private namespaceTerminating(namespace: string | undefined): boolean {
    return namespace !== undefined && this.store.get('namespaces', undefined, namespace)?.metadata.deletionTimestamp !== undefined;
  }

  private requireWritableNamespace(plural: string, namespace: string, name: string): void {
    const ns = this.store.get('namespaces', undefined, namespace);
    if (!ns) throw notFound('namespaces', namespace);
    if (ns.metadata.deletionTimestamp) {
      throw new StatusError(
        403,
        'Forbidden',
        `${plural} "${name}" is forbidden: unable to create new content in namespace ${namespace} because it is being terminated`,
        { name, kind: plural },
      );
    }
  }

  // ---- derived reads -----------------------------------------------------------------

  endpoints(namespace?: string): KObj[] {
    return this.store.list('services', namespace).map((svc) => deriveEndpoints(svc, this.store, this.store.currentRevision()));
  }

  podLog(namespace: string, name: string, container: string | undefined): string {
    const pod = this.store.mustGet('pods', namespace, name);
    const names: string[] = pod.spec.containers.map((c: { name: string }) => c.name);
    if (!container) {
      if (names.length > 1) {
        throw new StatusError(400, 'BadRequest', `a container name must be specified for pod ${name}, choose one of: [${names.join(' ')}]`);
      }
      container = names[0]!;
    }
    if (!names.includes(container)) throw new StatusError(400, 'BadRequest', `container ${container} is not valid for pod ${name}`);
    const c = this.sims.get(pod.metadata.uid!)?.containers.find((x) => x.name === container);
    if (!c || c.startedAt === undefined) {
      throw new StatusError(400, 'BadRequest', `container "${container}" in pod "${name}" is waiting to start: ContainerCreating`);
    }
    return c.log;
  }

  // ---- ClusterView: what containers observe ---------------------------------------------

  dnsServiceIp(): string {
    const svc = this.store.list('services', 'kube-system').find((s) => s.spec?.selector?.['k8s-app'] === 'kube-dns');
    return svc?.spec?.clusterIP ?? '10.233.0.3';
  }

  dnsHealthy(): boolean {
    if (this.faults.dnsFailing) return false;
    return this.store.list('pods', 'kube-system').some((p) => p.metadata.labels?.['k8s-app'] === 'kube-dns' && podReady(p));
  }

  resolve(name: string, fromNamespace: string): ResolveResult {
    if (!this.dnsHealthy()) return { ok: false, error: 'timeout' };
    const n = name.replace(/\.$/, '');
    const domain = this.clusterDomain;
    const candidates = n.endsWith(`.${domain}`) ? [n] : [`${n}.${fromNamespace}.svc.${domain}`, `${n}.svc.${domain}`, `${n}.${domain}`, n];
    for (const fqdn of candidates) {
      const m = new RegExp(`^([a-z0-9-]+)\\.([a-z0-9-]+)\\.svc\\.${domain.replace(/\./g, '\\.')}$`).exec(fqdn);
      if (!m) continue;
      const svc = this.store.get('services', m[2], m[1]!);
      if (svc?.spec?.clusterIP && svc.spec.clusterIP !== 'None') return { ok: true, ip: svc.spec.clusterIP, fqdn };
    }
    return { ok: false, error: 'nxdomain' };
  }

  httpGet(from: KObj, url: string, timeoutMs: number): HttpResult {
    const timeout = { afterMs: Math.min(timeoutMs, this.timing.networkTimeoutCapMs) };
    let u: URL;
    try {
      u = new URL(url);
    } catch {
      return { ok: false, error: `bad address '${url}'`, afterMs: 0 };
    }
    let ip = u.hostname;
    const port = Number(u.port || 80);
    if (!isIP(ip)) {
      const r = this.resolve(ip, from.metadata.namespace ?? 'default');
      if (!r.ok) return { ok: false, error: `bad address '${ip}'`, afterMs: r.error === 'timeout' ? timeout.afterMs : 0 };
      ip = r.ip;
    }
    let target: KObj | undefined;
    let targetPort = port;
    const svc = this.store.list('services').find((s) => s.spec?.clusterIP === ip);
    if (svc) {
      const sp = (svc.spec.ports ?? []).find((p: { port: number }) => p.port === port);
      if (!sp) return { ok: false, error: `can't connect to remote host (${ip}): Connection refused`, afterMs: 0 };
      const backends = this.store
        .list('pods', svc.metadata.namespace)
        .filter((p) => !p.metadata.deletionTimestamp && podReady(p) && selectorMatches(svc.spec.selector, p.metadata.labels));
      if (backends.length === 0) return { ok: false, error: `can't connect to remote host (${ip}): Connection refused`, afterMs: 0 };
      const key = `${svc.metadata.namespace}/${svc.metadata.name}`;
      const i = this.roundRobin.get(key) ?? 0;
      this.roundRobin.set(key, i + 1);
      target = backends[i % backends.length];
      targetPort = typeof sp.targetPort === 'number' ? sp.targetPort : Number(sp.targetPort ?? sp.port);
    } else {
      target = this.store.list('pods').find((p) => p.status?.podIP === ip && !p.spec?.hostNetwork && !p.metadata.deletionTimestamp);
      if (!target) return { ok: false, error: 'download timed out', ...timeout };
    }
    const fromNode = from.spec?.nodeName;
    const toNode = target!.spec?.nodeName;
    if (fromNode && toNode && fromNode !== toNode && this.faults.brokenPairs.has(pairKey(fromNode, toNode))) {
      return { ok: false, error: 'download timed out', ...timeout };
    }
    const sim = this.sims.get(target!.metadata.uid!);
    const server = sim?.containers.find((c) => c.outcome?.kind === 'serve' && c.exitAt === undefined && c.startedAt !== undefined && c.outcome.ports.includes(targetPort));
    if (!server || server.outcome?.kind !== 'serve') {
      return { ok: false, error: `can't connect to remote host (${target!.status?.podIP}): Connection refused`, afterMs: 0 };
    }
    const delay = this.faults.httpDelayMs;
    if (delay >= timeoutMs) return { ok: false, error: 'download timed out', ...timeout };
    return { ok: true, body: server.outcome.respond ? server.outcome.respond(u.pathname, target!) : 'OK', ...(delay > 0 ? { afterMs: delay } : {}) };
  }

  // ---- allocation ------------------------------------------------------------------

  allocateServiceIp(): string {
    return `10.233.${Math.floor(this.nextServiceIp / 250)}.${(this.nextServiceIp++ % 250) + 2}`;
  }

  private podIpOn(nodeName: string): string {
    if (!this.nodeIndex.has(nodeName)) this.nodeIndex.set(nodeName, this.nodeIndex.size);
    const node = this.store.get('nodes', undefined, nodeName);
    const cidr: string | undefined = node?.spec?.podCIDR;
    const prefix = cidr ? cidr.replace(/\.0\/\d+$/, '') : `10.233.${64 + this.nodeIndex.get(nodeName)!}`;
    const host = (this.nextPodHost.get(nodeName) ?? 2) % 254 || 2;
    this.nextPodHost.set(nodeName, host + 1);
    return `${prefix}.${host}`;
  }

  /** Binds a pod the seeder created and marks its containers as long since running (static pods, system DaemonSets). */
  placeRunning(pod: KObj, nodeName: string, startedMsAgo = 3_600_000): void {
    const t = Date.now() - startedMsAgo;
    const node = this.store.get('nodes', undefined, nodeName);
    const bound = this.store.mutate('pods', pod.metadata.namespace, pod.metadata.name, (p) => {
      p.spec.nodeName = nodeName;
    })!;
    this.sims.set(bound.metadata.uid!, {
      createdAt: t,
      scheduledAt: t,
      podIP: bound.spec.hostNetwork ? nodeAddress(node) : this.podIpOn(nodeName),
      containers: bound.spec.containers.map((c: { name: string; image: string; ports?: Array<{ containerPort: number }> }) => ({
        name: c.name,
        image: c.image,
        outcome: { kind: 'serve', ports: (c.ports ?? []).map((p) => p.containerPort) },
        startedAt: t,
        restarts: 0,
        log: '',
      })),
    });
  }

  /** Records that a pod's first container died (exitCode) and was restarted at finishedAt; it runs again. */
  recordRestart(pod: KObj, exitCode: number, finishedAt: number): void {
    const c = this.sims.get(pod.metadata.uid!)?.containers[0];
    if (!c) throw new Error(`fake-kube: pod ${pod.metadata.namespace}/${pod.metadata.name} has not started`);
    c.lastTerminated = { exitCode, startedAt: c.startedAt ?? finishedAt - 1000, finishedAt };
    c.restarts++;
    c.startedAt = finishedAt;
  }

  /** Forces (or, with undefined, lifts) CrashLoopBackOff on a pod. */
  setCrashLoop(pod: KObj, crash: { restarts: number; message: string } | undefined): void {
    const sim = this.sims.get(pod.metadata.uid!);
    if (!sim) throw new Error(`fake-kube: pod ${pod.metadata.namespace}/${pod.metadata.name} is not simulated`);
    sim.crashLoop = crash;
  }

  ownedPods(ownerUid: string): KObj[] {
    return this.store.list('pods').filter((p) => p.metadata.ownerReferences?.some((r) => r.uid === ownerUid));
  }

  // ---- reconcile loop ----------------------------------------------------------------

  tick(): void {
    try {
      this.reconcile();
    } catch (e) {
      // A controller error must not kill the test process; a real controller would log and retry.
      if (!(e instanceof StatusError)) throw e;
    }
  }

  private reconcile(): void {
    const t = Date.now();
    this.finalizeNamespaces(t);
    this.reapPods(t);
    this.reconcileDeployments();
    this.reconcileJobs(t);
    this.reconcileDisruptionBudgets();
    for (const pod of this.store.list('pods')) {
      if (!pod.spec.nodeName && !pod.metadata.deletionTimestamp) this.trySchedule(pod, t);
    }
    for (const pod of this.store.list('pods')) this.runKubelet(pod, t);
  }

  private finalizeNamespaces(t: number): void {
    for (const ns of this.store.list('namespaces')) {
      const since = ns.metadata.deletionTimestamp;
      if (!since || t - Date.parse(since) < this.timing.namespaceFinalizeMs) continue;
      for (const plural of ['pods', 'configmaps', 'services', 'leases', 'jobs', 'deployments']) {
        for (const o of this.store.list(plural, ns.metadata.name)) {
          this.sims.delete(o.metadata.uid!);
          this.store.remove(plural, ns.metadata.name, o.metadata.name);
        }
      }
      this.store.remove('namespaces', undefined, ns.metadata.name);
    }
  }

  private reapPods(t: number): void {
    for (const pod of this.store.list('pods')) {
      const since = pod.metadata.deletionTimestamp;
      if (since && t - Date.parse(since) >= this.timing.podTerminationMs) {
        this.sims.delete(pod.metadata.uid!);
        this.store.remove('pods', pod.metadata.namespace, pod.metadata.name);
      }
    }
  }

  private reconcileDeployments(): void {
    for (const d of this.store.list('deployments')) {
      if (d.metadata.deletionTimestamp || this.namespaceTerminating(d.metadata.namespace)) continue;
      const pods = this.ownedPods(d.metadata.uid!).filter((p) => !p.metadata.deletionTimestamp);
      const want: number = d.spec.replicas ?? 1;
      const hash = d.metadata.uid!.replace(/-/g, '').slice(0, 10);
      for (let i = pods.length; i < want; i++) {
        pods.push(this.createFromTemplate(d, 'apps/v1', 'Deployment', `${d.metadata.name}-${hash}-`, { 'pod-template-hash': hash }));
      }
      for (const extra of pods.slice(want)) this.deletePod(extra, false);
      const live = pods.slice(0, want);
      const ready = live.filter(podReady).length;
      const available = ready >= want;
      this.store.mutate('deployments', d.metadata.namespace, d.metadata.name, (o) => {
        o.status = {
          observedGeneration: o.metadata.generation,
          replicas: live.length,
          updatedReplicas: live.length,
          readyReplicas: ready,
          availableReplicas: ready,
          ...(ready < want ? { unavailableReplicas: want - ready } : {}),
          conditions: [
            {
              type: 'Available',
              status: available ? 'True' : 'False',
              reason: available ? 'MinimumReplicasAvailable' : 'MinimumReplicasUnavailable',
              message: available ? 'Deployment has minimum availability.' : 'Deployment does not have minimum availability.',
            },
          ],
        };
        if (ready === 0) delete o.status.readyReplicas;
        if (ready === 0) delete o.status.availableReplicas;
      });
    }
  }

  /** The disruption controller: each PDB's status from the pods it selects. */
  private reconcileDisruptionBudgets(): void {
    for (const pdb of this.store.list('poddisruptionbudgets')) {
      const status = disruptionStatus(pdb, this.store.list('pods', pdb.metadata.namespace), podReady);
      const { lastTransitionTime: _now, ...cond } = (status.conditions as Record<string, unknown>[])[0]!;
      const prev = pdb.status?.conditions?.[0];
      const same = prev && JSON.stringify({ ...pdb.status, conditions: [{ ...prev, lastTransitionTime: undefined }] }) === JSON.stringify({ ...status, conditions: [{ ...cond, lastTransitionTime: undefined }] });
      if (same) continue;
      this.store.mutate('poddisruptionbudgets', pdb.metadata.namespace, pdb.metadata.name, (o) => {
        o.status = status;
      });
    }
  }

  private reconcileJobs(t: number): void {
    for (const job of this.store.list('jobs')) {
      if (job.metadata.deletionTimestamp || this.namespaceTerminating(job.metadata.namespace)) continue;
      const conds: Array<{ type: string }> = job.status?.conditions ?? [];
      if (conds.some((c) => c.type === 'Complete' || c.type === 'Failed')) continue;
      const pods = this.ownedPods(job.metadata.uid!);
      const succeeded = pods.filter((p) => p.status?.phase === 'Succeeded').length;
      const failed = pods.filter((p) => p.status?.phase === 'Failed').length;
      let active = pods.filter((p) => !p.metadata.deletionTimestamp && p.status?.phase !== 'Succeeded' && p.status?.phase !== 'Failed');
      const startTime = job.status?.startTime ?? iso(t);
      const completions: number = job.spec.completions ?? 1;
      const backoffLimit: number = job.spec.backoffLimit ?? 6;
      const deadline: number | undefined = job.spec.activeDeadlineSeconds;
      let finished: { type: string; reason: string; message: string } | undefined;
      if (succeeded >= completions) finished = { type: 'Complete', reason: 'CompletionsReached', message: 'Reached expected number of succeeded pods' };
      else if (failed > backoffLimit) finished = { type: 'Failed', reason: 'BackoffLimitExceeded', message: 'Job has reached the specified backoff limit' };
      else if (deadline !== undefined && t - Date.parse(startTime) > deadline * 1000) {
        finished = { type: 'Failed', reason: 'DeadlineExceeded', message: 'Job was active longer than specified deadline' };
      }
      if (finished) {
        for (const p of active) this.deletePod(p, false);
        active = [];
      } else if (active.length === 0) {
        const name = job.metadata.name;
        const labels = { 'job-name': name, 'batch.kubernetes.io/job-name': name, 'controller-uid': job.metadata.uid! };
        active.push(this.createFromTemplate(job, 'batch/v1', 'Job', `${name}-`, labels));
      }
      this.store.mutate('jobs', job.metadata.namespace, job.metadata.name, (o) => {
        o.status = {
          startTime,
          active: active.length || undefined,
          succeeded: succeeded || undefined,
          failed: failed || undefined,
          ready: active.filter(podReady).length,
          ...(finished
            ? {
                conditions: [{ type: finished.type, status: 'True', reason: finished.reason, message: finished.message, lastTransitionTime: iso(t) }],
                ...(finished.type === 'Complete' ? { completionTime: iso(t) } : {}),
              }
            : {}),
        };
        o.status = JSON.parse(JSON.stringify(o.status));
      });
    }
  }

  /** A pod from an owner's spec.template, as the Deployment (ReplicaSet) and Job controllers create them. */
  private createFromTemplate(owner: KObj, apiVersion: string, kind: string, generateName: string, labels: Record<string, string>): KObj {
    const tpl = structuredClone(owner.spec.template);
    return this.create('pods', owner.metadata.namespace, {
      ...tpl,
      metadata: {
        ...tpl.metadata,
        generateName,
        labels: { ...tpl.metadata?.labels, ...labels },
        ownerReferences: [{ apiVersion, kind, name: owner.metadata.name, uid: owner.metadata.uid!, controller: true }],
      },
    });
  }

  private trySchedule(pod: KObj, t: number): void {
    const sim = this.sims.get(pod.metadata.uid!);
    if (!sim || t - sim.createdAt < this.timing.scheduleMs) return;
    const result = schedulePod(pod, this.store.list('nodes'), this.store.list('pods'));
    this.store.mutate('pods', pod.metadata.namespace, pod.metadata.name, (p) => {
      if (result.node) {
        p.spec.nodeName = result.node;
        p.status.conditions = [{ type: 'PodScheduled', status: 'True', lastTransitionTime: iso(t) }];
      } else {
        p.status.conditions = [{ type: 'PodScheduled', status: 'False', reason: 'Unschedulable', message: result.message }];
      }
    });
    if (result.node) sim.scheduledAt = t;
  }

  /** What a kubelet would report for one pod: container starts, exits, restarts and readiness. */
  private runKubelet(pod: KObj, t: number): void {
    const sim = this.sims.get(pod.metadata.uid!);
    const nodeName: string | undefined = pod.spec.nodeName;
    if (!sim || !nodeName) return;
    const node = this.store.get('nodes', undefined, nodeName);
    const nodeReady = node ? nodeIsReady(node) : false;
    if (sim.scheduledAt === undefined) sim.scheduledAt = t;
    if (sim.containers.length === 0) {
      if (!nodeReady || t - sim.scheduledAt < this.timing.startMs || pod.metadata.deletionTimestamp) return;
      sim.podIP = pod.spec.hostNetwork ? nodeAddress(node) : this.podIpOn(nodeName);
      sim.containers = pod.spec.containers.map((c: { name: string; image: string }) => ({ name: c.name, image: c.image, restarts: 0, log: '' }));
      for (const c of sim.containers) this.startContainer(pod, sim, c, t);
    }
    const restartPolicy: string = pod.spec.restartPolicy ?? 'Always';
    for (const c of sim.containers) {
      if (c.exitAt !== undefined && c.finishedAt === undefined && t >= c.exitAt) {
        c.finishedAt = t;
        const code = c.outcome?.kind === 'exit' ? c.outcome.exitCode : 0;
        c.log += c.outcome?.kind === 'exit' ? c.outcome.log : '';
        const restart = restartPolicy === 'Always' || (restartPolicy === 'OnFailure' && code !== 0);
        if (restart && nodeReady) c.restartAt = t + this.timing.restartBackoffMs;
      }
      if (c.restartAt !== undefined && t >= c.restartAt) {
        c.lastTerminated = { exitCode: c.outcome?.kind === 'exit' ? c.outcome.exitCode : 0, startedAt: c.startedAt!, finishedAt: c.finishedAt! };
        c.restarts++;
        c.restartAt = undefined;
        c.finishedAt = undefined;
        c.exitAt = undefined;
        this.startContainer(pod, sim, c, t);
      }
    }
    this.store.mutate('pods', pod.metadata.namespace, pod.metadata.name, (p) => {
      p.status = this.podStatus(p, sim, nodeReady, node);
    });
  }

  private startContainer(pod: KObj, sim: PodSim, c: ContainerSim, t: number): void {
    const spec = pod.spec.containers.find((x: { name: string }) => x.name === c.name);
    const argv: string[] = [...(spec.command ?? imageEntrypoint(spec.image)), ...(spec.args ?? [])];
    const podView: KObj = { ...pod, status: { ...pod.status, podIP: sim.podIP } };
    const ctx = { pod: podView, container: spec, cluster: this as ClusterView };
    const outcome = this.behaviour?.(argv, ctx) ?? defaultBehaviour(argv, ctx);
    c.outcome = outcome;
    c.startedAt = t;
    if (outcome.kind === 'serve') c.log += outcome.log ?? '';
    else c.exitAt = t + (outcome.durationMs ?? this.timing.runMs);
  }

  private podStatus(p: KObj, sim: PodSim, nodeReady: boolean, node: KObj | undefined): Record<string, unknown> {
    const neverReady = this.faults.neverReady.some((f) => f(p));
    const restartPolicy: string = p.spec.restartPolicy ?? 'Always';
    const statuses = sim.containers.map((c) => {
      const spec = p.spec.containers.find((x: { name: string }) => x.name === c.name);
      const running = c.startedAt !== undefined && c.finishedAt === undefined;
      const exitCode = c.outcome?.kind === 'exit' ? c.outcome.exitCode : 0;
      let state: Record<string, unknown>;
      let lastState: Record<string, unknown> = c.lastTerminated
        ? { terminated: { exitCode: c.lastTerminated.exitCode, reason: c.lastTerminated.exitCode === 0 ? 'Completed' : 'Error', startedAt: iso(c.lastTerminated.startedAt), finishedAt: iso(c.lastTerminated.finishedAt) } }
        : {};
      let restartCount = c.restarts;
      let ready = running && nodeReady && !neverReady;
      if (sim.crashLoop) {
        restartCount = sim.crashLoop.restarts;
        ready = false;
        state = { waiting: { reason: 'CrashLoopBackOff', message: `back-off 5m0s restarting failed container=${c.name} pod=${p.metadata.name}_${p.metadata.namespace}(${p.metadata.uid})` } };
        lastState = { terminated: { exitCode: 1, reason: 'Error', message: sim.crashLoop.message, startedAt: iso(Date.now() - 2000), finishedAt: iso(Date.now() - 1000) } };
      } else if (running) {
        state = { running: { startedAt: iso(c.startedAt!) } };
      } else if (c.restartAt !== undefined) {
        state = { waiting: { reason: 'CrashLoopBackOff', message: `back-off 10s restarting failed container=${c.name} pod=${p.metadata.name}_${p.metadata.namespace}(${p.metadata.uid})` } };
        lastState = { terminated: { exitCode, reason: exitCode === 0 ? 'Completed' : 'Error', startedAt: iso(c.startedAt!), finishedAt: iso(c.finishedAt!) } };
      } else {
        state = { terminated: { exitCode, reason: exitCode === 0 ? 'Completed' : 'Error', startedAt: iso(c.startedAt!), finishedAt: iso(c.finishedAt!) } };
        ready = false;
      }
      return { name: c.name, image: spec?.image ?? c.image, imageID: `${spec?.image ?? c.image}@sha256:${'0'.repeat(64)}`, ready, started: running, restartCount, state, lastState };
    });
    const allTerminated = statuses.length > 0 && sim.containers.every((c) => c.finishedAt !== undefined && c.restartAt === undefined);
    const anyFailed = sim.containers.some((c) => c.outcome?.kind === 'exit' && c.outcome.exitCode !== 0);
    const phase = statuses.length === 0 ? 'Pending' : allTerminated && restartPolicy !== 'Always' ? (anyFailed ? 'Failed' : 'Succeeded') : 'Running';
    const allReady = statuses.length > 0 && statuses.every((s) => s.ready);
    const cond = (type: string, ok: boolean, reason?: string) => ({ type, status: ok ? 'True' : 'False', ...(ok || !reason ? {} : { reason }), lastTransitionTime: iso(sim.scheduledAt ?? sim.createdAt) });
    const notReadyReason = phase === 'Succeeded' || phase === 'Failed' ? 'PodCompleted' : 'ContainersNotReady';
    return {
      phase,
      conditions: [
        cond('PodScheduled', true),
        cond('Initialized', true),
        cond('ContainersReady', allReady, notReadyReason),
        cond('Ready', allReady, notReadyReason),
      ],
      hostIP: nodeAddress(node),
      ...(sim.podIP ? { podIP: sim.podIP, podIPs: [{ ip: sim.podIP }] } : {}),
      startTime: iso(sim.scheduledAt ?? sim.createdAt),
      containerStatuses: statuses,
      qosClass: 'BestEffort',
    };
  }
}

export function podReady(p: KObj): boolean {
  return (p.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True');
}

export function nodeIsReady(n: KObj): boolean {
  return (n.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True');
}

function nodeAddress(node: KObj | undefined): string | undefined {
  return node?.status?.addresses?.find((a: { type: string }) => a.type === 'InternalIP')?.address;
}

function selectorMatches(selector: Record<string, string> | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector || Object.keys(selector).length === 0) return false;
  return Object.entries(selector).every(([k, v]) => labels?.[k] === v);
}

export { selectorMatches };
