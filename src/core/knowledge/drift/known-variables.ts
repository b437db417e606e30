import path from 'node:path';

/** Everything a Kubespray tag knows by name, split by where it was seen. */
export interface KnownVariables {
  /** Set, or shown commented out (`# name: value`), in inventory/sample's vars files. */
  sample: Set<string>;
  /** Top-level keys of any role's defaults/ or vars/ files. */
  roles: Set<string>;
  /**
   * Whether the name appears as a word anywhere in those files, comments and Jinja
   * included: a variable a default still reads (`{{ x | default(false) }}`) or comments
   * as deprecated is not gone.
   */
  mentions(name: string): boolean;
}

const TOP_LEVEL_KEY = /^([A-Za-z_][A-Za-z0-9_]*)\s*:(?:\s|$)/gm;
const COMMENTED_KEY = /^\s*#+\s*([A-Za-z_][A-Za-z0-9_]*)\s*:(?:\s|$)/gm;
const VARS_EXT = new Set(['', '.yml', '.yaml', '.json']);

/** Whether a repository path is a role defaults/vars file whose top-level keys are variables. */
export function isRoleVarsFile(file: string): boolean {
  const parts = file.split('/');
  return parts[0] === 'roles' && parts.some((p, i) => i > 1 && i < parts.length - 1 && (p === 'defaults' || p === 'vars')) && VARS_EXT.has(path.posix.extname(file));
}

export function isSampleVarsFile(file: string, samplePrefix: string): boolean {
  const rel = file.startsWith(samplePrefix) ? file.slice(samplePrefix.length) : undefined;
  return rel !== undefined && (rel.startsWith('group_vars/') || rel.startsWith('host_vars/')) && VARS_EXT.has(path.posix.extname(rel));
}

/**
 * Names only, read with line patterns rather than a YAML parser: a defaults file is
 * large and only its column-0 keys matter, and a commented-out sample line is as good a
 * sign that Kubespray still knows the variable as an active one.
 */
export function knownVariables(files: ReadonlyMap<string, string>, samplePrefix: string): KnownVariables {
  const sample = new Set<string>();
  const roles = new Set<string>();
  const texts: string[] = [];
  for (const [file, text] of files) {
    if (isRoleVarsFile(file)) for (const m of text.matchAll(TOP_LEVEL_KEY)) roles.add(m[1]!);
    else if (isSampleVarsFile(file, samplePrefix)) {
      for (const m of text.matchAll(TOP_LEVEL_KEY)) sample.add(m[1]!);
      for (const m of text.matchAll(COMMENTED_KEY)) sample.add(m[1]!);
    } else continue;
    texts.push(text);
  }
  const all = texts.join('\n');
  return { sample, roles, mentions: (name) => containsWord(all, name) };
}

/** A plain search (the name is untrusted input, never a pattern) with identifier boundaries. */
function containsWord(text: string, word: string): boolean {
  if (word === '') return false;
  const isIdent = (c: string | undefined) => c !== undefined && /[A-Za-z0-9_]/.test(c);
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    if (!isIdent(text[at - 1]) && !isIdent(text[at + word.length])) return true;
  }
  return false;
}
