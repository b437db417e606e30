import { randomBytes } from 'node:crypto';

/**
 * The runner reads a log line as a workflow command when, after leading whitespace, it starts
 * with `::` (the current syntax), or when it contains `##[` anywhere (the legacy syntax it
 * still parses). It splits lines at \n, \r\n and a lone \r alike.
 */
export function couldBeWorkflowCommand(text: string): boolean {
  return text.split(/\r\n|\r|\n/).some((line) => line.trimStart().startsWith('::') || line.includes('##['));
}

/**
 * Lines that print `text` so that no part of it is obeyed: when it could be read as a
 * command, it is fenced by `::stop-commands::<token>` ... `::<token>::`, where the token is
 * random per call so the text cannot guess it and end the fence early. Text that could not be
 * a command is left as it is, so ordinary logs stay byte-for-byte what @actions/core writes.
 */
export function fenceUntrusted(text: string, token = randomBytes(16).toString('hex')): string[] {
  if (!couldBeWorkflowCommand(text)) return [text];
  if (text.includes(token)) return fenceUntrusted(text);
  return [`::stop-commands::${token}`, text, `::${token}::`];
}
