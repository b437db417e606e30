import { TemplateFailure, Unsupported } from './errors.js';

/**
 * A lexer for the subset of Jinja2 (3.1, as configured by Ansible 2.14: default delimiters,
 * trim_blocks=True, lstrip_blocks=False, keep_trailing_newline=False) that Kubespray's
 * variables use. Whitespace means Python's str.isspace set, as in Jinja's `\s` regexes.
 */

export type Token =
  | { kind: 'data'; value: string }
  | { kind: 'variable_begin' }
  | { kind: 'variable_end' }
  | { kind: 'block_begin' }
  | { kind: 'block_end' }
  | { kind: 'name'; value: string }
  /** `raw` is the source text between the quotes, before any escape processing. */
  | { kind: 'string'; raw: string }
  | { kind: 'integer'; value: bigint }
  | { kind: 'float'; value: number }
  | { kind: 'operator'; value: string };

const WS = '\\t\\n\\v\\f\\r \\x1c-\\x1f\\x85\\xa0\\u1680\\u2000-\\u200a\\u2028\\u2029\\u202f\\u205f\\u3000';
const WS_RUN = new RegExp(`[${WS}]+`, 'y');
const TRAILING_WS = new RegExp(`[${WS}]+$`);
const OPERATORS = ['//', '**', '==', '!=', '>=', '<=', '+', '-', '/', '*', '%', '~', '[', ']', '(', ')', '{', '}', '>', '<', '=', '.', ':', '|', ',', ';'];
const FLOAT = /(?<!\.)(?:\d+_)*\d+(?:(?:\.(?:\d+_)*\d+)?[eE][+-]?(?:\d+_)*\d+|\.(?:\d+_)*\d+)/y;
const INTEGER = /0[bBoOxX]|[1-9](?:_?\d)*|0(?:_?0)*/y;
const NAME = /[a-zA-Z_][a-zA-Z0-9_]*/y;
const STRING = /'([^'\\]*(?:\\[\s\S][^'\\]*)*)'|"([^"\\]*(?:\\[\s\S][^"\\]*)*)"/y;
const OPEN_TAG = /\{\{|\{%|\{#/g;

export function tokenize(template: string): Token[] {
  const source = normalizeNewlines(template);
  const tokens: Token[] = [];
  let pos = 0;
  while (pos < source.length) {
    OPEN_TAG.lastIndex = pos;
    const open = OPEN_TAG.exec(source);
    if (!open) {
      tokens.push({ kind: 'data', value: source.slice(pos) });
      break;
    }
    let text = source.slice(pos, open.index);
    let cursor = open.index + 2;
    const sign = source[cursor];
    if (sign === '-' || sign === '+') cursor++;
    if (sign === '-') text = text.replace(TRAILING_WS, '');
    if (text) tokens.push({ kind: 'data', value: text });
    if (open[0] === '{#') pos = skipComment(source, cursor);
    else if (open[0] === '{%') pos = lexTag(source, cursor, 'block', tokens);
    else pos = lexTag(source, cursor, 'variable', tokens);
  }
  return tokens;
}

/** Jinja splits on \r\n, \r and \n, rejoins with \n and drops one trailing newline. */
function normalizeNewlines(s: string): string {
  const n = s.replace(/\r\n|\r/g, '\n');
  return n.endsWith('\n') ? n.slice(0, -1) : n;
}

function skipComment(source: string, from: number): number {
  const end = source.indexOf('#}', from);
  if (end < 0) throw new TemplateFailure('Missing end of comment tag');
  const before = source[end - 1];
  let pos = end + 2;
  if (before === '-' && end - 1 >= from) pos = skipWhitespace(source, pos);
  else if (before !== '+' && source[pos] === '\n') pos++;
  return pos;
}

function skipWhitespace(source: string, pos: number): number {
  WS_RUN.lastIndex = pos;
  return WS_RUN.exec(source) ? WS_RUN.lastIndex : pos;
}

function lexTag(source: string, from: number, kind: 'block' | 'variable', tokens: Token[]): number {
  tokens.push({ kind: kind === 'block' ? 'block_begin' : 'variable_begin' });
  if (kind === 'block' && /^[ \t]*raw\b/.test(source.slice(from, from + 20))) throw new Unsupported('{% raw %} blocks');
  const close = kind === 'block' ? '%}' : '}}';
  const balance: string[] = [];
  let pos = from;
  while (pos < source.length) {
    if (balance.length === 0) {
      const end = matchTagEnd(source, pos, close, kind);
      if (end !== undefined) {
        tokens.push({ kind: kind === 'block' ? 'block_end' : 'variable_end' });
        return end;
      }
    }
    WS_RUN.lastIndex = pos;
    if (WS_RUN.exec(source)) {
      pos = WS_RUN.lastIndex;
      continue;
    }
    const m = matchAt(FLOAT, source, pos);
    if (m !== undefined) {
      tokens.push({ kind: 'float', value: Number(m.replace(/_/g, '')) });
      pos += m.length;
      continue;
    }
    const i = matchAt(INTEGER, source, pos);
    if (i !== undefined) {
      if (/^0[bBoOxX]/.test(i)) throw new Unsupported('non-decimal integer literals');
      tokens.push({ kind: 'integer', value: BigInt(i.replace(/_/g, '')) });
      pos += i.length;
      continue;
    }
    const n = matchAt(NAME, source, pos);
    if (n !== undefined) {
      if (/[^\x00-\x7f]/.test(source[pos + n.length] ?? '')) throw new Unsupported('non-ASCII identifiers');
      tokens.push({ kind: 'name', value: n });
      pos += n.length;
      continue;
    }
    STRING.lastIndex = pos;
    const s = STRING.exec(source);
    if (s) {
      tokens.push({ kind: 'string', raw: s[1] ?? s[2] ?? '' });
      pos = STRING.lastIndex;
      continue;
    }
    const op = OPERATORS.find((o) => source.startsWith(o, pos));
    if (op === undefined) {
      if (/[^\x00-\x7f]/.test(source[pos] ?? '')) throw new Unsupported('non-ASCII characters inside a tag');
      throw new TemplateFailure(`unexpected char ${JSON.stringify(source[pos])}`);
    }
    if (op === '(' || op === '[' || op === '{') balance.push(op);
    else if (op === ')' || op === ']' || op === '}') {
      const expected = { ')': '(', ']': '[', '}': '{' }[op];
      if (balance.pop() !== expected) throw new TemplateFailure(`unexpected '${op}'`);
    }
    tokens.push({ kind: 'operator', value: op });
    pos += op.length;
  }
  throw new TemplateFailure(`unexpected end of template, expected '${close}'`);
}

function matchTagEnd(source: string, pos: number, close: string, kind: 'block' | 'variable'): number | undefined {
  if (source.startsWith(`-${close}`, pos)) return skipWhitespace(source, pos + 3);
  if (kind === 'block' && source.startsWith(`+${close}`, pos)) return pos + 3;
  if (source.startsWith(close, pos)) {
    const after = pos + 2;
    return kind === 'block' && source[after] === '\n' ? after + 1 : after;
  }
  return undefined;
}

function matchAt(re: RegExp, source: string, pos: number): string | undefined {
  re.lastIndex = pos;
  const m = re.exec(source);
  return m ? m[0] : undefined;
}
