import { cpSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runProcess } from '../../src/adapters/process.js';
import { readDrainSettings, type DrainSettings, type EffectiveDrainSettings } from '../../src/core/upgrade/drain-settings.js';
import { oracleEnv } from '../support/ansible-oracle.js';
import { STANDIN_DIR } from '../support/standin-kubespray/standin.js';
import { makeTempDir } from '../support/tmp.js';

/**
 * A team inventory shaped like inventory/sample, whose drain settings come from every level
 * Ansible merges: role defaults, the inventory file's group vars, group_vars/all, child
 * groups' group_vars, host_vars and extra vars. The reference is real ansible-playbook
 * evaluating the same variables per host on a stand-in play.
 */
const INVENTORY_INI = `[kube_control_plane]
cp-1 ansible_host=10.0.0.1

[etcd]
cp-1

[kube_node]
worker-1 ansible_host=10.0.0.11
worker-2 ansible_host=10.0.0.12
worker-3 ansible_host=10.0.0.13

[k8s_cluster:children]
kube_control_plane
kube_node

[kube_node:vars]
drain_grace_period=120
`;

const FILES: Record<string, string> = {
  'group_vars/all/all.yml': '---\ndrain_grace_period: 60\ndrain_timeout: 500s\n',
  'group_vars/k8s_cluster/k8s-cluster.yml': "---\ndrain_pod_selector: 'app!=db'\n",
  'group_vars/kube_node.yml': '---\ndrain_retries: 5\n',
  'group_vars/kube_control_plane.yml': '---\ndrain_timeout: 100s\n',
  'host_vars/worker-2.yml': '---\ndrain_nodes: false\n',
  'host_vars/worker-3/drain.yml': '---\ndrain_timeout: 900s\n',
};

const HOSTS = ['cp-1', 'worker-1', 'worker-2', 'worker-3'];
const FIELDS = { drain_nodes: 'drainNodes', drain_grace_period: 'gracePeriodSeconds', drain_timeout: 'timeout', drain_pod_selector: 'podSelector', drain_retries: 'retries' } as const;

let tmp: ReturnType<typeof makeTempDir>;
let inventory: string;
let kubespray: string;

beforeAll(() => {
  tmp = makeTempDir('ksu-drain-settings-');
  const inv = path.join(tmp.dir, 'inventory', 'mycluster');
  mkdirSync(inv, { recursive: true });
  inventory = path.join(inv, 'inventory.ini');
  writeFileSync(inventory, INVENTORY_INI);
  for (const [rel, text] of Object.entries(FILES)) {
    mkdirSync(path.dirname(path.join(inv, rel)), { recursive: true });
    writeFileSync(path.join(inv, rel), text);
  }
  kubespray = path.join(tmp.dir, 'kubespray');
  cpSync(path.join(STANDIN_DIR, 'roles', 'upgrade'), path.join(kubespray, 'roles', 'upgrade'), { recursive: true });
  writeFileSync(path.join(kubespray, 'extra.yml'), '---\ndrain_timeout: 1200s\n');
});
afterAll(() => tmp.cleanup());

const forHost = (e: EffectiveDrainSettings, host: string): DrainSettings => e.byHost.get(host) ?? e.cluster;

async function ours(extraArgs: string[] = []): Promise<EffectiveDrainSettings> {
  const r = await readDrainSettings(kubespray, inventory, extraArgs);
  if ('unknown' in r) throw new Error(r.unknown);
  return r;
}

/** The same variables, per host, as ansible-playbook evaluates them in a play with the pre-upgrade role's defaults. */
async function ansible(extraArgs: string[] = []): Promise<Map<string, Record<string, string>>> {
  const dir = path.join(tmp.dir, `play-${Math.random().toString(36).slice(2)}`);
  mkdirSync(path.join(dir, 'out'), { recursive: true });
  const role = path.join(dir, 'roles', 'pre-upgrade');
  cpSync(path.join(kubespray, 'roles', 'upgrade', 'pre-upgrade', 'defaults'), path.join(role, 'defaults'), { recursive: true });
  const values = Object.keys(FIELDS).map((v) => `${JSON.stringify(v)}: (${v} | bool | string) if ${JSON.stringify(v)} == "drain_nodes" else (${v} | string)`);
  const play = [
    {
      hosts: 'all',
      gather_facts: false,
      connection: 'local',
      roles: ['pre-upgrade'],
      tasks: [{ name: 'write', 'ansible.builtin.copy': { content: `{{ {${values.join(', ')}} | to_json }}`, dest: `${path.join(dir, 'out')}/{{ inventory_hostname }}.json` }, delegate_to: 'localhost' }],
    },
  ];
  writeFileSync(path.join(dir, 'site.yml'), JSON.stringify(play));
  writeFileSync(path.join(dir, 'ansible.cfg'), '[defaults]\n');
  // ansible-playbook runs in the Kubespray checkout, as run-upgrade runs it: -e @extra.yml is relative to it.
  const r = await runProcess('ansible-playbook', ['-i', inventory, ...extraArgs, path.join(dir, 'site.yml')], { cwd: kubespray, allowFailure: true, env: oracleEnv(dir) });
  if (r.exitCode !== 0) throw new Error(`ansible-playbook failed:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-2000)}`);
  return new Map(HOSTS.map((h) => [h, JSON.parse(readFileSync(path.join(dir, 'out', `${h}.json`), 'utf8')) as Record<string, string>]));
}

function asAnsibleShows(s: DrainSettings): Record<string, string> {
  return Object.fromEntries(Object.entries(FIELDS).map(([v, f]) => [v, v === 'drain_nodes' ? (s.drainNodes ? 'True' : 'False') : String(s[f])]));
}

describe('drain settings follow Ansible variable precedence, host by host', () => {
  it('matches ansible-playbook for every host: group_vars, child groups, the inventory file, host_vars', async () => {
    const [mine, real] = await Promise.all([ours(), ansible()]);
    for (const h of HOSTS) expect({ host: h, ...asAnsibleShows(forHost(mine, h)) }).toEqual({ host: h, ...real.get(h) });
    // The points where precedence decides, stated outright so a wrong oracle cannot hide them.
    expect(forHost(mine, 'worker-2').drainNodes).toBe(false);
    expect(forHost(mine, 'worker-2').sources.drain_nodes).toBe('host_vars/worker-2.yml:2');
    expect(forHost(mine, 'worker-1').drainNodes).toBe(true);
    expect(forHost(mine, 'worker-3').timeout).toBe('900s');
    // A group's variables reach only its hosts.
    expect(forHost(mine, 'cp-1').timeout).toBe('100s');
    expect(forHost(mine, 'worker-1').timeout).toBe('500s');
    // group_vars/all outranks the inventory file's [kube_node:vars].
    expect(forHost(mine, 'worker-1').gracePeriodSeconds).toBe('60');
    expect(forHost(mine, 'cp-1').retries).toBe('3');
    expect(forHost(mine, 'worker-1').retries).toBe('5');
  }, 120_000);

  it('extra vars (-e key=value and -e @file) win over every inventory level, as in ansible-playbook', async () => {
    const args = ['-e', 'drain_retries=7 drain_nodes=true', '--extra-vars=@extra.yml'];
    const [mine, real] = await Promise.all([ours(args), ansible(args)]);
    for (const h of HOSTS) expect({ host: h, ...asAnsibleShows(forHost(mine, h)) }).toEqual({ host: h, ...real.get(h) });
    expect(forHost(mine, 'worker-3').timeout).toBe('1200s');
    expect(forHost(mine, 'worker-3').sources.drain_timeout).toBe('-e @extra.yml');
    expect(forHost(mine, 'worker-2').drainNodes).toBe(true);
    expect(forHost(mine, 'worker-1').retries).toBe('7');
  }, 120_000);

  it('lists only the hosts whose settings differ from the cluster-wide ones', async () => {
    const mine = await ours(['-e', '{"drain_grace_period": 30, "drain_retries": 2, "drain_pod_selector": ""}']);
    // Extra vars flatten grace period, retries and selector. The cluster-wide timeout is the
    // highest group-level value (kube_control_plane's, docs/report-schema.md "Pins"), so every worker differs.
    expect(mine.cluster.timeout).toBe('100s');
    expect([...mine.byHost.keys()].sort()).toEqual(['worker-1', 'worker-2', 'worker-3']);
    const flat = await ours(['-e', '{"drain_grace_period": 30, "drain_retries": 2, "drain_pod_selector": "", "drain_timeout": "1s"}']);
    expect([...flat.byHost.keys()]).toEqual(['worker-2']);
    expect(mine.cluster.gracePeriodSeconds).toBe('30');
  });
});
