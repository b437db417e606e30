import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { effectiveKubeTarget } from '../../src/core/upgrade/kube-target.js';
import { writeStandinTree } from '../support/standin-kubespray/standin.js';
import { makeTempDir } from '../support/tmp.js';

const tmp = makeTempDir('ksu-kube-target-');
afterAll(() => tmp.cleanup());

function inventory(name: string, files: Record<string, string>): string {
  const dir = path.join(tmp.dir, name);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const HOSTS = '[kube_control_plane]\ncp1\n[etcd]\ncp1\n[kube_node]\nw1\n[k8s_cluster:children]\nkube_control_plane\nkube_node\n';

describe('the effective target kube_version (Kubespray defaults + inventory pins)', () => {
  const v2251 = writeStandinTree(path.join(tmp.dir, 'ks-2.25.1'), { tag: 'v2.25.1' });
  const v2280 = writeStandinTree(path.join(tmp.dir, 'ks-2.28.0'), { tag: 'v2.28.0' });

  it('is the role default when the inventory pins nothing', async () => {
    const inv = inventory('plain', { 'inventory.ini': HOSTS });
    expect(await effectiveKubeTarget(v2251, path.join(inv, 'inventory.ini'))).toEqual({ known: true, value: 'v1.29.10', source: 'Kubespray default' });
    // From v2.28 kube_version is an expression over the checksums; real Ansible gave 1.32.5 for it.
    expect(await effectiveKubeTarget(v2280, path.join(inv, 'inventory.ini'))).toMatchObject({ known: true, value: 'v1.32.5' });
  });

  it('is the pin when the inventory sets kube_version in group_vars', async () => {
    const inv = inventory('pinned', { 'inventory.ini': HOSTS, 'group_vars/k8s_cluster/k8s-cluster.yml': '# team pin\nkube_version: v1.29.5\n' });
    expect(await effectiveKubeTarget(v2251, path.join(inv, 'inventory.ini'))).toEqual({
      known: true,
      value: 'v1.29.5',
      source: 'pinned in group_vars/k8s_cluster/k8s-cluster.yml:2',
    });
  });

  it('reads only the given inventory file among several, plus its group_vars', async () => {
    const inv = inventory('two', { 'prod.ini': HOSTS, 'staging.ini': `${HOSTS}[all:vars]\nkube_version=v1.29.1\n` });
    expect(await effectiveKubeTarget(v2251, path.join(inv, 'prod.ini'))).toMatchObject({ value: 'v1.29.10' });
    expect(await effectiveKubeTarget(v2251, path.join(inv, 'staging.ini'))).toMatchObject({ value: 'v1.29.1' });
  });
});
