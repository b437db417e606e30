import { isAlias, isMap, isPair, isSeq, parseDocument, type Document, type DocumentOptions, type Node, type ParseOptions, type SchemaOptions } from 'yaml';
import { ConfigurationError } from '../../core/errors.js';

/**
 * Every YAML the suite reads comes from a repo or a tag: untrusted. These caps keep one read
 * bounded in memory and time (an alias bomb of nine levels of nine aliases expands to 387
 * million nodes). Kubespray's largest vars file is under 200 KB and uses no aliases, so the
 * caps sit far above anything real.
 */
export const YAML_LIMITS = {
  /** Characters in one document; parsing is synchronous, so this also bounds how long one read blocks. */
  maxChars: 2 * 1024 * 1024,
  /** Nodes that aliases may add when expanded, beyond the document's own (or as many as its own, if more). */
  maxAliasNodes: 100_000,
  /** Nesting depth after alias expansion. */
  maxDepth: 200,
  /** Wall time for turning one parsed document into values. */
  maxMillis: 10_000,
} as const;

export class YamlLimitError extends ConfigurationError {
  override name = 'YamlLimitError';
}

/** Refuses text over the size cap before any parsing. */
export function checkYamlSize(text: string, file: string): void {
  if (text.length > YAML_LIMITS.maxChars) throw sizeError(file, text.length);
}

export function sizeError(file: string, size: number): YamlLimitError {
  return new YamlLimitError(
    `${file}: ${mib(size)} of YAML is over the ${mib(YAML_LIMITS.maxChars)} limit for one file; split it or remove what Ansible does not need`,
  );
}

type Options = ParseOptions & DocumentOptions & SchemaOptions;

/**
 * parseDocument with the caps applied: size before parsing, then alias expansion and depth
 * measured on the syntax tree (linear: each anchor's expanded size is computed once) before
 * any caller walks it.
 */
export function parseLimitedDocument(text: string, file: string, options: Options): Document {
  checkYamlSize(text, file);
  let doc: Document;
  try {
    doc = parseDocument(text, options);
  } catch (e) {
    // The parser recurses per nesting level; a hostile depth exhausts the stack before any check.
    if (e instanceof RangeError) throw new YamlLimitError(`${file}: YAML nested too deep to parse`);
    throw e;
  }
  if (doc.errors.length === 0) checkExpansion(doc, file);
  return doc;
}

/** Throws when expanding the document's aliases would exceed the node or depth caps. */
export function checkExpansion(doc: Document, file: string): void {
  const memo = new Map<Node, { nodes: number; depth: number }>();
  const open = new Set<Node>();
  let own = 0;
  const tooDeep = () => new YamlLimitError(`${file}: YAML nested more than ${YAML_LIMITS.maxDepth} levels deep (after expanding aliases)`);
  const measure = (node: unknown, level: number, viaAlias: boolean): { nodes: number; depth: number } => {
    if (node === null || node === undefined) return { nodes: 0, depth: 0 };
    if (isAlias(node)) {
      const target = node.resolve(doc) as Node | undefined;
      if (!target) return { nodes: 1, depth: 1 };
      if (open.has(target)) throw new YamlLimitError(`${file}: a YAML alias (*${node.source}) refers to the node that contains it`);
      return measure(target, level, true);
    }
    const n = node as Node;
    const known = memo.get(n);
    if (known) {
      if (level + known.depth > YAML_LIMITS.maxDepth) throw tooDeep();
      return known;
    }
    if (level + 1 > YAML_LIMITS.maxDepth) throw tooDeep();
    if (!viaAlias) own++;
    open.add(n);
    let nodes = 1;
    let depth = 0;
    const add = (child: unknown) => {
      const m = measure(child, level + 1, false);
      nodes += m.nodes;
      depth = Math.max(depth, m.depth);
    };
    if (isSeq(n) || isMap(n)) for (const item of n.items) isPair(item) ? (add(item.key), add(item.value)) : add(item);
    open.delete(n);
    const result = { nodes, depth: depth + 1 };
    memo.set(n, result);
    return result;
  };
  const total = measure(doc.contents, 0, false).nodes;
  const allowed = own + Math.max(YAML_LIMITS.maxAliasNodes, own);
  if (total > allowed) {
    throw new YamlLimitError(
      `${file}: YAML aliases expand to ${total.toLocaleString('en-US')} nodes from ${own.toLocaleString('en-US')} written ones ` +
        `(limit ${allowed.toLocaleString('en-US')}); an alias bomb is refused rather than expanded`,
    );
  }
}

/** A wall-clock budget checked while values are built, cheaply (the clock is read every 4,096 ticks). */
export class YamlDeadline {
  private ticks = 0;
  private readonly end: number;
  constructor(private readonly file: string, millis: number = YAML_LIMITS.maxMillis) {
    this.end = Date.now() + millis;
  }
  tick(): void {
    if ((++this.ticks & 4095) === 0 && Date.now() > this.end) {
      throw new YamlLimitError(`${this.file}: reading this YAML took over ${YAML_LIMITS.maxMillis / 1000} s; refused`);
    }
  }
}

function mib(chars: number): string {
  return `${(chars / 1024 / 1024).toFixed(1)} MiB`;
}
