import { afterEach, describe, expect, it } from 'vitest';
import { FORGERY, forgedCommands } from '../support/runner-commands.js';
import { startHarness, type Harness } from './verify-harness.js';

let h: Harness | undefined;
afterEach(async () => {
  await h?.stop();
  h = undefined;
});

describe('verify prints what a node reports about itself', () => {
  it('a kubelet version that tries to forge workflow commands is printed, never obeyed', async () => {
    h = await startHarness();
    h.fake.setKubeletVersion('worker-3', `v1.29.5${FORGERY}`);
    const run = await h.run({ 'expected-kubernetes-version': 'v1.29.5', checks: 'nodes,versions' });
    expect(run.exitCode).toBe(1);
    expect(run.outputs.result).toBe('failed');
    expect(run.stdout).toContain('::add-mask::FORGED-mask');
    expect(forgedCommands(run.stdout)).toEqual([]);
  });
});
