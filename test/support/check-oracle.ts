import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { runProcess } from '../../src/adapters/process.js';
import { oracleEnv } from './ansible-oracle.js';
import { makeTempDir } from './tmp.js';

/**
 * Real ansible-playbook running Kubespray's own inventory checks, as the reference for the
 * check evaluator. For one tag and one inventory it writes a playbook of:
 *  - the tag's group-mapping plays, taken from its files (legacy_groups.yml, the boilerplate
 *    plays with group_by, or the dynamic_groups role, copied whole);
 *  - one play per check file, on the hosts Kubespray runs it on, with the roles whose
 *    defaults/vars that play sees (copied whole, like test/support/ansible-oracle.ts), and
 *    the file's assert tasks unchanged but for `register` and `ignore_errors` (other tasks,
 *    which would run commands or need facts, are left out);
 *  - a last play printing each host's registered results and `groups` as base64 JSON
 *    (ansible-core's own callbacks only: Debian's has no json stdout callback).
 * Every host uses the local connection without gathering facts.
 */

export interface CheckOracleCase {
  tag: string;
  /** The Kubespray tag's directory (the data set). */
  tree: string;
  /** An inventory directory (hosts file + group_vars). */
  inventory: string;
}

export interface OracleTaskResult {
  failed?: boolean;
  skipped?: boolean;
  assertion?: unknown;
  msg?: unknown;
  results?: OracleTaskResult[];
}

export interface CheckOracleRun {
  /** host -> check key (`<file>#<task name>`) -> registered result (absent when the host did not run the play). */
  results: Map<string, Map<string, OracleTaskResult>>;
  /** groups as the last play sees them (after the mapping plays). */
  groups: Record<string, string[]>;
  stdout: string;
}

const CHECK_FILES: Array<{ pattern: RegExp; hosts: string; roles: string[][] }> = [
  { pattern: /^roles\/validate_inventory\/tasks\/[^/]+\.ya?ml$/, hosts: 'all', roles: [['roles/kubespray_defaults', 'roles/kubespray-defaults']] },
  {
    pattern: /^roles\/kubernetes\/preinstall\/tasks\/[^/]*verify-settings\.ya?ml$/,
    hosts: 'k8s_cluster:etcd:calico_rr',
    roles: [['roles/kubespray_defaults', 'roles/kubespray-defaults'], ['roles/container-engine/cri-o'], ['roles/download']],
  },
];

const ASSERT_KEYS = ['assert', 'ansible.builtin.assert', 'ansible.legacy.assert'];

export async function runCheckOracle(c: CheckOracleCase): Promise<CheckOracleRun> {
  const tmp = makeTempDir('ksu-check-oracle-');
  try {
    const rolesDir = path.join(tmp.dir, 'roles');
    mkdirSync(rolesDir, { recursive: true });
    const plays: unknown[] = [...mappingPlays(c.tree, rolesDir)];
    const keys: string[] = [];
    for (const spec of CHECK_FILES) {
      for (const file of listFiles(c.tree).filter((f) => spec.pattern.test(f))) {
        const tasks = parse(readFileSync(path.join(c.tree, file), 'utf8'), { version: '1.1' }) as unknown[];
        const roles = spec.roles
          .map((candidates) => candidates.find((r) => existsSync(path.join(c.tree, r, 'defaults')) || existsSync(path.join(c.tree, r, 'vars'))))
          .filter((r): r is string => r !== undefined)
          .map((r) => ({ role: standIn(c.tree, r, path.join(tmp.dir, 'standin', file.replace(/\W/g, '_'))) }));
        plays.push({ name: file, hosts: spec.hosts, gather_facts: false, roles, tasks: instrument(tasks, file, keys) });
      }
    }
    // One base64 JSON per registered result: no Jinja dict literal holding the task names.
    const report = ['{{ groups | to_json | b64encode }}', ...keys.map((_, i) => `{{ (ksu_r${i} | default('absent')) | to_json | b64encode }}`)].join(' ');
    plays.push({ name: 'report', hosts: 'all', gather_facts: false, tasks: [{ name: 'ksu report', debug: { msg: `KSU {{ inventory_hostname }} ${report}` } }] });
    writeFileSync(path.join(tmp.dir, 'site.yml'), JSON.stringify(plays));
    writeFileSync(path.join(tmp.dir, 'ansible.cfg'), '[defaults]\nstdout_callback = default\n');
    const r = await runProcess('ansible-playbook', ['-i', c.inventory, '-c', 'local', path.join(tmp.dir, 'site.yml')], {
      cwd: tmp.dir,
      allowFailure: true,
      env: { ...oracleEnv(tmp.dir), ANSIBLE_ROLES_PATH: rolesDir },
    });
    const results = new Map<string, Map<string, OracleTaskResult>>();
    let groups: Record<string, string[]> = {};
    const decode = (b64: string) => JSON.parse(Buffer.from(b64, 'base64').toString('utf8')) as unknown;
    for (const m of r.stdout.matchAll(/"msg": "KSU (\S+) ([A-Za-z0-9+/= ]+)"/g)) {
      const [g, ...each] = m[2]!.split(' ');
      groups = decode(g!) as Record<string, string[]>;
      const host = new Map<string, OracleTaskResult>();
      each.forEach((b64, i) => {
        const v = decode(b64);
        if (v !== 'absent') host.set(keys[i]!, v as OracleTaskResult);
      });
      results.set(m[1]!, host);
    }
    if (results.size === 0 && !/no hosts matched|skipping: no hosts/.test(r.stdout)) throw new Error(`the check oracle printed no results:\n${r.stdout.slice(-3000)}\n${r.stderr.slice(-2000)}`);
    return { results, groups, stdout: r.stdout };
  } finally {
    tmp.cleanup();
  }
}

/** The assert tasks (blocks kept, with their `when`) with register/ignore_errors added; every other task dropped. */
function instrument(tasks: unknown[], file: string, keys: string[]): unknown[] {
  const out: unknown[] = [];
  for (const t of tasks ?? []) {
    if (!t || typeof t !== 'object') continue;
    const task = t as Record<string, unknown>;
    if (Array.isArray(task.block)) {
      const inner = instrument(task.block, file, keys);
      if (inner.length) out.push({ ...Object.fromEntries(Object.entries(task).filter(([k]) => k !== 'rescue' && k !== 'always')), block: inner });
      continue;
    }
    if (!ASSERT_KEYS.some((k) => k in task)) continue;
    keys.push(`${file}#${String(task.name)}`);
    out.push({ ...task, register: `ksu_r${keys.length - 1}`, ignore_errors: true });
  }
  return out;
}

/** The mapping plays of the tag, from its own files; the dynamic_groups role is copied into rolesDir. */
function mappingPlays(tree: string, rolesDir: string): unknown[] {
  const plays: unknown[] = [];
  if (existsSync(path.join(tree, 'roles/dynamic_groups'))) cpSync(path.join(tree, 'roles/dynamic_groups'), path.join(rolesDir, 'dynamic_groups'), { recursive: true });
  for (const file of ['legacy_groups.yml', 'playbooks/legacy_groups.yml', 'playbooks/boilerplate.yml']) {
    if (!existsSync(path.join(tree, file))) continue;
    for (const p of parse(readFileSync(path.join(tree, file), 'utf8'), { version: '1.1' }) as Array<Record<string, unknown>>) {
      const roles = Array.isArray(p.roles) ? p.roles.filter((r) => r === 'dynamic_groups') : [];
      const groupBy = Array.isArray(p.tasks) && p.tasks.some((t) => t && typeof t === 'object' && 'group_by' in t);
      if (groupBy) plays.push({ ...p, roles: [] });
      else if (roles.length) plays.push({ ...p, roles });
    }
  }
  return plays;
}

function standIn(tree: string, role: string, into: string): string {
  const target = path.join(into, role);
  mkdirSync(target, { recursive: true });
  for (const sub of ['defaults', 'vars']) if (existsSync(path.join(tree, role, sub))) cpSync(path.join(tree, role, sub), path.join(target, sub), { recursive: true });
  return target;
}

function listFiles(root: string, rel = ''): string[] {
  const dir = path.join(root, rel);
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...listFiles(root, r));
    else out.push(r);
  }
  return out;
}

