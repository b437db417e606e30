import { isAlias, isMap, isScalar, isSeq, type Document, type Node, type Scalar } from 'yaml';
import { ActionError } from '../../core/errors.js';
import { checkYamlSize, parseLimitedDocument, YamlDeadline } from './yaml-limits.js';
import { PyDict, PyOpaque, type PyValue } from '../../core/knowledge/jinja/values.js';
import { fastLoadYaml } from './fast-yaml.js';

/**
 * Loads YAML the way Ansible 2.14 does (PyYAML resolvers, YAML 1.1): `1.10` is the float 1.1,
 * `yes` is True, `010` is 8, `y` is a string. The `yaml` package parses with the failsafe
 * schema (every scalar a string) and this module applies PyYAML's implicit resolvers and
 * constructors itself, so the typing is PyYAML's and not the package's own YAML 1.1 flavour.
 * Values Ansible would give a type we do not model (timestamps, !unsafe, !vault) become
 * PyOpaque: anything that reads them yields "unknown", never a guess.
 */
export function loadAnsibleYaml(text: string, source: string): PyValue {
  checkYamlSize(text, source);
  const fast = fastLoadYaml(text, (scalar, style) => (style === 'quoted' ? scalar : typedScalar(scalar, resolvePlainTag(scalar), source)));
  if (fast !== undefined) return fast;
  return loadAnsibleYamlFully(text, source);
}

/** The full path (the `yaml` package + PyYAML typing); loadAnsibleYaml tries a fast subset reader first. */
export function loadAnsibleYamlFully(text: string, source: string): PyValue {
  const doc = parseLimitedDocument(text, source, { schema: 'failsafe', version: '1.1', uniqueKeys: false, merge: false });
  if (doc.errors.length) throw new ActionError(`${source}: not valid YAML: ${doc.errors[0]?.message ?? ''}`);
  return construct(doc.contents as Node | null, { doc, source, deadline: new YamlDeadline(source) }, 0);
}

const TAG = 'tag:yaml.org,2002:';
const BOOL = /^(?:yes|Yes|YES|no|No|NO|true|True|TRUE|false|False|FALSE|on|On|ON|off|Off|OFF)$/;
const FLOAT =
  /^(?:[-+]?(?:[0-9][0-9_]*)\.[0-9_]*(?:[eE][-+][0-9]+)?|\.[0-9][0-9_]*(?:[eE][-+][0-9]+)?|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN))$/;
const INT = /^(?:[-+]?0b[0-1_]+|[-+]?0[0-7_]+|[-+]?(?:0|[1-9][0-9_]*)|[-+]?0x[0-9a-fA-F_]+|[-+]?[1-9][0-9_]*(?::[0-5]?[0-9])+)$/;
const NULL = /^(?:~|null|Null|NULL|)$/;
const TIMESTAMP =
  /^(?:[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]|[0-9][0-9][0-9][0-9]-[0-9][0-9]?-[0-9][0-9]?(?:[Tt]|[ \t]+)[0-9][0-9]?:[0-9][0-9]:[0-9][0-9](?:\.[0-9]*)?(?:[ \t]*(?:Z|[-+][0-9][0-9]?(?::[0-9][0-9])?))?)$/;

/** PyYAML's implicit resolvers, in registration order, with the first characters each is registered for. */
const RESOLVERS: ReadonlyArray<[tag: string, re: RegExp, firsts: string]> = [
  ['bool', BOOL, 'yYnNtTfFoO'],
  ['float', FLOAT, '-+0123456789.'],
  ['int', INT, '-+0123456789'],
  ['merge', /^<<$/, '<'],
  ['null', NULL, '~nN'],
  ['timestamp', TIMESTAMP, '0123456789'],
  ['value', /^=$/, '='],
];
const RESOLVER_FIRSTS = new Set(RESOLVERS.flatMap(([, , firsts]) => [...firsts]));

/** PyYAML's Resolver.resolve for a plain scalar: resolvers are keyed by the first character, in registration order. */
export function resolvePlainTag(value: string): string {
  if (value === '') return `${TAG}null`;
  const first = value[0] as string;
  if (!RESOLVER_FIRSTS.has(first)) return `${TAG}str`;
  for (const [tag, re, firsts] of RESOLVERS) if (firsts.includes(first) && re.test(value)) return TAG + tag;
  return `${TAG}str`;
}

interface Building {
  doc: Document;
  source: string;
  deadline: YamlDeadline;
}

function construct(node: Node | null, b: Building, depth: number): PyValue {
  const { doc, source } = b;
  b.deadline.tick();
  if (depth > 200) throw new ActionError(`${source}: YAML nesting too deep (recursive alias?)`);
  if (node === null) return null;
  if (isAlias(node)) return construct(node.resolve(doc) as Node | null, b, depth + 1);
  if (isScalar(node)) return constructScalar(node, source);
  if (isSeq(node)) return node.items.map((i) => construct(i as Node | null, b, depth + 1));
  if (isMap(node)) {
    const d = new PyDict();
    for (const [k, v] of flattenMapping(node.items as Array<{ key: unknown; value: unknown }>, doc, source, depth)) {
      const key = construct(k, b, depth + 1);
      if (Array.isArray(key) || key instanceof PyDict) throw new ActionError(`${source}: found unhashable key`);
      d.set(key, construct(v, b, depth + 1));
    }
    return d;
  }
  throw new ActionError(`${source}: unsupported YAML node`);
}

/** PyYAML's flatten_mapping: `<<` merges come first (later sequence entries lose), explicit keys after. */
function flattenMapping(items: Array<{ key: unknown; value: unknown }>, doc: Document, source: string, depth: number): Array<[Node | null, Node | null]> {
  const merged: Array<[Node | null, Node | null]> = [];
  const own: Array<[Node | null, Node | null]> = [];
  for (const item of items) {
    const key = item.key as Node | null;
    const value = item.value as Node | null;
    if (key && isScalar(key) && isPlain(key) && !key.tag && String(key.value) === '<<') {
      const target = value && isAlias(value) ? (value.resolve(doc) as Node | null) : value;
      if (target && isMap(target)) merged.push(...flattenMapping(target.items as typeof items, doc, source, depth + 1));
      else if (target && isSeq(target)) {
        const subs = target.items.map((sub) => {
          const m = sub && isAlias(sub) ? (sub.resolve(doc) as Node | null) : (sub as Node | null);
          if (!m || !isMap(m)) throw new ActionError(`${source}: expected a mapping for merging`);
          return flattenMapping(m.items as typeof items, doc, source, depth + 1);
        });
        for (const s of subs.reverse()) merged.push(...s);
      } else throw new ActionError(`${source}: expected a mapping or list of mappings for merging`);
    } else own.push([key, value]);
  }
  return [...merged, ...own];
}

function isPlain(s: Scalar): boolean {
  return s.type === 'PLAIN' || s.type === undefined;
}

function constructScalar(node: Scalar, source: string): PyValue {
  const text = node.value === null || node.value === undefined ? '' : String(node.value);
  const explicit = node.tag;
  let tag: string;
  if (explicit) tag = explicit === '!' ? `${TAG}str` : explicit;
  else tag = isPlain(node) ? resolvePlainTag(text) : `${TAG}str`;
  return typedScalar(text, tag, source);
}

/** PyYAML's constructor for a scalar with a resolved tag. */
function typedScalar(text: string, tag: string, source: string): PyValue {
  switch (tag) {
    case `${TAG}str`:
      return text;
    case `${TAG}null`:
      return null;
    case `${TAG}bool`:
      return ['yes', 'true', 'on'].includes(text.toLowerCase());
    case `${TAG}int`:
      return constructInt(text, source);
    case `${TAG}float`:
      return constructFloat(text);
    default:
      return new PyOpaque(`${source}: a value tagged ${tag} (${JSON.stringify(text.slice(0, 40))}) is not modelled`);
  }
}

function constructInt(raw: string, source: string): bigint {
  let value = raw.replace(/_/g, '');
  let sign = 1n;
  if (value[0] === '-') sign = -1n;
  if (value[0] === '+' || value[0] === '-') value = value.slice(1);
  try {
    if (value === '0') return 0n;
    if (value.startsWith('0b')) return sign * BigInt(value);
    if (value.startsWith('0x')) return sign * BigInt(value);
    if (value.startsWith('0')) return sign * BigInt(`0o${value.slice(1)}`);
    if (value.includes(':')) {
      return sign * value.split(':').reduce((acc, part) => acc * 60n + BigInt(part), 0n);
    }
    return sign * BigInt(value);
  } catch {
    throw new ActionError(`${source}: invalid integer ${JSON.stringify(raw)}`);
  }
}

function constructFloat(raw: string): number {
  let value = raw.replace(/_/g, '').toLowerCase();
  let sign = 1;
  if (value[0] === '-') sign = -1;
  if (value[0] === '+' || value[0] === '-') value = value.slice(1);
  if (value === '.inf') return sign * Infinity;
  if (value === '.nan') return NaN;
  if (value.includes(':')) {
    // Same summation order as PyYAML (least significant first), so float rounding agrees.
    let total = 0;
    let base = 1;
    for (const part of value.split(':').reverse()) {
      total += Number(part) * base;
      base *= 60;
    }
    return sign * total;
  }
  return sign * Number(value);
}
