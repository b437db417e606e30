import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { directoryTreeSource } from '../../src/core/knowledge/defaults/index.js';
import { groupMapping, legacyNames } from '../../src/core/knowledge/checks/group-mapping.js';
import { readCheckFiles } from '../../src/core/knowledge/checks/run-checks.js';
import { legacyGroupHazards } from '../../src/core/knowledge/hazards/legacy-groups.js';
import { directoryFileTree } from '../../src/core/knowledge/inventory/directory-tree.js';
import { loadInventory } from '../../src/core/knowledge/inventory/load-inventory.js';
import { readDataTags } from '../support/kubespray-upstream.js';
import { KUBESPRAY_DATA } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';

/**
 * Legacy group names, read from each tag's own files (legacy_groups.yml, then
 * playbooks/boilerplate.yml, then roles/dynamic_groups), on real history and on a synthetic
 * future tag whose mapping drops `kube-master` and `kube-node`.
 */
const tmp = makeTempDir('ksu-legacy-');
afterAll(() => tmp.cleanup());

const mappingOf = async (tree: string) => groupMapping(await readCheckFiles(directoryTreeSource(tree)));
const tagTree = (tag: string) => path.join(KUBESPRAY_DATA, 'tags', tag);
let n = 0;

async function inventory(ini: string) {
  const dir = path.join(tmp.dir, `inv${n++}`);
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'hosts.ini'), ini);
  return loadInventory(directoryFileTree(dir), (rel) => `inventory/prod/${rel}`);
}

/** v2.29.0 with the dynamic_groups mapping minus kube-master and kube-node, as a later tag might ship it. */
function futureTag(): string {
  const dir = path.join(tmp.dir, 'v2.99.0');
  cpSync(tagTree('v2.29.0'), dir, { recursive: true });
  const file = path.join(dir, 'roles/dynamic_groups/tasks/main.yml');
  const text = readFileSync(file, 'utf8');
  const edited = text.replace(/\n\s+kube_control_plane:\n\s+- kube-master\n/, '\n').replace(/\n\s+kube_node:\n\s+- kube-node\n/, '\n');
  expect(edited).not.toContain('kube-master');
  expect(edited).toContain('calico-rr');
  writeFileSync(file, edited);
  return dir;
}

const LEGACY = '[kube-master]\nmaster1\nmaster2\nmaster3\n\n[etcd:children]\nkube-master\n\n[kube-node]\nworker1\n\n[k8s_cluster:children]\nkube-master\nkube-node\n';

describe('the mapping as each tag states it', () => {
  it('every tag of the data set maps kube-master, kube-node, calico-rr and no-floating', async () => {
    for (const { tag } of readDataTags()) {
      const names = legacyNames(await mappingOf(tagTree(tag)));
      for (const [old, now] of [['kube-master', 'kube_control_plane'], ['kube-node', 'kube_node'], ['calico-rr', 'calico_rr'], ['no-floating', 'no_floating']]) {
        expect(names.get(old!), `${tag}: ${old}`).toBe(now);
      }
      // k8s-cluster is an old name only while a mapping names it (up to v2.27); kube_node feeding k8s_cluster is not one.
      expect(names.has('kube_node'), tag).toBe(false);
    }
  });
});

describe('legacy-group-unmapped', () => {
  it('raises nothing on real hops, where the mapping still holds (v2.28.1 -> v2.29.0, v2.20.0 -> v2.21.0)', async () => {
    const inv = await inventory(LEGACY);
    for (const [from, to] of [['v2.28.1', 'v2.29.0'], ['v2.20.0', 'v2.21.0'], ['v2.30.0', 'v2.31.0']]) {
      expect(legacyGroupHazards(from!, to!, { inventory: inv, from: await mappingOf(tagTree(from!)), to: await mappingOf(tagTree(to!)) }), `${from}->${to}`).toEqual([]);
    }
  });

  it('a future tag that drops kube-master and kube-node: an error per group at its declaration, naming the hosts', async () => {
    const inv = await inventory(LEGACY);
    const hazards = legacyGroupHazards('v2.29.0', 'v2.99.0', { inventory: inv, from: await mappingOf(tagTree('v2.29.0')), to: await mappingOf(futureTag()) });
    expect(hazards.map((h) => [h.id, h.severity, h.file, h.line])).toEqual([
      ['legacy-group-unmapped', 'error', 'inventory/prod/hosts.ini', 1],
      ['legacy-group-unmapped', 'error', 'inventory/prod/hosts.ini', 9],
    ]);
    expect(hazards[0]!.message).toContain('old group name kube-master');
    expect(hazards[0]!.message).toContain('master1, master2, master3 would not be in kube_control_plane');
    expect(hazards[1]!.message).toContain('worker1 would not be in kube_node');
  });

  it('no alarm when the inventory also puts those hosts in the current group', async () => {
    const inv = await inventory(`${LEGACY}\n[kube_control_plane:children]\nkube-master\n\n[kube_node]\nworker1\n`);
    const hazards = legacyGroupHazards('v2.29.0', 'v2.99.0', { inventory: inv, from: await mappingOf(tagTree('v2.29.0')), to: await mappingOf(futureTag()) });
    expect(hazards).toEqual([]);
  });
});
