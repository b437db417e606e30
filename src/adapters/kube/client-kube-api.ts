import { existsSync } from 'node:fs';
import http from 'node:http';
import https from 'node:https';
import os from 'node:os';
import path from 'node:path';
import {
  ApiException,
  AppsV1Api,
  BatchV1Api,
  CoordinationV1Api,
  CoreV1Api,
  CustomObjectsApi,
  HttpMethod,
  KubeConfig,
  RequestContext,
  PolicyV1Api,
  VersionApi,
  Observable,
  type ConfigurationOptions,
  type ObservableMiddleware,
} from '@kubernetes/client-node';
import { request as undiciRequest } from 'undici';
import { describeNetworkFailure, errorCode } from '../network-failure.js';
import { ConfigurationError } from '../../core/errors.js';
import type { KubeApi, KubeObject, ListPage, PodSelectors, ServerVersion, V1ConfigMap, V1Lease, V1Node, V1Pod, V1Secret } from '../../core/kube/kube-api.js';
import { isTransientKubeError, KubeApiError, KubeAuthError, KubeConflictError, KubeNotFoundError, KubeUnreachableError, REQUEST_TIMEOUT, TRANSIENT_CONNECTION_CODES } from '../../core/kube/kube-errors.js';

export interface KubeApiOptions {
  /** Path to a kubeconfig file; default: $KUBECONFIG, then ~/.kube/config, then in-cluster. */
  kubeconfig?: string;
  /** Per-request timeout, so an unresponsive API server fails a step instead of hanging it. */
  requestTimeoutMs?: number;
  /** Retries of a read after 429, 5xx or a timeout; default 4, with backoff from 500 ms doubling (jittered). */
  readRetries?: number;
  retryBaseDelayMs?: number;
}

export const DEFAULT_REQUEST_TIMEOUT_MS = 30_000;

/** Objects per list page: kubectl's --chunk-size default. */
const LIST_PAGE_SIZE = 500;

/** Loads the kubeconfig as kubectl would and returns a KubeApi over @kubernetes/client-node. */
export function createKubeApi(options: KubeApiOptions = {}): KubeApi {
  const kc = new KubeConfig();
  if (options.kubeconfig) {
    if (!existsSync(options.kubeconfig)) throw new ConfigurationError(`kubeconfig ${options.kubeconfig} does not exist`);
    try {
      kc.loadFromFile(options.kubeconfig);
    } catch (e) {
      throw new ConfigurationError(`kubeconfig ${options.kubeconfig} cannot be loaded: ${(e as Error).message}`);
    }
  } else {
    assertSomeKubeconfig();
    kc.loadFromDefault();
  }
  const cluster = kc.getCurrentCluster();
  if (!cluster) {
    throw new ConfigurationError(
      `no current cluster in the kubeconfig${options.kubeconfig ? ` ${options.kubeconfig}` : ' (KUBECONFIG / ~/.kube/config)'}; set current-context or pass the kubeconfig input`,
    );
  }
  return new ClientKubeApi(kc, cluster.server, options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS, {
    retries: options.readRetries ?? 4,
    baseDelayMs: options.retryBaseDelayMs ?? 500,
  });
}

/**
 * With nothing to load, the client would quietly talk to http://localhost:8080; say instead
 * that there is no kubeconfig, and how to give one.
 */
function assertSomeKubeconfig(): void {
  const env = process.env;
  const paths = (env.KUBECONFIG ?? '').split(path.delimiter).filter(Boolean);
  if (paths.length > 0) {
    if (!paths.some((p) => existsSync(p))) throw new ConfigurationError(`no kubeconfig: KUBECONFIG names ${paths.join(', ')}, and none of it exists; pass the kubeconfig input or fix KUBECONFIG`);
    return;
  }
  if (env.KUBERNETES_SERVICE_HOST) return;
  const home = path.join(env.HOME ?? os.homedir(), '.kube', 'config');
  if (!existsSync(home)) {
    throw new ConfigurationError(`no kubeconfig: the kubeconfig input is empty, KUBECONFIG is not set and ${home} does not exist; pass the kubeconfig input (for example a file written from a secret)`);
  }
}

class ClientKubeApi implements KubeApi {
  private readonly core: CoreV1Api;
  private readonly apps: AppsV1Api;
  private readonly batch: BatchV1Api;
  private readonly coordination: CoordinationV1Api;
  private readonly version: VersionApi;
  private readonly policy: PolicyV1Api;
  private readonly custom: CustomObjectsApi;

  /** The connection pool of the first paged read, kept for the rest (see getText). */
  private pool: { dispatcher: ReturnType<RequestContext['getDispatcher']> } | undefined;

  constructor(
    private readonly kc: KubeConfig,
    readonly server: string,
    private readonly timeoutMs: number,
    private readonly retry: { retries: number; baseDelayMs: number },
  ) {
    this.core = kc.makeApiClient(CoreV1Api);
    this.apps = kc.makeApiClient(AppsV1Api);
    this.batch = kc.makeApiClient(BatchV1Api);
    this.coordination = kc.makeApiClient(CoordinationV1Api);
    this.version = kc.makeApiClient(VersionApi);
    this.policy = kc.makeApiClient(PolicyV1Api);
    this.custom = kc.makeApiClient(CustomObjectsApi);
  }

  /** Per-call options: an abort signal so an unresponsive API server fails the call instead of hanging it. */
  private opts(): ConfigurationOptions {
    const timeoutMs = this.timeoutMs;
    const middleware: ObservableMiddleware = {
      pre: (ctx) => {
        ctx.setSignal(AbortSignal.timeout(timeoutMs));
        return new Observable(Promise.resolve(ctx));
      },
      post: (res) => new Observable(Promise.resolve(res)),
    };
    return { middleware: [middleware], middlewareMergeStrategy: 'append' };
  }

  private async call<T>(what: string, fn: (o: ConfigurationOptions) => Promise<T>): Promise<T> {
    try {
      return await fn(this.opts());
    } catch (e) {
      throw toKubeError(e, what, this.server, this.timeoutMs);
    }
  }

  /**
   * A read, retried with backoff while the failure is transient (429, 5xx, a timeout, a reset
   * connection): one hiccup of the API server right after a playbook must not fail the phase.
   * Writes are not retried here; their callers re-read and decide.
   */
  private async read<T>(what: string, fn: (o: ConfigurationOptions) => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await this.call(what, fn);
      } catch (e) {
        const wait = attempt < this.retry.retries ? retryDelay(e, attempt, this.retry.baseDelayMs) : undefined;
        if (wait === undefined) throw e;
        await new Promise((r) => setTimeout(r, wait));
      }
    }
  }

  private async orUndefined<T>(what: string, fn: (o: ConfigurationOptions) => Promise<T>): Promise<T | undefined> {
    try {
      return await this.read(what, fn);
    } catch (e) {
      if (e instanceof KubeNotFoundError) return undefined;
      throw e;
    }
  }

  private async ignoreMissing(what: string, fn: (o: ConfigurationOptions) => Promise<unknown>): Promise<void> {
    try {
      await this.call(what, fn);
    } catch (e) {
      if (!(e instanceof KubeNotFoundError)) throw e;
    }
  }

  async listPodDisruptionBudgets() {
    return (await this.call('list poddisruptionbudgets in all namespaces', (o) => this.policy.listPodDisruptionBudgetForAllNamespaces({}, o))).items;
  }

  readMetricFamily(name: string, maxBytes: number) {
    return this.read('GET /metrics', () => readMetricLines(this.kc, this.server, name, maxBytes, this.timeoutMs));
  }

  async listSecretsPage(s: PodSelectors, limit: number, continueToken?: string): Promise<ListPage<V1Secret>> {
    const list = await this.read('list secrets in all namespaces', (o) =>
      this.core.listSecretForAllNamespaces({ labelSelector: s.labelSelector, fieldSelector: s.fieldSelector, limit, _continue: continueToken }, o),
    );
    return { items: list.items, ...(list.metadata?._continue ? { continue: list.metadata._continue } : {}) };
  }

  async listObjectsPage(apiVersion: string, resource: string, limit: number, continueToken?: string): Promise<ListPage<KubeObject>> {
    const slash = apiVersion.indexOf('/');
    if (slash < 0) throw new Error(`listObjectsPage reads named API groups only, not ${apiVersion}`);
    const group = apiVersion.slice(0, slash);
    const version = apiVersion.slice(slash + 1);
    const list = (await this.read(`list ${resource}.${apiVersion} in all namespaces`, (o) =>
      this.custom.listClusterCustomObject({ group, version, plural: resource, limit, _continue: continueToken }, o),
    )) as { items?: KubeObject[]; metadata?: { continue?: string } };
    return { items: list.items ?? [], ...(list.metadata?.continue ? { continue: list.metadata.continue } : {}) };
  }

  getServerVersion(): Promise<ServerVersion> {
    return this.read('GET /version', (o) => this.version.getCode(o));
  }

  async listNodes(labelSelector?: string) {
    return (await this.read('list nodes', (o) => this.core.listNode({ labelSelector }, o))).items;
  }

  async listPods(namespace: string | undefined, s: PodSelectors = {}) {
    const where = namespace ? `in namespace ${namespace}` : 'in all namespaces';
    const list = await this.read(`list pods ${where}`, (o) =>
      namespace
        ? this.core.listNamespacedPod({ namespace, labelSelector: s.labelSelector, fieldSelector: s.fieldSelector }, o)
        : this.core.listPodForAllNamespaces({ labelSelector: s.labelSelector, fieldSelector: s.fieldSelector }, o),
    );
    return list.items;
  }

  listPodViews<T>(namespace: string | undefined, s: PodSelectors, view: (pod: V1Pod) => T | undefined): Promise<T[]> {
    const where = namespace ? `pods in namespace ${namespace}` : 'pods in all namespaces';
    return this.listViews(`api/v1/${namespace ? `namespaces/${encodeURIComponent(namespace)}/` : ''}pods`, where, s, view);
  }

  listNodeViews<T>(view: (node: V1Node) => T | undefined): Promise<T[]> {
    return this.listViews('api/v1/nodes', 'nodes', {}, view);
  }

  /**
   * One list read in pages of LIST_PAGE_SIZE, each object reduced at once. The next page is
   * asked for as soon as its continue token is known (read from the page's head, before the
   * page is parsed), so the server prepares page n+1 while this process parses page n.
   */
  private async listViews<O, T>(resourcePath: string, what: string, s: PodSelectors, view: (o: O) => T | undefined): Promise<T[]> {
    const base = `${this.server.replace(/\/+$/, '')}/${resourcePath}`;
    const fetchPage = (page: number, token: string | undefined) => {
      const q = new URLSearchParams({ limit: String(LIST_PAGE_SIZE) });
      if (s.labelSelector) q.set('labelSelector', s.labelSelector);
      if (s.fieldSelector) q.set('fieldSelector', s.fieldSelector);
      if (token) q.set('continue', token);
      return this.read(`list ${what} (page ${page})`, () => this.getText(`${base}?${q}`));
    };
    for (let restarted = false; ; restarted = true) {
      const out: T[] = [];
      let page = 1;
      let pending: Promise<string> | undefined = fetchPage(page, undefined);
      try {
        while (pending) {
          const text: string = await pending;
          const early = continueFromHead(text);
          pending = early ? fetchPage(++page, early) : undefined;
          // A rejected prefetch is awaited on the next turn; until then it must not count as unhandled.
          pending?.catch(() => undefined);
          const list = JSON.parse(text) as { items?: O[]; metadata?: { continue?: string } };
          const token = list.metadata?.continue || undefined;
          if (token !== early) {
            if (pending) await pending.catch(() => undefined);
            pending = token ? fetchPage(++page, token) : undefined;
          }
          for (const o of list.items ?? []) {
            const v = view(o);
            if (v !== undefined) out.push(v);
          }
        }
        return out;
      } catch (e) {
        if (pending) await pending.catch(() => undefined);
        if (restarted || !(e instanceof KubeApiError) || e.status !== 410) throw e;
      }
    }
  }

  /**
   * A GET through the client's own authentication and TLS settings, for the caller to
   * JSON.parse: the generated API's typed deserialisation costs ~30 s of CPU for 150,000 pods,
   * and the views need a handful of fields. The objects are the wire JSON (timestamps are
   * strings). undici's request() rather than fetch(): no web streams per chunk, and one
   * connection pool kept for every page (the client makes a new pool per call).
   */
  private async getText(url: string): Promise<string> {
    const ctx = new RequestContext(url, HttpMethod.GET);
    ctx.setHeaderParam('Accept', 'application/json');
    await this.kc.applySecurityAuthentication(ctx);
    this.pool ??= { dispatcher: ctx.getDispatcher() };
    const target = new URL(url);
    const options = { origin: target.origin, path: `${target.pathname}${target.search}`, method: 'GET' as const, headers: ctx.getHeaders(), signal: AbortSignal.timeout(this.timeoutMs) };
    const res = this.pool.dispatcher ? await this.pool.dispatcher.request(options) : await undiciRequest(url, options);
    const chunks: Buffer[] = [];
    for await (const chunk of res.body) chunks.push(chunk as Buffer);
    const text = Buffer.concat(chunks).toString('utf8');
    if (res.statusCode !== 200) throw new ApiException(res.statusCode, `GET ${url}`, text, flatHeaders(res.headers));
    return text;
  }

  getNode(name: string) {
    return this.orUndefined(`get node ${name}`, (o) => this.core.readNode({ name }, o));
  }

  getPod(namespace: string, name: string) {
    return this.orUndefined(`get pod ${namespace}/${name}`, (o) => this.core.readNamespacedPod({ namespace, name }, o));
  }
  createPod(namespace: string, body: Parameters<KubeApi['createPod']>[1]) {
    return this.call(`create pod in ${namespace}`, (o) => this.core.createNamespacedPod({ namespace, body }, o));
  }
  deletePod(namespace: string, name: string) {
    return this.ignoreMissing(`delete pod ${namespace}/${name}`, (o) => this.core.deleteNamespacedPod({ namespace, name, gracePeriodSeconds: 0 }, o));
  }
  readPodLog(namespace: string, name: string, container?: string) {
    return this.read(`read log of pod ${namespace}/${name}`, (o) => this.core.readNamespacedPodLog({ namespace, name, container }, o));
  }

  getConfigMap(namespace: string, name: string) {
    return this.orUndefined(`get configmap ${namespace}/${name}`, (o) => this.core.readNamespacedConfigMap({ namespace, name }, o));
  }
  createConfigMap(namespace: string, body: V1ConfigMap) {
    return this.call(`create configmap ${namespace}/${body.metadata?.name}`, (o) => this.core.createNamespacedConfigMap({ namespace, body }, o));
  }
  replaceConfigMap(namespace: string, body: V1ConfigMap) {
    const name = requireName(body.metadata?.name, 'ConfigMap');
    return this.call(`replace configmap ${namespace}/${name}`, (o) => this.core.replaceNamespacedConfigMap({ namespace, name, body }, o));
  }
  deleteConfigMap(namespace: string, name: string, resourceVersion?: string) {
    const what = `delete configmap ${namespace}/${name}`;
    const run = (o: ConfigurationOptions) => this.core.deleteNamespacedConfigMap({ namespace, name, body: preconditions(resourceVersion) }, o);
    return resourceVersion ? this.call(what, run).then(() => undefined) : this.ignoreMissing(what, run);
  }

  getLease(namespace: string, name: string) {
    return this.orUndefined(`get lease ${namespace}/${name}`, (o) => this.coordination.readNamespacedLease({ namespace, name }, o));
  }
  createLease(namespace: string, body: V1Lease) {
    return this.call(`create lease ${namespace}/${body.metadata?.name}`, (o) => this.coordination.createNamespacedLease({ namespace, body }, o));
  }
  replaceLease(namespace: string, body: V1Lease) {
    const name = requireName(body.metadata?.name, 'Lease');
    return this.call(`replace lease ${namespace}/${name}`, (o) => this.coordination.replaceNamespacedLease({ namespace, name, body }, o));
  }
  deleteLease(namespace: string, name: string, resourceVersion?: string) {
    const what = `delete lease ${namespace}/${name}`;
    const run = (o: ConfigurationOptions) => this.coordination.deleteNamespacedLease({ namespace, name, body: preconditions(resourceVersion) }, o);
    return resourceVersion ? this.call(what, run).then(() => undefined) : this.ignoreMissing(what, run);
  }

  getNamespace(name: string) {
    return this.orUndefined(`get namespace ${name}`, (o) => this.core.readNamespace({ name }, o));
  }
  createNamespace(name: string, labels?: Record<string, string>) {
    return this.call(`create namespace ${name}`, (o) => this.core.createNamespace({ body: { metadata: { name, labels } } }, o));
  }
  deleteNamespace(name: string) {
    return this.ignoreMissing(`delete namespace ${name}`, (o) => this.core.deleteNamespace({ name }, o));
  }

  createJob(namespace: string, body: Parameters<KubeApi['createJob']>[1]) {
    return this.call(`create job ${namespace}/${body.metadata?.name}`, (o) => this.batch.createNamespacedJob({ namespace, body }, o));
  }
  getJob(namespace: string, name: string) {
    return this.orUndefined(`get job ${namespace}/${name}`, (o) => this.batch.readNamespacedJob({ namespace, name }, o));
  }
  deleteJob(namespace: string, name: string) {
    return this.ignoreMissing(`delete job ${namespace}/${name}`, (o) => this.batch.deleteNamespacedJob({ namespace, name, propagationPolicy: 'Background' }, o));
  }

  createDeployment(namespace: string, body: Parameters<KubeApi['createDeployment']>[1]) {
    return this.call(`create deployment ${namespace}/${body.metadata?.name}`, (o) => this.apps.createNamespacedDeployment({ namespace, body }, o));
  }
  getDeployment(namespace: string, name: string) {
    return this.orUndefined(`get deployment ${namespace}/${name}`, (o) => this.apps.readNamespacedDeployment({ namespace, name }, o));
  }
  deleteDeployment(namespace: string, name: string) {
    return this.ignoreMissing(`delete deployment ${namespace}/${name}`, (o) =>
      this.apps.deleteNamespacedDeployment({ namespace, name, propagationPolicy: 'Background' }, o),
    );
  }

  createService(namespace: string, body: Parameters<KubeApi['createService']>[1]) {
    return this.call(`create service ${namespace}/${body.metadata?.name}`, (o) => this.core.createNamespacedService({ namespace, body }, o));
  }
  getService(namespace: string, name: string) {
    return this.orUndefined(`get service ${namespace}/${name}`, (o) => this.core.readNamespacedService({ namespace, name }, o));
  }
  deleteService(namespace: string, name: string) {
    return this.ignoreMissing(`delete service ${namespace}/${name}`, (o) => this.core.deleteNamespacedService({ namespace, name }, o));
  }
  getEndpoints(namespace: string, name: string) {
    return this.orUndefined(`get endpoints ${namespace}/${name}`, (o) => this.core.readNamespacedEndpoints({ namespace, name }, o));
  }
}

/**
 * GET /metrics as a stream, keeping only the lines of one metric family: a large apiserver
 * serves tens of MiB of metrics, of which this family is a few KiB. Authentication and TLS
 * come from the kubeconfig exactly as for the typed clients.
 */
async function readMetricLines(kc: KubeConfig, server: string, family: string, maxBytes: number, timeoutMs: number): Promise<{ text: string; truncated: boolean }> {
  const opts: https.RequestOptions = { method: 'GET', headers: { Accept: 'text/plain;version=0.0.4' }, signal: AbortSignal.timeout(timeoutMs) };
  await kc.applyToHTTPSOptions(opts);
  const url = new URL(server);
  url.pathname = `${url.pathname.replace(/\/+$/, '')}/metrics`;
  const get = url.protocol === 'http:' ? http.request : https.request;
  const keep = (line: string) => line.startsWith(family) || line.startsWith(`# HELP ${family} `) || line.startsWith(`# TYPE ${family} `);
  /** A line longer than this is no series of the family; it is dropped while streaming. */
  const maxLine = 64 * 1024;
  return new Promise((resolve, reject) => {
    const req = get(url, opts, (res) => {
      const status = res.statusCode ?? 0;
      if (status < 200 || status >= 300) {
        let body = '';
        res.setEncoding('utf8');
        res.on('data', (c: string) => {
          if (body.length < 4096) body += c;
        });
        res.on('end', () => reject(new ApiException(status, `GET /metrics: HTTP ${status}`, body, res.headers as Record<string, string>)));
        res.on('error', reject);
        return;
      }
      const kept: string[] = [];
      let size = 0;
      let partial = '';
      let truncated = false;
      const take = (line: string) => {
        if (!keep(line)) return;
        if (size + line.length + 1 > maxBytes) {
          truncated = true;
          return;
        }
        kept.push(line);
        size += line.length + 1;
      };
      res.setEncoding('utf8');
      // True while the rest of an over-long line is still arriving: it is dropped, not read as a new line.
      let dropping = false;
      res.on('data', (chunk: string) => {
        const lines = (partial + chunk).split('\n');
        partial = lines.pop()!;
        if (dropping && lines.length > 0) {
          lines.shift();
          dropping = false;
        }
        if (dropping) partial = '';
        else if (partial.length > maxLine) {
          partial = '';
          dropping = true;
        }
        for (const line of lines) take(line);
        if (truncated) {
          res.destroy();
          resolve({ text: kept.join('\n'), truncated });
        }
      });
      res.on('end', () => {
        if (partial && !dropping) take(partial);
        resolve({ text: kept.join('\n'), truncated });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

function flatHeaders(headers: Record<string, string | string[] | undefined>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(headers)) if (v !== undefined) out[k] = Array.isArray(v) ? v.join(', ') : v;
  return out;
}

function requireName(name: string | undefined, kind: string): string {
  if (!name) throw new Error(`${kind} to replace has no metadata.name`);
  return name;
}

function preconditions(resourceVersion: string | undefined) {
  return resourceVersion ? { preconditions: { resourceVersion } } : undefined;
}

interface StatusBody {
  reason?: string;
  message?: string;
}

function parseStatus(body: unknown): StatusBody {
  if (typeof body === 'string') {
    try {
      return JSON.parse(body) as StatusBody;
    } catch {
      return { message: body.slice(0, 300) };
    }
  }
  return (body ?? {}) as StatusBody;
}

/** How long to wait before retrying a read that failed with `e`, or undefined when it is not transient. */
export function retryDelay(e: unknown, attempt: number, baseDelayMs: number): number | undefined {
  if (!isTransientKubeError(e)) return undefined;
  const backoff = baseDelayMs * 2 ** attempt * (0.75 + Math.random() / 2);
  const retryAfterMs = e instanceof KubeApiError ? Math.min(10_000, (e.retryAfterSeconds ?? 0) * 1000) : 0;
  return Math.max(backoff, retryAfterMs);
}

/** Turns a client exception into a typed, actionable error that says what was attempted. */
export function toKubeError(e: unknown, what: string, server: string, timeoutMs: number): Error {
  if (e instanceof ApiException) {
    const status = parseStatus(e.body);
    const reason = status.reason ?? (e.code === 401 ? 'Unauthorized' : `HTTP${e.code}`);
    const detail = status.message ?? reason;
    if (e.code === 401) {
      return new KubeAuthError(
        `Kubernetes API at ${server} rejected the credentials (401 Unauthorized) for ${what}; the kubeconfig's token or client certificate is missing, expired or wrong`,
        401,
        reason,
      );
    }
    if (e.code === 403) return new KubeAuthError(`Kubernetes API at ${server} refused ${what} (403 Forbidden): ${detail}; grant the kubeconfig's user the RBAC permission, or use a kubeconfig with more rights`, 403, reason);
    if (e.code === 404) return new KubeNotFoundError(`${what}: not found (${detail})`, 404, reason);
    if (e.code === 409) return new KubeConflictError(`${what}: ${reason} (${detail})`, 409, reason);
    const error = new KubeApiError(`${what} failed with HTTP ${e.code} ${reason}: ${detail}`, e.code, reason);
    const retryAfter = Number(e.headers?.['retry-after']);
    if (Number.isFinite(retryAfter)) error.retryAfterSeconds = retryAfter;
    return error;
  }
  const err = e as { name?: string; type?: string };
  if (err?.name === 'TimeoutError' || err?.name === 'AbortError' || err?.type === 'aborted') {
    return new KubeUnreachableError(`Kubernetes API at ${server} (${what}): did not answer within ${timeoutMs / 1000} s; check the kubeconfig's server address and the network`, REQUEST_TIMEOUT);
  }
  const code = errorCode(e);
  const failure = describeNetworkFailure(e, server, 'kubeconfig');
  if (code && failure) return new KubeUnreachableError(`Kubernetes API at ${server} (${what}): ${failure.cause}; ${failure.fix}`, code);
  // A broken connection undici names in a way the table above does not word: still a connection failure.
  if (code && TRANSIENT_CONNECTION_CODES.has(code)) {
    return new KubeUnreachableError(`Kubernetes API at ${server} (${what}): the connection broke (${code}); check the network between the runner and the API server, then re-run`, code);
  }
  return e instanceof Error ? e : new Error(String(e));
}

/** How far into a list response its metadata is looked for; the apiserver writes it before the items. */
const LIST_HEAD_CHARS = 4096;

/**
 * The continue token of a list response, from its head alone: the apiserver encodes a list as
 * kind, apiVersion, metadata, then items, so the metadata is whole before `"items":`. Undefined
 * when the head is not shaped so; the caller then takes the token from the parsed page.
 */
function continueFromHead(text: string): string | undefined {
  // The first occurrence: objects inside items may hold an "items" key of their own.
  const at = text.indexOf(',"items":');
  if (at < 0 || at > LIST_HEAD_CHARS) return undefined;
  try {
    const head = JSON.parse(`${text.slice(0, at)}}`) as { metadata?: { continue?: unknown } };
    return typeof head.metadata?.continue === 'string' && head.metadata.continue !== '' ? head.metadata.continue : undefined;
  } catch {
    return undefined;
  }
}
