/**
 * Finds and bumps Kubespray image references in text (Renovate "manager" style: text in,
 * text out; it knows nothing about where files come from).
 *
 * Build-suffix rule: a team's own tag is `<kubespray tag>-<build number>[rest]`, e.g.
 * `v2.24.1-2`. A new Kubespray release restarts the count: `v2.24.1-2` -> `v2.25.1-1`,
 * `v2.24.1-7-gpu` -> `v2.25.1-1-gpu`. A suffix that does not start with a number
 * (`v2.24.1-custom`) is kept as is.
 */
export interface ImageEdit {
  start: number;
  end: number;
  replacement: string;
}

export interface ImageChange {
  line: number;
  before: string;
  after: string;
  rule: string;
}

export interface ImageRule {
  name: string;
  /** Global regex with the `d` flag and a named group `version`; optional group `build`. */
  pattern: RegExp;
}

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Any image whose repository's last path component is `kubespray`, tagged at `from`. */
export function defaultKubesprayRule(from: string): ImageRule {
  const version = escapeRe(from);
  return {
    name: 'default (kubespray:<current>)',
    pattern: new RegExp(`(?<![\\w.-])(?:[\\w.-]+(?::\\d+)?/)*kubespray:(?<version>${version})(?<suffix>-[\\w.-]*[\\w])?(?![\\w.-])`, 'gd'),
  };
}

export function resetBuildSuffix(suffix: string | undefined): string {
  if (!suffix) return '';
  const m = /^-(\d+)(.*)$/.exec(suffix);
  return m ? `-1${m[2]}` : suffix;
}

/** `to` written in the style of what it replaces: keep or drop the leading `v`. */
function inStyleOf(found: string, to: string): string {
  const bare = to.replace(/^v/, '');
  return found.startsWith('v') ? `v${bare}` : bare;
}

const sameVersion = (a: string, b: string) => a.replace(/^v/, '') === b.replace(/^v/, '');

export function bumpImageReferences(text: string, from: string, to: string, rules: readonly ImageRule[]): { text: string; changes: ImageChange[] } {
  const edits: Array<ImageEdit & { rule: string }> = [];
  for (const rule of rules) {
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      const idx = m.indices?.groups;
      const version = m.groups?.version;
      if (!idx?.version || version === undefined || !sameVersion(version, from)) continue;
      edits.push({ start: idx.version[0], end: idx.version[1], replacement: inStyleOf(version, to), rule: rule.name });
      const suffixRange = idx.build ?? idx.suffix;
      const suffixText = m.groups?.build ?? m.groups?.suffix;
      if (suffixRange && suffixText !== undefined) {
        const replacement = idx.build ? '1' : resetBuildSuffix(suffixText);
        if (replacement !== suffixText) edits.push({ start: suffixRange[0], end: suffixRange[1], replacement, rule: rule.name });
      }
    }
  }
  // Two rules may match the same text; the first rule's edit wins.
  const kept: typeof edits = [];
  for (const e of edits) if (!kept.some((k) => e.start < k.end && k.start < e.end)) kept.push(e);
  kept.sort((a, b) => b.start - a.start);

  let out = text;
  for (const e of kept) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return { text: out, changes: describeChanges(text, out, kept) };
}

function describeChanges(before: string, after: string, edits: ReadonlyArray<ImageEdit & { rule: string }>): ImageChange[] {
  const beforeLines = before.split('\n');
  const afterLines = after.split('\n');
  const lines = new Map<number, string>();
  for (const e of edits) lines.set(before.slice(0, e.start).split('\n').length, e.rule);
  // Edits never add or remove newlines, so line numbers line up.
  return [...lines.entries()]
    .sort(([a], [b]) => a - b)
    .map(([line, rule]) => ({ line, before: beforeLines[line - 1]!, after: afterLines[line - 1]!, rule }));
}

/**
 * Moves the release written on given lines from `from` to `to` (first occurrence per line,
 * the leading `v` kept or dropped as written): the pins an image-only repo writes apart
 * from the image name, such as `KUBESPRAY_VERSION=v2.26.0` or a Helm `tag:`.
 */
export function bumpVersionOnLines(text: string, lineNumbers: readonly number[], from: string, to: string, rule: string): { text: string; changes: ImageChange[] } {
  const lines = text.split('\n');
  const bare = escapeRe(from.replace(/^v/, ''));
  const version = new RegExp(`(?<![\\w.])v?${bare}(?![\\w.])`);
  const edits: Array<ImageEdit & { rule: string }> = [];
  let offset = 0;
  lines.forEach((line, i) => {
    const m = lineNumbers.includes(i + 1) ? version.exec(line) : null;
    if (m) edits.push({ start: offset + m.index, end: offset + m.index + m[0].length, replacement: inStyleOf(m[0], to), rule });
    offset += line.length + 1;
  });
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.replacement + out.slice(e.end);
  return { text: out, changes: describeChanges(text, out, edits) };
}
