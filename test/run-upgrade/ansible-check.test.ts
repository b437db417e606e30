import { describe, expect, it } from 'vitest';
import { readdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Ansible } from '../../src/core/ansible/ansible.js';
import { parseAnsibleVersion, readAnsibleLimits, type AnsibleLimits } from '../../src/core/ansible/ansible-limits.js';
import { compareLooseVersions } from '../../src/core/knowledge/hazards/versions.js';
import { ansibleCheck } from '../../src/core/upgrade/ansible-check.js';
import { KUBESPRAY_DATA } from '../support/paths.js';
import { useSuite, withCase } from './env.js';
import { commandLine } from '../../src/adapters/ansible/runner.js';
import { runProcessGroup } from '../../src/adapters/process-group.js';

const tagDir = (tag: string) => path.join(KUBESPRAY_DATA, 'tags', tag);
const suite = useSuite('ksu-run-upgrade-ansible-');
const row = (summary: string) => summary.split('\n').find((l) => l.startsWith("| Ansible is the version the target's playbooks need |")) ?? '(no ansible row)';

describe("Ansible against the target's requirements", () => {
  it('reads the limits and pins of every Kubespray tag in the data set', () => {
    const tags = readdirSync(path.join(KUBESPRAY_DATA, 'tags'));
    expect(tags.length).toBe(25);
    for (const tag of tags) {
      const l = readAnsibleLimits(tagDir(tag)) as AnsibleLimits;
      expect(l.minimal, tag).toMatch(/^2\.\d+\.\d+$/);
      expect(compareLooseVersions(l.minimal, l.maximal), tag).toBe(-1);
      expect(l.pins.ansible, tag).toMatch(/^\d+\.\d+\.\d+$/);
    }
    expect(readAnsibleLimits(tagDir('v2.20.0'))).toMatchObject({ minimal: '2.11.0', maximal: '2.13.0', limitsFile: 'ansible_version.yml', pins: { ansible: '5.7.1', ansibleCore: '2.12.5' } });
    // The comment after the value is YAML's, not part of it.
    expect(readAnsibleLimits(tagDir('v2.24.1'))).toMatchObject({ minimal: '2.15.5', maximal: '2.17.0', limitsFile: 'playbooks/ansible_version.yml', pins: { ansible: '8.5.0' } });
    expect(readAnsibleLimits(os.tmpdir())).toEqual({ unknown: 'neither playbooks/ansible_version.yml nor ansible_version.yml exists in the Kubespray checkout' });
  });

  it('parses both shapes of ansible-playbook --version', () => {
    expect(parseAnsibleVersion('ansible-playbook [core 2.16.14]\n  config file = None\n')).toBe('2.16.14');
    expect(parseAnsibleVersion('ansible-playbook 2.9.27\n  config file = /etc/ansible/ansible.cfg\n')).toBe('2.9.27');
    expect(parseAnsibleVersion('Traceback (most recent call last):')).toBeUndefined();
  });

  it("judges the runner's real ansible-playbook (Debian's ansible-core 2.14) against real tags", async () => {
    const ansible = new Ansible({ runner: { kind: 'local' }, commandLine, runGroup: runProcessGroup, kubesprayDir: os.tmpdir(), inventory: os.tmpdir(), tempDir: os.tmpdir(), extraArgs: [] });
    const installed = await ansible.coreVersion();
    expect(installed).toEqual({ version: expect.stringMatching(/^2\.14\.\d+$/) });
    const judge = (tag: string) => ansibleCheck({ runner: { kind: 'local' }, installed, limits: readAnsibleLimits(tagDir(tag)), kubesprayTarget: tag });
    expect(judge('v2.23.3')).toMatchObject({ result: 'pass', detail: expect.stringMatching(/^ansible-core 2\.14\.\d+ on the runner is within 2\.14\.0 <= ansible-core < 2\.15\.0 \(playbooks\/ansible_version\.yml\); requirements.txt pins ansible==7\.6\.0$/) });
    expect(judge('v2.25.1')).toMatchObject({
      result: 'fail',
      detail: expect.stringMatching(/needs 2\.16\.4 <= ansible-core < 2\.17\.0 \(playbooks\/ansible_version\.yml\)\. Fix: on the runner, python3 -m pip install 'ansible==9\.5\.1'/),
    });
    expect(judge('v2.20.0').detail).toMatch(/python3 -m pip install 'ansible==5\.7\.1' 'ansible-core==2\.12\.5'/);
    const image = ansibleCheck({ runner: { kind: 'container', image: 'registry.example.com/platform/kubespray:v2.24.1-2' }, installed, limits: readAnsibleLimits(tagDir('v2.25.1')), kubesprayTarget: 'v2.25.1' });
    expect(image.detail).toMatch(/in the image registry\.example\.com\/platform\/kubespray:v2\.24\.1-2, but .*Fix: build the image for v2\.25\.1 \(FROM quay\.io\/kubespray\/kubespray:v2\.25\.1/);
  });

  it('refuses the upgrade with the real ansible-playbook, and with a stand-in reporting a too new one', () =>
    withCase(suite(), async (c) => {
      const real = await c.run({}, { env: { PATH: process.env.PATH } });
      expect(real.exitCode).toBe(1);
      expect(real.outputs.status).toBe('refused');
      expect(row(real.summary)).toMatch(/❌ fail \| ansible-core 2\.14\.\d+ on the runner, but Kubespray v2\.25\.1 needs 2\.16\.4 <= ansible-core < 2\.17\.0 .*python3 -m pip install 'ansible==9\.5\.1'/);
      expect(c.records()).toEqual([]);

      const tooNew = await c.run({ 'dry-run': 'true' }, { standin: { STANDIN_ANSIBLE_CORE: '2.17.0' } });
      expect(tooNew.outputs.status).toBe('refused');
      expect(row(tooNew.summary)).toMatch(/❌ fail \| ansible-core 2\.17\.0 on the runner, but/);

      const fits = await c.run({ 'dry-run': 'true' });
      expect(fits.exitCode, fits.stdout).toBe(0);
      expect(row(fits.summary)).toMatch(/✅ pass \| ansible-core 2\.16\.14 on the runner is within 2\.16\.4 <= ansible-core < 2\.17\.0/);
    }));
});
