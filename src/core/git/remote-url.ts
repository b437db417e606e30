import { ActionError } from '../errors.js';

/** An option-like "URL" would be parsed by git as a flag. */
export function assertSafeRemote(url: string): void {
  if (url.trim() === '' || url.startsWith('-')) {
    throw new ActionError(`refusing to use ${JSON.stringify(url)} as a git remote URL`);
  }
}

/** Credentials embedded in a URL never reach logs or error messages. */
export function redactUrl(url: string): string {
  return url.replace(/^([a-z][a-z0-9+.-]*:\/\/)[^@/]*@/i, '$1***@');
}
