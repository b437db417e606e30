import { TemplateFailure, Unsupported } from './errors.js';

const SIMPLE: Record<string, string> = { '\\': '\\', "'": "'", '"': '"', a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\n': '' };

/**
 * Python's `unicode-escape` decoding (what jinja2 applies to string literals in `{% %}`
 * blocks) and, equivalently for our purposes, the escapes of a plain Python string literal.
 * Unknown escapes stay as written, as Python does.
 */
export function decodePythonEscapes(raw: string): string {
  let out = '';
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i] as string;
    if (ch !== '\\') {
      out += ch;
      continue;
    }
    const next = raw[i + 1];
    if (next === undefined) throw new TemplateFailure('\\ at end of string');
    if (next.charCodeAt(0) > 0x7f) throw new Unsupported('a backslash before a non-ASCII character');
    if (next in SIMPLE) {
      out += SIMPLE[next];
      i++;
    } else if (/[0-7]/.test(next)) {
      const m = /^[0-7]{1,3}/.exec(raw.slice(i + 1)) as RegExpExecArray;
      out += String.fromCharCode(parseInt(m[0], 8));
      i += m[0].length;
    } else if (next === 'x' || next === 'u' || next === 'U') {
      const len = next === 'x' ? 2 : next === 'u' ? 4 : 8;
      const hex = raw.slice(i + 2, i + 2 + len);
      if (!new RegExp(`^[0-9a-fA-F]{${len}}$`).test(hex)) throw new TemplateFailure(`truncated \\${next} escape`);
      const code = parseInt(hex, 16);
      if (code > 0x10ffff) throw new TemplateFailure('illegal Unicode character');
      out += String.fromCodePoint(code);
      i += 1 + len;
    } else if (next === 'N') throw new Unsupported('\\N{...} escapes');
    else {
      out += `\\${next}`;
      i++;
    }
  }
  return out;
}
