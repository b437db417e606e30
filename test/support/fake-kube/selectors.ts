import { badRequest } from './status.js';

type Requirement = (labels: Record<string, string>) => boolean;

/** Parses a label selector string as the apiserver does: `a=b,c!=d,e in (f,g),!h,i`. */
export function parseLabelSelector(selector: string | null | undefined): (labels: Record<string, string> | undefined) => boolean {
  if (!selector) return () => true;
  const reqs: Requirement[] = [];
  for (const part of splitTopLevel(selector)) {
    const p = part.trim();
    if (p === '') continue;
    let m: RegExpExecArray | null;
    if ((m = /^([\w./-]+)\s+(in|notin)\s+\(([^)]*)\)$/.exec(p))) {
      const [, key, op, list] = m as unknown as [string, string, string, string];
      const values = list.split(',').map((v) => v.trim());
      reqs.push(op === 'in' ? (l) => key in l && values.includes(l[key]!) : (l) => !(key in l) || !values.includes(l[key]!));
    } else if ((m = /^([\w./-]+)\s*(==|=|!=)\s*([\w./-]*)$/.exec(p))) {
      const [, key, op, value] = m as unknown as [string, string, string, string];
      reqs.push(op === '!=' ? (l) => l[key] !== value : (l) => l[key] === value);
    } else if ((m = /^!([\w./-]+)$/.exec(p))) {
      const key = m[1]!;
      reqs.push((l) => !(key in l));
    } else if ((m = /^([\w./-]+)$/.exec(p))) {
      const key = m[1]!;
      reqs.push((l) => key in l);
    } else {
      throw badRequest(`unable to parse requirement: ${JSON.stringify(p)}`);
    }
  }
  return (labels) => reqs.every((r) => r(labels ?? {}));
}

function splitTopLevel(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out;
}

/** A matchLabels/matchExpressions LabelSelector object, as used in specs. */
export interface LabelSelectorObject {
  matchLabels?: Record<string, string>;
  matchExpressions?: Array<{ key: string; operator: string; values?: string[] }>;
}

export function matchesSelectorObject(sel: LabelSelectorObject | undefined, labels: Record<string, string> | undefined): boolean {
  if (!sel) return false;
  const l = labels ?? {};
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (l[k] !== v) return false;
  for (const e of sel.matchExpressions ?? []) {
    const has = e.key in l;
    const values = e.values ?? [];
    if (e.operator === 'In' && !(has && values.includes(l[e.key]!))) return false;
    if (e.operator === 'NotIn' && has && values.includes(l[e.key]!)) return false;
    if (e.operator === 'Exists' && !has) return false;
    if (e.operator === 'DoesNotExist' && has) return false;
  }
  return true;
}

const FIELD_PATHS: Record<string, Record<string, (o: any) => string | undefined>> = {
  pods: {
    'spec.nodeName': (o) => o.spec?.nodeName ?? '',
    'status.phase': (o) => o.status?.phase,
    'spec.restartPolicy': (o) => o.spec?.restartPolicy,
  },
  nodes: { 'spec.unschedulable': (o) => String(o.spec?.unschedulable ?? false) },
  namespaces: { 'status.phase': (o) => o.status?.phase },
  secrets: { type: (o) => o.type },
};

/** Field selectors: only the fields the apiserver supports per resource; anything else is a 400 like the real one. */
export function parseFieldSelector(plural: string, selector: string | null | undefined): (obj: any) => boolean {
  if (!selector) return () => true;
  const tests: Array<(o: any) => boolean> = [];
  for (const part of selector.split(',')) {
    const m = /^([\w.]+)\s*(==|=|!=)\s*(.*)$/.exec(part.trim());
    if (!m) throw badRequest(`invalid field selector: ${JSON.stringify(part)}`);
    const [, field, op, value] = m as unknown as [string, string, string, string];
    const getter =
      field === 'metadata.name'
        ? (o: any) => o.metadata?.name
        : field === 'metadata.namespace'
          ? (o: any) => o.metadata?.namespace
          : FIELD_PATHS[plural]?.[field];
    if (!getter) throw badRequest(`field label not supported: ${field}`);
    tests.push(op === '!=' ? (o) => getter(o) !== value : (o) => getter(o) === value);
  }
  return (o) => tests.every((t) => t(o));
}
