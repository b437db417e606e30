import { describe, expect, it } from 'vitest';
import { existsSync } from 'node:fs';
import { FROM_KUBE, TARGET_KUBE, TARGET_TAG, useSuite, withCase } from '../run-upgrade/env.js';
import { printedOutputs, runCli } from './run-cli.js';

const suite = useSuite('ksu-cli-upgrade-');

/** The action inputs of a case as CLI flags, `--name=value`. */
const asFlags = (inputs: Record<string, string>) => Object.entries(inputs).map(([k, v]) => `--${k}=${v}`);

describe('kubespray-upgrade upgrade', () => {
  it('--dry-run runs preflight against the cluster, prints the phase plan and changes nothing', () =>
    withCase(suite(), async (c) => {
      const r = await runCli(['upgrade', ...asFlags(c.inputs()), '--dry-run'], { env: c.env(), timeoutMs: 180_000 });
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      const outputs = printedOutputs(r.stdout);
      expect(outputs).toMatchObject({ status: 'dry-run', 'to-version': TARGET_TAG, 'kubernetes-from': FROM_KUBE, 'kubernetes-to': TARGET_KUBE, 'backup-path': '' });
      expect(r.stdout).toMatch(/== Summary\n[\s\S]*### Plan/);
      expect(r.stdout).toContain('upgrade-cluster.yml --limit worker-3,worker-4');
      expect(r.stdout + r.stderr).not.toMatch(/^::/m);
      // Nothing ran and nothing was written to the cluster.
      expect(c.records()).toEqual([]);
      expect(c.state()).toBeUndefined();
      expect(c.lease()).toBeUndefined();
      expect(existsSync(c.backupDir)).toBe(false);
      expect(c.kubelet('worker-1')).toBe(FROM_KUBE);
      expect(c.fake.requests.length).toBeGreaterThan(0);
    }), 180_000);

  it('--json with a refused configuration: exit code 1, the action\'s message, nothing touched', () =>
    withCase(suite(), async (c) => {
      const r = await runCli(['upgrade', ...asFlags(c.inputs({ runner: 'container' })), '--json'], { env: c.env() });
      expect(r.exitCode).toBe(1);
      expect(r.stderr).toMatch(/^error: input "image" is required when runner is container/m);
      expect(JSON.parse(r.stdout)).toEqual({ status: 'configuration-error' });
      expect(c.fake.requests).toEqual([]);
    }), 180_000);
});
