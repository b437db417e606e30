import { TemplateFailure, Unsupported } from './errors.js';

type Component = bigint | string;

/**
 * ansible.module_utils.compat.version.LooseVersion, which the `version` test uses by default:
 * split on digit runs, lowercase-letter runs and dots; digit runs compare as numbers, the rest
 * as strings; comparing a number with a string is Python's TypeError ("Version comparison
 * failed" in Ansible).
 */
export function parseLooseVersion(v: string): Component[] {
  if (/[^\x00-\x7f]/.test(v)) throw new Unsupported('version strings with non-ASCII characters');
  return v
    .split(/(\d+|[a-z]+|\.)/)
    .filter((x) => x !== '' && x !== '.')
    .map((x) => (/^\d+$/.test(x) ? BigInt(x) : x));
}

function equalComponents(a: Component[], b: Component[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

/** LooseVersion._cmp for the ordering operators. */
export function compareLoose(a: string, b: string): number {
  const x = parseLooseVersion(a);
  const y = parseLooseVersion(b);
  if (equalComponents(x, y)) return 0;
  for (let i = 0; i < Math.min(x.length, y.length); i++) {
    const p = x[i] as Component;
    const q = y[i] as Component;
    if (p === q) continue;
    if (typeof p !== typeof q) {
      throw new TemplateFailure(`Version comparison failed: '<' not supported between instances of '${typeof p === 'bigint' ? 'int' : 'str'}' and '${typeof q === 'bigint' ? 'int' : 'str'}'`);
    }
    return p < q ? -1 : 1;
  }
  return x.length < y.length ? -1 : 1;
}

const OPERATORS: Record<string, 'eq' | 'ne' | 'lt' | 'le' | 'gt' | 'ge'> = {
  '==': 'eq', '=': 'eq', eq: 'eq', '<': 'lt', lt: 'lt', '<=': 'le', le: 'le', '>': 'gt', gt: 'gt', '>=': 'ge', ge: 'ge', '!=': 'ne', '<>': 'ne', ne: 'ne',
};

/**
 * `value is version(other, operator)` with the default LooseVersion type. Every operator,
 * `==` included, goes through LooseVersion._cmp, which orders the lists when they differ, so
 * `'v1.2' is version('1.2', '==')` is a TypeError in Ansible, not False.
 */
export function versionTest(value: string, other: string, operator: string): boolean {
  const op = OPERATORS[operator];
  if (!op) throw new TemplateFailure(`Invalid operator type (${operator})`);
  const c = compareLoose(value, other);
  switch (op) {
    case 'eq':
      return c === 0;
    case 'ne':
      return c !== 0;
    case 'lt':
      return c < 0;
    case 'le':
      return c <= 0;
    case 'gt':
      return c > 0;
    default:
      return c >= 0;
  }
}
