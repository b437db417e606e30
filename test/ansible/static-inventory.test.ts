import { afterAll, describe, expect, it } from 'vitest';
import { chmodSync, cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseInventoryList, type Inventory } from '../../src/core/ansible/listed-inventory.js';
import { readStaticInventory } from '../../src/formats/ini/static-inventory-list.js';
import { expandHostPattern } from '../../src/core/ansible/host-patterns.js';
import { runProcess } from '../../src/adapters/process.js';
import { KUBESPRAY_DATA } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';

const tmp = makeTempDir('ksu-static-inv-');
afterAll(() => tmp.cleanup());

let n = 0;
function inventoryFile(name: string, text: string, extra: Record<string, string> = {}): string {
  const dir = path.join(tmp.dir, `c${++n}`);
  mkdirSync(dir, { recursive: true });
  for (const [rel, t] of Object.entries(extra)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), t);
  }
  writeFileSync(path.join(dir, name), text);
  return path.join(dir, name);
}

/** The real ansible-inventory's answer, or its error. */
async function ansibleList(file: string): Promise<Inventory | Error> {
  const r = await runProcess('ansible-inventory', ['-i', file, '--list'], {
    allowFailure: true,
    env: { ...process.env, ANSIBLE_INVENTORY_UNPARSED_FAILED: 'True', ANSIBLE_NOCOLOR: '1' },
  });
  return r.exitCode === 0 ? parseInventoryList(r.stdout) : new Error(r.stderr);
}

/** Groups with hosts, in order; `all` and `ungrouped` as sets (nothing orders by them). */
function comparable(inv: Inventory): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [g, hosts] of inv.groups) {
    if (hosts.length === 0) continue;
    out[g] = g === 'all' || g === 'ungrouped' ? [...hosts].sort() : hosts;
  }
  return out;
}

/** Whatever the built-in reader accepts must equal ansible-inventory; whatever Ansible rejects must be declined. */
async function expectSameAsAnsible(file: string): Promise<'read' | 'declined'> {
  const mine = readStaticInventory(file);
  const theirs = await ansibleList(file);
  if ('declined' in mine) return 'declined';
  if (theirs instanceof Error) throw new Error(`${file} was read, but ansible-inventory fails on it:\n${theirs.message}\n${readFileSync(file, 'utf8')}`);
  expect(comparable(mine.inventory), readFileSync(file, 'utf8')).toEqual(comparable(theirs));
  return 'read';
}

/** Runs the comparisons two at a time: each ansible-inventory is a ~0.4 s Python start. */
async function compareAll(files: string[]): Promise<Array<'read' | 'declined'>> {
  const results: Array<'read' | 'declined'> = [];
  for (let i = 0; i < files.length; i += 2) results.push(...(await Promise.all(files.slice(i, i + 2).map(expectSameAsAnsible))));
  return results;
}

describe('host patterns', () => {
  it('expands ranges as Ansible does, and declines what it would read differently', () => {
    expect(expandHostPattern('node[01:03]')).toEqual(['node01', 'node02', 'node03']);
    expect(expandHostPattern('w[:2]-x')).toEqual(['w0-x', 'w1-x', 'w2-x']);
    expect(expandHostPattern('w[0:6:3]')).toEqual(['w0', 'w3', 'w6']);
    expect(expandHostPattern('db-[a:c].[1:2]')).toEqual(['db-a.1', 'db-a.2', 'db-b.1', 'db-b.2', 'db-c.1', 'db-c.2']);
    expect(expandHostPattern('10.0.0.[8:10]')).toEqual(['10.0.0.8', '10.0.0.9', '10.0.0.10']);
    for (const bad of ['node:22', 'node[01:3]', 'n[3:1]', 'n[a:3]', 'n[1:3:0]', '[::1]', 'n[1-3]', 'a"b', '-']) expect(expandHostPattern(bad), bad).toBeUndefined();
  });
});

describe('readStaticInventory against the real ansible-inventory', () => {
  it('reads the INI and YAML forms Kubespray documents, ranges, deferred children and ungrouped hosts alike', async () => {
    const files = [
      inventoryFile(
        'inventory.ini',
        `# comment\n; other comment\nlone-host\n[all]\nnode1 ansible_host=10.0.0.1 ip=10.0.0.1 # etcd_member_name=etcd1\nnode2 ansible_host=10.0.0.2\n\n` +
          `[k8s_cluster:children]\nkube_control_plane\nkube_node\ncalico_rr\n[kube_control_plane]\nnode1\n[etcd:children]\nkube_control_plane\n` +
          `[kube_node]\nnode2\nworker[01:03] ansible_user=ubuntu\n[calico_rr]\n[kube_node:vars]\nfoo=bar\n[all:vars]\nx=1\n`,
      ),
      inventoryFile('hosts.ini', `[kube_node]\nb\na\nb\n[kube_control_plane]\ncp[a:b]\n[etcd]\ncpa\n[k8s_cluster:children]\nkube_node\nkube_control_plane\n[ungrouped]\nstray\n`),
      inventoryFile(
        'hosts.yaml',
        `all:\n  hosts:\n    node1: {ansible_host: 10.0.0.1}\n    node2:\n    node3: {ansible_host: 10.0.0.3}\n  children:\n` +
          `    kube_control_plane:\n      hosts:\n        node1:\n    kube_node:\n      hosts:\n        node3:\n        node2:\n      children:\n        gpu:\n          hosts:\n            gpu-[1:2]:\n` +
          `    etcd:\n      hosts: {node1: {}}\n    k8s_cluster:\n      children:\n        kube_control_plane:\n        kube_node:\n    calico_rr:\n      hosts: {}\n`,
      ),
      inventoryFile('inventory.json', JSON.stringify({ kube_node: { hosts: { a: null, b: {} } }, kube_control_plane: { hosts: { c: null } }, etcd: { children: { kube_control_plane: null } } })),
    ];
    expect(await compareAll(files)).toEqual(['read', 'read', 'read', 'read']);
  });

  it('reads every tag’s inventory/sample with its hosts uncommented', async () => {
    const tagsDir = path.join(KUBESPRAY_DATA, 'tags');
    const files: string[] = [];
    for (const tag of readdirSync(tagsDir)) {
      const sample = path.join(tagsDir, tag, 'inventory', 'sample');
      const ini = ['inventory.ini', 'hosts.ini'].map((f) => path.join(sample, f)).find(existsSync);
      if (!ini) continue;
      const dir = path.join(tmp.dir, `sample-${tag}`);
      cpSync(sample, dir, { recursive: true });
      const text = readFileSync(ini, 'utf8').replace(/^# ?(node\d+\b.*)$/gm, '$1');
      const file = path.join(dir, path.basename(ini));
      writeFileSync(file, text);
      files.push(file);
    }
    expect(files.length).toBeGreaterThan(10);
    const results = await compareAll(files);
    expect(results.every((r) => r === 'read'), results.join(' ')).toBe(true);
  });

  it('agrees on 40 random inventories (seeded), reading most of them', async () => {
    let seed = 20261122;
    // The high bits: an LCG's low bits cycle with a short period.
    const rnd = (k: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), Math.floor((seed / 2 ** 31) * k));
    const pick = <T,>(xs: readonly T[]) => xs[rnd(xs.length)]!;
    const groupPool = ['kube_control_plane', 'etcd', 'kube_node', 'k8s_cluster', 'calico_rr', 'gpu', 'all', 'ungrouped'];
    const hostPool = ['n1', 'n2', 'n3', 'cp-1', 'w[1:3]', 'w[01:02]', 'x[a:b]', '10.1.0.[1:2]', 'n2'];
    const files: string[] = [];
    for (let c = 0; c < 40; c++) {
      const sections: string[] = [];
      for (let s = 0, count = 2 + rnd(6); s < count; s++) {
        const g = pick(groupPool);
        const kind = pick(['hosts', 'hosts', 'children', 'vars'] as const);
        const lines = Array.from({ length: rnd(4) }, () =>
          kind === 'hosts' ? `${pick(hostPool)}${rnd(3) === 0 ? ' ansible_host=10.9.9.9' : ''}${rnd(4) === 0 ? ' # note' : ''}` : kind === 'children' ? pick(groupPool.slice(0, 6)) : `v${rnd(9)}=${rnd(9)}`,
        );
        sections.push(`[${g}${kind === 'hosts' ? '' : `:${kind}`}]\n${lines.join('\n')}`);
      }
      const ini = (rnd(3) === 0 ? `${pick(hostPool)}\n` : '') + sections.join('\n\n') + '\n';
      if (c % 2 === 0) {
        files.push(inventoryFile('inventory.ini', ini));
      } else {
        // The same shape as YAML: nested children, hosts with and without variables.
        const yamlGroup = (depth: number): string => {
          const pad = '  '.repeat(depth);
          const hosts = Array.from({ length: rnd(3) }, () => `${pad}    ${JSON.stringify(pick(hostPool))}:${rnd(2) ? ' {ansible_host: 10.9.9.9}' : ''}`);
          const kids = depth < 3 ? Array.from({ length: rnd(3) }, () => `${pad}    ${pick(groupPool.slice(0, 6))}:${rnd(2) ? '' : `\n${yamlGroup(depth + 2)}`}`) : [];
          return [hosts.length ? `${pad}  hosts:\n${hosts.join('\n')}` : '', kids.length ? `${pad}  children:\n${kids.join('\n')}` : ''].filter(Boolean).join('\n') || `${pad}  vars: {}`;
        };
        files.push(inventoryFile('hosts.yaml', `all:\n${yamlGroup(0)}\n`));
      }
    }
    const results = await compareAll(files);
    // Random INI often references undefined groups or loops (Ansible rejects those; so must we).
    expect(results.filter((r) => r === 'read').length).toBeGreaterThan(15);
  }, 120_000);
});

describe('readStaticInventory declines what needs Ansible', () => {
  const cases: Array<[string, () => string, RegExp]> = [
    ['a directory', () => path.dirname(inventoryFile('inventory.ini', '[kube_node]\na\n')), /not a regular file/],
    ['an inventory script', () => { const f = inventoryFile('inventory.ini', '[kube_node]\na\n'); chmodSync(f, 0o755); return f; }, /executable/],
    ['a file without a known extension', () => inventoryFile('hosts', '[kube_node]\na\n'), /extension/],
    ['a plugin configuration', () => inventoryFile('aws_ec2.yml', 'plugin: amazon.aws.aws_ec2\nregions: [eu-west-1]\n'), /plugin configuration/],
    ['a vault', () => inventoryFile('hosts.yaml', '$ANSIBLE_VAULT;1.1;AES256\n6162\n'), /vault/],
    ['a byte-order mark', () => inventoryFile('inventory.ini', '\ufeff[kube_node]\na\n'), /byte-order mark/],
    ['a port', () => inventoryFile('inventory.ini', '[kube_node]\na:2222\n'), /host pattern "a:2222"/],
    ['quoting', () => inventoryFile('inventory.ini', '[kube_node]\na x="b c"\n'), /quoting/],
    ['dashed group names', () => inventoryFile('inventory.ini', '[kube-node]\na\n'), /kube-node/],
    ['an undefined child group', () => inventoryFile('inventory.ini', '[k8s_cluster:children]\nkube_node\n'), /kube_node is referenced but never defined/],
    ['a node name override inline', () => inventoryFile('inventory.ini', '[kube_node]\na kube_override_hostname=a.example\n'), /kube_override_hostname/],
    ['a node name override in group_vars', () => inventoryFile('inventory.ini', '[kube_node]\na\n', { 'group_vars/all/all.yml': '# kube_override_hostname: x\nkube_override_hostname: "{{ x }}"\n' }), /group_vars\/all\/all.yml: it sets kube_override_hostname/],
    ['an encrypted vars file', () => inventoryFile('inventory.ini', '[kube_node]\na\n', { 'host_vars/a.yml': '$ANSIBLE_VAULT;1.1;AES256\n6162\n' }), /host_vars\/a.yml: it holds vault/],
  ];
  for (const [what, make, why] of cases) {
    it(what, () => {
      const r = readStaticInventory(make());
      expect('declined' in r ? r.declined : 'read').toMatch(why);
    });
  }

  it('ignores a commented-out override, as Kubespray’s sample group_vars have one', () => {
    const f = inventoryFile('inventory.ini', '[kube_node]\na\n', { 'group_vars/k8s_cluster/k8s-cluster.yml': '# kube_override_hostname: >-\n#   {{ x }}\n' });
    expect(readStaticInventory(f)).toMatchObject({ format: 'INI' });
  });
});
