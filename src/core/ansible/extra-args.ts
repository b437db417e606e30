import { ConfigurationError } from '../errors.js';
import { splitShellWords } from './shell-words.js';

/** ansible-playbook short options that take a value; any other letter in a cluster like `-bK` is a flag. */
const VALUE_SHORT = new Set(['e', 'i', 'l', 'u', 'f', 't', 'M', 'c', 'T']);

interface Forbidden {
  long: string[];
  short: string[];
  why: string;
}

const FORBIDDEN: Forbidden[] = [
  { long: ['--inventory', '--inventory-file'], short: ['i'], why: 'the inventory comes from the "inventory" input' },
  { long: ['--limit'], short: ['l'], why: 'run-upgrade chooses the hosts of each phase itself' },
  { long: ['--ask-pass', '--ask-become-pass', '--ask-vault-pass', '--ask-vault-password'], short: ['k', 'K', 'J'], why: 'a job cannot answer a prompt; use a key, become without a password, or --vault-password-file' },
  { long: ['--step', '--start-at-task'], short: [], why: 'a job cannot answer a prompt, and skipping tasks defeats the resume logic' },
];

/**
 * Splits the `ansible-extra-args` input into argv and refuses options that would
 * fight the orchestration or wait forever for a terminal.
 */
export function parseExtraArgs(text: string): string[] {
  const args = splitShellWords(text);
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    const offending = offendingOption(a);
    if (offending) {
      throw new ConfigurationError(`ansible-extra-args must not contain ${offending.option}: ${offending.why}`);
    }
    const value = extraVarsValue(args, i);
    if (value !== undefined && /\bupgrade_node_confirm\b/.test(value)) {
      throw new ConfigurationError(
        'ansible-extra-args must not set upgrade_node_confirm: it makes Kubespray wait for a keypress on every node; use pause-seconds-before-node instead',
      );
    }
  }
  return args;
}

function offendingOption(a: string): { option: string; why: string } | undefined {
  if (a.startsWith('--')) {
    const name = a.split('=')[0]!;
    const f = FORBIDDEN.find((x) => x.long.includes(name));
    return f ? { option: name, why: f.why } : undefined;
  }
  if (!/^-[A-Za-z]/.test(a)) return undefined;
  for (const letter of a.slice(1)) {
    const f = FORBIDDEN.find((x) => x.short.includes(letter));
    if (f) return { option: `-${letter}`, why: f.why };
    if (VALUE_SHORT.has(letter) || !/[A-Za-z]/.test(letter)) break;
  }
  return undefined;
}

/** The value given to -e/--extra-vars at position i, if that is what args[i] is. */
export function extraVarsValue(args: readonly string[], i: number): string | undefined {
  const a = args[i]!;
  if (a === '-e' || a === '--extra-vars') return args[i + 1];
  if (a.startsWith('--extra-vars=')) return a.slice('--extra-vars='.length);
  if (/^-[A-Za-z]*e./.test(a) && !a.startsWith('--')) return a.slice(a.indexOf('e') + 1);
  return undefined;
}
