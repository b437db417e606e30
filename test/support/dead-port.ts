import net from 'node:net';
import type { AddressInfo } from 'node:net';

/** A loopback port nothing listens at (it was free a moment ago): a connection to it is refused. */
export async function deadPort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((r) => s.listen(0, '127.0.0.1', r));
  const port = (s.address() as AddressInfo).port;
  await new Promise((r) => s.close(r));
  return port;
}
