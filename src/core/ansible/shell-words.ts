import { ConfigurationError } from '../errors.js';

/**
 * Splits text into words the way a POSIX shell does for quoting only: single quotes are
 * literal, double quotes honour \" \\ \$ \` and a backslash-newline, a backslash outside
 * quotes escapes the next character, and unquoted whitespace (newlines included) separates
 * words. Nothing is expanded ($VAR, globs, ~) and nothing is executed: the words go
 * straight into an argv array. A `#` at the start of a word starts a comment to the end
 * of the line.
 */
export function splitShellWords(text: string): string[] {
  const words: string[] = [];
  let word: string | undefined;
  let i = 0;
  const append = (s: string) => (word = (word ?? '') + s);
  while (i < text.length) {
    const c = text[i]!;
    if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      if (word !== undefined) words.push(word);
      word = undefined;
      i++;
    } else if (c === '#' && word === undefined) {
      while (i < text.length && text[i] !== '\n') i++;
    } else if (c === "'") {
      const end = text.indexOf("'", i + 1);
      if (end < 0) throw unterminated("'", text, i);
      append(text.slice(i + 1, end));
      i = end + 1;
    } else if (c === '"') {
      const [value, next] = readDoubleQuoted(text, i + 1);
      append(value);
      i = next;
    } else if (c === '\\') {
      if (i + 1 >= text.length) throw new ConfigurationError('ansible-extra-args ends with a lone backslash');
      // Backslash-newline joins lines, as in a shell script.
      if (text[i + 1] !== '\n') append(text[i + 1]!);
      i += 2;
    } else {
      append(c);
      i++;
    }
  }
  if (word !== undefined) words.push(word);
  return words;
}

function readDoubleQuoted(text: string, start: number): [string, number] {
  let out = '';
  for (let i = start; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') return [out, i + 1];
    if (c === '\\' && i + 1 < text.length && '"\\$`\n'.includes(text[i + 1]!)) {
      if (text[i + 1] !== '\n') out += text[i + 1];
      i++;
    } else {
      out += c;
    }
  }
  throw unterminated('"', text, start - 1);
}

function unterminated(quote: string, text: string, at: number): ConfigurationError {
  const line = text.slice(0, at).split('\n').length;
  return new ConfigurationError(`ansible-extra-args has an unterminated ${quote} quote on line ${line}; close it or escape it with a backslash`);
}
