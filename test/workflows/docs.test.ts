import { describe, expect, it } from 'vitest';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseSuiteConfig } from '../../src/core/config/suite-config.js';
import { REPO_ROOT } from '../support/paths.js';

const DOCS = path.join(REPO_ROOT, 'docs');
const read = (rel: string) => readFileSync(path.join(DOCS, rel), 'utf8');

/** The keys the validator knows at one place in the file, from its own "known keys" message. */
function knownKeys(probe: string): string[] {
  try {
    parseSuiteConfig(probe, 'probe.yml');
  } catch (e) {
    const m = /known keys: (.*)$/m.exec((e as Error).message);
    if (m) return m[1]!.split(', ');
  }
  throw new Error(`no known-keys message for:\n${probe}`);
}

describe('docs/configuration.md', () => {
  const doc = read('configuration.md');
  /** The table rows of the section under the given heading. */
  const section = (heading: string) => {
    const start = doc.indexOf(`\n## ${heading}\n`);
    expect(start, heading).toBeGreaterThan(-1);
    const end = doc.indexOf('\n## ', start + 1);
    return doc.slice(start, end < 0 ? undefined : end);
  };
  const documented = (text: string) => [...text.matchAll(/^\| `([\w.[\]-]+)` \|/gm)].map((m) => m[1]!);

  it.each([
    ['Top level', 'zz-probe: 1\n', ''],
    ['`clusters`', 'clusters:\n  - name: a\n    inventory: b\n    zz-probe: 1\n', ''],
    ['`images`', 'images:\n  zz-probe: 1\n', ''],
    ['`images`', 'images:\n  rules:\n    - match: x\n      zz-probe: 1\n', 'rules[].'],
    ['`pull-request`', 'pull-request:\n  zz-probe: 1\n', ''],
    ['`upgrade`', 'upgrade:\n  zz-probe: 1\n', ''],
    ['`verify`', 'verify:\n  zz-probe: 1\n', ''],
  ])('documents every key of %s that the validator accepts, and no other', (heading, probe, prefix) => {
    const keys = knownKeys(probe).map((k) => prefix + k);
    const rows = documented(section(heading)).filter((k) => (prefix ? k.startsWith(prefix) : !k.includes('[]')));
    expect(rows.sort()).toEqual(keys.sort());
  });
});

/** GitHub's heading anchors: lower case, punctuation dropped, spaces to hyphens, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of markdown.replace(/```[\s\S]*?```/g, '').matchAll(/^#{1,6} (.+)$/gm)) {
    const base = m[1]!.trim().toLowerCase().replace(/[^\p{L}\p{N}\s_-]/gu, '').replace(/\s/g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

describe('links between the docs', () => {
  const pages = readdirSync(DOCS).filter((f) => f.endsWith('.md') && f !== 'report-schema.md');

  it.each(pages)('%s links only to files and headings that exist', (page) => {
    const text = read(page).replace(/```[\s\S]*?```/g, '');
    const links = [...text.matchAll(/\]\(([^)\s]+)\)/g)].map((m) => m[1]!).filter((l) => !/^https?:/.test(l));
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      const [file, anchor] = link.split('#') as [string, string | undefined];
      const target = file ? path.resolve(DOCS, file) : path.join(DOCS, page);
      expect(existsSync(target), `${page}: ${link}`).toBe(true);
      if (anchor) expect([...anchors(readFileSync(target, 'utf8'))], `${page}: ${link}`).toContain(anchor);
    }
  });
});
