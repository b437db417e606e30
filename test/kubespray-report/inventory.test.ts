import { afterAll, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { directoryFileTree } from '../../src/core/knowledge/inventory/directory-tree.js';
import { loadInventory, varsFiles } from '../../src/core/knowledge/inventory/load-inventory.js';
import { clusterOverrides, groupDepths, inventoryPins } from '../../src/core/knowledge/inventory/pins.js';
import { replacementLine } from '../../src/core/knowledge/inventory/replacement-line.js';
import { documentDefinitions, topLevelKeyDefinitions, varsFileDefinitions } from '../../src/core/knowledge/inventory/variable-definitions.js';
import { loadAnsibleYaml } from '../../src/core/knowledge/defaults/index.js';
import { PyDict } from '../../src/core/knowledge/jinja/values.js';
import { parseIniInventory } from '../../src/formats/ini/ini-inventory-variables.js';
import { KUBESPRAY_DATA } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';

const tmp = makeTempDir('ksu-inv-');
afterAll(() => tmp.cleanup());
let n = 0;

function inventoryDir(files: Record<string, string>, copySampleFrom?: string): string {
  const dir = path.join(tmp.dir, `inv${n++}`);
  mkdirSync(dir, { recursive: true });
  if (copySampleFrom) cpSync(path.join(KUBESPRAY_DATA, 'tags', copySampleFrom, 'inventory', 'sample'), dir, { recursive: true });
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

const load = (dir: string) => loadInventory(directoryFileTree(dir), (rel) => `inventory/mycluster/${rel}`);

describe('team inventory variables', () => {
  it('finds the kube_version pin of a sample copied at v2.24.0, with its file and line', async () => {
    const sampleFile = path.join(KUBESPRAY_DATA, 'tags/v2.24.0/inventory/sample/group_vars/k8s_cluster/k8s-cluster.yml');
    const lines = readFileSync(sampleFile, 'utf8').split('\n');
    const lineNo = lines.findIndex((l) => l.startsWith('kube_version:')) + 1;
    const value = lines[lineNo - 1]!.split(':')[1]!.trim();
    const pins = inventoryPins(await load(inventoryDir({}, 'v2.24.0')));
    const kube = pins.clusterWide.get('kube_version')!;
    expect(kube).toMatchObject({ value, file: 'inventory/mycluster/group_vars/k8s_cluster/k8s-cluster.yml', line: lineNo });
    expect(kube.scope).toEqual({ kind: 'group', name: 'k8s_cluster', origin: 'group_vars' });
    // Commented-out sample lines are not variables.
    expect(pins.clusterWide.has('etcd_metrics')).toBe(false);
  });

  it('orders scopes as Ansible does: inventory-file group vars < group_vars/all < deeper groups; hosts stay host-scoped', async () => {
    const dir = inventoryDir({
      'inventory.ini': [
        '[kube_control_plane]',
        'node1 ansible_host=10.0.0.1 etcd_version=v3.5.9  # comment=ignored',
        '[kube_node]',
        'node2',
        '[k8s_cluster:children]',
        'kube_control_plane',
        'kube_node',
        '[all:vars]',
        'containerd_version="1.7.1"',
        'calico_version = v3.26.0',
        '',
      ].join('\n'),
      'group_vars/all/all.yml': 'containerd_version: 1.7.2\n',
      'group_vars/all/zz-later.yml': 'containerd_version: 1.7.3\n',
      'group_vars/k8s_cluster.yml': '---\n# pinned\ncontainerd_version: "1.7.4"\n',
      'group_vars/kube_node': 'runc_version: v1.1.9\n',
      'group_vars/etcd.json': '{\n  "etcd_version": "v3.5.10"\n}\n',
      'group_vars/all/.hidden.yml': 'containerd_version: hidden\n',
      'group_vars/all/backup.yml~': 'containerd_version: backup\n',
      'group_vars/all/notes.txt': 'containerd_version: text\n',
      'host_vars/node2.yml': 'kube_version: v1.28.5\n',
    });
    const inv = await load(dir);
    const pins = inventoryPins(inv);
    expect(pins.clusterWide.get('containerd_version')).toMatchObject({
      value: '1.7.4',
      file: 'inventory/mycluster/group_vars/k8s_cluster.yml',
      line: 3,
    });
    expect(pins.definitions.get('containerd_version')!.map((d) => d.value)).toEqual(['1.7.1', '1.7.2', '1.7.3', '1.7.4']);
    expect(pins.clusterWide.get('calico_version')).toMatchObject({ value: 'v3.26.0', file: 'inventory/mycluster/inventory.ini', line: 10 });
    expect(pins.clusterWide.get('runc_version')).toMatchObject({ value: 'v1.1.9', scope: { kind: 'group', name: 'kube_node' } });
    expect(pins.clusterWide.get('etcd_version')).toMatchObject({ value: 'v3.5.10', line: 2, file: 'inventory/mycluster/group_vars/etcd.json' });
    // The INI host var is host-scoped, after every group definition.
    expect(pins.definitions.get('etcd_version')!.map((d) => `${d.scope.kind}:${d.scope.name}`)).toEqual(['group:etcd', 'host:node1']);
    expect(pins.clusterWide.has('kube_version')).toBe(false);
    expect(pins.definitions.get('kube_version')![0]).toMatchObject({ value: 'v1.28.5', scope: { kind: 'host', name: 'node2', origin: 'host_vars' } });
    expect(pins.definitions.has('ansible_host')).toBe(true);
    expect(pins.definitions.has('comment')).toBe(false);
    expect(clusterOverrides(pins)).toMatchObject({ containerd_version: '1.7.4', calico_version: 'v3.26.0', etcd_version: 'v3.5.10' });
  });

  it('reads YAML inventories (hosts.yaml) with group and host vars and the group tree', async () => {
    const dir = inventoryDir({
      'hosts.yaml': [
        'all:',
        '  vars:',
        '    kube_version: v1.29.5',
        '  hosts:',
        '    node1:',
        '      ansible_host: 10.0.0.1',
        '      kube_version: v1.29.4',
        '  children:',
        '    k8s_cluster:',
        '      children:',
        '        kube_node:',
        '          vars:',
        "            runc_version: 'v1.1.12'",
        '',
      ].join('\n'),
      'other.yml': 'not_an_inventory: [1, 2]\n',
    });
    const inv = await load(dir);
    expect(groupDepths(inv.children).get('kube_node')).toBe(2);
    const pins = inventoryPins(inv);
    expect(pins.clusterWide.get('kube_version')).toMatchObject({ value: 'v1.29.5', line: 3, file: 'inventory/mycluster/hosts.yaml' });
    expect(pins.clusterWide.get('runc_version')).toMatchObject({ value: 'v1.1.12', line: 13, scope: { kind: 'group', name: 'kube_node' } });
    expect(pins.definitions.get('kube_version')!.at(-1)).toMatchObject({ value: 'v1.29.4', scope: { kind: 'host', name: 'node1' } });
    expect(pins.definitions.has('not_an_inventory')).toBe(false);
  });

  it('loads YAML 1.1 values as Ansible does and skips vault-encrypted files', async () => {
    const defs = varsFileDefinitions('a: yes\nb: 1.20\nc: "1.20"\nd: y\ne: 010\nsecret: !vault |\n  $ANSIBLE_VAULT;1.1;AES256\n  6162\n', 'f.yml');
    // PyYAML: yes is a bool, 1.20 the float 1.2, y a string, 010 octal 8.
    expect(defs.map((d) => [d.name, d.value])).toEqual([
      ['a', true],
      ['b', 1.2],
      ['c', '1.20'],
      ['d', 'y'],
      ['e', 8n],
      ['secret', undefined],
    ]);
    expect(defs[5]!.encrypted).toBe(true);
    const dir = inventoryDir({ 'group_vars/all/vault.yml': '$ANSIBLE_VAULT;1.1;AES256\n6162\n' });
    const inv = await load(dir);
    expect(inv.definitions).toEqual([]);
    expect(inv.unreadable).toEqual(['inventory/mycluster/group_vars/all/vault.yml']);
  });

  it('rejects invalid YAML with the file and line', () => {
    expect(() => varsFileDefinitions('a: 1\nb: [\n', 'group_vars/all.yml')).toThrow(/group_vars\/all\.yml:\d+ is not valid YAML/);
  });

  it('lists vars files in Ansible load order: name, name.yml, name.yaml, name.json, directories recursively sorted', () => {
    const order = varsFiles(['group_vars/all.yml', 'group_vars/all/b.yml', 'group_vars/all/a/z.yml', 'group_vars/all.d/x.yml', 'host_vars/h.json', 'other/x.yml']);
    expect(order.map((f) => f.rel)).toEqual(['group_vars/all/a/z.yml', 'group_vars/all/b.yml', 'group_vars/all.yml', 'host_vars/h.json']);
  });

  it('parses INI values with literal_eval semantics', () => {
    const r = parseIniInventory('[all:vars]\na=1\nb=1.5\nc="x y"\nd=True\ne=v1.2.3\n', 'i.ini');
    expect(r.groupVars.map((g) => g.def.value)).toEqual([1n, 1.5, 'x y', true, 'v1.2.3']);
  });
});

describe('replacement lines keep the file style', () => {
  const def = (text: string) => varsFileDefinitions(text, 'f.yml')[0]!;
  it('keeps double quotes, single quotes, plain style, indentation and comments', () => {
    expect(replacementLine(def('kube_version: "v1.28.6"  # pinned\n').source, 'kube_version', '1.32.5')).toBe('kube_version: "1.32.5"  # pinned');
    expect(replacementLine(def("kube_version: 'v1.28.6'\n").source, 'kube_version', '1.32.5')).toBe("kube_version: '1.32.5'");
    expect(replacementLine(def('kube_version: v1.28.6\n').source, 'kube_version', 'v1.29.10')).toBe('kube_version: v1.29.10');
  });
  it('quotes a plain value that YAML would not read back as the same string', () => {
    expect(replacementLine(def('etcd_version: v3.5.9\n').source, 'etcd_version', '3.5')).toBe('etcd_version: "3.5"');
  });
  it('rewrites INI values in place', () => {
    const r = parseIniInventory('[all:vars]\nkube_version="v1.28.6"\nrunc_version = v1.1.9\n', 'i.ini');
    expect(replacementLine(r.groupVars[0]!.def.source, 'kube_version', '1.32.5')).toBe('kube_version="1.32.5"');
    expect(replacementLine(r.groupVars[1]!.def.source, 'runc_version', '1.2.0')).toBe('runc_version = 1.2.0');
  });
});

describe('the fast key scan agrees with a full YAML parse', () => {
  const exact = (text: string, file: string) => documentDefinitions(text, file, loadAnsibleYaml(text, file));

  it('on every vars file of every real sample (names, values, lines, value columns, quoting)', () => {
    let compared = 0;
    for (const tag of readdirSync(path.join(KUBESPRAY_DATA, 'tags'))) {
      const gv = path.join(KUBESPRAY_DATA, 'tags', tag, 'inventory/sample/group_vars');
      for (const rel of readdirSync(gv, { recursive: true }) as string[]) {
        if (!/\.ya?ml$/.test(rel)) continue;
        const text = readFileSync(path.join(gv, rel), 'utf8');
        const values = loadAnsibleYaml(text, rel);
        // Every real sample file takes the fast path (no fallback hides a difference).
        const fast = values instanceof PyDict ? topLevelKeyDefinitions(text, rel, values) : [];
        expect(fast, `${tag} ${rel}`).toEqual(exact(text, rel));
        compared += varsFileDefinitions(text, rel).length;
      }
    }
    expect(compared).toBeGreaterThan(1000);
  });

  it('on quoting, comments, block, flow and multi-line values', () => {
    const text = ['a: "x # y"  # c', "b: 'it''s'", 'c: plain value # c', 'd: |', '  block', 'e:', '  - 1', 'f: multi', '  line', '"g": 1', 'h: [1, 2]', ''].join('\n');
    const fast = topLevelKeyDefinitions(text, 'f.yml', loadAnsibleYaml(text, 'f.yml') as PyDict)!;
    expect(fast.map((d) => d.name)).toEqual(['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
    expect(fast).toEqual(exact(text, 'f.yml'));
  });
});
