/**
 * Inline neutralisation of untrusted Markdown text (outside fenced code).
 *
 * Mentions: `@name` pings whoever it names. A zero-width space after the `@` keeps the
 * text looking the same while GitHub's mention pattern (an ASCII letter or digit right
 * after `@`) no longer matches; Dependabot and Renovate do the same. In URLs the `@` is
 * percent-encoded instead, which keeps the link working.
 *
 * References: GitHub links a bare `#123` or `GH-123` to *this* repository's issue 123 and
 * leaves a "mentioned" event there, which is wrong for notes written for another
 * repository. They get a zero-width space too, or become `owner/repo#123` when the notes'
 * repository is known. Qualified `owner/repo#123` and full URLs are left as they are.
 *
 * Raw HTML (which can hide text, e.g. `<details>` or a style trick) is shown literally by
 * escaping `<`; autolinks `<https://…>` stay. Inline code spans are kept verbatim, since
 * GitHub never links inside them, but only where their extent is certain.
 */

const ZWSP = '\u200B';

export interface InlineOptions {
  /** `owner/repo` the text was written in; bare `#123` becomes a qualified reference to it. */
  sourceRepo?: string;
}

/** Neutralises one paragraph: consecutive non-blank text lines. */
export function neutraliseParagraph(lines: readonly string[], options: InlineOptions): string[] {
  const spans = codeSpans(lines);
  return lines.map((line, i) => {
    let out = '';
    let at = 0;
    for (const [start, end] of spans?.[i] ?? []) {
      out += neutraliseText(line, at, start, options) + line.slice(start, end);
      at = end;
    }
    return out + neutraliseText(line, at, line.length, options);
  });
}

/**
 * Code span ranges per line, or undefined when they are uncertain. GitHub pairs backtick
 * runs across the lines of one paragraph and splits table cells first, and which lines
 * form one paragraph depends on structure this reader does not model. If every
 * `|`-separated piece of every line pairs all of its backtick runs by itself, the pairing
 * is the same however the lines group; otherwise no span is trusted and everything is
 * neutralised (harmless: a zero-width space inside code shows nothing).
 */
function codeSpans(lines: readonly string[]): Array<Array<[number, number]>> | undefined {
  const result: Array<Array<[number, number]>> = [];
  for (const line of lines) {
    // A backslash before a backtick, or a backtick inside a possible autolink, changes
    // pairing in ways not worth modelling.
    if (/\\`/.test(line) || /<[^\s<>]*`[^\s<>]*>/.test(line)) return undefined;
    // Block structure is read before code spans: a `]:` inside one can still end a definition's label.
    if (line.includes(']:')) return undefined;
    const spans: Array<[number, number]> = [];
    let pieceStart = 0;
    for (const piece of line.split('|')) {
      const paired = pairRuns(piece);
      if (!paired) return undefined;
      for (const [s, e] of paired) spans.push([pieceStart + s, pieceStart + e]);
      pieceStart += piece.length + 1;
    }
    result.push(spans);
  }
  return result;
}

/** Spans from each backtick run to the next run of the same length; undefined if a run stays unpaired. */
function pairRuns(text: string): Array<[number, number]> | undefined {
  const runs = [...text.matchAll(/`+/g)].map((m) => ({ at: m.index, len: m[0].length }));
  // nextSame[i]: the next run with run i's length, found in one backward pass (linear even for hostile input).
  const nextSame: number[] = [];
  const lastByLength = new Map<number, number>();
  for (let i = runs.length - 1; i >= 0; i--) {
    nextSame[i] = lastByLength.get(runs[i]!.len) ?? -1;
    lastByLength.set(runs[i]!.len, i);
  }
  const spans: Array<[number, number]> = [];
  for (let i = 0; i < runs.length; i++) {
    const j = nextSame[i]!;
    if (j < 0) return undefined;
    spans.push([runs[i]!.at, runs[j]!.at + runs[j]!.len]);
    i = j;
  }
  return spans;
}

const AUTOLINK = /<[A-Za-z][A-Za-z0-9+.-]{1,31}:[^\s<>]*>/y;
const EMAIL_AUTOLINK = /<[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*>/y;
const URL_START = /(?:https?|ftp):\/\/|www\./iy;
const URL_REST = /[^\s<>]*/y;
const ENTITY = /&(#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/y;
const GH_REF = /gh-(?=[0-9&])/iy;
const NUMBER = /[0-9]+(?![A-Za-z0-9_])/y;
const REF_START = /[0-9&]/y;
const QUALIFIED_REF_PREFIX = /(?:^|[^A-Za-z0-9._/-])[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/;
// Zero-width and bidi characters; U+200D (zero-width joiner) is left in, emoji sequences need it.
const INVISIBLE = /^[\u200B\u200C\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]$/;

function isAlnum(ch: string | undefined): boolean {
  return ch !== undefined && /^[A-Za-z0-9]$/.test(ch);
}

/** The character an entity stands for, when it is one that matters here. */
function entityChar(entity: string): string | undefined {
  const named: Record<string, string> = { commat: '@', num: '#' };
  const body = entity.slice(1, -1);
  if (!body.startsWith('#')) return named[body];
  const code = /^#[xX]/.test(body) ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
  return code <= 0x10ffff ? String.fromCodePoint(code) : undefined;
}

/**
 * What GitHub sees before the current position, as far as mentions and references care:
 * the previous (decoded) character and the current whitespace-delimited word.
 */
class Context {
  prev: string | undefined;
  word = '';
  wordHasAt = false;

  see(decoded: string): void {
    for (const ch of decoded) {
      if (/\s/.test(ch)) {
        this.word = '';
        this.wordHasAt = false;
      } else {
        // The word only feeds an owner/repo check (at most ~140 characters): keep its tail.
        this.word = this.word.length > 512 ? this.word.slice(-256) + ch : this.word + ch;
        if (ch === '@') this.wordHasAt = true;
      }
      this.prev = ch;
    }
  }
}

/** Neutralises `line[from, to)`, which is text (not code); context before `from` is read from `line`. */
function neutraliseText(line: string, from: number, to: number, options: InlineOptions): string {
  const ctx = new Context();
  ctx.see(line.slice(Math.max(0, from - 256), from));
  let out = '';
  const emit = (raw: string, decoded = raw) => {
    out += raw;
    ctx.see(decoded);
  };
  const match = (re: RegExp, at: number) => {
    const m = stickyMatch(re, line, at);
    return m !== undefined && at + m.length <= to ? m : undefined;
  };
  let i = from;
  while (i < to) {
    const ch = line[i]!;
    if (ch === ']' && line[i + 1] === ':') {
      // Every link reference definition has `]:` right after its label, whichever line the
      // label started on, in whatever container: `]\:` shows the same text but defines nothing.
      emit(']\\:', ']:');
      i += 2;
      continue;
    }
    if (ch === '<') {
      const link = match(AUTOLINK, i) ?? match(EMAIL_AUTOLINK, i);
      if (link) {
        emit(link.includes('://') ? encodeUrlMentions(link) : link);
        i += link.length;
      } else {
        emit('&lt;', '<');
        i++;
      }
      continue;
    }
    if (ch === '&') {
      const entity = match(ENTITY, i);
      const decoded = entity ? entityChar(entity) : undefined;
      if (entity && decoded !== undefined && INVISIBLE.test(decoded)) {
        // An encoded zero-width or bidi control can disguise text; drop it.
        i += entity.length;
        continue;
      }
      if (entity && (decoded === '@' || decoded === '#')) {
        i += entity.length;
        emit(neutraliseMarker(decoded, line, i, ctx, options), decoded);
        continue;
      }
      if (entity) {
        emit(entity, decoded ?? entity);
        i += entity.length;
        continue;
      }
    }
    if (!isAlnum(ctx.prev) && /[hfwHFW]/.test(ch) && match(URL_START, i)) {
      const url = line.slice(i, Math.min(to, i + stickyMatch(URL_REST, line, i)!.length));
      emit(encodeUrlMentions(url));
      i += url.length;
      continue;
    }
    const gh = /[gG]/.test(ch) && !isAlnum(ctx.prev) ? match(GH_REF, i) : undefined;
    if (gh) {
      const digits = match(NUMBER, i + 3);
      if (options.sourceRepo && digits) {
        emit(`${options.sourceRepo}#${digits}`);
        i += 3 + digits.length;
      } else {
        emit(`${gh}${ZWSP}`, gh);
        i += 3;
      }
      continue;
    }
    if (ch === '@' || ch === '#') {
      i++;
      emit(neutraliseMarker(ch, line, i, ctx, options), ch);
      continue;
    }
    if (INVISIBLE.test(ch) && ch !== ZWSP) {
      i++;
      continue;
    }
    emit(ch);
    i++;
  }
  return out;
}

/**
 * What to emit for an `@` or `#` whose following text starts at `line[next]`: the marker,
 * with a zero-width space after it, or a qualifying `owner/repo` before it, when needed.
 */
function neutraliseMarker(marker: '@' | '#', line: string, next: number, ctx: Context, options: InlineOptions): string {
  if (marker === '@') {
    // Left alone only as the first @ of a word after a letter or digit: an e-mail address.
    return isAlnum(ctx.prev) && !ctx.wordHasAt ? '@' : `@${ZWSP}`;
  }
  if (stickyMatch(REF_START, line, next) === undefined) return '#';
  if (isAlnum(ctx.prev)) {
    // `owner/repo#123` links to that repository, which is fine; `x#123` after anything else may not be what it seems.
    return QUALIFIED_REF_PREFIX.test(ctx.word) ? '#' : `#${ZWSP}`;
  }
  if (options.sourceRepo && stickyMatch(NUMBER, line, next) !== undefined) return `${options.sourceRepo}#`;
  return `#${ZWSP}`;
}

/** `@` inside a URL is percent-encoded, so the link still works and nothing reads as a mention. */
function encodeUrlMentions(url: string): string {
  return url.replace(/@/g, '%40').replace(/(^|[^A-Za-z0-9])#(?=[0-9])/g, `$1#${ZWSP}`);
}

function stickyMatch(re: RegExp, text: string, at: number): string | undefined {
  re.lastIndex = at;
  return re.exec(text)?.[0];
}
