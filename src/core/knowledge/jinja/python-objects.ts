import { TemplateFailure, UndefinedVariable, Unsupported } from './errors.js';
import { PyDict, PyDictView, PyUndefined, defined, hasAstral, typeName, type PyValue } from './values.js';

/** A bound method such as `mydict.keys`; only meaningful as the callee of a call. */
export class PyMethod {
  constructor(
    readonly self: PyValue,
    readonly name: string,
  ) {}
}

export type EvalValue = PyValue | PyMethod;

const DICT_ATTRS = new Set(['clear', 'copy', 'fromkeys', 'get', 'items', 'keys', 'pop', 'popitem', 'setdefault', 'update', 'values']);
const LIST_ATTRS = new Set(['append', 'clear', 'copy', 'count', 'extend', 'index', 'insert', 'pop', 'remove', 'reverse', 'sort']);
const STR_ATTRS = new Set(
  ('capitalize casefold center count encode endswith expandtabs find format format_map index isalnum isalpha isascii isdecimal isdigit ' +
    'isidentifier islower isnumeric isprintable isspace istitle isupper join ljust lower lstrip maketrans partition removeprefix ' +
    'removesuffix replace rfind rindex rjust rpartition rsplit rstrip split splitlines startswith strip swapcase title translate upper zfill').split(' '),
);
const NUMBER_ATTRS = new Set(
  'real imag conjugate bit_length bit_count to_bytes from_bytes as_integer_ratio numerator denominator hex fromhex is_integer'.split(' '),
);

/** Python `getattr(obj, name)`; undefined (JS) when the attribute does not exist. */
function pyGetattr(obj: PyValue, name: string): EvalValue | undefined {
  if (name.startsWith('__')) throw new Unsupported(`the attribute ${name}`);
  const attrs =
    obj instanceof PyDict
      ? DICT_ATTRS
      : Array.isArray(obj)
        ? LIST_ATTRS
        : typeof obj === 'string'
          ? STR_ATTRS
          : typeof obj === 'bigint' || typeof obj === 'number' || typeof obj === 'boolean'
            ? NUMBER_ATTRS
            : undefined;
  if (attrs === undefined) {
    if (obj instanceof PyDictView) throw new Unsupported(`attributes of ${typeName(obj)}`);
    return undefined;
  }
  return attrs.has(name) ? new PyMethod(obj, name) : undefined;
}

/** Python `obj[key]`; undefined (JS) on the errors jinja2 swallows (TypeError, LookupError). */
function pySubscript(obj: PyValue, key: PyValue): PyValue | undefined {
  if (obj instanceof PyDict) {
    if (key instanceof PyUndefined) throw new UndefinedVariable(key.hint); // hashing an Undefined raises UndefinedError
    if (Array.isArray(key) || key instanceof PyDict) return undefined; // unhashable: TypeError
    return obj.get(key);
  }
  if (Array.isArray(obj) || typeof obj === 'string') {
    if (typeof key !== 'bigint' && typeof key !== 'boolean') return undefined;
    if (typeof obj === 'string' && hasAstral(obj)) throw new Unsupported('indexing strings with characters outside the BMP');
    const length = BigInt(obj.length);
    let index = typeof key === 'boolean' ? (key ? 1n : 0n) : key;
    if (index < 0n) index += length;
    if (index < 0n || index >= length) return undefined;
    return obj[Number(index)] as PyValue;
  }
  return undefined;
}

/** jinja2 Environment.getitem: `obj[key]`, then `getattr(obj, key)` for string keys, else Undefined. */
export function jinjaGetitem(obj: PyValue, key: PyValue): EvalValue {
  if (obj instanceof PyUndefined) return obj;
  defined(obj);
  const item = pySubscript(obj, key);
  if (item !== undefined) return item;
  if (typeof key === 'string') {
    const attr = pyGetattr(obj, key);
    if (attr !== undefined) return attr;
  }
  return new PyUndefined(`${describe(obj)} has no attribute or item ${stringForHint(key)}`);
}

/** jinja2 Environment.getattr: `getattr(obj, name)`, then `obj[name]`, else Undefined. */
export function jinjaGetattr(obj: PyValue, name: string): EvalValue {
  if (obj instanceof PyUndefined) return obj;
  defined(obj);
  const attr = pyGetattr(obj, name);
  if (attr !== undefined) return attr;
  const item = pySubscript(obj, name);
  if (item !== undefined) return item;
  return new PyUndefined(`${describe(obj)} has no attribute '${name}'`);
}

function describe(obj: PyValue): string {
  return `'${typeName(obj)}' object`;
}

function stringForHint(key: PyValue): string {
  return typeof key === 'string' ? `'${key}'` : typeof key === 'bigint' ? key.toString() : typeName(key);
}

const WS = /[\t\n\v\f\r \x1c-\x1f\x85\xa0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000]+/;

/** Python `str.split(sep=None, maxsplit=-1)`. */
export function pySplit(s: string, sep: PyValue, maxsplit: bigint): string[] {
  if (sep === null) {
    const parts = s.split(WS).filter((p) => p !== '');
    if (maxsplit >= 0n && parts.length > Number(maxsplit) + 1) throw new Unsupported('split() on whitespace with maxsplit');
    return parts;
  }
  if (typeof sep !== 'string') throw new TemplateFailure(`must be str or None, not ${typeName(sep)}`);
  if (sep === '') throw new TemplateFailure('empty separator');
  const all = s.split(sep);
  if (maxsplit < 0n || all.length <= Number(maxsplit) + 1) return all;
  const n = Number(maxsplit);
  return [...all.slice(0, n), all.slice(n).join(sep)];
}

/** Calls a bound method; only the handful of methods with exactly reproduced semantics. */
export function callMethod(m: PyMethod, args: PyValue[], kwargs: Array<[string, PyValue]>): PyValue {
  const { self, name } = m;
  if (kwargs.length) throw new Unsupported(`keyword arguments to ${typeName(self)}.${name}()`);
  const arity = (min: number, max: number): void => {
    if (args.length < min || args.length > max) throw new TemplateFailure(`${name}() takes ${min === max ? min : `${min} to ${max}`} arguments (${args.length} given)`);
  };
  if (self instanceof PyDict) {
    if (name === 'keys' || name === 'values') {
      arity(0, 0);
      return new PyDictView(name, self);
    }
    if (name === 'get') {
      arity(1, 2);
      const key = args[0] as PyValue;
      if (Array.isArray(key) || key instanceof PyDict) throw new TemplateFailure(`unhashable type: '${typeName(key)}'`);
      const found = self.get(defined(key));
      return found === undefined ? (args[1] ?? null) : found;
    }
  }
  if (typeof self === 'string') {
    const strArgs = args.map((a) => {
      if (typeof a !== 'string') throw new Unsupported(`non-string arguments to str.${name}()`);
      return a;
    });
    if (/[^\x00-\x7f]/.test(self + strArgs.join(''))) throw new Unsupported(`str.${name}() on non-ASCII text`);
    switch (name) {
      case 'lower':
        arity(0, 0);
        return self.toLowerCase();
      case 'upper':
        arity(0, 0);
        return self.toUpperCase();
      case 'startswith':
        arity(1, 1);
        return self.startsWith(strArgs[0] as string);
      case 'endswith':
        arity(1, 1);
        return self.endsWith(strArgs[0] as string);
      case 'replace':
        arity(2, 2);
        return self.replaceAll(strArgs[0] as string, strArgs[1] as string);
      case 'split':
        arity(0, 1);
        return pySplit(self, args[0] ?? null, -1n);
    }
  }
  throw new Unsupported(`the method ${typeName(self)}.${name}()`);
}
