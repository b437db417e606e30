import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import https from 'node:https';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { runAction, errorAnnotations, type ActionRun } from '../support/run-action.js';
import { makeTempDir } from '../support/tmp.js';
import { deadPort } from '../support/dead-port.js';
import { makeTestPki, type KeyPair, type TestPki } from '../support/tls.js';

// Each way of not reaching the cluster ends in one line naming the server, the cause and the
// fix, as a configuration or connection error: never "this is a bug", and the status is set.
const hasOpenssl = spawnSync('openssl', ['version']).status === 0;
const tmp = makeTempDir('ksu-conn-');
let pki: TestPki;
const servers: https.Server[] = [];

beforeAll(() => {
  if (hasOpenssl) pki = makeTestPki(path.join(tmp.dir, 'pki'));
});
afterAll(async () => {
  await Promise.all(servers.map((s) => new Promise((r) => s.close(r))));
  tmp.cleanup();
});

/** A loopback HTTPS server that answers every request with `status` and a Kubernetes Status body. */
async function apiServer(pair: KeyPair, status = 200): Promise<string> {
  const server = https.createServer({ key: pair.key, cert: pair.cert }, (req, res) => {
    const reason = status === 401 ? 'Unauthorized' : status === 403 ? 'Forbidden' : 'OK';
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ kind: 'Status', apiVersion: 'v1', status: 'Failure', reason, code: status, message: `${reason.toLowerCase()}: ${req.method} ${req.url}` }));
  });
  servers.push(server);
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `https://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

let n = 0;
function kubeconfig(server: string, ca = pki?.trustedCa): string {
  const file = path.join(tmp.dir, `kubeconfig-${n++}`);
  const cluster = ca ? `    certificate-authority-data: ${Buffer.from(ca).toString('base64')}` : '    insecure-skip-tls-verify: true';
  writeFileSync(file, ['apiVersion: v1', 'kind: Config', 'clusters:', '- name: c', '  cluster:', `    server: ${server}`, cluster, 'users:', '- name: u', '  user:', '    token: t0k3n', 'contexts:', '- name: c', '  context: {cluster: c, user: u}', 'current-context: c', ''].join('\n'));
  return file;
}

const verify = (inputs: Record<string, string>, env: NodeJS.ProcessEnv = {}) => runAction('verify', { checks: 'nodes,versions', 'timeout-seconds': '10', ...inputs }, { env });

function expectOneLine(r: ActionRun, kind: string, pattern: RegExp): void {
  expect(r.exitCode, r.stdout + r.stderr).toBe(1);
  expect(r.outputs.status).toBe(kind);
  expect(r.outputs.result).toBe('error');
  const errors = errorAnnotations(r.stdout);
  expect(errors).toHaveLength(1);
  expect(errors[0]).not.toMatch(/bug/);
  expect(errors[0]).not.toContain('\n');
  expect(errors[0]).toMatch(pattern);
}

describe('verify names why it cannot reach the cluster', () => {
  it('no kubeconfig at all', async () => {
    const home = path.join(tmp.dir, 'empty-home');
    mkdirSync(home, { recursive: true });
    const r = await verify({}, { HOME: home, KUBECONFIG: '' });
    expectOneLine(r, 'configuration-error', /^no kubeconfig: the kubeconfig input is empty, KUBECONFIG is not set and .*\.kube\/config does not exist; pass the kubeconfig input/);
  });

  it('a kubeconfig pointing at a dead port', async () => {
    const server = `https://127.0.0.1:${await deadPort()}`;
    const r = await verify({ kubeconfig: kubeconfig(server, undefined) });
    expectOneLine(r, 'connection-error', new RegExp(`^Kubernetes API at ${server} \\(.+\\): connection refused .*; check the kubeconfig's server address and that the server is running$`));
  });

  it.skipIf(!hasOpenssl)('a server certificate from another CA', async () => {
    const server = await apiServer(pki.otherCa);
    const r = await verify({ kubeconfig: kubeconfig(server) });
    expectOneLine(r, 'connection-error', new RegExp(`^Kubernetes API at ${server} \\(.+\\): its TLS certificate is signed by a certificate authority that is not trusted \\(\\w+\\); put the CA .* certificate-authority-data`));
  });

  it.skipIf(!hasOpenssl)('an expired server certificate', async () => {
    const server = await apiServer(pki.expired);
    const r = await verify({ kubeconfig: kubeconfig(server) });
    expectOneLine(r, 'connection-error', new RegExp(`^Kubernetes API at ${server} \\(.+\\): its TLS certificate has expired \\(CERT_HAS_EXPIRED\\); renew the server certificate`));
  });

  it.skipIf(!hasOpenssl)('a server certificate for another host name', async () => {
    const server = await apiServer(pki.wrongHost);
    const r = await verify({ kubeconfig: kubeconfig(server) });
    expectOneLine(r, 'connection-error', new RegExp(`^Kubernetes API at ${server} \\(.+\\): its TLS certificate is not valid for the host name 127\\.0\\.0\\.1 \\(ERR_TLS_CERT_ALTNAME_INVALID\\); use an address the certificate names`));
  });

  it.skipIf(!hasOpenssl)('credentials the server rejects (401) and a user without the permission (403)', async () => {
    const r401 = await verify({ kubeconfig: kubeconfig(await apiServer(pki.good, 401)) });
    expectOneLine(r401, 'connection-error', /^Kubernetes API at https:\/\/127\.0\.0\.1:\d+ rejected the credentials \(401 Unauthorized\) for .+; the kubeconfig's token or client certificate is missing, expired or wrong$/);
    const r403 = await verify({ kubeconfig: kubeconfig(await apiServer(pki.good, 403)) });
    expectOneLine(r403, 'connection-error', /^Kubernetes API at https:\/\/127\.0\.0\.1:\d+ refused .+ \(403 Forbidden\): .+; grant the kubeconfig's user the RBAC permission/);
  });
});
