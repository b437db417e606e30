import { TemplateFailure, UndefinedVariable, Unsupported } from './errors.js';
import { renderNodes, type NameResolver } from './evaluator.js';
import { STRING_TYPE_FILTERS } from './filters.js';
import { parseTemplate, type TemplateNode } from './parser.js';
import { pythonLiteralEval } from './python-literal.js';
import { pyStr } from './python-str.js';
import { PyDict, PyOpaque, PyUndefined, type PyValue } from './values.js';

/** Ansible's is_possibly_template: any of the three jinja2 start delimiters. */
export function isPossiblyTemplate(s: string): boolean {
  return s.includes('{{') || s.includes('{%') || s.includes('{#');
}

const SINGLE_VAR = /^\{\{\s*(\w*)\s*\}\}$/;

/**
 * Variables layered as Ansible merges them (later layers win, whole top-level keys replaced),
 * templated lazily and recursively like Ansible's Templar + AnsibleJ2Vars: a variable is
 * templated when first referenced, an undefined reference inside it makes it a lazy
 * Undefined, and a self-reference is a "recursive loop". Results are memoized: templating is
 * deterministic for a fixed set of layers.
 */
export class VariableScope implements NameResolver {
  private readonly raw = new Map<string, PyValue>();
  private readonly done = new Map<string, { value: PyValue } | { error: Error }>();
  private readonly active = new Set<string>();
  private readonly parsed = new Map<string, TemplateNode[]>();

  /**
   * `refuse(name, inScope)`: a reason this scope cannot stand for Ansible's value of the name
   * (it differs between hosts, or a role this scope lacks may set it); using it is then
   * Unsupported instead of a possibly wrong answer.
   */
  constructor(
    layers: ReadonlyArray<ReadonlyMap<string, PyValue>>,
    private readonly refuse?: (name: string, inScope: boolean) => string | undefined,
  ) {
    for (const layer of layers) for (const [k, v] of layer) this.raw.set(k, v);
  }

  has(name: string): boolean {
    return this.raw.has(name);
  }

  rawValue(name: string): PyValue | undefined {
    const why = this.refuse?.(name, this.raw.has(name));
    if (why !== undefined) throw new Unsupported(why);
    return this.raw.get(name);
  }

  /** AnsibleJ2Vars.__getitem__: the templated variable, or Undefined if templating hit an undefined. */
  lookup(name: string): PyValue | undefined {
    const why = this.refuse?.(name, this.raw.has(name));
    if (why !== undefined) throw new Unsupported(why);
    if (!this.raw.has(name)) return undefined;
    try {
      return this.resolve(name);
    } catch (e) {
      if (e instanceof UndefinedVariable) return new PyUndefined(e.message);
      throw e;
    }
  }

  /** `lookup('vars', name)`: templated with fail_on_undefined, errors thrown. */
  resolve(name: string): PyValue {
    const cached = this.done.get(name);
    if (cached) {
      if ('error' in cached) throw cached.error;
      return cached.value;
    }
    if (this.active.has(name)) throw new TemplateFailure(`recursive loop detected in template string (variable '${name}')`);
    this.active.add(name);
    try {
      const value = this.template(this.raw.get(name) as PyValue);
      this.done.set(name, { value });
      return value;
    } catch (e) {
      // A failure that came from a cycle through this variable is not memoized as this variable's own result.
      if (!(e instanceof TemplateFailure && e.message.startsWith('recursive loop'))) this.done.set(name, { error: e as Error });
      throw e;
    } finally {
      this.active.delete(name);
    }
  }

  /** Templar.template: strings with a start delimiter are rendered; lists and dict values recursively. */
  template(v: PyValue): PyValue {
    return this.templateIn(v, this);
  }

  /**
   * Templar.template with names looked up in `names` (e.g. this scope plus a loop's `item`
   * or a host's magic variables), sharing this scope's memoized variables and parses.
   */
  templateIn(v: PyValue, names: NameResolver & { rawValue(name: string): PyValue | undefined }): PyValue {
    if (typeof v === 'string') return isPossiblyTemplate(v) ? this.templateString(v, names) : v;
    if (Array.isArray(v)) return v.map((x) => this.templateIn(x, names));
    if (v instanceof PyDict) return PyDict.from(v.items().map(([k, x]) => [k, this.templateIn(x, names)]));
    if (v instanceof PyOpaque) throw new Unsupported(v.reason);
    return v;
  }

  private templateString(data: string, names: NameResolver & { rawValue(name: string): PyValue | undefined }): PyValue {
    if (data.startsWith('#jinja2:')) throw new Unsupported('#jinja2: environment overrides');
    // Templar.template's shortcut: "{{ name }}" of a bool or number is returned untemplated.
    const single = SINGLE_VAR.exec(data);
    const rawValue = single ? names.rawValue(single[1] as string) : undefined;
    if (rawValue !== undefined) {
      if (typeof rawValue === 'boolean' || typeof rawValue === 'bigint' || typeof rawValue === 'number') return rawValue;
      if (rawValue === null) return null;
    }
    let nodes = this.parsed.get(data);
    if (!nodes) {
      nodes = parseTemplate(data);
      this.parsed.set(data, nodes);
    }
    const out = renderNodes(nodes, names);
    const result = ansibleEvalConcat(out, data);
    if (typeof result === 'string') return restoreTrailingNewlines(result, data);
    return result;
  }
}

/**
 * ansible_eval_concat: join the outputs as text; a result that looks like a list, dict or
 * boolean is turned back into one with ast.literal_eval.
 */
function ansibleEvalConcat(nodes: PyValue[], data: string): PyValue {
  if (nodes.length === 0) return '';
  const out = nodes.map(pyStr).join('');
  if (out.startsWith('{') || out.startsWith('[') || out === 'True' || out === 'False') {
    // A lone string-type filter output (NativeJinjaText) is exempt from literal_eval; we do not
    // track that marker, so refuse instead of guessing.
    if (nodes.length === 1 && STRING_TYPE_FILTERS.some((f) => data.includes(f))) throw new Unsupported('literal-looking output of a string-type filter');
    if (out === 'True') return true;
    if (out === 'False') return false;
    return pythonLiteralEval(out);
  }
  return out;
}

function trailingNewlines(s: string): number {
  let n = 0;
  while (n < s.length && s[s.length - 1 - n] === '\n') n++;
  return n;
}

function restoreTrailingNewlines(result: string, data: string): string {
  const missing = trailingNewlines(data) - trailingNewlines(result);
  return missing > 0 ? result + '\n'.repeat(missing) : result;
}
