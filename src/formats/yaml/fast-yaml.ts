import { PyDict, type PyValue } from '../../core/knowledge/jinja/values.js';

/**
 * A fast reader for the plain block-YAML subset that Kubespray's vars files are written in
 * (block mappings and sequences, one-line plain or quoted scalars, `|`/`>` block scalars,
 * empty `{}`/`[]`, one-line flow sequences of scalars). It returns undefined — "use the full
 * parser" — on anything else: anchors, tags, multi-line flow or quoted scalars, plain
 * scalars continued on the next line, tabs, escapes in double quotes, several documents.
 * Scalars are typed by the caller with PyYAML's resolvers, so results equal the full path
 * (test/kubespray-defaults/fast-yaml.test.ts checks that on every data file).
 */
export type ScalarStyle = 'plain' | 'quoted';
export type ScalarBuilder = (text: string, style: ScalarStyle) => PyValue;

class Bail extends Error {}

interface Line {
  indent: number;
  /** The line without its indentation. */
  text: string;
  /** 0-based line number. */
  no: number;
}

export function fastLoadYaml(text: string, scalar: ScalarBuilder): PyValue | undefined {
  try {
    return new FastParser(text, scalar).document();
  } catch (e) {
    if (e instanceof Bail) return undefined;
    throw e;
  }
}

/** Why the fast reader refuses `text` (for tests and diagnostics), or undefined if it accepts it. */
export function fastYamlRefusal(text: string): string | undefined {
  const parser = new FastParser(text, (s) => s);
  try {
    parser.document();
    return undefined;
  } catch (e) {
    if (e instanceof Bail) return `${e.stack?.split('\n')[2]?.trim() ?? ''} near line ${parser.line + 1}`;
    throw e;
  }
}

const PLAIN_START_FORBIDDEN = /^(?:[-?:](?:\s|$)|[,[\]{}#&*!|>'"%@`])/;

class FastParser {
  private readonly raw: string[];
  private pos = 0;

  /** The line the parser is at (0-based), for diagnostics. */
  get line(): number {
    return this.pos;
  }

  constructor(
    text: string,
    private readonly scalar: ScalarBuilder,
  ) {
    if (/[\r\t\uFEFF]/.test(text)) throw new Bail();
    this.raw = text.split('\n');
    if (this.raw[this.raw.length - 1] === '') this.raw.pop(); // the final newline ends the last line
  }

  document(): PyValue {
    const first = this.peek();
    if (first && first.indent === 0 && /^---(?:\s|$)/.test(first.text)) {
      if (first.text.replace(/^---\s*(#.*)?$/, '') !== '') throw new Bail();
      this.pos = first.no + 1;
    }
    const start = this.peek();
    if (!start) return null;
    if (/^(%|\.\.\.|---)/.test(start.text) && start.indent === 0) throw new Bail();
    const value = this.block(start.indent);
    if (this.peek()) throw new Bail(); // leftovers: a construct we did not understand
    return value;
  }

  /** The next meaningful line (skipping blank and comment-only lines), without consuming it. */
  private peek(): Line | undefined {
    for (let i = this.pos; i < this.raw.length; i++) {
      const line = this.raw[i] as string;
      const text = line.trimStart();
      if (text === '' || text.startsWith('#')) continue;
      return { indent: line.length - text.length, text: text.trimEnd(), no: i };
    }
    return undefined;
  }

  /** A block node whose lines start at exactly `indent`. */
  private block(indent: number): PyValue {
    const line = this.peek() as Line;
    if (line.indent !== indent) throw new Bail();
    if (isSeqItem(line.text)) return this.sequence(indent);
    return this.mapping(indent);
  }

  private sequence(indent: number): PyValue[] {
    const items: PyValue[] = [];
    for (;;) {
      const line = this.peek();
      if (!line || line.indent < indent) return items;
      if (line.indent > indent) throw new Bail();
      // A key at the same column ends an indentless sequence ("key:\n- a\nnext: 1"); anywhere
      // else the caller finds the line unexpected and gives up.
      if (!isSeqItem(line.text)) return items;
      const rest = line.text.slice(1).replace(/^ +/, '');
      const column = indent + (line.text.length - rest.length);
      if (rest === '' || rest.startsWith('#')) {
        this.pos = line.no + 1;
        items.push(this.nestedOrNull(indent, true));
      } else if (isSeqItem(rest) || splitKey(rest)) {
        // "- key: value" / "- - x": a node that starts on this line at `column`.
        this.raw[line.no] = ' '.repeat(column) + rest;
        this.pos = line.no;
        items.push(this.block(column));
      } else {
        this.pos = line.no + 1;
        items.push(this.inlineValue(rest, indent));
      }
    }
  }

  private mapping(indent: number): PyDict {
    const d = new PyDict();
    for (;;) {
      const line = this.peek();
      if (!line || line.indent < indent) return d;
      if (line.indent > indent || isSeqItem(line.text)) throw new Bail();
      const kv = splitKey(line.text);
      if (!kv) throw new Bail();
      const key = this.keyValue(kv.key);
      this.pos = line.no + 1;
      const value = kv.value === '' || kv.value.startsWith('#') ? this.nestedOrNull(indent, false) : this.inlineValue(kv.value, indent);
      d.set(key, value);
    }
  }

  /** The value of a key or item whose own line is empty: a nested block, an indentless sequence, or null. */
  private nestedOrNull(indent: number, inSequence: boolean): PyValue {
    const next = this.peek();
    if (!next) return this.scalar('', 'plain');
    if (next.indent > indent) return this.block(next.indent);
    if (!inSequence && next.indent === indent && isSeqItem(next.text)) return this.sequence(indent);
    return this.scalar('', 'plain');
  }

  private keyValue(key: string): PyValue {
    if (key.startsWith("'") || key.startsWith('"')) return this.scalar(quoted(key), 'quoted');
    if (PLAIN_START_FORBIDDEN.test(key) || key === '<<') throw new Bail();
    return this.scalar(key, 'plain');
  }

  /** A value written after `key: ` or `- ` on the same line. */
  private inlineValue(value: string, parentIndent: number): PyValue {
    if (value.startsWith('|') || value.startsWith('>')) return this.blockScalar(value, parentIndent);
    let text = value;
    let style: ScalarStyle = 'plain';
    if (value.startsWith("'") || value.startsWith('"')) {
      const end = quotedEnd(value);
      const after = value.slice(end).trim();
      if (after !== '' && !after.startsWith('#')) throw new Bail();
      text = quoted(value.slice(0, end));
      style = 'quoted';
    } else if (value.startsWith('[') || value.startsWith('{')) {
      const flow = this.flow(stripComment(value));
      this.rejectContinuation(parentIndent);
      return flow;
    } else {
      if (PLAIN_START_FORBIDDEN.test(value)) throw new Bail();
      text = stripComment(value);
      if (/: |:$/.test(text)) throw new Bail();
    }
    this.rejectContinuation(parentIndent);
    return this.scalar(text, style);
  }

  /** A plain or quoted scalar continued on more-indented lines is multi-line: leave it to the full parser. */
  private rejectContinuation(parentIndent: number): void {
    const next = this.peek();
    if (next && next.indent > parentIndent) throw new Bail();
  }

  private flow(text: string): PyValue {
    if (/^\{\s*\}$/.test(text)) return new PyDict();
    const m = /^\[(.*)\]$/.exec(text);
    if (!m) throw new Bail();
    const body = (m[1] as string).trim();
    if (body === '') return [];
    const items: PyValue[] = [];
    for (const part of splitFlow(body)) {
      const item = part.trim();
      if (item.startsWith("'") || item.startsWith('"')) {
        if (quotedEnd(item) !== item.length) throw new Bail();
        items.push(this.scalar(quoted(item), 'quoted'));
      } else {
        if (item === '' || PLAIN_START_FORBIDDEN.test(item) || /[:#]/.test(item)) throw new Bail();
        items.push(this.scalar(item, 'plain'));
      }
    }
    return items;
  }

  private blockScalar(header: string, parentIndent: number): string {
    const m = /^([|>])([-+]?)\s*(#.*)?$/.exec(header);
    if (!m) throw new Bail();
    const folded = m[1] === '>';
    const chomp = m[2];
    const lines: string[] = [];
    let indent = -1;
    let i = this.pos;
    for (; i < this.raw.length; i++) {
      const line = this.raw[i] as string;
      const content = line.trimStart();
      const lineIndent = line.length - content.length;
      if (content === '') {
        if (indent >= 0 && lineIndent > indent) throw new Bail();
        if (indent < 0 && lineIndent > parentIndent + 1) throw new Bail();
        lines.push('');
        continue;
      }
      if (indent < 0) {
        if (lineIndent <= parentIndent) break;
        indent = lineIndent;
      }
      if (lineIndent < indent) break;
      if (folded && lineIndent > indent) throw new Bail();
      lines.push(line.slice(indent));
    }
    this.pos = i;
    // Trailing empty lines belong to the chomping, not to the content.
    let trailing = 0;
    while (lines.length && lines[lines.length - 1] === '') {
      lines.pop();
      trailing++;
    }
    if (lines.length && lines[0] === '' && folded) throw new Bail(); // leading blank lines fold specially
    let body: string;
    if (folded) {
      body = '';
      let blanks = 0;
      lines.forEach((l, idx) => {
        if (l === '') blanks++;
        else {
          if (idx > 0) body += blanks ? '\n'.repeat(blanks) : ' ';
          body += l;
          blanks = 0;
        }
      });
    } else body = lines.join('\n');
    if (lines.length === 0) throw new Bail();
    if (chomp === '-') return body;
    if (chomp === '+') return `${body}\n${'\n'.repeat(trailing)}`;
    return `${body}\n`;
  }
}

function isSeqItem(text: string): boolean {
  return text === '-' || text.startsWith('- ');
}

/** Splits `key: value` (key plain or quoted, on one line); undefined when the line is not a mapping entry. */
function splitKey(text: string): { key: string; value: string } | undefined {
  if (text.startsWith("'") || text.startsWith('"')) {
    const end = quotedEnd(text);
    if (text[end] !== ':' || (text[end + 1] !== undefined && text[end + 1] !== ' ')) return undefined;
    return { key: text.slice(0, end), value: text.slice(end + 1).trim() };
  }
  const m = /^([^#]*?)(?<!\s)\s*:(?: +|$)/.exec(text);
  if (!m || (m[1] as string) === '') return undefined;
  if (/ #/.test(m[1] as string)) return undefined;
  return { key: m[1] as string, value: text.slice(m[0].length).trim() };
}

/** Index just past the closing quote of the quoted scalar at the start of `text`. */
function quotedEnd(text: string): number {
  const q = text[0];
  for (let i = 1; i < text.length; i++) {
    if (text[i] === '\\' && q === '"') {
      i++;
      continue;
    }
    if (text[i] === q) {
      if (q === "'" && text[i + 1] === "'") {
        i++;
        continue;
      }
      return i + 1;
    }
  }
  throw new Bail(); // continues on the next line
}

const YAML_ESCAPES: Record<string, string> = {
  '0': '\0', a: '\x07', b: '\b', t: '\t', '\t': '\t', n: '\n', v: '\v', f: '\f', r: '\r', e: '\x1b', ' ': ' ', '"': '"', '/': '/', '\\': '\\', N: '\x85', _: '\xa0', L: '\u2028', P: '\u2029',
};

function quoted(token: string): string {
  const inner = token.slice(1, -1);
  if (token[0] === "'") return inner.replace(/''/g, "'");
  return inner.replace(/\\(.)/g, (_m, c: string) => {
    const simple = YAML_ESCAPES[c];
    if (simple !== undefined) return simple;
    throw new Bail(); // \x.. \u.. and anything exotic: the full parser decodes those
  });
}

function stripComment(value: string): string {
  const i = value.search(/\s#/);
  return (i < 0 ? value : value.slice(0, i)).trimEnd();
}

function splitFlow(body: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < body.length; i++) {
    const c = body[i] as string;
    if (c === "'" || c === '"') {
      const end = quotedEnd(body.slice(i));
      current += body.slice(i, i + end);
      i += end - 1;
    } else if (c === ',') {
      parts.push(current);
      current = '';
    } else if (c === '[' || c === ']' || c === '{' || c === '}') throw new Bail();
    else current += c;
  }
  if (current.trim() !== '') parts.push(current);
  else if (parts.length) throw new Bail(); // trailing comma: leave to the full parser
  return parts;
}
