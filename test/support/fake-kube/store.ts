import { randomUUID } from 'node:crypto';
import { apiVersionOf, kindOf, type ResourceKind } from './resources.js';
import { alreadyExists, badRequest, conflict, invalid, notFound } from './status.js';

export interface ObjectMeta {
  name: string;
  namespace?: string;
  uid?: string;
  resourceVersion?: string;
  generation?: number;
  creationTimestamp?: string;
  deletionTimestamp?: string;
  generateName?: string;
  labels?: Record<string, string>;
  annotations?: Record<string, string>;
  ownerReferences?: Array<{ apiVersion: string; kind: string; name: string; uid: string; controller?: boolean }>;
  [k: string]: unknown;
}

/** A stored object. spec/status are loosely typed on purpose: the fake stores what clients send. */
export interface KObj {
  apiVersion?: string;
  kind?: string;
  metadata: ObjectMeta;
  spec?: any;
  status?: any;
  data?: Record<string, string>;
  [k: string]: any;
}

const DNS1123_SUBDOMAIN = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;

export function now(): string {
  return new Date().toISOString().replace(/\.\d+Z$/, 'Z');
}

function randomSuffix(n = 5): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let s = '';
  for (let i = 0; i < n; i++) s += alphabet[Math.floor(Math.random() * alphabet.length)];
  return s;
}

/**
 * Versioned object store: one global resourceVersion counter like etcd's revision, bumped on
 * every write, so optimistic concurrency behaves as on a real apiserver.
 */
export class ObjectStore {
  private revision = 100;
  private readonly objects = new Map<string, KObj>();
  private readonly listeners: Array<() => void> = [];
  /** Set by FakeKube.freeze(): a benchmark's cluster that nothing may change any more. */
  frozen = false;

  private bump(): void {
    if (this.frozen) throw new Error('fake-kube: the store is frozen (FakeKube.freeze()); nothing may write to it');
    this.revision++;
  }

  onChange(fn: () => void): void {
    this.listeners.push(fn);
  }

  currentRevision(): string {
    return String(this.revision);
  }

  private key(plural: string, ns: string | undefined, name: string): string {
    return `${plural}|${ns ?? ''}|${name}`;
  }

  list(plural: string, namespace?: string): KObj[] {
    const out: KObj[] = [];
    for (const [k, o] of this.objects) {
      if (!k.startsWith(`${plural}|`)) continue;
      if (namespace !== undefined && o.metadata.namespace !== namespace) continue;
      out.push(o);
    }
    return out.sort((a, b) => (a.metadata.namespace ?? '').localeCompare(b.metadata.namespace ?? '') || a.metadata.name.localeCompare(b.metadata.name));
  }

  get(plural: string, namespace: string | undefined, name: string): KObj | undefined {
    return this.objects.get(this.key(plural, namespace, name));
  }

  mustGet(plural: string, namespace: string | undefined, name: string): KObj {
    const o = this.get(plural, namespace, name);
    if (!o) throw notFound(plural, name, kindOf(plural).group);
    return o;
  }

  /** Validates and stores a new object as a create request would. */
  create(plural: string, namespace: string | undefined, body: KObj): KObj {
    const kind = kindOf(plural);
    if (!body || typeof body !== 'object' || !body.metadata) throw badRequest('the request body must be an object with metadata');
    const meta = { ...body.metadata };
    if (!meta.name && meta.generateName) meta.name = `${meta.generateName}${randomSuffix()}`;
    if (!meta.name) throw invalid(kind.kind, '', 'metadata.name: Required value: name or generateName is required');
    if (!DNS1123_SUBDOMAIN.test(meta.name) || meta.name.length > 253) {
      throw invalid(kind.kind, meta.name, `metadata.name: Invalid value: "${meta.name}": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.'`);
    }
    if (kind.namespaced) {
      if (meta.namespace && meta.namespace !== namespace) {
        throw badRequest(`the namespace of the provided object (${meta.namespace}) does not match the namespace sent on the request (${namespace})`);
      }
      meta.namespace = namespace;
    } else {
      delete meta.namespace;
    }
    if (this.get(plural, namespace, meta.name)) throw alreadyExists(plural, meta.name, kind.group);
    this.bump();
    const obj: KObj = {
      ...structuredClone(body),
      apiVersion: apiVersionOf(kind),
      kind: kind.kind,
      metadata: {
        ...structuredClone(meta),
        uid: randomUUID(),
        resourceVersion: String(this.revision),
        generation: 1,
        creationTimestamp: now(),
      },
    };
    delete obj.metadata.deletionTimestamp;
    this.objects.set(this.key(plural, namespace, meta.name), obj);
    this.changed();
    return obj;
  }

  /**
   * Stores an object built by a seeder that hands it over (no copy, no validation): 150,000
   * pods are seeded in a second instead of a minute of structuredClone.
   */
  adopt(plural: string, obj: KObj): KObj {
    const kind = kindOf(plural);
    const meta = obj.metadata;
    if (this.get(plural, meta.namespace, meta.name)) throw alreadyExists(plural, meta.name, kind.group);
    this.bump();
    obj.apiVersion = apiVersionOf(kind);
    obj.kind = kind.kind;
    Object.assign(meta, { uid: randomUUID(), resourceVersion: String(this.revision), generation: 1, creationTimestamp: now() });
    this.objects.set(this.key(plural, meta.namespace, meta.name), obj);
    this.changed();
    return obj;
  }

  /**
   * PUT semantics: a resourceVersion in the body must match (409 Conflict otherwise); an empty one
   * is an unconditional update, as the apiserver allows for these types.
   */
  update(plural: string, namespace: string | undefined, name: string, body: KObj, subresource?: string): KObj {
    const kind = kindOf(plural);
    const current = this.mustGet(plural, namespace, name);
    if (!body?.metadata) throw badRequest('the request body must be an object with metadata');
    if (body.metadata.name && body.metadata.name !== name) {
      throw badRequest(`the name of the object (${body.metadata.name}) does not match the name on the URL (${name})`);
    }
    const rv = body.metadata.resourceVersion;
    if (rv !== undefined && rv !== '' && rv !== current.metadata.resourceVersion) throw conflict(plural, name, kind.group);
    const next = mergeForSubresource(kind, current, body, subresource);
    return this.write(plural, next);
  }

  /** Deletes, with an optional resourceVersion precondition (409 Conflict when stale). */
  remove(plural: string, namespace: string | undefined, name: string, preconditionRv?: string): KObj {
    const current = this.mustGet(plural, namespace, name);
    if (preconditionRv !== undefined && preconditionRv !== current.metadata.resourceVersion) {
      throw conflict(plural, name, kindOf(plural).group);
    }
    this.objects.delete(this.key(plural, namespace, name));
    this.bump();
    this.changed();
    return current;
  }

  /** Controller write: stores the object if it differs from what is stored, bumping its resourceVersion. */
  write(plural: string, obj: KObj): KObj {
    const key = this.key(plural, obj.metadata.namespace, obj.metadata.name);
    const current = this.objects.get(key);
    if (current && sameIgnoringRv(current, obj)) return current;
    this.bump();
    const stored = structuredClone(obj);
    stored.metadata.resourceVersion = String(this.revision);
    if (current && JSON.stringify(current.spec) !== JSON.stringify(stored.spec)) {
      stored.metadata.generation = (current.metadata.generation ?? 1) + 1;
    }
    this.objects.set(key, stored);
    this.changed();
    return stored;
  }

  /** Read-modify-write for controllers; no-op when the object is gone. */
  mutate(plural: string, namespace: string | undefined, name: string, fn: (o: KObj) => void): KObj | undefined {
    const current = this.get(plural, namespace, name);
    if (!current) return undefined;
    const copy = structuredClone(current);
    fn(copy);
    return this.write(plural, copy);
  }

  private changed(): void {
    for (const l of this.listeners) l();
  }
}

function sameIgnoringRv(a: KObj, b: KObj): boolean {
  const strip = (o: KObj) => JSON.stringify({ ...o, metadata: { ...o.metadata, resourceVersion: undefined } });
  return strip(a) === strip(b);
}

/** Applies the /status vs main-resource split and keeps server-owned metadata. */
export function mergeForSubresource(kind: ResourceKind, current: KObj, body: KObj, subresource: string | undefined): KObj {
  const serverMeta = {
    name: current.metadata.name,
    namespace: current.metadata.namespace,
    uid: current.metadata.uid,
    creationTimestamp: current.metadata.creationTimestamp,
    generation: current.metadata.generation,
    resourceVersion: current.metadata.resourceVersion,
    ...(current.metadata.deletionTimestamp ? { deletionTimestamp: current.metadata.deletionTimestamp } : {}),
  };
  if (subresource === 'status') {
    if (!kind.hasStatus) throw notFound(`${kind.plural}/status`, current.metadata.name);
    return { ...structuredClone(current), status: structuredClone(body.status) };
  }
  if (subresource !== undefined) throw notFound(`${kind.plural}/${subresource}`, current.metadata.name);
  const next: KObj = { ...structuredClone(body), apiVersion: current.apiVersion, kind: current.kind };
  next.metadata = { ...structuredClone(body.metadata), ...serverMeta };
  if (kind.hasStatus) next.status = structuredClone(current.status);
  return next;
}
