import { TemplateFailure, Unsupported } from './errors.js';
import { decodePythonEscapes } from './python-escapes.js';
import { PyDict, type PyValue } from './values.js';

const CONSTANTS: Record<string, PyValue> = { True: true, False: false, None: null, true: true, false: false, null: null };

/**
 * Ansible's post-templating `ast.literal_eval` (with JSON true/false/null allowed) for the
 * forms we can decide exactly: lists, dicts, strings, numbers and constants. Anything else
 * is refused as Unsupported rather than guessed as "Python would leave it a string".
 */
export function pythonLiteralEval(text: string): PyValue {
  const p = new LiteralParser(text);
  const v = p.value();
  p.skipSpace();
  if (!p.atEnd()) throw new Unsupported('a Python literal followed by more text');
  return v;
}

class LiteralParser {
  private i = 0;
  constructor(private readonly s: string) {}

  atEnd(): boolean {
    return this.i >= this.s.length;
  }

  skipSpace(): void {
    while (this.i < this.s.length && /[ \t\n\r\f]/.test(this.s[this.i] as string)) this.i++;
  }

  value(): PyValue {
    this.skipSpace();
    const c = this.s[this.i];
    if (c === '[') return this.list();
    if (c === '{') return this.dict();
    if (c === "'" || c === '"') return this.strings();
    if (c === '-' || c === '+' || (c !== undefined && /[0-9.]/.test(c))) return this.number();
    const m = /^[A-Za-z_][A-Za-z0-9_]*/.exec(this.s.slice(this.i));
    if (m && m[0] in CONSTANTS) {
      this.i += m[0].length;
      return CONSTANTS[m[0]] as PyValue;
    }
    throw new Unsupported(`Python literal syntax at ${JSON.stringify(this.s.slice(this.i, this.i + 10))}`);
  }

  private list(): PyValue[] {
    this.i++;
    const items: PyValue[] = [];
    for (;;) {
      this.skipSpace();
      if (this.s[this.i] === ']') {
        this.i++;
        return items;
      }
      items.push(this.value());
      this.skipSpace();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== ']') throw new Unsupported('Python list syntax');
    }
  }

  private dict(): PyDict {
    this.i++;
    const d = new PyDict();
    for (;;) {
      this.skipSpace();
      if (this.s[this.i] === '}') {
        this.i++;
        return d;
      }
      const key = this.value();
      this.skipSpace();
      if (this.s[this.i] !== ':') throw new Unsupported('Python set or dict syntax');
      this.i++;
      const value = this.value();
      if (Array.isArray(key) || key instanceof PyDict) throw new TemplateFailure('unhashable dict key in literal');
      d.set(key, value);
      this.skipSpace();
      if (this.s[this.i] === ',') this.i++;
      else if (this.s[this.i] !== '}') throw new Unsupported('Python dict syntax');
    }
  }

  private strings(): string {
    let out = '';
    do {
      const quote = this.s[this.i] as string;
      if (this.s.startsWith(quote.repeat(3), this.i)) throw new Unsupported('triple-quoted strings');
      const re = quote === "'" ? /^'((?:[^'\\\n]|\\[\s\S])*)'/ : /^"((?:[^"\\\n]|\\[\s\S])*)"/;
      const m = re.exec(this.s.slice(this.i));
      if (!m) throw new Unsupported('unterminated Python string');
      out += decodePythonEscapes(m[1] as string);
      this.i += m[0].length;
      this.skipSpace();
    } while (this.s[this.i] === "'" || this.s[this.i] === '"');
    return out;
  }

  private number(): PyValue {
    const m = /^([-+]?)[ \t]*((?:\d+(?:_\d+)*)?(\.)?(?:\d+(?:_\d+)*)?(?:[eE][-+]?\d+(?:_\d+)*)?)/.exec(this.s.slice(this.i));
    const body = m?.[2] ?? '';
    if (!m || !/\d/.test(body) || /[jJxXoObB]/.test(this.s[this.i + m[0].length] ?? '')) throw new Unsupported('Python number syntax');
    this.i += m[0].length;
    const negative = m[1] === '-';
    const clean = body.replace(/_/g, '');
    if (m[3] !== undefined || /[eE]/.test(clean)) return (negative ? -1 : 1) * Number(clean);
    if (/^0\d/.test(clean) && !/^0+$/.test(clean)) throw new Unsupported('leading zeros in a Python integer');
    return (negative ? -1n : 1n) * BigInt(clean);
  }
}
