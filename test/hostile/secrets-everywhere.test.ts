import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildClusterRepo, runnerCheckout } from '../support/cluster-repo.js';
import { runAction as runActionProcess } from '../support/run-action.js';
import { useDetectUpstreams } from '../support/detect-upstreams.js';
import { planFixture, releaseSeeds } from '../plan-upgrade/fixture.js';
import { startHarness } from '../verify/verify-harness.js';
import { runAction } from '../../src/actions/common/run-action.js';
import type { ActionHost } from '../../src/adapters/runner/host.js';
import { ActionError } from '../../src/core/errors.js';

/**
 * Whatever an action writes outside the log (its outputs, its job summary, its failure line)
 * is masked like the log, for every action and not per call site: registered secrets and
 * anything shaped like a private key or a token come out as ***.
 */
const TOKEN = 'ghp_R4nd0mT0k3nV4lu3F0rT3st1ngPurp0s3sXY';
const KEY_BODY = 'MIIEowIBAAKCAQEAu1SU1LfVLPHCozMxH2Mo4lgOEePzNm0tRgeLezV6ffAt0gun';
const PEM = `-----BEGIN RSA PRIVATE KEY-----\n${KEY_BODY}\n-----END RSA PRIVATE KEY-----`;

const { tmp, built } = useDetectUpstreams('ksu-secrets-everywhere-');

function recordingHost() {
  const written = { outputs: new Map<string, string>(), summary: '', failed: '' };
  const host: ActionHost = {
    info: () => undefined,
    debug: () => undefined,
    warning: () => undefined,
    error: () => undefined,
    notice: () => undefined,
    group: (_t, fn) => fn(),
    setSecret: () => undefined,
    setOutput: (n, v) => written.outputs.set(n, v),
    appendSummary: async (m) => ((written.summary += m), true),
    setFailed: (m) => (written.failed = m),
  };
  return { host, written };
}

describe('runAction: one door out of every action', () => {
  it('redacts outputs, the summary and the failure line, with the secrets registered through setSecret', async () => {
    const { host, written } = recordingHost();
    const registered = 'a-registered-secret-without-a-shape';
    await runAction('test', host, (kind) => ({ status: kind, 'leaked-status': `${kind} ${TOKEN}` }), async (h) => {
      h.setSecret(registered);
      h.setOutput('token', `value ${TOKEN}`);
      h.setOutput('registered', `says ${registered}`);
      await h.appendSummary(`| key | ${PEM.replace(/\n/g, '\\n')} |\n\n${registered}`);
      throw new ActionError(`the step printed ${registered} and token: ${TOKEN}`);
    });
    const everything = JSON.stringify([...written.outputs]) + written.summary + written.failed;
    for (const leak of [TOKEN, KEY_BODY, registered]) expect(everything).not.toContain(leak);
    expect(written.outputs.get('token')).toBe('value ***');
    expect(written.outputs.get('leaked-status')).toBe('failed ***');
    expect(written.failed).toMatch(/^the step printed \*\*\* and token: \*\*\*$/);
  });
});

describe('each action redacts what reaches its summary and outputs', () => {
  it('detect-release: an inventory kube_version shaped like a token', async () => {
    const root = path.join(tmp.dir, 'detect');
    mkdirSync(root);
    const repo = buildClusterRepo(root, {
      upstream: built.upstream,
      tag: 'v2.24.1',
      files: { 'inventory/mycluster/group_vars/k8s_cluster/k8s-cluster.yml': `kube_version: ${TOKEN}\n` },
    });
    const r = await runActionProcess('detect-release', { path: runnerCheckout(repo, path.join(root, 'runner')), 'kubernetes-repository': built.k8sUrl });
    expect(r.exitCode, r.stdout).toBe(0);
    expect(r.outputs['kubernetes-current']).toBe('***');
    expect(r.summary).toContain('***');
    expect(r.summary + JSON.stringify(r.outputs)).not.toContain(TOKEN);
  });

  it('plan-upgrade: release notes carrying a private key, in a dry run', async () => {
    const f = await planFixture(path.join(tmp.dir, 'plan'), built.upstream, { tag: 'v2.24.1', target: 'v2.25.1', releases: releaseSeeds((t) => `## ${t}\n\n* Bump calico\n\n${PEM}\n\ntoken: ${TOKEN}\n`) });
    try {
      const r = await f.run({ 'dry-run': 'true' });
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      expect(r.summary).toContain('Bump calico');
      expect(r.summary + JSON.stringify(r.outputs)).not.toContain(KEY_BODY);
      expect(r.summary + JSON.stringify(r.outputs)).not.toContain(TOKEN);
    } finally {
      await f.close();
    }
  });

  it('verify: a kubelet version a node reports, shaped like a token', async () => {
    const h = await startHarness();
    try {
      h.fake.setKubeletVersion('worker-3', TOKEN);
      const r = await h.run({ 'expected-kubernetes-version': 'v1.29.5', checks: 'nodes,versions' });
      expect(r.outputs.result).toBe('failed');
      expect(r.summary).toContain('worker-3');
      expect(r.summary + JSON.stringify(r.outputs)).not.toContain(TOKEN);
    } finally {
      await h.stop();
    }
  });
});
