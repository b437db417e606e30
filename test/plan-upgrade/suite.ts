import { afterAll, beforeAll } from 'vitest';
import path from 'node:path';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { makeTempDir } from '../support/tmp.js';
import { planFixture, type PlanFixture } from './fixture.js';

/**
 * One upstream for a test file and fixtures on demand, all closed and removed after the file:
 * `const suite = planSuite('ksu-x-')` at the top level, then `await suite.fixture({...})`.
 */
export function planSuite(prefix: string): { fixture: (o: Parameters<typeof planFixture>[2]) => Promise<PlanFixture>; upstream: () => KubesprayUpstream; dir: string } {
  const tmp = makeTempDir(prefix);
  let upstream: KubesprayUpstream | undefined;
  let n = 0;
  const fixtures: PlanFixture[] = [];
  beforeAll(() => {
    upstream = buildKubesprayUpstream(path.join(tmp.dir, 'up'));
  });
  afterAll(async () => {
    await Promise.all(fixtures.map((f) => f.close()));
    tmp.cleanup();
  });
  return {
    dir: tmp.dir,
    upstream: () => upstream!,
    fixture: async (o) => {
      const f = await planFixture(path.join(tmp.dir, `f${n++}`), upstream!, o);
      fixtures.push(f);
      return f;
    },
  };
}
