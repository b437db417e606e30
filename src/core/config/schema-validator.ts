import { isMap, isScalar, isSeq, LineCounter, type Node } from 'yaml';
import { parseLimitedDocument } from '../../formats/yaml/yaml-limits.js';
import { closest } from '../text/closest.js';

/**
 * A plain decimal above zero, as the minute inputs take it (`20`, `1.5`). The config's numbers
 * reach the actions as String(value), so the config is held to the same rule: 1e-3 would not
 * read back as minutes.
 */
export const isPlainPositiveDecimal = (text: string): boolean => /^\d+(\.\d+)?$/.test(text) && Number(text) > 0;

/** A tiny declarative schema: enough to validate the config file with file:line errors. */
export type Spec =
  | { kind: 'string'; enum?: readonly string[]; pattern?: RegExp; hint?: string }
  | { kind: 'boolean' }
  | { kind: 'integer'; min?: number; max?: number }
  /** A plain decimal above zero (`1.5`), as the actions' minute inputs take it. */
  | { kind: 'positive-decimal' }
  | { kind: 'list'; of: Spec; minItems?: number }
  | { kind: 'object'; fields: Record<string, Spec>; required?: readonly string[] };

export interface SchemaProblem {
  path: string;
  line?: number;
  message: string;
}

/** Parses YAML text and validates it; returns plain JS data or the list of problems. */
export function parseAndValidate(text: string, spec: Spec, source: string): { value: unknown; problems: SchemaProblem[] } {
  const lineCounter = new LineCounter();
  const doc = parseLimitedDocument(text, source, { lineCounter, prettyErrors: false, uniqueKeys: true });
  const problems: SchemaProblem[] = doc.errors.map((e) => ({
    path: '',
    line: e.linePos?.[0]?.line,
    message: `invalid YAML: ${e.message.split('\n')[0]}`,
  }));
  if (problems.length > 0) return { value: undefined, problems };
  const lineOf = (n: Node | null | undefined) => (n?.range ? lineCounter.linePos(n.range[0]).line : undefined);
  const value = doc.contents === null ? {} : check(doc.contents as Node, spec, '', problems, lineOf);
  return { value, problems };
}

function check(node: Node, spec: Spec, path: string, problems: SchemaProblem[], lineOf: (n: Node | null | undefined) => number | undefined): unknown {
  const fail = (message: string) => {
    problems.push({ path, line: lineOf(node), message });
    return undefined;
  };
  const where = path || 'the top level';
  switch (spec.kind) {
    case 'string': {
      if (!isScalar(node) || node.value === null || typeof node.value === 'object') return fail(`${where} must be a string`);
      const v = String(node.value);
      if (spec.enum && !spec.enum.includes(v)) return fail(`${where} must be one of ${spec.enum.join(', ')}; got ${JSON.stringify(v)}`);
      if (spec.pattern && !spec.pattern.test(v)) return fail(`${where} ${spec.hint ?? `must match ${spec.pattern}`}; got ${JSON.stringify(v)}`);
      return v;
    }
    case 'boolean':
      if (!isScalar(node) || typeof node.value !== 'boolean') return fail(`${where} must be true or false`);
      return node.value;
    case 'integer': {
      if (!isScalar(node) || typeof node.value !== 'number' || !Number.isInteger(node.value)) return fail(`${where} must be a whole number`);
      if (spec.min !== undefined && node.value < spec.min) return fail(`${where} must be >= ${spec.min}`);
      if (spec.max !== undefined && node.value > spec.max) return fail(`${where} must be <= ${spec.max}`);
      return node.value;
    }
    case 'positive-decimal': {
      if (!isScalar(node) || typeof node.value !== 'number' || !isPlainPositiveDecimal(String(node.value))) {
        return fail(`${where} must be a number above 0 written plainly, like 20 or 1.5`);
      }
      return node.value;
    }
    case 'list': {
      if (!isSeq(node)) return fail(`${where} must be a list`);
      if (spec.minItems !== undefined && node.items.length < spec.minItems) return fail(`${where} needs at least ${spec.minItems} item(s)`);
      return node.items.map((item, i) => check(item as Node, spec.of, `${path}[${i}]`, problems, lineOf));
    }
    case 'object': {
      if (!isMap(node)) return fail(`${where} must be a mapping`);
      const out: Record<string, unknown> = {};
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined;
        const childPath = path ? `${path}.${key}` : String(key);
        if (key === undefined || !(key in spec.fields)) {
          const suggestion = key ? closest(key, Object.keys(spec.fields)) : undefined;
          problems.push({
            path: childPath,
            line: lineOf(pair.key as Node),
            message: `unknown key ${JSON.stringify(key)} in ${where}${suggestion ? ` (did you mean "${suggestion}"?)` : ''}; known keys: ${Object.keys(spec.fields).join(', ')}`,
          });
          continue;
        }
        if (pair.value === null || (isScalar(pair.value) && pair.value.value === null)) {
          problems.push({ path: childPath, line: lineOf(pair.key as Node), message: `${childPath} has no value` });
          continue;
        }
        out[key] = check(pair.value as Node, spec.fields[key]!, childPath, problems, lineOf);
      }
      for (const r of spec.required ?? []) {
        if (!(r in out)) problems.push({ path: path ? `${path}.${r}` : r, line: lineOf(node), message: `${where} needs "${r}"` });
      }
      return out;
    }
  }
}
