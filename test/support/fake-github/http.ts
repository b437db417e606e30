import type { IncomingMessage, ServerResponse } from 'node:http';
import { randomUUID } from 'node:crypto';

export const DOCS = 'https://docs.github.com/rest';

/** What a route handler returns; the server turns it into an HTTP response. */
export interface Reply {
  status: number;
  body?: unknown;
  headers?: Record<string, string>;
}

/** Raised by handlers to answer with a GitHub-shaped error. */
export class HttpError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
    readonly headers: Record<string, string> = {},
  ) {
    super(message);
  }
}

export function notFound(): HttpError {
  return new HttpError(404, 'Not Found', { documentation_url: DOCS, status: '404' });
}

export interface ValidationIssue {
  resource: string;
  code: string;
  field?: string;
  message?: string;
}

/** GitHub's 422 shape: `Validation Failed` plus an `errors` array. */
export function validationFailed(...errors: ValidationIssue[]): HttpError {
  return new HttpError(422, 'Validation Failed', { errors, documentation_url: DOCS, status: '422' });
}

export function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

export function parseJson(text: string): unknown {
  if (text.trim() === '') return {};
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new HttpError(400, 'Problems parsing JSON', { documentation_url: DOCS, status: '400' });
  }
}

export function send(res: ServerResponse, reply: Reply): void {
  const payload = reply.body === undefined ? '' : JSON.stringify(reply.body);
  res.writeHead(reply.status, {
    'content-type': 'application/json; charset=utf-8',
    'x-github-request-id': randomUUID(),
    'x-github-api-version-selected': '2022-11-28',
    'content-length': Buffer.byteLength(payload),
    ...reply.headers,
  });
  res.end(payload);
}

export function errorReply(e: HttpError): Reply {
  return { status: e.status, body: { message: e.message, ...e.extra }, headers: e.headers };
}

/** GitHub counts a body's length in characters (code points), not UTF-16 units or bytes. */
export function characterCount(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}
