/**
 * A loopback forward proxy (CONNECT tunnels and absolute-URI requests) that alone knows where
 * some made-up host names live, so a client can reach them only through it.
 */
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';

export interface TestProxy {
  readonly url: string;
  /** host:port of every request or tunnel the proxy was asked for. */
  readonly seen: string[];
  close(): Promise<void>;
}

export async function startTestProxy(hosts: Record<string, { host: string; port: number }>): Promise<TestProxy> {
  const seen: string[] = [];
  const resolve = (hostname: string, port: number) => hosts[hostname] ?? { host: hostname, port };
  const server = http.createServer((req, res) => {
    const target = new URL(req.url ?? '/');
    seen.push(target.host);
    const to = resolve(target.hostname, Number(target.port || 80));
    const upstream = http.request({ host: to.host, port: to.port, method: req.method, path: `${target.pathname}${target.search}`, headers: req.headers }, (up) => {
      res.writeHead(up.statusCode ?? 502, up.headers);
      up.pipe(res);
    });
    upstream.on('error', () => res.writeHead(502).end());
    req.pipe(upstream);
  });
  server.on('connect', (req, socket, head) => {
    const [hostname, port] = (req.url ?? '').split(':');
    seen.push(req.url ?? '');
    const to = resolve(hostname ?? '', Number(port || 443));
    const upstream = net.connect(to.port, to.host, () => {
      socket.write('HTTP/1.1 200 Connection Established\r\n\r\n');
      upstream.write(head);
      upstream.pipe(socket);
      socket.pipe(upstream);
    });
    upstream.on('error', () => socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n'));
    socket.on('error', () => upstream.destroy());
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    seen,
    close: () => {
      server.closeAllConnections();
      return new Promise((r) => server.close(() => r()));
    },
  };
}
