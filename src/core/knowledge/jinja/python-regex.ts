import { TemplateFailure, Unsupported } from './errors.js';

/**
 * Python `re.sub(pattern, replacement, subject)` (what Ansible's regex_replace runs), done
 * with a JavaScript RegExp. The pattern is translated construct by construct; whatever has
 * different semantics in the two engines and is not translated is refused (Unsupported).
 * Everything must be ASCII so that `\d`, `\w`, `\b` and case folding agree.
 */
export function pythonRegexSub(pattern: string, replacement: string, subject: string, flags: { ignorecase?: boolean; multiline?: boolean } = {}): string {
  for (const [what, s] of [
    ['pattern', pattern],
    ['replacement', replacement],
    ['subject', subject],
  ] as const) {
    if (/[^\x00-\x7f]/.test(s)) throw new Unsupported(`regex_replace with a non-ASCII ${what}`);
  }
  const translated = translatePattern(pattern, flags.multiline ?? false);
  let re: RegExp;
  try {
    re = new RegExp(translated.source, flags.ignorecase ? 'gi' : 'g');
  } catch (e) {
    throw new Unsupported(`regex ${JSON.stringify(pattern)} could not be translated: ${(e as Error).message}`);
  }
  const template = parseReplacement(replacement, translated.groups, translated.names);
  let out = '';
  let last = 0;
  for (const m of subject.matchAll(re)) {
    out += subject.slice(last, m.index);
    for (const part of template) out += typeof part === 'string' ? part : (m[part] ?? '');
    last = m.index + m[0].length;
  }
  return out + subject.slice(last);
}

interface Translated {
  source: string;
  groups: number;
  names: Map<string, number>;
}

const SPACE_CLASS = '\\t\\n\\v\\f\\r \\x1c-\\x1f';

export function translatePattern(pattern: string, multiline: boolean): Translated {
  let out = '';
  let groups = 0;
  const names = new Map<string, number>();
  let i = 0;
  const n = pattern.length;
  while (i < n) {
    const c = pattern[i] as string;
    if (c === '\\') {
      const [js, len] = translateEscape(pattern, i, false);
      out += js;
      i += len;
    } else if (c === '[') {
      const [js, len] = translateClass(pattern, i);
      out += js;
      i += len;
    } else if (c === '(') {
      if (pattern[i + 1] === '?') {
        const rest = pattern.slice(i + 2);
        if (rest.startsWith(':') || rest.startsWith('=') || rest.startsWith('!')) {
          out += `(?${rest[0]}`;
          i += 3;
        } else if (rest.startsWith('P<')) {
          const m = /^P<([A-Za-z_][A-Za-z0-9_]*)>/.exec(rest);
          if (!m) throw new Unsupported('unusual group name');
          groups++;
          if (names.has(m[1] as string)) throw new TemplateFailure(`redefinition of group name '${m[1]}'`);
          names.set(m[1] as string, groups);
          out += `(?<${m[1]}>`;
          i += 2 + m[0].length;
        } else throw new Unsupported(`regex construct (?${rest.slice(0, 2)}`);
      } else {
        groups++;
        out += '(';
        i++;
      }
    } else if (c === '{') {
      const m = /^\{(\d*)(?:(,)(\d*))?\}/.exec(pattern.slice(i));
      if (pattern[i + 1] === '}' || !m) {
        out += '\\{';
        i++;
      } else {
        const lo = m[1] || '0';
        out += m[2] ? `{${lo},${m[3] ?? ''}}` : `{${lo}}`;
        i += m[0].length;
        if (pattern[i] === '+') throw new Unsupported('possessive quantifiers');
      }
    } else if (c === '*' || c === '+' || c === '?') {
      out += c;
      i++;
      if (pattern[i] === '+') throw new Unsupported('possessive quantifiers');
    } else if (c === '.') {
      out += '[^\\n]';
      i++;
    } else if (c === '^') {
      out += multiline ? '(?:^|(?<=\\n))' : '^';
      i++;
    } else if (c === '$') {
      out += multiline ? '(?=\\n|$)' : '(?=\\n?$)';
      i++;
    } else if (c === '}' || c === ']' || c === '/') {
      out += `\\${c}`;
      i++;
    } else {
      out += c;
      i++;
    }
  }
  return { source: out, groups, names };
}

/** One escape at pattern[i] (a backslash); returns the JS text and how many characters it used. */
function translateEscape(pattern: string, i: number, inClass: boolean): [string, number] {
  const next = pattern[i + 1];
  if (next === undefined) throw new TemplateFailure('bad escape (end of pattern)');
  if ('dDwW'.includes(next)) return [`\\${next}`, 2];
  if (next === 's') return [inClass ? SPACE_CLASS : `[${SPACE_CLASS}]`, 2];
  if (next === 'S') {
    if (inClass) throw new Unsupported('\\S inside a character class');
    return [`[^${SPACE_CLASS}]`, 2];
  }
  if (next === 'b') return [inClass ? '\\x08' : '\\b', 2];
  if (next === 'B' && !inClass) return ['\\B', 2];
  if (next === 'A' && !inClass) return ['^', 2];
  if (next === 'Z' && !inClass) return ['$', 2];
  if ('ntrfv'.includes(next)) return [`\\${next}`, 2];
  if (next === 'a') return ['\\x07', 2];
  if (next === 'x') {
    const hex = pattern.slice(i + 2, i + 4);
    if (!/^[0-9a-fA-F]{2}$/.test(hex)) throw new TemplateFailure('incomplete escape \\x');
    return [`\\x${hex}`, 4];
  }
  if (next === 'u') {
    const hex = pattern.slice(i + 2, i + 6);
    if (!/^[0-9a-fA-F]{4}$/.test(hex)) throw new TemplateFailure('incomplete escape \\u');
    return [`\\u${hex}`, 6];
  }
  if (/[0-9]/.test(next)) throw new Unsupported('octal escapes and backreferences in patterns');
  if (/[A-Za-z]/.test(next)) {
    if (!inClass && 'BAZ'.includes(next)) throw new Error('unreachable');
    throw new Unsupported(`the escape \\${next}`);
  }
  // Python treats an escaped ASCII punctuation character as itself; so does a non-unicode JS RegExp.
  return [`\\${next}`, 2];
}

function translateClass(pattern: string, start: number): [string, number] {
  let i = start + 1;
  let out = '[';
  if (pattern[i] === '^') {
    out += '^';
    i++;
  }
  // Python takes a `]` right after `[` or `[^` literally; JavaScript would close the class.
  if (pattern[i] === ']') {
    out += '\\]';
    i++;
  }
  while (i < pattern.length) {
    const c = pattern[i] as string;
    if (c === ']') return [`${out}]`, i + 1 - start];
    if (c === '\\') {
      const [js, len] = translateEscape(pattern, i, true);
      out += js;
      i += len;
    } else if (c === '[') {
      out += '\\[';
      i++;
    } else {
      out += c;
      i++;
    }
  }
  throw new TemplateFailure('unterminated character set');
}

type TemplatePart = string | number;

const TEMPLATE_ESCAPES: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };

/** Python's re template syntax: \g<name>, \g<n>, \n, \nn, octal \0.. and the usual escapes. */
export function parseReplacement(template: string, groups: number, names: Map<string, number>): TemplatePart[] {
  const parts: TemplatePart[] = [];
  let literal = '';
  const group = (index: number): void => {
    if (index > groups) throw new TemplateFailure(`invalid group reference ${index}`);
    parts.push(literal, index);
    literal = '';
  };
  for (let i = 0; i < template.length; i++) {
    const c = template[i] as string;
    if (c !== '\\') {
      literal += c;
      continue;
    }
    const next = template[i + 1];
    if (next === undefined) throw new TemplateFailure('bad escape (end of pattern)');
    if (next === 'g') {
      const m = /^<([^>]*)>/.exec(template.slice(i + 2));
      if (!m) throw new TemplateFailure('missing group name');
      const name = m[1] as string;
      if (/^\d+$/.test(name)) group(Number(name));
      else if (names.has(name)) group(names.get(name) as number);
      else if (/^[A-Za-z_][A-Za-z0-9_]*$/.test(name)) throw new TemplateFailure(`unknown group name '${name}'`);
      else throw new TemplateFailure(`bad character in group name '${name}'`);
      i += 1 + m[0].length;
    } else if (next === '0') {
      const m = /^[0-7]{0,2}/.exec(template.slice(i + 2)) as RegExpExecArray;
      literal += String.fromCharCode(parseInt(`0${m[0]}`, 8));
      i += 1 + m[0].length;
    } else if (/[1-9]/.test(next)) {
      const d2 = template[i + 2];
      const d3 = template[i + 3];
      if (d2 !== undefined && /[0-9]/.test(d2)) {
        if (/[0-7]/.test(next) && /[0-7]/.test(d2) && d3 !== undefined && /[0-7]/.test(d3)) {
          const code = parseInt(next + d2 + d3, 8);
          if (code > 0o377) throw new TemplateFailure('octal escape value outside of range 0-0o377');
          literal += String.fromCharCode(code);
          i += 3;
        } else {
          group(Number(next + d2));
          i += 2;
        }
      } else {
        group(Number(next));
        i += 1;
      }
    } else if (next in TEMPLATE_ESCAPES) {
      literal += TEMPLATE_ESCAPES[next];
      i += 1;
    } else if (/[A-Za-z]/.test(next)) throw new TemplateFailure(`bad escape \\${next}`);
    else {
      literal += `\\${next}`;
      i += 1;
    }
  }
  parts.push(literal);
  return parts.filter((p) => p !== '');
}
