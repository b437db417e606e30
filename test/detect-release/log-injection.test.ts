import { describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { buildClusterRepo, runnerCheckout } from '../support/cluster-repo.js';
import { runAction } from '../support/run-action.js';
import { useDetectUpstreams } from '../support/detect-upstreams.js';
import { FORGERY, forgedCommands } from '../support/runner-commands.js';

const { tmp, built } = useDetectUpstreams('ksu-detect-inject-');

describe('detect-release prints an inventory value that tries to forge workflow commands', () => {
  it('a kube_version with newlines and command lines is printed, never obeyed', async () => {
    const root = path.join(tmp.dir, 'c');
    mkdirSync(root);
    const kubeVersion = `v1.28.6${FORGERY}`;
    const repo = buildClusterRepo(root, {
      upstream: built.upstream,
      tag: 'v2.24.1',
      files: { 'inventory/mycluster/group_vars/k8s_cluster/k8s-cluster.yml': `kube_version: ${JSON.stringify(kubeVersion)}\n` },
    });
    const checkout = runnerCheckout(repo, path.join(root, 'runner'));
    const r = await runAction('detect-release', { path: checkout, 'kubernetes-repository': built.k8sUrl });
    expect(r.stdout).toContain('::add-mask::FORGED-mask');
    expect(forgedCommands(r.stdout)).toEqual([]);
  });
});
