import { LineCounter, isMap, isScalar, type Document, type Node } from 'yaml';
import { ActionError, ConfigurationError } from '../../errors.js';
import { parseLimitedDocument, YamlLimitError } from '../../../formats/yaml/yaml-limits.js';
import { loadAnsibleYaml, pythonStr, type PyValue } from '../defaults/index.js';
import { PyDict } from '../jinja/values.js';

export type QuoteStyle = 'plain' | 'double' | 'single' | 'block';

/** Where a value sits on its line, so a fix can rewrite exactly that text in the file's own style. */
export interface ValueSource {
  lineText: string;
  /** Column range [start, end) of the value on lineText; undefined when the value spans lines. */
  valueStart?: number;
  valueEnd?: number;
  quote: QuoteStyle;
  /** `key: value` (YAML) or `key=value` (INI). */
  syntax: 'yaml' | 'ini';
}

/** One top-level variable assignment in a vars file or an inventory. */
export interface VariableDefinition {
  name: string;
  /** The value exactly as Ansible loads it (PyYAML typing). Encrypted values are undefined. */
  value: PyValue | undefined;
  file: string;
  /** 1-based line of the key. */
  line: number;
  source: ValueSource;
  /** `!vault` values cannot be read without the vault password. */
  encrypted?: boolean;
}

/**
 * The YAML document with positions, for keys, lines and quoting. Values are not taken
 * from it: loadAnsibleYaml types them exactly as PyYAML does (`y` is a string there).
 */
export function parseYamlWithLines(text: string, file: string): { doc: Document; lines: LineCounter } {
  const lines = new LineCounter();
  const doc = parseLimitedDocument(text, file, { version: '1.1', lineCounter: lines, logLevel: 'silent', uniqueKeys: false });
  const err = doc.errors[0];
  if (err) {
    const at = err.linePos?.[0];
    throw new ConfigurationError(`${file}${at ? `:${at.line}` : ''} is not valid YAML: ${err.message.split('\n')[0]}`);
  }
  return { doc, lines };
}

/** Top-level variables of a vars file (group_vars/host_vars YAML or JSON). */
export function varsFileDefinitions(text: string, file: string): VariableDefinition[] {
  if (text.trimStart().startsWith('$ANSIBLE_VAULT')) return [];
  let values: PyValue;
  try {
    values = loadAnsibleYaml(text, file);
  } catch (e) {
    if (!(e instanceof ActionError) || e instanceof YamlLimitError) throw e;
    parseYamlWithLines(text, file); // throws the error with its line
    throw new ConfigurationError(e.message);
  }
  // A file of comments only is an empty document, which Ansible accepts.
  if (values === null || values === '') return [];
  if (!(values instanceof PyDict)) {
    throw new ConfigurationError(`${file} must contain a mapping of variable names to values, as Ansible requires`);
  }
  // Parsing a second time for positions doubles the cost; column-0 keys give them for
  // almost every vars file, and anything unusual (JSON, flow style) takes the exact path.
  return topLevelKeyDefinitions(text, file, values) ?? documentDefinitions(text, file, values);
}

/** The exact path: positions from a full YAML document parse. */
export function documentDefinitions(text: string, file: string, values: PyValue): VariableDefinition[] {
  const { doc, lines } = parseYamlWithLines(text, file);
  return mappingDefinitions(doc.contents, values, text, lines, file);
}

const TOP_LEVEL_KEY = /^(?:"((?:[^"\\]|\\.)*)"|'((?:[^']|'')*)'|([A-Za-z_][\w.-]*))[ \t]*:(?=[ \t]|$)/;

/**
 * Definitions from column-0 `key: value` lines, or undefined when those lines do not
 * account for exactly the keys Ansible loaded (then the caller parses positions properly).
 */
export function topLevelKeyDefinitions(text: string, file: string, values: PyDict): VariableDefinition[] | undefined {
  const lines = text.split('\n');
  const lastLine = new Map<string, number>();
  lines.forEach((raw, i) => {
    const m = TOP_LEVEL_KEY.exec(raw);
    if (m) lastLine.set(m[1] ?? m[2]?.replace(/''/g, "'") ?? m[3]!, i);
  });
  const keys = values.keys();
  if (keys.length !== lastLine.size || !keys.every((k) => typeof k === 'string' && lastLine.has(k))) return undefined;
  return [...lastLine.entries()]
    .sort((a, b) => a[1] - b[1])
    .map(([name, i]) => {
      const lineText = lines[i]!.replace(/\r$/, '');
      const source = lineValueSource(lineText, lines[i + 1]);
      const encrypted = source.encrypted;
      return {
        name,
        value: encrypted ? undefined : values.get(name),
        file,
        line: i + 1,
        source: source.source,
        ...(encrypted ? { encrypted } : {}),
      };
    });
}

/** Where the value of a `key: value` line sits, read off the line itself. */
function lineValueSource(lineText: string, nextLine: string | undefined): { source: ValueSource; encrypted: boolean } {
  const colon = TOP_LEVEL_KEY.exec(lineText)![0].length;
  const start = colon + (/^[ \t]*/.exec(lineText.slice(colon))?.[0].length ?? 0);
  const rest = lineText.slice(start);
  const whole = (quote: QuoteStyle, end: number) => ({ source: { lineText, valueStart: start, valueEnd: end, quote, syntax: 'yaml' as const }, encrypted: false });
  const spansLines = (quote: QuoteStyle, encrypted = false) => ({ source: { lineText, quote, syntax: 'yaml' as const }, encrypted });
  if (rest.startsWith('!vault')) return spansLines('block', true);
  if (rest.startsWith('"')) {
    const m = /^"(?:[^"\\]|\\.)*"/.exec(rest);
    return m ? whole('double', start + m[0].length) : spansLines('double');
  }
  if (rest.startsWith("'")) {
    const m = /^'(?:[^']|'')*'/.exec(rest);
    return m ? whole('single', start + m[0].length) : spansLines('single');
  }
  if (rest === '' || /^[|>[{&*!#]/.test(rest)) return spansLines(rest.startsWith('|') || rest.startsWith('>') ? 'block' : 'plain');
  // A plain scalar may continue on more indented lines.
  if (nextLine !== undefined && /^[ \t]+[^\s#]/.test(nextLine)) return spansLines('plain');
  const comment = rest.search(/[ \t]#/);
  return whole('plain', start + (comment < 0 ? rest : rest.slice(0, comment)).trimEnd().length);
}

/**
 * Definitions for every `key: value` pair of a YAML mapping node; `values` is the same
 * mapping as Ansible loaded it (a repeated key gets the last value everywhere, as in Ansible).
 */
export function mappingDefinitions(map: unknown, values: PyValue | undefined, text: string, lines: LineCounter, file: string): VariableDefinition[] {
  if (!isMap(map)) return [];
  const out: VariableDefinition[] = [];
  for (const pair of map.items) {
    if (!isScalar(pair.key) || !pair.key.range) continue;
    // YAML 1.1 reads a plain `y:` key as a boolean; the variable is still named "y".
    const name = typeof pair.key.value === 'string' ? pair.key.value : (pair.key.source ?? String(pair.key.value));
    const keyStart = pair.key.range[0];
    const line = lines.linePos(keyStart).line;
    const lineText = lineAt(text, line);
    const value = pair.value as Node | null;
    const encrypted = value?.tag === '!vault';
    out.push({
      name,
      value: encrypted ? undefined : values instanceof PyDict ? values.get(name) : undefined,
      file,
      line,
      source: yamlValueSource(value, text, lines, line, lineText),
      ...(encrypted ? { encrypted } : {}),
    });
  }
  return out;
}

function yamlValueSource(value: Node | null, text: string, lines: LineCounter, keyLine: number, lineText: string): ValueSource {
  if (!value || !value.range || !isScalar(value)) return { lineText, quote: 'plain', syntax: 'yaml' };
  const quote: QuoteStyle =
    value.type === 'QUOTE_DOUBLE' ? 'double' : value.type === 'QUOTE_SINGLE' ? 'single' : value.type === 'PLAIN' ? 'plain' : 'block';
  const [start, end] = value.range;
  const startPos = lines.linePos(start);
  const endPos = lines.linePos(end);
  if (quote === 'block' || startPos.line !== keyLine || endPos.line !== keyLine || text.slice(start, end).includes('\n')) {
    return { lineText, quote, syntax: 'yaml' };
  }
  return { lineText, valueStart: startPos.col - 1, valueEnd: endPos.col - 1, quote, syntax: 'yaml' };
}

export function lineAt(text: string, line: number): string {
  let start = 0;
  for (let i = 1; i < line; i++) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) return '';
    start = nl + 1;
  }
  const nl = text.indexOf('\n', start);
  return text.slice(start, nl < 0 ? undefined : nl).replace(/\r$/, '');
}

/** How a value reads in a report: as Ansible templates it (Python's str()), the same as evaluated defaults. */
export function displayValue(value: PyValue | undefined): string {
  if (value === undefined) return '';
  try {
    return pythonStr(value);
  } catch {
    // Values the evaluator does not model (timestamps, non-ASCII inside a structure).
    return typeof value === 'string' ? value : '<not printable>';
  }
}
