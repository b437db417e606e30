import type { IncomingMessage, ServerResponse } from 'node:http';
import { validateLeaseTimes } from './admission.js';
import type { Cluster } from './cluster.js';
import type { InjectedError } from './faults.js';
import { jsonPatch, mergePatch } from './patch.js';
import { parseResourcePath, apiVersionOf, KINDS, type ParsedPath } from './resources.js';
import { parseFieldSelector, parseLabelSelector } from './selectors.js';
import { badRequest, methodNotAllowed, StatusError } from './status.js';
import type { KObj } from './store.js';

export interface RequestLogEntry {
  method: string;
  path: string;
  query: string;
  status: number;
  /** Bytes of the response body, once answered (what the client had to read). */
  bytes?: number;
  at: number;
  contentType?: string;
  userAgent?: string;
}

export interface HandlerOptions {
  token: string;
  cluster: Cluster;
  log: RequestLogEntry[];
  /** gitVersion for the next /version request. */
  version: () => string;
  /** Group versions this apiserver does not serve (e.g. flowcontrol.apiserver.k8s.io/v1 before v1.29). */
  unserved: ReadonlySet<string>;
  /** The body of GET /metrics (Prometheus text format). */
  metrics: () => string;
}

/** One API request, authenticated with the bearer token, answered with JSON or a Status. */
export async function handleRequest(req: IncomingMessage, res: ServerResponse, o: HandlerOptions): Promise<void> {
  const url = new URL(req.url ?? '/', 'http://fake-kube');
  const entry: RequestLogEntry = {
    method: req.method ?? 'GET',
    path: url.pathname,
    query: url.search,
    status: 0,
    at: Date.now(),
    contentType: req.headers['content-type'],
    userAgent: req.headers['user-agent'],
  };
  o.log.push(entry);
  const send = (status: number, body: unknown, type = 'application/json') => {
    entry.status = status;
    const text = type === 'application/json' ? JSON.stringify(body) : String(body);
    entry.bytes = Buffer.byteLength(text);
    res.writeHead(status, { 'Content-Type': type, 'Content-Length': Buffer.byteLength(text) });
    res.end(text);
  };
  try {
    const raw = await readBody(req);
    const { ms, match } = o.cluster.faults.latency;
    if (ms > 0 && (!match || match.test(url.pathname))) await new Promise((r) => setTimeout(r, ms));
    const injected = takeInjectedError(o.cluster.faults.errors, entry.method, url.pathname);
    if (injected === 'reset') {
      req.socket.destroy();
      return;
    }
    if (injected === 'truncate') {
      const half = JSON.stringify({ kind: 'List', apiVersion: 'v1', items: [], padding: 'x'.repeat(4096) });
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(half) });
      res.write(half.slice(0, 2048), () => req.socket.destroy());
      return;
    }
    if (injected) {
      entry.status = injected;
      const text = JSON.stringify(new StatusError(injected, INJECTED_REASONS[injected] ?? 'InternalError', `injected fault: HTTP ${injected}`).toStatus());
      res.writeHead(injected, { 'Content-Type': 'application/json', 'Content-Length': Buffer.byteLength(text), ...(injected === 429 ? { 'Retry-After': '1' } : {}) });
      res.end(text);
      return;
    }
    armInjectedErrors(o.cluster.faults.errors, entry.method, url.pathname);
    if (req.headers.authorization !== `Bearer ${o.token}`) {
      throw new StatusError(401, 'Unauthorized', 'Unauthorized');
    }
    if (url.pathname === '/version') return send(200, versionInfo(o.version()));
    if (['/healthz', '/readyz', '/livez'].includes(url.pathname)) return send(200, 'ok', 'text/plain');
    if (url.pathname === '/metrics') return send(200, o.metrics(), 'text/plain; version=0.0.4; charset=utf-8');
    if (url.pathname === '/api') return send(200, { kind: 'APIVersions', versions: ['v1'] });
    if (url.pathname === '/apis') return send(200, apiGroups());
    const parsed = parseResourcePath(url.pathname);
    if (parsed && o.unserved.has(apiVersionOf(parsed.kind))) throw new StatusError(404, 'NotFound', 'the server could not find the requested resource');
    if (!parsed) throw new StatusError(404, 'NotFound', 'the server could not find the requested resource');
    const body = raw === '' ? undefined : parseJson(raw);
    const result = route(req.method ?? 'GET', parsed, url.searchParams, body, req.headers['content-type'] ?? '', o.cluster);
    if (typeof result === 'string') return send(200, result, 'text/plain');
    if ('json' in result) {
      entry.status = 200;
      entry.bytes = Buffer.byteLength(result.json);
      res.writeHead(200, { 'Content-Type': 'application/json', 'Content-Length': entry.bytes });
      res.end(result.json);
      return;
    }
    return send(result.status ?? 200, result.body);
  } catch (e) {
    if (e instanceof StatusError) return send(e.code, e.toStatus());
    const message = e instanceof Error ? e.message : String(e);
    return send(500, new StatusError(500, 'InternalError', `fake-kube internal error: ${message}`).toStatus());
  }
}

const INJECTED_REASONS: Record<number, string> = { 401: 'Unauthorized', 403: 'Forbidden', 429: 'TooManyRequests' };

/** The status to answer with when an armed injected error matches this request (using one of its count). */
function takeInjectedError(errors: InjectedError[], method: string, path: string): InjectedError['status'] | undefined {
  const hit = errors.find((f) => f.count > 0 && (f.armed ?? !f.after) && f.method === method && f.match.test(path));
  if (!hit) return undefined;
  hit.count--;
  return hit.status;
}

function armInjectedErrors(errors: InjectedError[], method: string, path: string): void {
  for (const f of errors) if (f.after && !f.armed && f.after.method === method && f.after.match.test(path)) f.armed = true;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function parseJson(raw: string): any {
  try {
    return JSON.parse(raw);
  } catch {
    throw badRequest(`the request body is not valid JSON: ${raw.slice(0, 80)}`);
  }
}

function versionInfo(gitVersion: string) {
  const m = /^v?(\d+)\.(\d+)/.exec(gitVersion);
  return {
    major: m?.[1] ?? '1',
    minor: m?.[2] ?? '0',
    gitVersion,
    gitCommit: '0000000000000000000000000000000000000000',
    gitTreeState: 'clean',
    buildDate: '2024-01-01T00:00:00Z',
    goVersion: 'go1.22.0',
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

function apiGroups() {
  const groups = [...new Set(KINDS.filter((k) => k.group).map((k) => `${k.group}/${k.version}`))];
  return {
    kind: 'APIGroupList',
    apiVersion: 'v1',
    groups: groups.map((gv) => {
      const [name, version] = gv.split('/') as [string, string];
      return { name, versions: [{ groupVersion: gv, version }], preferredVersion: { groupVersion: gv, version } };
    }),
  };
}

/** A body, or a list already serialised (see ListPages). */
type RouteResult = string | { status?: number; body: unknown } | { json: string | Buffer };

function route(method: string, p: ParsedPath, q: URLSearchParams, body: any, contentType: string, cluster: Cluster): RouteResult {
  const { kind, namespace, name, subresource } = p;
  const store = cluster.store;
  if (q.get('watch') === 'true' || q.get('watch') === '1') throw methodNotAllowed('watch is not supported by fake-kube');
  if (method === 'GET' && !name) {
    const labelOk = parseLabelSelector(q.get('labelSelector'));
    const fieldOk = parseFieldSelector(kind.plural, q.get('fieldSelector'));
    const query = [kind.plural, namespace ?? '', q.get('labelSelector') ?? '', q.get('fieldSelector') ?? ''].join('|');
    const matching = () => (kind.derived ? cluster.endpoints(namespace) : store.list(kind.plural, namespace)).filter((o) => labelOk(o.metadata.labels) && fieldOk(o));
    const page = cluster.pages.page(query, store.currentRevision(), matching, q.get('limit'), q.get('continue'));
    return { json: cluster.pages.serialise({ apiVersion: apiVersionOf(kind), kind: `${kind.kind}List`, metadata: page.metadata }, page.items, page.key) };
  }
  if (!name) {
    if (method === 'POST') {
      if (kind.derived) throw methodNotAllowed(`fake-kube derives ${kind.plural} from services and pods; they cannot be created`);
      return { status: 201, body: cluster.create(kind.plural, namespace, body) };
    }
    throw methodNotAllowed(`the server does not allow this method on the requested resource`);
  }
  if (kind.derived) {
    if (method !== 'GET') throw methodNotAllowed(`fake-kube derives ${kind.plural}; they are read-only`);
    const ep = cluster.endpoints(namespace).find((e) => e.metadata.name === name);
    if (!ep) throw new StatusError(404, 'NotFound', `endpoints "${name}" not found`, { name, kind: 'endpoints' });
    return { body: ep };
  }
  switch (method) {
    case 'GET':
      if (subresource === 'log' && kind.plural === 'pods') return cluster.podLog(namespace!, name, q.get('container') ?? undefined);
      if (subresource !== undefined && subresource !== 'status') throw new StatusError(404, 'NotFound', 'the server could not find the requested resource');
      return { body: store.mustGet(kind.plural, namespace, name) };
    case 'PUT':
      if (kind.plural === 'leases') validateLeaseTimes(body);
      return { body: store.update(kind.plural, namespace, name, body, subresource) };
    case 'PATCH': {
      const current = store.mustGet(kind.plural, namespace, name);
      const type = contentType.split(';')[0]!.trim();
      let patched: KObj;
      if (type === 'application/merge-patch+json' || type === 'application/strategic-merge-patch+json') patched = mergePatch(current, body) as KObj;
      else if (type === 'application/json-patch+json') patched = jsonPatch(current, body) as KObj;
      else throw new StatusError(415, 'UnsupportedMediaType', `the body of the request was in an unknown format - accepted media types include: application/json-patch+json, application/merge-patch+json, application/strategic-merge-patch+json`);
      if (kind.plural === 'leases') validateLeaseTimes(patched);
      // A patch may carry a resourceVersion precondition; update() turns a stale one into 409.
      return { body: store.update(kind.plural, namespace, name, patched, subresource) };
    }
    case 'DELETE': {
      const opts = {
        propagationPolicy: q.get('propagationPolicy') ?? body?.propagationPolicy,
        gracePeriodSeconds: q.has('gracePeriodSeconds') ? Number(q.get('gracePeriodSeconds')) : body?.gracePeriodSeconds,
        resourceVersion: body?.preconditions?.resourceVersion,
      };
      return { body: cluster.delete(kind.plural, namespace, name, opts) };
    }
    default:
      throw methodNotAllowed(`the server does not allow this method on the requested resource`);
  }
}
