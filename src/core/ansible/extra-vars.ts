import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { ConfigurationError } from '../errors.js';
import { extraVarsValue } from './extra-args.js';
import { splitShellWords } from './shell-words.js';

export interface ExtraVar {
  value: unknown;
  /** For messages: `-e drain_timeout=600s`, or `-e @vars.yml`. */
  source: string;
}

/** Longest extra-vars file read, as for any vars file the action parses. */
const MAX_FILE_BYTES = 1 << 20;

/**
 * The variables `-e`/`--extra-vars` set in an ansible-playbook argv, as Ansible's
 * load_extra_vars reads them, later options winning: `@file` is a YAML/JSON file (relative to
 * `cwd`, where ansible-playbook runs); a value starting with `{`, `[` or `/` is YAML/JSON;
 * anything else is `key=value` pairs, whose values stay strings.
 */
export function extraVarsFromArgs(args: readonly string[], cwd: string): Map<string, ExtraVar> {
  const out = new Map<string, ExtraVar>();
  for (let i = 0; i < args.length; i++) {
    const value = extraVarsValue(args, i);
    if (value === undefined) continue;
    for (const [name, v] of Object.entries(parseExtraVars(value, cwd))) out.set(name, { value: v, source: `-e ${value.length > 60 ? `${value.slice(0, 57)}...` : value}` });
  }
  return out;
}

function parseExtraVars(text: string, cwd: string): Record<string, unknown> {
  const t = text.trim();
  if (t.startsWith('@')) {
    const file = path.resolve(cwd, t.slice(1));
    let body: string;
    try {
      body = readFileSync(file, 'utf8');
    } catch (e) {
      throw new ConfigurationError(`ansible-extra-args: -e ${t}: ${(e as Error).message}`);
    }
    if (Buffer.byteLength(body) > MAX_FILE_BYTES) throw new ConfigurationError(`ansible-extra-args: -e ${t} is over ${MAX_FILE_BYTES} bytes`);
    return mapping(body, `-e ${t}`);
  }
  if (/^[{[/]/.test(t)) return mapping(t, 'ansible-extra-args -e');
  const out: Record<string, unknown> = {};
  for (const word of splitShellWords(t)) {
    const eq = word.indexOf('=');
    if (eq <= 0) throw new ConfigurationError(`ansible-extra-args: -e ${JSON.stringify(text)}: "${word}" is not key=value (Ansible refuses it too)`);
    out[word.slice(0, eq)] = word.slice(eq + 1);
  }
  return out;
}

function mapping(text: string, what: string): Record<string, unknown> {
  let data: unknown;
  try {
    data = parse(text, { version: '1.1', maxAliasCount: 100 });
  } catch (e) {
    throw new ConfigurationError(`${what}: not valid YAML or JSON: ${(e as Error).message}`);
  }
  if (data === null || data === undefined) return {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new ConfigurationError(`${what}: extra vars must be a mapping of variable names to values`);
  return data as Record<string, unknown>;
}
