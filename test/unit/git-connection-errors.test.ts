import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import http from 'node:http';
import https from 'node:https';
import net from 'node:net';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { GitCommandManager } from '../../src/adapters/git/git-command-manager.js';
import { ActionError, ConnectionError, failureKind } from '../../src/core/errors.js';
import { listRemoteTags } from '../../src/core/releases/datasources/git-tags.js';
import { remoteAuth } from '../../src/core/pull-request/remote-branch.js';
import { git } from '../support/git.js';
import { makeTempDir } from '../support/tmp.js';
import { rejection as failure } from '../support/rejection.js';
import { deadPort } from '../support/dead-port.js';
import { makeTestPki, type TestPki } from '../support/tls.js';

// Real git against loopback servers: a remote that cannot be reached is a connection error in
// one line naming the remote (credentials redacted), the cause and the fix; a remote that
// answers (no such repository) stays an ordinary failure with git's own words.
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const tmp = makeTempDir('ksu-git-conn-');
const servers: net.Server[] = [];
let pki: TestPki | undefined;
const requests: Array<{ url?: string; authorization?: string }> = [];

beforeAll(() => {
  if (hasOpenssl) pki = makeTestPki(path.join(tmp.dir, 'pki'));
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  tmp.cleanup();
});

async function listen(server: net.Server): Promise<number> {
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return (server.address() as AddressInfo).port;
}

/** An HTTP server that answers every request with `status`, as a git host refusing access does. */
async function httpStatus(status: number): Promise<string> {
  const port = await listen(
    http.createServer((req, res) => {
      requests.push({ url: req.url, authorization: req.headers.authorization });
      res.writeHead(status, status === 401 ? { 'www-authenticate': 'Basic realm="git"' } : {});
      res.end(`status ${status}\n`);
    }),
  );
  return `http://127.0.0.1:${port}`;
}

const fast = { delaysMs: [10] };
const gitIn = () => new GitCommandManager(tmp.dir, 'git', fast);

function expectOneLine(e: Error, pattern: RegExp): void {
  expect(e).toBeInstanceOf(ConnectionError);
  expect(failureKind(e)).toBe('connection-error');
  expect(e.message).not.toContain('\n');
  expect(e.message).toMatch(pattern);
}

describe('a git remote that cannot be reached is a connection error that names the cause', () => {
  it('nothing listens at the port: connection refused, and the URL credentials are redacted', async () => {
    const port = await deadPort();
    const e = await failure(listRemoteTags(gitIn(), `http://x-access-token:ghs_s3cr3t@127.0.0.1:${port}/o/kubespray.git`));
    expectOneLine(e, new RegExp(`^cannot list the tags of http://\\*\\*\\*@127\\.0\\.0\\.1:${port}/o/kubespray\\.git: connection refused \\(.+\\); check the remote URL and that the server is running\\.$`));
    expect(e.message).not.toContain('ghs_s3cr3t');
  });

  it('a host name that does not resolve', async () => {
    const e = await failure(gitIn().lsRemoteTags('http://kubespray-mirror.invalid/kubespray.git'));
    expectOneLine(e, /^cannot list the tags of http:\/\/kubespray-mirror\.invalid\/kubespray\.git: the host name kubespray-mirror\.invalid does not resolve \(DNS\); check the host/);
  });

  it('HTTP 401 without credentials: names the github-token input', async () => {
    const url = `${await httpStatus(401)}/o/private.git`;
    const bare = path.join(tmp.dir, 'fetch-into.git');
    git(tmp.dir, ['init', '-q', '--bare', bare]);
    const e = await failure(gitIn().at(bare).fetch(url, ['+refs/heads/main:refs/x/main'], { depth: 1 }));
    expectOneLine(e, new RegExp(`^cannot fetch from ${url.replace(/[.]/g, '\\.')}: the server asked for credentials it did not get or rejected \\(HTTP 401\\); set the github-token input`));
  });

  it('HTTP 401 with a token sent as an extraheader from the environment: the token is in no argv and no message', async () => {
    const server = await httpStatus(401);
    const token = 'ghs_t0k3n_in_env';
    const auth = await remoteAuth(gitIn(), token, server);
    requests.length = 0;
    const e = await failure(gitIn().lsRemoteHeads(`${server}/o/private.git`, ['refs/heads/main'], auth));
    expectOneLine(e, /HTTP 401\); set the github-token input/);
    // The header reached the server, so the credentials went through config in the environment.
    expect(requests.some((r) => r.authorization === `basic ${Buffer.from(`x-access-token:${token}`).toString('base64')}`)).toBe(true);
    expect(e.message).not.toContain(token);
    expect(e.message).not.toContain(Buffer.from(`x-access-token:${token}`).toString('base64'));
  });

  it('HTTP 403: the token has no access', async () => {
    const url = `${await httpStatus(403)}/o/private.git`;
    const e = await failure(gitIn().lsRemoteTags(url));
    expectOneLine(e, /: the server refused access \(HTTP 403\); give the github-token input .* read access/);
  });

  it.skipIf(!hasOpenssl)('a TLS certificate from a CA the runner does not trust', async () => {
    const port = await listen(https.createServer({ key: pki!.otherCa.key, cert: pki!.otherCa.cert }, (_req, res) => res.end()));
    const e = await failure(gitIn().lsRemoteTags(`https://127.0.0.1:${port}/o/kubespray.git`));
    expectOneLine(e, /: its TLS certificate is signed by a certificate authority that is not trusted; give the runner the CA/);
  });

  it('a remote that answers is not a connection error: a missing repository keeps git\'s words', async () => {
    const url = path.join(tmp.dir, 'gone.git');
    const e = await failure(listRemoteTags(gitIn(), url));
    expect(e).toBeInstanceOf(ActionError);
    expect(e).not.toBeInstanceOf(ConnectionError);
    expect(e.message).toMatch(/does not appear to be a git repository/);
  });

  it('a remote that works still works', async () => {
    const repo = path.join(tmp.dir, 'up');
    git(tmp.dir, ['init', '-q', repo]);
    git(repo, ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '--allow-empty', '-m', 'one']);
    git(repo, ['tag', 'v2.24.1']);
    expect((await listRemoteTags(gitIn(), repo)).map((t) => t.name)).toEqual(['v2.24.1']);
  });
});
