import { describe, expect, it } from 'vitest';
import { readIniInventory } from '../../src/formats/ini/ini-inventory.js';
import { parseIniInventory } from '../../src/formats/ini/ini-inventory-variables.js';

// One reader of the INI inventory format; the variables view and the host-list view read the
// same lines the same way. What Ansible itself makes of these is checked against the real
// ansible-inventory in test/ansible/static-inventory.test.ts.
describe('the INI inventory reader', () => {
  it('classifies each meaningful line once, with its group and line number', () => {
    const text = '# comment\nstray\n[kube_node]\nnode1 ansible_host=10.0.0.1 ip="10.0.0.1" # a comment x=1\n\n[k8s_cluster:children]\nkube_node # the workers\n[all:vars]\nkube_version = v1.29.5\nno_equals\n';
    const e = readIniInventory(text);
    expect(e.map((x) => [x.kind, x.group, x.line])).toEqual([
      ['host', 'ungrouped', 2],
      ['section', 'kube_node', 3],
      ['host', 'kube_node', 4],
      ['section', 'k8s_cluster', 6],
      ['child', 'k8s_cluster', 7],
      ['section', 'all', 8],
      ['variable', 'all', 9],
      ['variable', 'all', 10],
    ]);
    const host = e[2]!;
    expect(host.kind === 'host' && [host.token, host.words, host.vars.map((v) => [v.name, v.raw])]).toEqual([
      'node1',
      ['ansible_host=10.0.0.1', 'ip="10.0.0.1"'],
      [
        ['ansible_host', '10.0.0.1'],
        ['ip', '"10.0.0.1"'],
      ],
    ]);
    expect(e[4]).toMatchObject({ kind: 'child', name: 'kube_node', clean: true });
    expect(e[6]).toMatchObject({ kind: 'variable', name: 'kube_version', raw: 'v1.29.5' });
    expect(e[7]).toMatchObject({ kind: 'variable', name: 'no_equals' });
    expect(e[7]!.kind === 'variable' && e[7]!.raw).toBeUndefined();
  });

  it('ends a host word at #, as Ansible\'s shlex split does, in both views; a child group name is Ansible\'s pattern', () => {
    const text = '[kube_node]\nnode1#old\n[k8s_cluster:children]\nkube_node # workers\n[etcd:children]\nkube_node extra\n';
    const e = readIniInventory(text);
    expect(e[1]).toMatchObject({ kind: 'host', token: 'node1', words: [] });
    expect(e[3]).toMatchObject({ kind: 'child', name: 'kube_node', clean: true });
    expect(e[5]).toMatchObject({ kind: 'child', name: 'kube_node', clean: false });
    const vars = parseIniInventory(text, 'hosts.ini');
    expect(vars.hosts).toEqual([{ group: 'kube_node', host: 'node1' }]);
    expect([...vars.children.get('k8s_cluster')!]).toEqual(['kube_node']);
  });

  it('a header Ansible does not accept is no section in either view', () => {
    const text = '[kube_node]\na\n[etc d]\nb\n';
    expect(readIniInventory(text)[2]).toMatchObject({ kind: 'invalid-section', line: 3 });
    const vars = parseIniInventory(text, 'hosts.ini');
    expect(vars.children.has('etcd')).toBe(false);
    expect(vars.hosts).toEqual([
      { group: 'kube_node', host: 'a' },
      { group: 'kube_node', host: 'b' },
    ]);
  });

  it('breaks lines at \\r\\n, \\n and a lone \\r, as Python\'s splitlines does', () => {
    const e = readIniInventory('[kube_node]\r\na\rb\n[etcd]\r\nc');
    expect(e.map((x) => (x.kind === 'host' ? `${x.token}@${x.line}` : `${x.kind}@${x.line}`))).toEqual(['section@1', 'a@2', 'b@3', 'section@4', 'c@5']);
    expect(parseIniInventory('[all:vars]\r\nx=1\r\n', 'h.ini').groupVars[0]!.def.source.lineText).toBe('x=1');
  });
});
