import { describe, expect, it } from 'vitest';
import MarkdownIt from 'markdown-it';
import { neutraliseReleaseNotes, stripHtmlComments } from '../../src/core/github/markdown-safety.js';
import { pick, seededRandom } from '../support/hostile.js';

/**
 * Property test with a real CommonMark renderer (markdown-it, raw HTML on as GitHub allows
 * it) as the oracle: after neutralising, every word of the notes is visible in the rendered
 * page, and no rendered text outside code could ping anyone.
 */
const md = MarkdownIt({ html: true });
const safe = (text: string) => neutraliseReleaseNotes(text, { maxChars: 10_000_000 }).text;

/** Text a reader sees: text nodes and attribute values (a link's target is visible on hover). */
function visible(html: string): string {
  const attrs = [...html.matchAll(/\s[a-z-]+="([^"]*)"/g)].map((m) => m[1]);
  return decode(`${html.replace(/<[^>]*>/g, ' ')} ${attrs.join(' ')}`);
}

/** Text outside <code> and <pre>, where GitHub would turn @name into a ping. */
function pingableText(html: string): string {
  return decode(html.replace(/<(code|pre)[\s>][\s\S]*?<\/\1>/g, ' ').replace(/<[^>]*>/g, ' '));
}

function decode(s: string): string {
  return s
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

const words = (s: string) => s.match(/\bw\d+\b/g) ?? [];

function check(input: string): void {
  const out = safe(input);
  const html = md.render(out);
  const seen = new Set(words(visible(html)));
  const hidden = [...new Set(words(stripHtmlComments(input.replace(/\r\n?/g, '\n'))))].filter((w) => !seen.has(w));
  expect(hidden, `hidden words\n--- input:\n${input}\n--- output:\n${out}\n--- html:\n${html}`).toEqual([]);
  const pings = pingableText(html).match(/(?:^|[^A-Za-z0-9])@[A-Za-z0-9]/g) ?? [];
  expect(pings, `pings\n--- input:\n${input}\n--- output:\n${out}\n--- html:\n${html}`).toEqual([]);
}

describe('neutraliseReleaseNotes against a CommonMark renderer', () => {
  it.each([
    ['a link reference definition whose label spans lines', '[w1\nw2]: /url\n\nw3'],
    ['a definition whose title spans lines', '[w1]: /url "w2\nw3"\n\nw4'],
    ['a definition whose destination is on the next line', '[w1]:\n/w2\n\nw3'],
    ['a definition inside a list item', '- [w1\n  w2]: /url\n\nw3'],
    ['a definition inside a block quote', '> [w1\n> w2]: /url\n\nw3'],
    ['a definition after a heading', '# w0\n[w1\nw2]: /url\n'],
    ['a definition in a code-span-looking label', '[`w1]: w2`]: /url\n\nw3'],
    ['a definition ending in a setext underline', '[w1\nw2]: /url\n===\n\nw3'],
    ['a setext heading over a definition', 'w1\n---\n[w2]: /url'],
    ['an HTML block spanning lines', '<div\nhidden="w1">\nw2\n</div>'],
    ['a script block with blank lines', '<script>\nw1\n\nw2\n</script>\nw3'],
    ['an entity-encoded mention', '&#64;w1alice and &commat;w2bob'],
    ['a mention after a line break in a label', '[x\n@w1alice]: /u'],
  ])('%s', (_name, input) => check(input));

  it('random and adversarial documents: nothing hidden, nobody pinged', () => {
    const random = seededRandom(20261203);
    const pieces = [
      '[', ']', ']:', ':', ' ', ' ', '\n', '\n', '\n\n', '===', '---', '> ', '- ', '1. ', '   ', '`', '``', '```', '~~~',
      '<div>', '</div>', '<details>', '<summary>', '<script>', '</script>', '<pre>', '<!--', '-->', '<a href="', '">',
      '"', "'", '(', ')', '/url', 'http://x.io/', '@alice', '@', '&#64;', '#12', '*', '_', '|', '\\', '&', ';', '\t', '#',
    ];
    for (let round = 0; round < 1000; round++) {
      let text = '';
      let n = 0;
      const length = 5 + Math.floor(random() * 40);
      for (let k = 0; k < length; k++) text += random() < 0.3 ? ` w${n++} ` : pick(random, pieces);
      check(text);
    }
  });
});
