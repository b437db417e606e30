import { badRequest, StatusError } from './status.js';

type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** RFC 7386 JSON merge patch. Strategic merge patch is treated the same way (documented simplification). */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (patch === null || typeof patch !== 'object' || Array.isArray(patch)) return structuredClone(patch);
  const base: Record<string, unknown> =
    target !== null && typeof target === 'object' && !Array.isArray(target) ? { ...(target as Record<string, unknown>) } : {};
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) {
    if (v === null) delete base[k];
    else base[k] = mergePatch(base[k], v);
  }
  return base;
}

interface JsonPatchOp {
  op: string;
  path: string;
  value?: Json;
  from?: string;
}

/** RFC 6902 JSON patch (add, remove, replace, test), the client's default patch type. */
export function jsonPatch(target: unknown, ops: unknown): unknown {
  if (!Array.isArray(ops)) throw badRequest('json patch body must be an array of operations');
  let doc = structuredClone(target) as Json;
  for (const raw of ops as JsonPatchOp[]) {
    const tokens = pointer(raw.path);
    switch (raw.op) {
      case 'add':
        doc = setAt(doc, tokens, structuredClone(raw.value ?? null), 'add');
        break;
      case 'replace':
        getAt(doc, tokens, raw.path);
        doc = setAt(doc, tokens, structuredClone(raw.value ?? null), 'replace');
        break;
      case 'remove':
        getAt(doc, tokens, raw.path);
        doc = removeAt(doc, tokens);
        break;
      case 'test':
        if (JSON.stringify(getAt(doc, tokens, raw.path)) !== JSON.stringify(raw.value)) {
          throw new StatusError(422, 'Invalid', `the server rejected our request due to an error in our request: test failed at ${raw.path}`);
        }
        break;
      default:
        throw badRequest(`unsupported json patch operation ${JSON.stringify(raw.op)}`);
    }
  }
  return doc;
}

function pointer(path: string): string[] {
  if (path === '') return [];
  if (!path.startsWith('/')) throw badRequest(`invalid json pointer ${JSON.stringify(path)}`);
  return path
    .slice(1)
    .split('/')
    .map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

function getAt(doc: Json, tokens: string[], path: string): Json {
  let cur: Json = doc;
  for (const t of tokens) {
    if (cur === null || typeof cur !== 'object') throw new StatusError(422, 'Invalid', `path ${path} does not exist`);
    const next: Json | undefined = Array.isArray(cur) ? cur[Number(t)] : cur[t];
    if (next === undefined) throw new StatusError(422, 'Invalid', `path ${path} does not exist`);
    cur = next;
  }
  return cur;
}

function setAt(doc: Json, tokens: string[], value: Json, op: 'add' | 'replace'): Json {
  if (tokens.length === 0) return value;
  const parent = getAt(doc, tokens.slice(0, -1), '/' + tokens.slice(0, -1).join('/'));
  const last = tokens[tokens.length - 1]!;
  if (Array.isArray(parent)) {
    const i = last === '-' ? parent.length : Number(last);
    if (op === 'add') parent.splice(i, 0, value);
    else parent[i] = value;
  } else if (parent !== null && typeof parent === 'object') {
    parent[last] = value;
  } else {
    throw new StatusError(422, 'Invalid', `cannot set ${last} on a scalar`);
  }
  return doc;
}

function removeAt(doc: Json, tokens: string[]): Json {
  const parent = getAt(doc, tokens.slice(0, -1), '/' + tokens.slice(0, -1).join('/'));
  const last = tokens[tokens.length - 1]!;
  if (Array.isArray(parent)) parent.splice(Number(last), 1);
  else if (parent !== null && typeof parent === 'object') delete parent[last];
  return doc;
}
