import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server, type Socket } from 'node:net';
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { FakeKube, seedCluster } from '../support/fake-kube/index.js';
import { createKubeApi } from '../../src/adapters/kube/client-kube-api.js';
import { isTransientKubeError, KubeUnreachableError } from '../../src/core/kube/kube-errors.js';
import { makeTempDir } from '../support/tmp.js';

/**
 * Which Kubernetes failures are transient is read from what the real client reports (the
 * HTTP status, the connection's error code), never from the message: the message quotes the
 * kubeconfig's address and object names, which can say anything.
 */
let fake: FakeKube;
const tmp = makeTempDir('ksu-kube-transient-');
beforeAll(async () => {
  fake = await FakeKube.start();
  seedCluster(fake, { controlPlanes: 1, workers: 1, kubernetesVersion: 'v1.29.5' });
});
afterAll(async () => {
  await fake.stop();
  tmp.cleanup();
});

const nodes = /^\/api\/v1\/nodes$/;
const fast = { retryBaseDelayMs: 10 };

describe('a connection that breaks is transient, and a read over it is retried', () => {
  for (const status of ['reset', 'truncate'] as const) {
    it(`${status === 'reset' ? 'closed before any response' : 'closed half-way through the body'}: one retry reads the nodes`, async () => {
      const fault = fake.failRequests({ method: 'GET', match: nodes, status, count: 1 });
      const nodesRead = await createKubeApi({ kubeconfig: fake.writeKubeconfig(), ...fast }).listNodes();
      expect(fault.count).toBe(0);
      expect(nodesRead.map((n) => n.metadata?.name).sort()).toEqual(['cp-1', 'worker-1']);

      fake.failRequests({ method: 'GET', match: nodes, status, count: 1 });
      const e = await createKubeApi({ kubeconfig: fake.writeKubeconfig(), readRetries: 0 }).listNodes().catch((x: unknown) => x);
      expect(e).toBeInstanceOf(KubeUnreachableError);
      expect((e as KubeUnreachableError).code).toBe('UND_ERR_SOCKET');
      expect(isTransientKubeError(e)).toBe(true);
    });
  }

  it('a request past its deadline is transient (TIMEOUT), and so are 429 and 5xx', async () => {
    fake.setLatency(600, nodes);
    try {
      const e = await createKubeApi({ kubeconfig: fake.writeKubeconfig(), requestTimeoutMs: 200, readRetries: 0 }).listNodes().catch((x: unknown) => x);
      expect((e as KubeUnreachableError).code).toBe('TIMEOUT');
      expect(isTransientKubeError(e)).toBe(true);
    } finally {
      fake.setLatency(0);
    }
    for (const status of [429, 500, 503]) {
      fake.failRequests({ method: 'GET', match: nodes, status, count: 1 });
      const e = await createKubeApi({ kubeconfig: fake.writeKubeconfig(), readRetries: 0 }).listNodes().catch((x: unknown) => x);
      expect(isTransientKubeError(e), String(status)).toBe(true);
    }
    fake.failRequests({ method: 'GET', match: nodes, status: 403, count: 1 });
    const forbidden = await createKubeApi({ kubeconfig: fake.writeKubeconfig(), readRetries: 0 }).listNodes().catch((x: unknown) => x);
    expect(isTransientKubeError(forbidden)).toBe(false);
  });
});

describe('a message that names a transient failure does not make one', () => {
  let plain: Server;
  let connections = 0;
  const sockets: Socket[] = [];
  beforeAll(async () => {
    // Speaks plain text where the kubeconfig says https: the TLS handshake fails, every time.
    plain = createServer((s) => {
      connections++;
      sockets.push(s);
      s.end('HTTP/1.1 400 Bad Request\r\nContent-Length: 0\r\n\r\n');
    });
    await new Promise<void>((r) => plain.listen(0, '127.0.0.1', r));
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((r) => plain.close(() => r()));
  });

  it('an https address at a plain server, whose path says ECONNRESET and "did not answer within", fails once and is not retried', async () => {
    const port = (plain.address() as { port: number }).port;
    const server = `https://127.0.0.1:${port}/ECONNRESET/did not answer within/UND_ERR_SOCKET`;
    const kubeconfig = path.join(tmp.dir, 'kubeconfig-plain');
    writeFileSync(
      kubeconfig,
      [
        'apiVersion: v1',
        'kind: Config',
        'clusters: [{name: c, cluster: {server: ' + JSON.stringify(server) + ', insecure-skip-tls-verify: true}}]',
        'users: [{name: u, user: {token: not-a-token}}]',
        'contexts: [{name: x, context: {cluster: c, user: u}}]',
        'current-context: x',
        '',
      ].join('\n'),
    );
    const e = await createKubeApi({ kubeconfig, ...fast }).listNodes().catch((x: unknown) => x);
    expect(e).toBeInstanceOf(KubeUnreachableError);
    expect((e as Error).message).toMatch(/does not speak TLS at that address/);
    expect((e as Error).message).toContain('ECONNRESET');
    expect(isTransientKubeError(e)).toBe(false);
    expect(connections).toBe(1);
  });
});
