import { TemplateFailure, UndefinedVariable, Unsupported } from './errors.js';
import { versionTest } from './loose-version.js';
import { pySplit } from './python-objects.js';
import { pythonRegexSub, translatePattern } from './python-regex.js';
import { pyStr } from './python-str.js';
import { PyDict, PyDictView, PyOpaque, PyUndefined, defined, hasAstral, iterate, pyCompare, pyEquals, truthy, typeName, type PyValue } from './values.js';

const REQUIRED = Symbol('required');
type Param = [name: string, fallback: PyValue | typeof REQUIRED];

/** Binds positional and keyword arguments to a Python signature (after the piped value). */
function bind(fn: string, params: Param[], args: PyValue[], kwargs: Array<[string, PyValue]>): PyValue[] {
  if (args.length > params.length) throw new TemplateFailure(`${fn}() takes at most ${params.length} arguments (${args.length} given)`);
  const out: Array<PyValue | typeof REQUIRED> = params.map((p, i) => (i < args.length ? (args[i] as PyValue) : p[1]));
  for (const [k, v] of kwargs) {
    const i = params.findIndex((p) => p[0] === k);
    if (i < 0) throw new TemplateFailure(`${fn}() got an unexpected keyword argument '${k}'`);
    if (i < args.length) throw new TemplateFailure(`${fn}() got multiple values for argument '${k}'`);
    out[i] = v;
  }
  return out.map((v, i) => {
    if (v === REQUIRED) throw new TemplateFailure(`${fn}() missing required argument '${params[i]?.[0]}'`);
    return v;
  });
}

type Filter = (value: PyValue, args: PyValue[], kwargs: Array<[string, PyValue]>) => PyValue;
type Test = (value: PyValue, args: PyValue[], kwargs: Array<[string, PyValue]>) => boolean;

function requireString(fn: string, v: PyValue): string {
  if (v instanceof PyUndefined) throw new UndefinedVariable(v.hint);
  if (typeof v !== 'string') throw new TemplateFailure(`${fn}: expected a string, got ${typeName(v)}`);
  return v;
}

/** Python `int(str)` for base 10 (ASCII only): whitespace, sign, digits with single underscores. */
function parseIntString(s: string): bigint | undefined {
  const m = /^[ \t\n\r\f\v]*([+-]?)(\d(?:_?\d)*)[ \t\n\r\f\v]*$/.exec(s);
  if (!m) return undefined;
  const n = BigInt((m[2] as string).replace(/_/g, ''));
  return m[1] === '-' ? -n : n;
}

/** Python `float(str)` (ASCII only); undefined when Python raises ValueError. */
function parseFloatString(s: string): number | undefined {
  const t = s.replace(/^[ \t\n\r\f\v]+|[ \t\n\r\f\v]+$/g, '');
  if (/^[+-]?(inf|infinity)$/i.test(t)) return t.startsWith('-') ? -Infinity : Infinity;
  if (/^[+-]?nan$/i.test(t)) return NaN;
  const digits = '\\d(?:_?\\d)*';
  const re = new RegExp(`^[+-]?(?:${digits}(?:\\.(?:${digits})?)?|\\.${digits})(?:[eE][+-]?${digits})?$`);
  return re.test(t) ? Number(t.replace(/_/g, '')) : undefined;
}

function truncate(f: number): bigint {
  if (Number.isNaN(f)) throw new TypeError('nan');
  if (!Number.isFinite(f)) throw new TemplateFailure('cannot convert float infinity to integer');
  return BigInt(Math.trunc(f));
}

/** jinja2's do_int: int(value), else int(float(value)), else the default. */
function toInt(value: PyValue, fallback: PyValue, base: PyValue): PyValue {
  if (value instanceof PyOpaque) defined(value);
  if (value instanceof PyUndefined) throw new UndefinedVariable(value.hint); // Undefined.__int__ raises
  if (base !== 10n) throw new Unsupported('int with a base other than 10');
  if (typeof value === 'string') {
    if (/[^\x00-\x7f]/.test(value)) throw new Unsupported('int of non-ASCII text');
    const i = parseIntString(value);
    if (i !== undefined) return i;
    const f = parseFloatString(value);
    if (f === undefined || Number.isNaN(f)) return fallback;
    return truncate(f);
  }
  if (typeof value === 'bigint') return value;
  if (typeof value === 'boolean') return value ? 1n : 0n;
  if (typeof value === 'number') {
    if (Number.isNaN(value)) return fallback;
    return truncate(value);
  }
  return fallback;
}

function reversedItems(v: PyValue): PyValue[] {
  const d = defined(v);
  if (typeof d === 'string' || Array.isArray(d) || d instanceof PyDict || d instanceof PyDictView) return [...iterate(d)].reverse();
  throw new TemplateFailure(`'${typeName(d)}' object is not reversible`);
}

function pyLen(v: PyValue): bigint {
  const d = defined(v);
  if (typeof d === 'string') {
    if (hasAstral(d)) throw new Unsupported('length of a string with characters outside the BMP');
    return BigInt(d.length);
  }
  if (Array.isArray(d)) return BigInt(d.length);
  if (d instanceof PyDict) return BigInt(d.size);
  if (d instanceof PyDictView) return BigInt(d.dict.size);
  throw new TemplateFailure(`object of type '${typeName(d)}' has no len()`);
}

function asciiText(fn: string, v: PyValue): string {
  const s = pyStr(v);
  if (/[^\x00-\x7f]/.test(s)) throw new Unsupported(`${fn} of non-ASCII text`);
  return s;
}

function selectOrReject(value: PyValue, args: PyValue[], kwargs: Array<[string, PyValue]>, keep: boolean): PyValue[] {
  const [name, ...rest] = args;
  const items = iterate(value);
  if (name === undefined) return items.filter((i) => truthy(i) === keep);
  const testName = requireString('select', name);
  return items.filter((i) => callTest(testName, i, rest, kwargs) === keep);
}

/** Ansible's to_bool (the `bool` filter): None and bools pass through; 'yes', 'on', '1', 'true' (any case) and 1 are True. */
function toBool(v: PyValue): PyValue {
  const d = defined(v);
  if (d === null || typeof d === 'boolean') return d;
  if (typeof d === 'string') {
    if (/[^\x00-\x7f]/.test(d)) throw new Unsupported('bool of non-ASCII text');
    return ['yes', 'on', '1', 'true'].includes(d.toLowerCase());
  }
  if (typeof d === 'bigint' || typeof d === 'number') return d === 1n || d === 1;
  return false;
}

/** The class names Python gives text in Ansible: which one depends on where the text came from. */
const STR_CLASSES = new Set(['str', 'AnsibleUnicode', 'AnsibleUnsafeText', 'NativeJinjaText', 'NativeJinjaUnsafeText', 'AnsibleVaultEncryptedUnicode']);

/** `type_debug`: the value's Python class name; for text only which class it is not is known. */
function typeDebug(v: PyValue): PyValue {
  const d = defined(v);
  if (typeof d === 'string') return new PyOpaque('the exact str class type_debug names', (other) => !(typeof other === 'string' && STR_CLASSES.has(other)));
  return typeName(d);
}

const FILTERS: Record<string, Filter> = {
  default: (v, a, k) => {
    const [fallback, boolean] = bind('default', [['default_value', ''], ['boolean', false]], a, k) as [PyValue, PyValue];
    return v instanceof PyUndefined || (truthy(boolean) && !truthy(v)) ? fallback : v;
  },
  dict2items: (v, a, k) => {
    const [keyName, valueName] = bind('dict2items', [['key_name', 'key'], ['value_name', 'value']], a, k) as [PyValue, PyValue];
    if (v instanceof PyOpaque) defined(v);
    if (!(v instanceof PyDict)) throw new TemplateFailure(`dict2items requires a dictionary, got ${v instanceof PyUndefined ? 'AnsibleUndefined' : typeName(v)} instead.`);
    return v.items().map(([key, value]) => PyDict.from([[keyName, key], [valueName, value]]));
  },
  select: (v, a, k) => selectOrReject(v, a, k, true),
  reject: (v, a, k) => selectOrReject(v, a, k, false),
  regex_replace: (v, a, k) => {
    const [pattern, replacement, ignorecase, multiline] = bind(
      'regex_replace',
      [['pattern', ''], ['replacement', ''], ['ignorecase', false], ['multiline', false]],
      a,
      k,
    ) as [PyValue, PyValue, PyValue, PyValue];
    return pythonRegexSub(requireString('regex_replace', pattern), requireString('regex_replace', replacement), pyStr(v), {
      ignorecase: truthy(ignorecase),
      multiline: truthy(multiline),
    });
  },
  split: (v, a, k) => {
    const [sep, maxsplit] = bind('split', [['sep', null], ['maxsplit', -1n]], a, k) as [PyValue, PyValue];
    if (typeof maxsplit !== 'bigint') throw new TemplateFailure('maxsplit must be an integer');
    if (v instanceof PyUndefined) throw new UndefinedVariable(v.hint); // TypeError mentioning AnsibleUndefined
    return pySplit(requireString('split', v), sep, maxsplit);
  },
  join: (v, a, k) => {
    const [sep, attribute] = bind('join', [['d', ''], ['attribute', null]], a, k) as [PyValue, PyValue];
    if (attribute !== null) throw new Unsupported('join(attribute=...)');
    return iterate(v).map(pyStr).join(pyStr(sep));
  },
  int: (v, a, k) => {
    const [fallback, base] = bind('int', [['default', 0n], ['base', 10n]], a, k) as [PyValue, PyValue];
    return toInt(v, fallback, base);
  },
  string: (v, a, k) => {
    bind('string', [], a, k);
    return pyStr(v);
  },
  list: (v, a, k) => {
    bind('list', [], a, k);
    return [...iterate(v)];
  },
  first: (v, a, k) => {
    bind('first', [], a, k);
    const items = iterate(v);
    return items.length ? (items[0] as PyValue) : new PyUndefined('No first item, sequence was empty.');
  },
  last: (v, a, k) => {
    bind('last', [], a, k);
    const items = reversedItems(v);
    return items.length ? (items[0] as PyValue) : new PyUndefined('No last item, sequence was empty.');
  },
  length: (v, a, k) => {
    bind('length', [], a, k);
    return pyLen(v);
  },
  lower: (v, a, k) => {
    bind('lower', [], a, k);
    return asciiText('lower', v).toLowerCase();
  },
  upper: (v, a, k) => {
    bind('upper', [], a, k);
    return asciiText('upper', v).toUpperCase();
  },
  trim: (v, a, k) => {
    const [chars] = bind('trim', [['chars', null]], a, k) as [PyValue];
    if (chars !== null) throw new Unsupported('trim(chars)');
    return pyStr(v).replace(/^[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+|[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+$/g, '');
  },
  replace: (v, a, k) => {
    const [old, replacement, count] = bind('replace', [['old', REQUIRED], ['new', REQUIRED], ['count', null]], a, k) as [PyValue, PyValue, PyValue];
    if (count !== null) throw new Unsupported('replace(count)');
    return pyStr(v).replaceAll(pyStr(old), pyStr(replacement));
  },
  bool: (v, a, k) => {
    bind('bool', [], a, k);
    return toBool(v);
  },
  type_debug: (v, a, k) => {
    bind('type_debug', [], a, k);
    return typeDebug(v);
  },
};
FILTERS.d = FILTERS.default as Filter;
FILTERS.count = FILTERS.length as Filter;

/** Filters whose result Ansible marks NativeJinjaText (never literal_eval'd). */
export const STRING_TYPE_FILTERS = ['string', 'to_json', 'to_nice_json', 'to_yaml', 'to_nice_yaml', 'ppretty', 'json'];

/** Ansible's own plugins answer to their FQCN too; jinja2 builtins do not. */
const ANSIBLE_FILTERS = new Set(['dict2items', 'regex_replace', 'split', 'bool', 'type_debug']);
const ANSIBLE_TESTS = new Set(['version', 'version_compare', 'match', 'search', 'regex']);

function lookupPlugin<T>(table: Record<string, T>, ansibleOwned: Set<string>, name: string, kind: string): T {
  const short = name.startsWith('ansible.builtin.') ? name.slice('ansible.builtin.'.length) : name;
  const fn = Object.hasOwn(table, short) && (short === name || ansibleOwned.has(short)) ? table[short] : undefined;
  if (!fn) throw new Unsupported(`the ${kind} '${name}'`);
  return fn;
}

/** Ansible wraps every filter so generators and dict views come back as lists. */
export function callFilter(name: string, value: PyValue, args: PyValue[], kwargs: Array<[string, PyValue]>): PyValue {
  const result = lookupPlugin(FILTERS, ANSIBLE_FILTERS, name, 'filter')(value, args, kwargs);
  return result instanceof PyDictView ? result.toList() : result;
}

function compareTest(op: (c: number) => boolean): Test {
  return (v, a, k) => {
    const [other] = bind('test', [['other', REQUIRED]], a, k) as [PyValue];
    return op(pyCompare(v, other));
  };
}

const TESTS: Record<string, Test> = {
  version: (v, a, k) => {
    const [other, operator, strict, versionType] = bind(
      'version',
      [['version', REQUIRED], ['operator', 'eq'], ['strict', null], ['version_type', null]],
      a,
      k,
    ) as [PyValue, PyValue, PyValue, PyValue];
    if (strict !== null || versionType !== null) throw new Unsupported('version tests with strict or version_type');
    if (!truthy(v)) throw new TemplateFailure('Input version value cannot be empty');
    if (!truthy(other)) throw new TemplateFailure('Version parameter to compare against cannot be empty');
    return versionTest(pyStr(v), pyStr(other), pyStr(operator));
  },
  defined: (v, a, k) => {
    bind('defined', [], a, k);
    return !(v instanceof PyUndefined);
  },
  undefined: (v, a, k) => {
    bind('undefined', [], a, k);
    return v instanceof PyUndefined;
  },
  none: (v, a, k) => {
    bind('none', [], a, k);
    return v === null;
  },
  string: (v, a, k) => {
    bind('string', [], a, k);
    return typeof v === 'string';
  },
  number: (v, a, k) => {
    bind('number', [], a, k);
    return typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';
  },
  divisibleby: (v, a, k) => {
    const [num] = bind('divisibleby', [['num', REQUIRED]], a, k) as [PyValue];
    const x = defined(v);
    const n = defined(num);
    if (typeof x !== 'bigint' || typeof n !== 'bigint') throw new Unsupported('divisibleby on values that are not ints');
    if (n === 0n) throw new TemplateFailure('integer division or modulo by zero');
    return x % n === 0n;
  },
  match: (v, a, k) => regexTest('match', v, a, k),
  search: (v, a, k) => regexTest('search', v, a, k),
  regex: (v, a, k) => {
    const [pattern, ignorecase, multiline, matchType] = bind('regex', [['pattern', ''], ['ignorecase', false], ['multiline', false], ['match_type', 'search']], a, k) as PyValue[];
    if (matchType !== 'match' && matchType !== 'search') throw new Unsupported(`the regex test with match_type ${pyStr(matchType as PyValue)}`);
    return regexTest(matchType, v, [pattern as PyValue, ignorecase as PyValue, multiline as PyValue], []);
  },
  eq: (v, a, k) => pyEquals(v, bind('eq', [['other', REQUIRED]], a, k)[0] as PyValue),
  ne: (v, a, k) => !pyEquals(v, bind('ne', [['other', REQUIRED]], a, k)[0] as PyValue),
  lt: compareTest((c) => c < 0),
  le: compareTest((c) => c <= 0),
  gt: compareTest((c) => c > 0),
  ge: compareTest((c) => c >= 0),
};
TESTS.version_compare = TESTS.version as Test;
for (const [alias, name] of Object.entries({ '==': 'eq', equalto: 'eq', '!=': 'ne', '<': 'lt', lessthan: 'lt', '<=': 'le', '>': 'gt', greaterthan: 'gt', '>=': 'ge' })) {
  TESTS[alias] = TESTS[name] as Test;
}

/** Ansible's `match` (re.match, anchored at the start) and `search` tests. */
function regexTest(kind: 'match' | 'search', v: PyValue, a: PyValue[], k: Array<[string, PyValue]>): boolean {
  const [pattern, ignorecase, multiline] = bind(kind, [['pattern', ''], ['ignorecase', false], ['multiline', false]], a, k) as [PyValue, PyValue, PyValue];
  const subject = defined(v);
  if (typeof subject !== 'string') throw new Unsupported(`the ${kind} test on a ${typeName(subject)}`);
  const p = requireString(kind, pattern);
  if (/[^\x00-\x7f]/.test(p + subject)) throw new Unsupported(`the ${kind} test with non-ASCII text`);
  const translated = translatePattern(p, truthy(multiline));
  let re: RegExp;
  try {
    re = new RegExp(translated.source, `${truthy(ignorecase) ? 'i' : ''}${kind === 'match' ? 'y' : ''}`);
  } catch (e) {
    throw new Unsupported(`regex ${JSON.stringify(p)} could not be translated: ${(e as Error).message}`);
  }
  return re.test(subject);
}

export function callTest(name: string, value: PyValue, args: PyValue[], kwargs: Array<[string, PyValue]>): boolean {
  return lookupPlugin(TESTS, ANSIBLE_TESTS, name, 'test')(value, args, kwargs);
}
