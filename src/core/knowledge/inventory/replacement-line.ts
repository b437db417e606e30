import { resolvePlainTag } from '../../../formats/yaml/ansible-yaml.js';
import type { ValueSource } from './variable-definitions.js';

/**
 * The line a reviewer should write instead of `source.lineText` to set the variable to
 * `value`: same indentation, key spelling, quoting style and trailing comment.
 */
export function replacementLine(source: ValueSource, name: string, value: string): string {
  const { lineText, valueStart, valueEnd } = source;
  if (valueStart !== undefined && valueEnd !== undefined) {
    return lineText.slice(0, valueStart) + quoteLike(source, value) + lineText.slice(valueEnd);
  }
  const indent = /^\s*/.exec(lineText)?.[0] ?? '';
  const sep = source.syntax === 'ini' ? '=' : ': ';
  return `${indent}${name}${sep}${quoteLike({ ...source, quote: source.quote === 'block' ? 'plain' : source.quote }, value)}`;
}

function quoteLike(source: ValueSource, value: string): string {
  switch (source.quote) {
    case 'double':
      return JSON.stringify(value);
    case 'single':
      return `'${value.replace(/'/g, "''")}'`;
    default:
      if (source.syntax === 'ini') return /^[\w.+:/-]*$/.test(value) ? value : JSON.stringify(value);
      // A plain scalar that YAML would read as something else (1.30 is a float) needs quotes.
      return readsBackAsString(value) ? value : JSON.stringify(value);
  }
}

/** Whether PyYAML reads `value` written plain as that same string (not 1.30 the float, not yes the bool). */
function readsBackAsString(value: string): boolean {
  const safeText = /^[^\s\-?:,[\]{}#&*!|>'"%@`][^\s]*$/.test(value) && !value.includes(': ') && !value.includes(' #') && !value.endsWith(':');
  return safeText && resolvePlainTag(value) === 'tag:yaml.org,2002:str';
}
