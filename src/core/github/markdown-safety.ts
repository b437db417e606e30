import { splitBlocks } from './markdown-blocks.js';
import { neutraliseParagraph, type InlineOptions } from './markdown-inline.js';

export interface NeutraliseOptions extends InlineOptions {
  /** Upper bound on the result's length (UTF-16 units, never less than GitHub's character count). */
  maxChars: number;
  /** Appended, on its own paragraph, when the notes had to be cut. */
  truncationMarker?: string;
}

export interface NeutralisedText {
  text: string;
  truncated: boolean;
}

export const DEFAULT_TRUNCATION_MARKER = '*… (release notes truncated)*';

/**
 * Makes untrusted release notes safe to paste into a pull request body: nobody is pinged,
 * bare `#123` cannot cross-link into this repository, nothing is hidden in HTML comments
 * or raw HTML, fenced code stays verbatim and is always closed, and the result fits in
 * `maxChars`, cut at a line boundary with a marker. See markdown-inline.ts for the rules.
 */
export function neutraliseReleaseNotes(text: string, options: NeutraliseOptions): NeutralisedText {
  if (options.sourceRepo !== undefined && !/^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/.test(options.sourceRepo)) {
    throw new Error(`sourceRepo must be owner/name, got ${JSON.stringify(options.sourceRepo)}`);
  }
  const lines = stripHtmlComments(normalise(text)).trimEnd().split('\n');
  const out: OutputLine[] = [];
  for (const block of splitBlocks(lines)) {
    if (block.kind === 'code') {
      const close = block.lines.at(-1)!;
      block.lines.forEach((line, i) => out.push({ line, closeWith: i < block.lines.length - 1 ? close : undefined }));
      continue;
    }
    let paragraph: string[] = [];
    const flush = () => {
      for (const line of neutraliseParagraph(paragraph, options)) out.push({ line });
      paragraph = [];
    };
    for (const line of block.lines) {
      if (line.trim() === '') {
        flush();
        out.push({ line: '' });
      } else {
        paragraph.push(line);
      }
    }
    flush();
  }
  return truncate(out, options.maxChars, options.truncationMarker ?? DEFAULT_TRUNCATION_MARKER);
}

interface OutputLine {
  line: string;
  /** Inside fenced code: the line that closes the fence, needed if the text is cut here. */
  closeWith?: string;
}

function normalise(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/\0/g, '\uFFFD')
    // Bidi controls can make text read differently from what it is.
    .replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
}

/**
 * Removes `<!-- … -->` anywhere, code included: a comment is invisible when rendered but
 * present in the raw text, so it is the classic place to hide something. Linear: once an
 * opener has no closer, no later opener has one either. An unclosed opener stays and is
 * escaped like any other `<`, so the text after it is shown rather than hidden.
 */
export function stripHtmlComments(text: string): string {
  let out = '';
  let at = 0;
  for (;;) {
    const open = text.indexOf('<!--', at);
    if (open < 0) break;
    // `<!-->` and `<!--->` are complete (empty) comments in CommonMark.
    const empty = /^<!---?>/.exec(text.slice(open, open + 6));
    const close = empty ? open + empty[0].length - 3 : text.indexOf('-->', open + 4);
    if (close < 0) break;
    out += text.slice(at, open);
    at = close + 3;
  }
  return out + text.slice(at);
}

function truncate(out: readonly OutputLine[], maxChars: number, marker: string): NeutralisedText {
  const full = out.map((o) => o.line).join('\n');
  if (full.length <= maxChars) return { text: full, truncated: false };
  const tail = `\n\n${marker}`;
  let kept = 0;
  let used = 0;
  for (; kept < out.length; kept++) {
    const o = out[kept]!;
    const closing = o.closeWith === undefined ? 0 : o.closeWith.length + 1;
    if (used + o.line.length + 1 + closing + tail.length > maxChars) break;
    used += o.line.length + 1;
  }
  // Whole lines only: cutting inside a line could unpair a code span and expose what it held.
  const lines = out.slice(0, kept).map((o) => o.line);
  const last = out[kept - 1];
  if (last?.closeWith !== undefined) lines.push(last.closeWith);
  while (lines.length > 0 && lines.at(-1)!.trim() === '') lines.pop();
  const text = lines.length > 0 ? `${lines.join('\n')}${tail}` : marker;
  return { text: text.length <= maxChars ? text : '', truncated: true };
}
