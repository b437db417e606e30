import { isMap, isScalar, type Document } from 'yaml';
import { parseLimitedDocument, YamlLimitError } from '../../../formats/yaml/yaml-limits.js';

/** One Kubernetes object a YAML manifest declares: what an apply would send. */
export interface ManifestObject {
  apiVersion: string;
  kind: string;
  name?: string;
  namespace?: string;
  /** 1-based line of its `apiVersion:` in the whole text. */
  line: number;
}

/** Documents read from one text at most; a manifest of more is cut there and said so. */
const MAX_DOCUMENTS = 5_000;

/**
 * The objects of a multi-document YAML text (a Helm release manifest, a file of the repo).
 * Each document is parsed on its own with the suite's YAML limits, so one broken or
 * oversized document costs only itself. A document YAML cannot read (a Helm chart template
 * with `{{ }}`) is still searched for a top-level `apiVersion:` and `kind:` line, which is
 * how such templates name what they render. `worthReading` lets a caller pass over a
 * document without parsing it (one that cannot name what the caller looks for).
 */
export function manifestObjects(text: string, file: string, worthReading: (document: string) => boolean = () => true): { objects: ManifestObject[]; skipped: string[] } {
  const objects: ManifestObject[] = [];
  const skipped: string[] = [];
  let count = 0;
  for (const d of splitDocuments(text)) {
    if (++count > MAX_DOCUMENTS) {
      skipped.push(`${file}: more than ${MAX_DOCUMENTS} documents; the rest were not read`);
      break;
    }
    if (!worthReading(d.text)) continue;
    const found = fromYaml(d.text, d.line, file, skipped) ?? fromLines(d.text, d.line);
    if (found) objects.push(found);
  }
  return { objects, skipped };
}

interface RawDocument {
  text: string;
  /** 1-based line of its first line in the whole text. */
  line: number;
}

/** Splits at `---` document markers in column 0 (YAML ends a document there even inside a block scalar). */
function splitDocuments(text: string): RawDocument[] {
  const docs: RawDocument[] = [];
  let start = 0;
  let startLine = 1;
  let line = 1;
  let at = 0;
  while (at <= text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    if (text.startsWith('---', at) && (end === at + 3 || /\s/.test(text[at + 3]!))) {
      if (at > start) docs.push({ text: text.slice(start, at), line: startLine });
      start = end + 1;
      startLine = line + 1;
    }
    at = end + 1;
    line++;
  }
  if (start < text.length) docs.push({ text: text.slice(start), line: startLine });
  return docs;
}

function fromYaml(text: string, firstLine: number, file: string, skipped: string[]): ManifestObject | undefined | null {
  let doc: Document;
  try {
    doc = parseLimitedDocument(text, `${file}:${firstLine}`, { uniqueKeys: false });
  } catch (e) {
    if (e instanceof YamlLimitError) {
      skipped.push(e.message);
      return null;
    }
    return undefined;
  }
  if (doc.errors.length > 0) return undefined;
  if (!isMap(doc.contents)) return null;
  const top = doc.contents;
  const str = (key: string) => {
    const node = top.get(key, true);
    return isScalar(node) && typeof node.value === 'string' ? { value: node.value, offset: node.range?.[0] ?? 0 } : undefined;
  };
  const apiVersion = str('apiVersion');
  const kind = str('kind');
  if (!apiVersion || !kind) return null;
  const meta = top.get('metadata', true);
  const metaStr = (key: string) => {
    if (!isMap(meta)) return undefined;
    const node = meta.get(key, true);
    return isScalar(node) && node.value !== null && node.value !== undefined ? String(node.value) : undefined;
  };
  return {
    apiVersion: apiVersion.value,
    kind: kind.value,
    ...optional('name', metaStr('name')),
    ...optional('namespace', metaStr('namespace')),
    line: firstLine + countLines(text, apiVersion.offset),
  };
}

const TOP_APIVERSION = /^apiVersion:[ \t]*["']?([A-Za-z0-9.\-/]+)["']?[ \t]*(?:#.*)?$/m;
const TOP_KIND = /^kind:[ \t]*["']?([A-Za-z0-9]+)["']?[ \t]*(?:#.*)?$/m;

/** A template's top-level literal apiVersion and kind lines; null when it writes none literally. */
function fromLines(text: string, firstLine: number): ManifestObject | null {
  const a = TOP_APIVERSION.exec(text);
  const k = TOP_KIND.exec(text);
  if (!a || !k) return null;
  return { apiVersion: a[1]!, kind: k[1]!, line: firstLine + countLines(text, a.index) };
}

function countLines(text: string, offset: number): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i >= 0 && i < offset; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

function optional<K extends string>(key: K, value: string | undefined): { [P in K]?: string } {
  return (value === undefined ? {} : { [key]: value }) as { [P in K]?: string };
}
