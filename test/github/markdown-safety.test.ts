import { describe, expect, it } from 'vitest';
import { neutraliseReleaseNotes, DEFAULT_TRUNCATION_MARKER } from '../../src/core/github/markdown-safety.js';

const Z = '\u200B';
const safe = (text: string, extra: { sourceRepo?: string } = {}) => neutraliseReleaseNotes(text, { maxChars: 1_000_000, ...extra }).text;

/**
 * Mentions GitHub could still turn into a ping: an `@` and a name character, not preceded
 * by a letter or digit (GitHub's own rule). Only call it on text that has no code at all.
 */
function pingable(text: string): string[] {
  return [...text.matchAll(/(?:^|[^A-Za-z0-9])@[A-Za-z0-9]/g)].map((m) => m[0]);
}

describe('neutraliseReleaseNotes: mentions', () => {
  it('puts a zero-width space after the @ of every mention, wherever it stands in the text', () => {
    expect(safe('Fix etcd backup (#1234, @someone)')).toBe(`Fix etcd backup (#${Z}1234, @${Z}someone)`);
    expect(safe('@lead please look')).toBe(`@${Z}lead please look`);
    expect(safe('thanks to @org/platform-team.')).toBe(`thanks to @${Z}org/platform-team.`);
    expect(safe('# Heading @a\n- item @b\n> quote @c\n| @d | x |')).toBe(`# Heading @${Z}a\n- item @${Z}b\n> quote @${Z}c\n| @${Z}d | x |`);
    expect(safe('[@user](https://github.com/user) **@bold** _@em_')).toBe(`[@${Z}user](https://github.com/user) **@${Z}bold** _@${Z}em_`);
  });

  it('leaves e-mail addresses and git remotes alone, but not a second @ in the same word', () => {
    expect(safe('mail foo@example.com or first.last+tag@sub.example.org')).toBe('mail foo@example.com or first.last+tag@sub.example.org');
    expect(safe('git@github.com:kubernetes-sigs/kubespray.git')).toBe('git@github.com:kubernetes-sigs/kubespray.git');
    // An e-mail autolink ends at the domain; GitHub would read the rest as a new mention.
    expect(safe('foo@bar.com@victim')).toBe(`foo@bar.com@${Z}victim`);
    expect(safe('under_score_@user')).toBe(`under_score_@${Z}user`);
  });

  it('percent-encodes @ inside URLs so links keep working and nobody is named', () => {
    expect(safe('read https://medium.com/@author/post-1 now')).toBe('read https://medium.com/%40author/post-1 now');
    expect(safe('<https://example.com/@a> www.example.com/@b')).toBe('<https://example.com/%40a> www.example.com/%40b');
    expect(safe('[post](https://medium.com/@author)')).toBe('[post](https://medium.com/%40author)');
  });

  it('decodes entities that spell @ or # before deciding, and drops encoded invisible characters', () => {
    expect(safe('&#64;a &#x40;b &#X40;c &commat;d &#0064;e')).toBe(`@${Z}a @${Z}b @${Z}c @${Z}d @${Z}e`);
    expect(safe('@&#8203;already')).toBe(`@${Z}already`);
    expect(safe('x &amp; y &lt;b&gt; &#123;')).toBe('x &amp; y &lt;b&gt; &#123;');
    expect(safe('\\@escaped')).toBe(`\\@${Z}escaped`);
  });

  it('removes bidi controls that make text read differently from what it is, but keeps emoji joiners', () => {
    expect(safe('a\u202Eb\u2066c&#x202E;d')).toBe('abcd');
    expect(safe('team 👩\u200D💻 @x')).toBe(`team 👩\u200D💻 @${Z}x`);
  });
});

describe('neutraliseReleaseNotes: issue references', () => {
  it('neutralises bare #123 and GH-123, which GitHub would link to this repository', () => {
    expect(safe('#12 (#34) [#56] GH-78 gh-9')).toBe(`#${Z}12 (#${Z}34) [#${Z}56] GH-${Z}78 gh-${Z}9`);
    expect(safe('&#35;12 #&#49;2')).toBe(`#${Z}12 #${Z}&#49;2`);
  });

  it('qualifies bare references with the notes repository when it is known', () => {
    expect(safe('Fix (#11234) and GH-5 but not #12abc', { sourceRepo: 'kubernetes-sigs/kubespray' })).toBe(
      `Fix (kubernetes-sigs/kubespray#11234) and kubernetes-sigs/kubespray#5 but not #${Z}12abc`,
    );
  });

  it('leaves qualified references, full URLs, anchors and headings alone', () => {
    const text = [
      'kubernetes-sigs/kubespray#123 and (kubernetes/kubernetes#45)',
      'https://github.com/kubernetes-sigs/kubespray/pull/11000',
      'https://github.com/kubernetes-sigs/kubespray/blob/master/docs/x.md#L10 #anchor ## not-a-heading',
      '## What changed',
    ].join('\n');
    expect(safe(text)).toBe(text);
  });

  it('neutralises a # right after something that is not owner/repo', () => {
    expect(safe('foo#9 a@b.com#7 x/y#1')).toBe(`foo#${Z}9 a@b.com#${Z}7 x/y#1`);
  });
});

describe('neutraliseReleaseNotes: code stays verbatim', () => {
  it('keeps fenced code blocks byte for byte, mentions, tags and all', () => {
    const text = '```yaml\nowner: "@user" # see #12\nhtml: <b>x</b> <!-- kept? no: comments are stripped everywhere -->\n```\n\n~~~\n@tilde\n~~~';
    expect(safe(text)).toBe('```yaml\nowner: "@user" # see #12\nhtml: <b>x</b> \n```\n\n~~~\n@tilde\n~~~');
  });

  it('keeps inline code spans, and neutralises what follows them', () => {
    expect(safe('run `npm i @types/node` then `x`@after')).toBe(`run \`npm i @types/node\` then \`x\`@${Z}after`);
    expect(safe('``a ` @b`` and @c')).toBe(`\`\`a \` @b\`\` and @${Z}c`);
    expect(safe('use `<none>` here')).toBe('use `<none>` here');
  });

  it('closes a fence the notes left open, so it cannot swallow the rest of the pull request body', () => {
    expect(safe('```sh\nkubectl get nodes\n')).toBe('```sh\nkubectl get nodes\n```');
    expect(safe('````\n```\n@inner\n')).toBe('````\n```\n@inner\n````');
  });

  it('keeps a fence inside a list item as code when its lines stay indented', () => {
    const text = '- Action required:\n  ```yaml\n  kube_proxy_mode: "@ipvs"\n  ```\n- next @item';
    expect(safe(text)).toBe(`- Action required:\n  \`\`\`yaml\n  kube_proxy_mode: "@ipvs"\n  \`\`\`\n- next @${Z}item`);
  });

  it('ends a list item fence at a dedented line explicitly, since GitHub ends it there too', () => {
    expect(safe('- x\n  ```\n  code\n@out')).toBe(`- x\n  \`\`\`\n  code\n  \`\`\`\n@${Z}out`);
  });

  it('escapes fence-like lines it does not read as fences, so GitHub cannot read them as fences either', () => {
    // GitHub would open a fence in the list item and close it at "  ```", leaving "@user" as text.
    const hostile = '- ```\n  x\n  ```\n  @user';
    const out = safe(hostile);
    expect(out.startsWith('- \\```')).toBe(true);
    // With the first fence escaped, "  ```" really opens one, in both readings, and is closed by us.
    expect(out).toBe('- \\```\n  x\n  ```\n  @user\n  ```');
    expect(safe('> ```\n> @quoted\n> ```')).toBe(`> \\\`\`\`\n> @${Z}quoted\n> \\\`\`\``);
    expect(safe('    ```\n@x')).toBe(`    \\\`\`\`\n@${Z}x`);
  });

  it('trusts no code span in a paragraph whose backticks do not pair line by line', () => {
    // GitHub pairs across lines: "foo\nbar" is code and " @user " is text.
    expect(safe('`foo\nbar` @user `baz`')).toBe(`\`foo\nbar\` @${Z}user \`baz\``);
    // A list: GitHub sees "y @user `z`" as its own paragraph, so @user is text.
    expect(pingable(safe('- a `x\n- y @user `z`'))).toEqual([]);
    // Table cells split before code spans pair: "@user" is a cell of its own.
    expect(safe('| `x | @user | y` |')).toBe(`| \`x | @${Z}user | y\` |`);
    // An escaped backtick does not open a span.
    expect(safe('\\`not code @user `')).toBe(`\\\`not code @${Z}user \``);
  });
});

describe('neutraliseReleaseNotes: hidden content', () => {
  it('strips HTML comments, one-line, multi-line and empty ones', () => {
    expect(safe('a<!-- @hidden -->b\n<!--\nmulti\n@line\n-->c <!--> d <!---> e')).toBe('ab\nc  d  e');
    expect(safe('notes\n\n<!-- trailing template -->\n')).toBe('notes');
  });

  it('shows the text after an unclosed comment instead of letting it hide everything', () => {
    expect(safe('before <!-- never closed @x\nafter')).toBe(`before &lt;!-- never closed @${Z}x\nafter`);
  });

  it('escapes raw HTML so it is shown, not interpreted', () => {
    expect(safe('<details><summary>more</summary>@x</details>')).toBe(`&lt;details>&lt;summary>more&lt;/summary>@${Z}x&lt;/details>`);
    expect(safe('<img src=x onerror=alert(1)> <div hidden>secret</div>')).toBe('&lt;img src=x onerror=alert(1)> &lt;div hidden>secret&lt;/div>');
    expect(safe('<https://example.com/a> and <ops@example.com>')).toBe('<https://example.com/a> and <ops@example.com>');
  });

  it('shows link reference definitions, which render as nothing', () => {
    expect(safe('[//]: # (hidden note)\n[ref]: https://example.com')).toBe('[//]\\: # (hidden note)\n[ref]\\: https://example.com');
  });
});

describe('neutraliseReleaseNotes: length', () => {
  const notes = Array.from({ length: 50 }, (_, i) => `* change ${i} by @dev${i} (#${1000 + i})`).join('\n');

  it('returns short notes whole', () => {
    const r = neutraliseReleaseNotes('* one\n* two\n\n', { maxChars: 100 });
    expect(r).toEqual({ text: '* one\n* two', truncated: false });
  });

  it('cuts at a line boundary, adds the marker, and stays within maxChars', () => {
    const r = neutraliseReleaseNotes(notes, { maxChars: 300 });
    expect(r.truncated).toBe(true);
    expect(r.text.length).toBeLessThanOrEqual(300);
    expect(r.text.endsWith(`\n\n${DEFAULT_TRUNCATION_MARKER}`)).toBe(true);
    const kept = r.text.slice(0, -(DEFAULT_TRUNCATION_MARKER.length + 2)).split('\n');
    kept.forEach((line, i) => expect(line).toBe(`* change ${i} by @${Z}dev${i} (#${Z}${1000 + i})`));
    expect(kept.length).toBeGreaterThan(3);
  });

  it('closes a fence it cuts through', () => {
    const text = '```\n' + Array.from({ length: 40 }, (_, i) => `line ${i}`).join('\n') + '\n```\nafter';
    const r = neutraliseReleaseNotes(text, { maxChars: 120, truncationMarker: 'CUT' });
    expect(r.text.length).toBeLessThanOrEqual(120);
    expect(r.text).toMatch(/^```\nline 0\n[\s\S]*\nline \d+\n```\n\nCUT$/);
  });

  it('handles 200 KB of hostile input quickly, within the limit, with nobody pingable', () => {
    const unit = '@a <!-- `x` &#64;b <details> #1 @c/d ``` www.x.com/@e `@f <!-- \n';
    const huge = unit.repeat(Math.ceil(200_000 / unit.length));
    const oneLine = '@x`'.repeat(70_000) + '<'.repeat(10_000) + '&#64;'.repeat(10_000);
    for (const input of [huge, oneLine, '<!--'.repeat(50_000), '`'.repeat(1) + '``'.repeat(60_000) + '@z']) {
      const started = performance.now();
      const r = neutraliseReleaseNotes(input, { maxChars: 60_000 });
      expect(performance.now() - started).toBeLessThan(2_000);
      expect(r.text.length).toBeLessThanOrEqual(60_000);
      expect(r.truncated || r.text.length < input.length * 2).toBe(true);
    }
    // The repeated unit has no fence opener at line start, so all of it is text.
    expect(pingable(neutraliseReleaseNotes(huge, { maxChars: 60_000 }).text)).toEqual([]);
    expect(neutraliseReleaseNotes(huge, { maxChars: 60_000 }).text).not.toContain('<details>');
  });
});

describe('neutraliseReleaseNotes: a Kubespray-style release', () => {
  it('keeps the structure and links, and pings nobody', () => {
    const notes = [
      '## What\'s Changed',
      '',
      '### Action required',
      '',
      '* [etcd] Drop etcd_kubeadm_enabled by @alice in https://github.com/kubernetes-sigs/kubespray/pull/11000',
      '* Bump `calico_version` to v3.27 (#11001, @bob)',
      '',
      '<!-- release-note template: please fill -->',
      '**Full Changelog**: https://github.com/kubernetes-sigs/kubespray/compare/v2.24.1...v2.25.0',
    ].join('\n');
    expect(safe(notes, { sourceRepo: 'kubernetes-sigs/kubespray' })).toBe(
      [
        '## What\'s Changed',
        '',
        '### Action required',
        '',
        `* [etcd] Drop etcd_kubeadm_enabled by @${Z}alice in https://github.com/kubernetes-sigs/kubespray/pull/11000`,
        `* Bump \`calico_version\` to v3.27 (kubernetes-sigs/kubespray#11001, @${Z}bob)`,
        '',
        '',
        '**Full Changelog**: https://github.com/kubernetes-sigs/kubespray/compare/v2.24.1...v2.25.0',
      ].join('\n'),
    );
  });
});
