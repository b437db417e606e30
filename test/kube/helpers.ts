import { request } from 'node:http';
import type { KubeApi } from '../../src/core/kube/kube-api.js';

/** A raw HTTP request to the fake, as a non-client process (kubectl, a playbook's uri module) would send it. */
export function rawRequest(
  url: string,
  method: string,
  path: string,
  options: { token?: string; body?: unknown; contentType?: string } = {},
): Promise<{ status: number; body: any }> {
  return new Promise((resolve, reject) => {
    const data = options.body === undefined ? undefined : JSON.stringify(options.body);
    const req = request(
      `${url}${path}`,
      {
        method,
        headers: {
          ...(options.token ? { Authorization: `Bearer ${options.token}` } : {}),
          ...(data ? { 'Content-Type': options.contentType ?? 'application/json', 'Content-Length': Buffer.byteLength(data) } : {}),
        },
      },
      (res) => {
        let text = '';
        res.on('data', (c: Buffer) => (text += c.toString()));
        res.on('end', () => {
          let body: unknown = text;
          try {
            body = JSON.parse(text);
          } catch {
            // plain text (logs, healthz)
          }
          resolve({ status: res.statusCode ?? 0, body });
        });
      },
    );
    req.on('error', reject);
    req.end(data);
  });
}

/** Polls a KubeApi read until it satisfies `ok`; returns the last value seen. */
export async function pollUntil<T>(read: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  let v = await read();
  while (!ok(v)) {
    if (Date.now() > deadline) throw new Error(`condition not reached within ${timeoutMs} ms; last value: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 20));
    v = await read();
  }
  return v;
}

export async function podPhases(api: KubeApi, ns: string, name: string, timeoutMs = 5000): Promise<string[]> {
  const seen: string[] = [];
  await pollUntil(
    async () => {
      const p = await api.getPod(ns, name);
      const phase = p?.status?.phase ?? 'absent';
      if (seen[seen.length - 1] !== phase) seen.push(phase);
      return phase;
    },
    (phase) => phase === 'Succeeded' || phase === 'Failed',
    timeoutMs,
  );
  return seen;
}
