import { TemplateFailure, UndefinedVariable, Unsupported } from './errors.js';

/**
 * Python values as Ansible sees them after YAML loading and templating.
 * str -> string, int -> bigint (YAML ints are unbounded), float -> number, bool -> boolean,
 * None -> null, list -> array, dict -> PyDict. Keeping int and float apart matters because
 * Python prints `1.0` and `1` differently.
 */
export type PyValue = string | bigint | number | boolean | null | PyValue[] | PyDict | PyUndefined | PyDictView | PyOpaque;

/**
 * A loaded value whose Python type we do not model (a timestamp, an `!unsafe` or `!vault`
 * string). Templating a variable that contains one yields "unknown".
 */
export class PyOpaque {
  private static count = 0;
  /** Identity for use as a dict key: two opaque values are never known to be equal. */
  readonly id = PyOpaque.count++;
  /**
   * `knownUnequal(other)`: true when the value, whatever it exactly is, cannot equal `other`
   * (e.g. a str subclass name compared with 'bool'), so `==` still has an exact answer.
   */
  constructor(
    readonly reason: string,
    readonly knownUnequal?: (other: PyValue) => boolean,
  ) {}
}

/** Jinja's (Ansible's) undefined value: harmless until something needs its content. */
export class PyUndefined {
  /**
   * `lenient`: jinja2's plain Undefined (what `x if cond` without else yields), which prints
   * as '' instead of failing. Only printing it is modelled; any other use is refused.
   */
  constructor(
    readonly hint: string,
    readonly lenient = false,
  ) {}
}

/** `dict.keys()` / `dict.values()`: Ansible filters unroll these into lists. */
export class PyDictView {
  constructor(
    readonly kind: 'keys' | 'values',
    readonly dict: PyDict,
  ) {}
  toList(): PyValue[] {
    return this.kind === 'keys' ? this.dict.keys() : this.dict.values();
  }
}

/** A Python dict: insertion-ordered, keys compared with Python equality (1 == 1.0 == True). */
export class PyDict {
  private readonly entries_ = new Map<string, [PyValue, PyValue]>();

  static from(pairs: Iterable<[PyValue, PyValue]>): PyDict {
    const d = new PyDict();
    for (const [k, v] of pairs) d.set(k, v);
    return d;
  }

  get size(): number {
    return this.entries_.size;
  }
  has(key: PyValue): boolean {
    return this.entries_.has(hashKey(key));
  }
  get(key: PyValue): PyValue | undefined {
    return this.entries_.get(hashKey(key))?.[1];
  }
  /** Like Python: an existing equal key keeps its original object and position. */
  set(key: PyValue, value: PyValue): void {
    const h = hashKey(key);
    const existing = this.entries_.get(h);
    this.entries_.set(h, [existing ? existing[0] : key, value]);
  }
  keys(): PyValue[] {
    return [...this.entries_.values()].map((e) => e[0]);
  }
  values(): PyValue[] {
    return [...this.entries_.values()].map((e) => e[1]);
  }
  items(): Array<[PyValue, PyValue]> {
    return [...this.entries_.values()];
  }
}

function hashKey(key: PyValue): string {
  if (typeof key === 'string') return `s${key}`;
  if (typeof key === 'bigint') return `n${key}`;
  if (typeof key === 'boolean') return key ? 'n1' : 'n0';
  if (key === null) return 'none';
  if (typeof key === 'number') {
    if (Number.isNaN(key)) throw new Unsupported('NaN as a dictionary key');
    if (Number.isInteger(key)) return `n${BigInt(key)}`;
    return `f${key}`;
  }
  if (key instanceof PyUndefined) throw new UndefinedVariable(key.hint);
  if (key instanceof PyOpaque) return `o${key.id}`;
  throw new TemplateFailure(`unhashable type: '${typeName(key)}'`);
}

export function isUndefined(v: PyValue): v is PyUndefined {
  return v instanceof PyUndefined;
}

/** Raises what jinja2's StrictUndefined raises when an undefined value is actually used. */
export function defined<T extends PyValue>(v: T): Exclude<T, PyUndefined | PyOpaque> {
  if (v instanceof PyUndefined) {
    if (v.lenient) throw new Unsupported('using the Undefined of an inline if without else');
    throw new UndefinedVariable(v.hint);
  }
  if (v instanceof PyOpaque) throw new Unsupported(v.reason);
  return v as Exclude<T, PyUndefined | PyOpaque>;
}

export function typeName(v: PyValue): string {
  if (typeof v === 'string') return 'str';
  if (typeof v === 'bigint') return 'int';
  if (typeof v === 'number') return 'float';
  if (typeof v === 'boolean') return 'bool';
  if (v === null) return 'NoneType';
  if (Array.isArray(v)) return 'list';
  if (v instanceof PyDict) return 'dict';
  if (v instanceof PyDictView) return v.kind === 'keys' ? 'dict_keys' : 'dict_values';
  if (v instanceof PyOpaque) throw new Unsupported(v.reason);
  return 'AnsibleUndefined';
}

/** Python truthiness; using an undefined value in a condition is an error in Ansible. */
export function truthy(v: PyValue): boolean {
  const d = defined(v);
  if (typeof d === 'string') return d.length > 0;
  if (typeof d === 'bigint') return d !== 0n;
  if (typeof d === 'number') return d !== 0;
  if (typeof d === 'boolean') return d;
  if (d === null) return false;
  if (Array.isArray(d)) return d.length > 0;
  if (d instanceof PyDict) return d.size > 0;
  return d.dict.size > 0;
}

/** Python iteration: strings by character, dicts by key. */
export function iterate(v: PyValue): PyValue[] {
  const d = defined(v);
  if (typeof d === 'string') {
    if (hasAstral(d)) throw new Unsupported('iterating a string with characters outside the BMP');
    return [...d];
  }
  if (Array.isArray(d)) return d;
  if (d instanceof PyDict) return d.keys();
  if (d instanceof PyDictView) return d.toList();
  throw new TemplateFailure(`'${typeName(d)}' object is not iterable`);
}

export function hasAstral(s: string): boolean {
  return /[\uD800-\uDFFF]/.test(s);
}

/** Python `==`. */
export function pyEquals(a: PyValue, b: PyValue): boolean {
  if ((a instanceof PyOpaque && a.knownUnequal?.(b)) || (b instanceof PyOpaque && b.knownUnequal?.(a))) return false;
  const x = defined(a);
  const y = defined(b);
  if (isNumeric(x) && isNumeric(y)) return compareNumeric(x, y) === 0;
  if (typeof x === 'string' || typeof y === 'string') return x === y;
  if (x === null || y === null) return x === y;
  if (Array.isArray(x) && Array.isArray(y)) return x.length === y.length && x.every((e, i) => pyEquals(e, y[i] as PyValue));
  if (x instanceof PyDict && y instanceof PyDict) {
    if (x.size !== y.size) return false;
    return x.items().every(([k, v]) => y.has(k) && pyEquals(v, y.get(k) as PyValue));
  }
  if (x instanceof PyDictView || y instanceof PyDictView) throw new Unsupported('comparing dict views');
  return false;
}

type Numeric = bigint | number | boolean;

function isNumeric(v: PyValue): v is Numeric {
  return typeof v === 'bigint' || typeof v === 'number' || typeof v === 'boolean';
}

function toBig(v: bigint | boolean): bigint {
  return typeof v === 'boolean' ? (v ? 1n : 0n) : v;
}

/** Exact comparison of Python numbers (int vs float compared exactly, as Python does). */
function compareNumeric(a: Numeric, b: Numeric): number {
  if (typeof a !== 'number' && typeof b !== 'number') {
    const x = toBig(a);
    const y = toBig(b);
    return x < y ? -1 : x > y ? 1 : 0;
  }
  const fa = typeof a === 'number' ? a : undefined;
  const fb = typeof b === 'number' ? b : undefined;
  if (fa !== undefined && fb !== undefined) return fa < fb ? -1 : fa > fb ? 1 : fa === fb ? 0 : NaN;
  const f = (fa ?? fb) as number;
  const i = toBig((fa === undefined ? a : b) as bigint | boolean);
  if (Number.isNaN(f)) return NaN;
  if (!Number.isFinite(f)) return fa !== undefined ? (f > 0 ? 1 : -1) : f > 0 ? -1 : 1;
  // Compare the float against the int exactly: split the float into integer and fraction parts.
  const whole = BigInt(Math.trunc(f));
  const frac = f - Math.trunc(f);
  let c = whole < i ? -1 : whole > i ? 1 : frac > 0 ? 1 : frac < 0 ? -1 : 0;
  if (fa === undefined) c = -c;
  return c;
}

/** Python ordering (`<` etc.); mixing types that Python cannot order raises TypeError. */
export function pyCompare(a: PyValue, b: PyValue): number {
  const x = defined(a);
  const y = defined(b);
  if (isNumeric(x) && isNumeric(y)) return compareNumeric(x, y);
  if (typeof x === 'string' && typeof y === 'string') {
    if (hasAstral(x) || hasAstral(y)) throw new Unsupported('ordering strings with characters outside the BMP');
    return x < y ? -1 : x > y ? 1 : 0;
  }
  if (Array.isArray(x) && Array.isArray(y)) {
    for (let i = 0; i < Math.min(x.length, y.length); i++) {
      if (!pyEquals(x[i] as PyValue, y[i] as PyValue)) return pyCompare(x[i] as PyValue, y[i] as PyValue);
    }
    return x.length - y.length;
  }
  throw new TemplateFailure(`'<' not supported between instances of '${typeName(x)}' and '${typeName(y)}'`);
}
