import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import tls from 'node:tls';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { GitHubHelper } from '../../src/adapters/github/github-helper.js';
import { ConnectionError, failureKind } from '../../src/core/errors.js';
import { deadPort } from '../support/dead-port.js';
import { makeTestPki, type TestPki } from '../support/tls.js';
import { makeTempDir } from '../support/tmp.js';
import { rejection as failure } from '../support/rejection.js';

// The real @actions/github client against loopback servers. A cause that waiting cannot fix
// (nothing listens, an untrusted or expired certificate, a rejected token) fails at once, in
// one line naming the server, the cause and the fix; a transient one (5xx, a dropped
// connection) is still retried. The retry wait is set to a minute where a retry must not
// happen, so a retry would run the test past its timeout rather than pass slowly.
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const tmp = makeTempDir('ksu-github-conn-');
const servers: net.Server[] = [];
let pki: TestPki | undefined;
const TOKEN = 'ghs_conn3ct10n_t0k3n';
const NO_RETRY_WAIT_MS = 60_000;

beforeAll(() => {
  if (hasOpenssl) pki = makeTestPki(path.join(tmp.dir, 'pki'));
});
afterAll(async () => {
  for (const s of servers) (s as { closeAllConnections?: () => void }).closeAllConnections?.();
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  tmp.cleanup();
});

/** Listens on loopback and counts the TCP connections made to it. */
async function listen(server: net.Server): Promise<{ url: (scheme: string) => string; connections: () => number }> {
  let connections = 0;
  server.on('connection', () => connections++);
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  const port = (server.address() as AddressInfo).port;
  return { url: (scheme) => `${scheme}://127.0.0.1:${port}`, connections: () => connections };
}

/** An HTTP server answering every request with `status` and a GitHub-shaped error body; counts requests. */
async function answering(status: number) {
  let requests = 0;
  const s = await listen(
    http.createServer((_req, res) => {
      requests++;
      res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
      res.end(JSON.stringify({ message: status === 401 ? 'Bad credentials' : status === 403 ? 'Resource not accessible by integration' : 'Server Error' }));
    }),
  );
  return { baseUrl: s.url('http'), requests: () => requests };
}

const helper = (baseUrl: string, retryBaseDelayMs = NO_RETRY_WAIT_MS) => new GitHubHelper({ token: TOKEN, repository: 'platform/cluster', baseUrl, retryBaseDelayMs });

/** One line, a connection error for the `status` output, naming the server; never the token. */
function expectConnectionError(e: Error, server: string, pattern: RegExp): void {
  expect(e, e.stack).toBeInstanceOf(ConnectionError);
  expect(failureKind(e)).toBe('connection-error');
  expect(e.message).not.toContain('\n');
  expect(e.message).not.toContain(TOKEN);
  expect(e.message).toContain(`GitHub API at ${server}`);
  expect(e.message).toMatch(pattern);
}

describe('a GitHub API that cannot be used fails at once, naming the cause and the fix', () => {
  it('nothing listens at the port: connection refused, not retried', async () => {
    const server = `http://127.0.0.1:${await deadPort()}`;
    const e = await failure(helper(server).getDefaultBranch());
    expectConnectionError(e, server, /: connection refused \(nothing listens at that address and port\); check GITHUB_API_URL and that the server is running\.$/);
  });

  it('a host name that does not resolve (NXDOMAIN): not retried', async () => {
    const server = 'http://github-enterprise.invalid';
    const e = await failure(helper(server).getDefaultBranch());
    expectConnectionError(e, server, /: the host name github-enterprise\.invalid does not resolve \(DNS ENOTFOUND\); check the host name in GITHUB_API_URL/);
  });

  it.skipIf(!hasOpenssl)('a certificate from a CA the runner does not trust: one connection, no retry', async () => {
    const s = await listen(https.createServer({ key: pki!.otherCa.key, cert: pki!.otherCa.cert }, (_req, res) => res.end('{}')));
    const e = await failure(helper(s.url('https')).getDefaultBranch());
    expectConnectionError(e, s.url('https'), /: its TLS certificate is signed by a certificate authority that is not trusted \(\w+\); give the runner the CA .*NODE_EXTRA_CA_CERTS/);
    expect(s.connections()).toBe(1);
  });

  it.skipIf(!hasOpenssl)('an expired certificate from a trusted CA: one connection, no retry', async () => {
    const s = await listen(https.createServer({ key: pki!.expired.key, cert: pki!.expired.cert }, (_req, res) => res.end('{}')));
    // Trust the test CA for this process, as NODE_EXTRA_CA_CERTS would on a runner.
    const before = tls.getCACertificates('default');
    tls.setDefaultCACertificates([...before, pki!.trustedCa]);
    try {
      const e = await failure(helper(s.url('https')).getDefaultBranch());
      expectConnectionError(e, s.url('https'), /: its TLS certificate has expired \(CERT_HAS_EXPIRED\); renew the server certificate/);
    } finally {
      tls.setDefaultCACertificates(before);
    }
    expect(s.connections()).toBe(1);
  });

  it('401: the token is rejected; the fix names the github-token input', async () => {
    const s = await answering(401);
    const e = await failure(helper(s.baseUrl).getDefaultBranch());
    expectConnectionError(e, s.baseUrl, /rejected the token \(401: Bad credentials\)\. Check that the "github-token" input is set/);
    expect(s.requests()).toBe(1);
  });

  it('403: the token may not do this; the fix names the permissions', async () => {
    const s = await answering(403);
    const e = await failure(helper(s.baseUrl).getDefaultBranch());
    expectConnectionError(e, s.baseUrl, /the token is not allowed to \(403: Resource not accessible by integration\)\. Give the job "permissions:/);
    expect(s.requests()).toBe(1);
  });
});

describe('transient failures are still retried with backoff', () => {
  it('a 5xx answer: four attempts, then the 5xx error', async () => {
    const s = await answering(502);
    const e = await failure(helper(s.baseUrl, 5).getDefaultBranch());
    expect(e.message).toMatch(/GitHub answered 502 even after retries/);
    expect(s.requests()).toBe(4);
  });

  it('a connection dropped before any answer: four attempts, then a connection error', async () => {
    const s = await listen(net.createServer((socket) => socket.destroy()));
    const e = await failure(helper(s.url('http'), 5).getDefaultBranch());
    expect(failureKind(e)).toBe('connection-error');
    expect(e.message).not.toContain('\n');
    expect(s.connections()).toBe(4);
  });
});
