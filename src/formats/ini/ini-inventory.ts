/**
 * The one reader of Ansible's INI inventory format (ansible.plugins.inventory.ini): each
 * meaningful line once, as a section header, a host line with its `key=value` variables, a
 * child group or a group variable, with its line number and text. What the lines mean is the
 * views' business: the variables and group tree (ini-inventory-variables.ts) and the hosts
 * and groups `ansible-inventory --list` would give (static-inventory-list.ts).
 */

export type IniSectionKind = 'hosts' | 'children' | 'vars' | string;

interface At {
  /** 1-based. */
  line: number;
  /** The line as written, without its line break. */
  text: string;
  /** The group whose section the line is in: `ungrouped` before the first header. */
  group: string;
}

export interface IniHostVariable {
  name: string;
  /** The value as written, quotes included. */
  raw: string;
  /** Where `raw` starts in the line. */
  start: number;
}

export type IniEntry =
  | (At & { kind: 'section'; section: IniSectionKind })
  /** A `[...]` line that is not a section header Ansible accepts. */
  | (At & { kind: 'invalid-section' })
  /**
   * `token` is the host or host pattern and `words` what follows it, split at blanks, up to a
   * `#` comment (which, as in Ansible's shlex split, starts anywhere, even inside a word).
   */
  | (At & { kind: 'host'; token: string; words: string[]; vars: IniHostVariable[] })
  /** `clean` when the line is the group name alone (and perhaps a `#` comment), as Ansible requires; else `name` is its first word. */
  | (At & { kind: 'child'; name: string; clean: boolean })
  /** A line of a `:vars` section; no `raw` when it has no `=`. */
  | (At & { kind: 'variable'; name: string; raw?: string; start?: number });

// Ansible's own patterns: a header may be followed by a `#` comment only.
const SECTION = /^\[([^:\]\s]+)(?::(\w+))?\]\s*(?:#.*)?$/;
const CHILD = /^([^:\]\s]+)\s*(?:#.*)?$/;
const HOST_VAR = /([A-Za-z_][\w.-]*)=("(?:[^"\\]|\\.)*"|'[^']*'|[^\s#]+)/g;

/** Every meaningful line of an INI inventory, in order; blank and comment lines are left out. */
export function readIniInventory(text: string): IniEntry[] {
  const entries: IniEntry[] = [];
  let group = 'ungrouped';
  let section: IniSectionKind = 'hosts';
  // Python's splitlines, as Ansible reads the file, also breaks at a lone \r.
  const lines = text.split(/\r\n|\n|\r/);
  for (let i = 0; i < lines.length; i++) {
    const lineText = lines[i]!;
    const trimmed = lineText.trim();
    if (!trimmed || trimmed.startsWith('#') || trimmed.startsWith(';')) continue;
    const at = { line: i + 1, text: lineText };
    const header = SECTION.exec(trimmed);
    if (header) {
      group = header[1]!;
      section = header[2] ?? 'hosts';
      entries.push({ ...at, group, kind: 'section', section });
    } else if (trimmed.startsWith('[') && trimmed.endsWith(']')) {
      entries.push({ ...at, group, kind: 'invalid-section' });
    } else if (section === 'children') {
      const child = CHILD.exec(trimmed);
      entries.push({ ...at, group, kind: 'child', name: child ? child[1]! : trimmed.split(/\s+/)[0]!, clean: !!child });
    } else if (section === 'vars') {
      entries.push({ ...at, group, kind: 'variable', ...groupVariable(lineText) });
    } else {
      entries.push({ ...at, group, kind: 'host', ...hostLine(lineText) });
    }
  }
  return entries;
}

/** `name = value`, the value from its first non-blank character to the end of the line. */
function groupVariable(lineText: string): { name: string; raw?: string; start?: number } {
  const eq = lineText.indexOf('=');
  if (eq < 0) return { name: lineText.trim() };
  const start = eq + 1 + (/^\s*/.exec(lineText.slice(eq + 1))?.[0].length ?? 0);
  return { name: lineText.slice(0, eq).trim(), raw: lineText.slice(start).trimEnd(), start };
}

/** The host (or pattern) and its inline `key=value` variables, up to a `#` comment. */
function hostLine(lineText: string): { token: string; words: string[]; vars: IniHostVariable[] } {
  const [token, ...words] = lineText.split('#')[0]!.trim().split(/\s+/) as [string, ...string[]];
  const afterHost = lineText.indexOf(token) + token.length;
  const vars: IniHostVariable[] = [];
  const re = new RegExp(HOST_VAR.source, 'g');
  re.lastIndex = afterHost;
  for (let m = re.exec(lineText); m; m = re.exec(lineText)) {
    if (/(^|\s)#/.test(lineText.slice(afterHost, m.index))) break;
    vars.push({ name: m[1]!, raw: m[2]!, start: m.index + m[1]!.length + 1 });
  }
  return { token, words, vars };
}
