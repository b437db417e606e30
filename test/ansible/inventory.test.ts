import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ansible } from '../../src/core/ansible/ansible.js';
import { clusterHosts, resolveInventoryPath } from '../../src/core/ansible/listed-inventory.js';
import { ActionError, ConfigurationError } from '../../src/core/errors.js';
import { makeTempDir } from '../support/tmp.js';
import { commandLine } from '../../src/adapters/ansible/runner.js';
import { runProcessGroup } from '../../src/adapters/process-group.js';

const tmp = makeTempDir('ksu-inventory-');
afterAll(() => tmp.cleanup());

function ansibleWith(files: Record<string, string>, inventoryRel: string): Ansible {
  const dir = path.join(tmp.dir, `inv-${Math.random().toString(36).slice(2)}`);
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  const tempDir = path.join(dir, '.tmp');
  mkdirSync(tempDir);
  return new Ansible({ runner: { kind: 'local' }, commandLine, runGroup: runProcessGroup, kubesprayDir: dir, inventory: path.join(dir, inventoryRel), tempDir, extraArgs: [] });
}

describe('inventory hosts through the real ansible-inventory', () => {
  it('reads roles from a Kubespray YAML inventory with nested groups and an override hostname', async () => {
    const ansible = ansibleWith(
      {
        'inventory/prod/hosts.yaml': `all:
  hosts:
    master-a: {ansible_host: 10.0.0.1}
    gpu-01: {ansible_host: 10.0.0.2, kube_override_hostname: gpu-01.example.internal}
    gpu-02: {ansible_host: 10.0.0.3}
    etcd-x: {ansible_host: 10.0.0.4}
  children:
    kube_control_plane:
      hosts: {master-a: {}}
    etcd:
      hosts: {master-a: {}, etcd-x: {}}
    gpu:
      hosts: {gpu-01: {}, gpu-02: {}}
    kube_node:
      children: {gpu: {}}
      hosts: {master-a: {}}
    k8s_cluster:
      children: {kube_control_plane: {}, kube_node: {}}
`,
        'inventory/prod/group_vars/all/all.yml': 'templated_name: "{{ inventory_hostname }}"\n',
      },
      'inventory/prod/hosts.yaml',
    );
    const hosts = clusterHosts(await ansible.inventory());
    expect(hosts.controlPlane).toEqual(['master-a']);
    expect(hosts.etcd.sort()).toEqual(['etcd-x', 'master-a']);
    // A control plane host that is also a node is upgraded with the control plane, not in a batch.
    expect(hosts.workers.sort()).toEqual(['gpu-01', 'gpu-02']);
    expect(hosts.nodeName.get('gpu-01')).toBe('gpu-01.example.internal');
    expect(hosts.nodeName.get('gpu-02')).toBe('gpu-02');
    expect(hosts.nodeName.has('etcd-x')).toBe(false);
  });

  it('understands the dashed group names of old inventories (INI)', async () => {
    const ansible = ansibleWith(
      {
        'inv/hosts.ini': `[kube-master]\nm1\n[etcd]\nm1\n[kube-node]\nn1\nn2\n[k8s-cluster:children]\nkube-master\nkube-node\n`,
      },
      'inv/hosts.ini',
    );
    const hosts = clusterHosts(await ansible.inventory());
    expect(hosts).toMatchObject({ controlPlane: ['m1'], etcd: ['m1'], workers: ['n1', 'n2'] });
  });

  it('fails, instead of listing only localhost, when the inventory cannot be parsed', async () => {
    const ansible = ansibleWith({ 'bad/hosts.yaml': 'all:\n  hosts: [not, a, mapping\n' }, 'bad/hosts.yaml');
    const err = await ansible.inventory().catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ActionError);
    expect((err as Error).message).toMatch(/ansible-inventory -i .*bad\/hosts.yaml --list failed[^]*No inventory was parsed/);
  });
});

describe('Ansible.listInventory', () => {
  it('reads a plain inventory itself and asks ansible-inventory when host variables may rename nodes', async () => {
    const ini = `[kube_control_plane]\ncp-1\n[etcd:children]\nkube_control_plane\n[kube_node]\nw-[1:2]\n`;
    const plain = await ansibleWith({ 'inv/inventory.ini': ini }, 'inv/inventory.ini').listInventory();
    expect(plain.source).toBe('read directly as a plain INI inventory');
    expect(clusterHosts(plain.inventory)).toMatchObject({ controlPlane: ['cp-1'], etcd: ['cp-1'], workers: ['w-1', 'w-2'] });

    const renamed = await ansibleWith({ 'inv/inventory.ini': ini, 'inv/host_vars/w-1.yml': 'kube_override_hostname: w-1.example.internal\n' }, 'inv/inventory.ini').listInventory();
    expect(renamed.source).toBe('listed by ansible-inventory: host_vars/w-1.yml: it sets kube_override_hostname');
    expect(clusterHosts(renamed.inventory).nodeName.get('w-1')).toBe('w-1.example.internal');
  });
});

describe('resolveInventoryPath', () => {
  const dir = (files: string[]) => {
    const d = path.join(tmp.dir, `r-${Math.random().toString(36).slice(2)}`);
    mkdirSync(path.join(d, 'group_vars'), { recursive: true });
    for (const f of files) writeFileSync(path.join(d, f), '');
    return d;
  };

  it('picks the one inventory file of a Kubespray inventory directory (Ansible skips .ini files in directories)', () => {
    const d = dir(['inventory.ini']);
    expect(resolveInventoryPath(d)).toBe(path.join(d, 'inventory.ini'));
    const y = dir(['hosts.yaml', 'README.md']);
    expect(resolveInventoryPath(y)).toBe(path.join(y, 'hosts.yaml'));
  });

  it('keeps a file, keeps a directory without a known inventory file, refuses ambiguity and absence', () => {
    const d = dir(['inventory.ini', 'hosts.yaml']);
    expect(() => resolveInventoryPath(d)).toThrow(/several inventory files \(inventory.ini, hosts.yaml\)/);
    expect(resolveInventoryPath(path.join(d, 'hosts.yaml'))).toBe(path.join(d, 'hosts.yaml'));
    const plain = dir(['prod.yml']);
    expect(resolveInventoryPath(plain)).toBe(plain);
    expect(() => resolveInventoryPath(path.join(plain, 'nope'))).toThrow(ConfigurationError);
  });
});
