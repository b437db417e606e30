import { afterAll, describe, expect, it } from 'vitest';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Ansible } from '../../src/core/ansible/ansible.js';
import { factsPlaybook } from '../../src/core/upgrade/phase-plan-view.js';
import { ConfigurationError } from '../../src/core/errors.js';
import { inventoryIni, writeStandinTree } from '../support/standin-kubespray/standin.js';
import { makeTempDir } from '../support/tmp.js';
import { commandLine } from '../../src/adapters/ansible/runner.js';
import { runProcessGroup } from '../../src/adapters/process-group.js';

const tmp = makeTempDir('ksu-facts-');
afterAll(() => tmp.cleanup());

describe('the facts playbook Kubespray requires before --limit', () => {
  it.each([
    ['v2.23.0 and later: playbooks/facts.yml', false, 'playbooks/facts.yml'],
    ['older tags: facts.yml at the root', true, 'facts.yml'],
  ])('%s is found and runs', async (_title, factsAtRoot, expected) => {
    const dir = path.join(tmp.dir, factsAtRoot ? 'old' : 'new');
    writeStandinTree(path.join(dir, 'kubespray'), { factsAtRoot });
    expect(factsPlaybook(path.join(dir, 'kubespray'))).toBe(expected);

    mkdirSync(path.join(dir, 'tmp'));
    writeFileSync(path.join(dir, 'hosts.ini'), inventoryIni({ a: ['kube_control_plane', 'etcd'], b: ['kube_node'] }));
    const record = path.join(dir, 'record.jsonl');
    process.env.STANDIN_RECORD = record;
    try {
      const ansible = new Ansible({ runner: { kind: 'local' }, commandLine, runGroup: runProcessGroup, kubesprayDir: path.join(dir, 'kubespray'), inventory: path.join(dir, 'hosts.ini'), tempDir: path.join(dir, 'tmp'), extraArgs: [] });
      const r = await ansible.playbook({ playbook: expected, timeoutMs: 60_000 });
      expect(r.exitCode, r.tail.join('\n')).toBe(0);
    } finally {
      delete process.env.STANDIN_RECORD;
    }
    expect(JSON.parse(readFileSync(record, 'utf8'))).toMatchObject({ playbook: 'facts.yml', hosts: ['a', 'b'] });
  });

  it('is a configuration error when the submodule is not checked out', () => {
    expect(() => factsPlaybook(tmp.dir)).toThrow(ConfigurationError);
  });
});
