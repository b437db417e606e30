import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { makeTempDir } from '../support/tmp.js';
import { FORGERY, forgedCommands } from '../support/runner-commands.js';
import { planFixture, releaseSeeds, type PlanFixture } from './fixture.js';

const tmp = makeTempDir('ksu-plan-inject-');
let upstream: KubesprayUpstream;
let f: PlanFixture | undefined;

beforeAll(() => {
  upstream = buildKubesprayUpstream(path.join(tmp.dir, 'up'));
});
afterAll(async () => {
  await f?.close();
  tmp.cleanup();
});

describe('plan-upgrade prints release notes in a dry run', () => {
  it('notes that try to forge workflow commands are printed, never obeyed', async () => {
    f = await planFixture(path.join(tmp.dir, 'f'), upstream, { tag: 'v2.24.1', target: 'v2.25.1', releases: releaseSeeds((t) => `## ${t}${FORGERY}* Bump calico\n`) });
    const r = await f.run({ 'dry-run': 'true' });
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    expect(r.stdout).toContain('::add-mask::FORGED-mask');
    expect(forgedCommands(r.stdout)).toEqual([]);
  });
});
