import { TemplateFailure, UndefinedVariable, Unsupported } from './errors.js';
import { callFilter, callTest } from './filters.js';
import type { Expr, TemplateNode } from './parser.js';
import { decodePythonEscapes } from './python-escapes.js';
import { PyMethod, callMethod, jinjaGetattr, jinjaGetitem, type EvalValue } from './python-objects.js';
import { pyStr } from './python-str.js';
import { PyDict, PyDictView, PyUndefined, defined, hasAstral, iterate, pyCompare, pyEquals, truthy, typeName, type PyValue } from './values.js';

/** Where names come from: Ansible's AnsibleJ2Vars (lazily templated variables). */
export interface NameResolver {
  /** The templated value, or undefined (JS) when no variable has that name. */
  lookup(name: string): PyValue | undefined;
}

/** Jinja globals Ansible defines; using one is outside this evaluator. */
const GLOBALS = new Set(['range', 'dict', 'lipsum', 'cycler', 'joiner', 'namespace', 'lookup', 'query', 'q', 'now', 'undef']);

/**
 * Variables a real Kubespray run has but our scope does not: Ansible's magic variables and
 * gathered facts (`ansible_*`). Treating them as undefined could let `default()` or
 * `is defined` produce a confident wrong answer, so using one is refused instead.
 */
const MAGIC = new Set([
  'hostvars', 'groups', 'group_names', 'inventory_hostname', 'inventory_hostname_short', 'inventory_dir', 'inventory_file',
  'playbook_dir', 'play_hosts', 'role_name', 'role_path', 'role_names', 'omit', 'vars', 'environment',
]);

export function isRuntimeVariable(name: string): boolean {
  return MAGIC.has(name) || name.startsWith('ansible_') || name.startsWith('discovered_interpreter_');
}

/** Runs a parsed template and returns the values its output nodes yield, finalized as Ansible does. */
export function renderNodes(nodes: TemplateNode[], names: NameResolver): PyValue[] {
  const out: PyValue[] = [];
  const run = (body: TemplateNode[]): void => {
    for (const node of body) {
      if (node.type === 'text') out.push(node.text);
      else if (node.type === 'output') out.push(finalize(evaluate(node.expr, names)));
      else {
        const branch = node.branches.find((b) => truthy(value(evaluate(b.test, names))));
        run(branch ? branch.body : node.otherwise);
      }
    }
  };
  run(nodes);
  return out;
}

/** Ansible's _ansible_finalize: None prints as '', generators/views unroll, any Undefined inside fails. */
function finalize(v: EvalValue): PyValue {
  const x = value(v);
  if (x instanceof PyUndefined && x.lenient) return '';
  failOnUndefined(x);
  if (x === null) return '';
  if (x instanceof PyDictView) return x.toList();
  return x;
}

function failOnUndefined(v: PyValue): void {
  if (v instanceof PyDict) v.values().forEach(failOnUndefined);
  else if (Array.isArray(v)) v.forEach(failOnUndefined);
  else defined(v);
}

/** A value that is not a bound method (a method object escaping into data is not modelled). */
function value(v: EvalValue): PyValue {
  if (v instanceof PyMethod) throw new Unsupported(`the bound method ${typeName(v.self)}.${v.name} used as a value`);
  return v;
}

function decodeString(raw: string, inVariable: boolean): string {
  if (!inVariable) return decodePythonEscapes(raw);
  // Ansible doubles every backslash inside {{ }} string literals before jinja2 decodes them,
  // so such literals are effectively raw, unless the doubling re-splits the literal at an escaped quote.
  if (/\\['"]/.test(raw)) throw new Unsupported('escaped quotes inside a {{ }} string literal');
  return raw;
}

export function evaluate(e: Expr, names: NameResolver): EvalValue {
  const ev = (x: Expr): PyValue => value(evaluate(x, names));
  switch (e.type) {
    case 'const':
      return e.value;
    case 'str':
      return decodeString(e.raw, e.inVariable);
    case 'name': {
      const v = names.lookup(e.name);
      if (v !== undefined) return v;
      if (GLOBALS.has(e.name)) throw new Unsupported(`the Jinja global '${e.name}'`);
      if (isRuntimeVariable(e.name)) throw new Unsupported(`'${e.name}', which only a real Ansible run defines (magic variable or fact)`);
      return new PyUndefined(`'${e.name}' is undefined`);
    }
    case 'list':
      return e.items.map(ev);
    case 'dict':
      return PyDict.from(e.items.map(([k, v]) => [defined(ev(k)), ev(v)]));
    case 'getattr':
      return jinjaGetattr(ev(e.obj), e.attr);
    case 'getitem':
      return jinjaGetitem(ev(e.obj), ev(e.key));
    case 'slice':
      return slice(ev(e.obj), e.start && ev(e.start), e.stop && ev(e.stop), e.step && ev(e.step));
    case 'call': {
      const callee = evaluate(e.callee, names);
      const args = e.args.map(ev);
      const kwargs = e.kwargs.map(([k, v]) => [k, ev(v)] as [string, PyValue]);
      if (callee instanceof PyUndefined) throw new UndefinedVariable(callee.hint);
      if (!(callee instanceof PyMethod)) throw new TemplateFailure(`'${typeName(callee)}' object is not callable`);
      return callMethod(callee, args, kwargs);
    }
    case 'filter':
      return callFilter(e.name, ev(e.input), e.args.map(ev), e.kwargs.map(([k, v]) => [k, ev(v)]));
    case 'test':
      return callTest(e.name, ev(e.input), e.args.map(ev), e.kwargs.map(([k, v]) => [k, ev(v)]));
    case 'not':
      return !truthy(ev(e.operand));
    case 'neg':
    case 'pos':
      return unary(e.type, ev(e.operand));
    case 'and': {
      const left = ev(e.left);
      return truthy(left) ? ev(e.right) : left;
    }
    case 'or': {
      const left = ev(e.left);
      return truthy(left) ? left : ev(e.right);
    }
    case 'add':
    case 'sub':
      return arithmetic(e.type, ev(e.left), ev(e.right));
    case 'pow':
      return power(ev(e.left), ev(e.right));
    case 'concat':
      return e.parts.map((p) => pyStr(ev(p))).join('');
    case 'compare': {
      let left = ev(e.first);
      for (const [op, rightExpr] of e.ops) {
        const right = ev(rightExpr);
        if (!compare(op, left, right)) return false;
        left = right;
      }
      return true;
    }
    case 'cond':
      if (truthy(ev(e.test))) return ev(e.then);
      return e.otherwise ? ev(e.otherwise) : new PyUndefined('the inline if-expression evaluated to false and no else section was defined.', true);
  }
}

function unary(op: 'neg' | 'pos', v: PyValue): PyValue {
  const d = defined(v);
  const n = typeof d === 'boolean' ? (d ? 1n : 0n) : d;
  if (typeof n === 'bigint') return op === 'neg' ? -n : n;
  if (typeof n === 'number') return op === 'neg' ? -n : n;
  throw new TemplateFailure(`bad operand type for unary ${op === 'neg' ? '-' : '+'}: '${typeName(d)}'`);
}

function arithmetic(op: 'add' | 'sub', a: PyValue, b: PyValue): PyValue {
  const x = defined(a);
  const y = defined(b);
  const num = (v: PyValue): bigint | number | undefined => (typeof v === 'boolean' ? (v ? 1n : 0n) : typeof v === 'bigint' || typeof v === 'number' ? v : undefined);
  const nx = num(x);
  const ny = num(y);
  if (nx !== undefined && ny !== undefined) {
    if (typeof nx === 'bigint' && typeof ny === 'bigint') return op === 'add' ? nx + ny : nx - ny;
    if (typeof nx === 'bigint' && (nx > 2n ** 53n || nx < -(2n ** 53n))) throw new Unsupported('mixing large ints with floats');
    if (typeof ny === 'bigint' && (ny > 2n ** 53n || ny < -(2n ** 53n))) throw new Unsupported('mixing large ints with floats');
    return op === 'add' ? Number(nx) + Number(ny) : Number(nx) - Number(ny);
  }
  if (op === 'add' && typeof x === 'string' && typeof y === 'string') return x + y;
  if (op === 'add' && Array.isArray(x) && Array.isArray(y)) return [...x, ...y];
  throw new TemplateFailure(`unsupported operand type(s) for ${op === 'add' ? '+' : '-'}: '${typeName(x)}' and '${typeName(y)}'`);
}

/** Python `int ** int` for a non-negative exponent; floats and negative exponents are not modelled. */
function power(a: PyValue, b: PyValue): PyValue {
  const int = (v: PyValue): bigint | undefined => (typeof v === 'boolean' ? (v ? 1n : 0n) : typeof v === 'bigint' ? v : undefined);
  const x = defined(a);
  const y = defined(b);
  const base = int(x);
  const exp = int(y);
  if (base === undefined || exp === undefined) {
    const numeric = (v: PyValue) => typeof v === 'number' || int(v) !== undefined;
    if (numeric(x) && numeric(y)) throw new Unsupported('** with floats');
    throw new TemplateFailure(`unsupported operand type(s) for ** or pow(): '${typeName(x)}' and '${typeName(y)}'`);
  }
  if (exp < 0n) throw new Unsupported('** with a negative exponent');
  if (exp > 4096n && (base > 1n || base < -1n)) throw new Unsupported('** with a result this large');
  return base ** exp;
}

function compare(op: string, a: PyValue, b: PyValue): boolean {
  switch (op) {
    case 'eq':
      return pyEquals(a, b);
    case 'ne':
      return !pyEquals(a, b);
    case 'lt':
      return pyCompare(a, b) < 0;
    case 'lteq':
      return pyCompare(a, b) <= 0;
    case 'gt':
      return pyCompare(a, b) > 0;
    case 'gteq':
      return pyCompare(a, b) >= 0;
    case 'in':
      return contains(b, a);
    default:
      return !contains(b, a);
  }
}

function contains(container: PyValue, item: PyValue): boolean {
  const c = defined(container);
  if (typeof c === 'string') {
    const i = defined(item);
    if (typeof i !== 'string') throw new TemplateFailure(`'in <string>' requires string as left operand, not ${typeName(i)}`);
    return c.includes(i);
  }
  if (c instanceof PyDict) return c.has(defined(item));
  return iterate(c).some((x) => pyEquals(x, item));
}

/** Python slicing of a list or string (jinja2 compiles `x[a:b]` to a plain subscript). */
function slice(obj: PyValue, start?: PyValue, stop?: PyValue, step?: PyValue): PyValue {
  if (obj instanceof PyUndefined) return obj;
  const d = defined(obj);
  if (!Array.isArray(d) && typeof d !== 'string') throw new TemplateFailure(`'${typeName(d)}' object is not subscriptable`);
  if (typeof d === 'string' && hasAstral(d)) throw new Unsupported('slicing strings with characters outside the BMP');
  const bound = (v: PyValue | undefined): bigint | undefined => {
    if (v === undefined || v === null) return undefined;
    if (typeof v === 'bigint') return v;
    if (typeof v === 'boolean') return v ? 1n : 0n;
    throw new Unsupported('slice bounds that are not ints');
  };
  const st = bound(step) ?? 1n;
  if (st === 0n) throw new TemplateFailure('slice step cannot be zero');
  const len = BigInt(d.length);
  const clamp = (v: bigint | undefined, dflt: bigint, lo: bigint, hi: bigint): bigint => {
    if (v === undefined) return dflt;
    let x = v < 0n ? v + len : v;
    if (x < lo) x = lo;
    if (x > hi) x = hi;
    return x;
  };
  const items = typeof d === 'string' ? [...d] : d;
  const picked: PyValue[] = [];
  if (st > 0n) {
    const from = clamp(bound(start), 0n, 0n, len);
    const to = clamp(bound(stop), len, 0n, len);
    for (let i = from; i < to; i += st) picked.push(items[Number(i)] as PyValue);
  } else {
    const from = clamp(bound(start), len - 1n, -1n, len - 1n);
    const to = clamp(bound(stop), -1n, -1n, len - 1n);
    for (let i = from; i > to; i += st) picked.push(items[Number(i)] as PyValue);
  }
  return typeof d === 'string' ? picked.join('') : picked;
}
