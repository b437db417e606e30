import { cpSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { runProcess } from '../../src/adapters/process.js';
import { makeTempDir } from './tmp.js';

/**
 * Real ansible-playbook as the reference for what Kubespray's variables evaluate to.
 *
 * Each case is a Kubespray-shaped tree (roles/<role>/{defaults,vars}/...). The oracle copies
 * the defaults/ and vars/ directories of the version-carrying roles, unchanged and whole (so
 * ansible-core itself decides main.yml vs main/ and file order), into stand-in roles, and
 * writes one play per case: hosts = a local host of its own whose host_vars are the case's
 * inventory overrides, roles = the stand-ins in Kubespray's cluster.yml order, and one
 * debug task looping over the variables with `lookup('vars', item)`, registered; a last play
 * writes every registered result to a file with `to_json` (Debian's ansible-core has no json
 * stdout callback: that ships in the ansible.posix collection). Cases are split into
 * `concurrency` chunks, each one ansible-playbook run; nothing is cached between runs.
 */

/** Kubespray's cluster.yml order: kubespray-defaults, container-engine (cri-o), download, kubernetes-apps (argocd). */
const ROLE_ORDER = [['roles/kubespray_defaults', 'roles/kubespray-defaults'], ['roles/container-engine/cri-o'], ['roles/download'], ['roles/kubernetes-apps/argocd']];

export interface OracleCase {
  id: string;
  /** Directory holding roles/... like a Kubespray checkout. */
  tree: string;
  variables: readonly string[];
  /** YAML text of the host's inventory variables (precedence between role defaults and role vars). */
  inventoryYaml?: string;
  /**
   * One debug task per variable instead of one loop. A hard templating error (anything but an
   * undefined variable) aborts a whole loop, so cases expected to fail hard should set this;
   * a loop that aborts unexpectedly is re-run this way automatically (a third run).
   */
  taskPerVariable?: boolean;
}

export type OracleValue = { ok: true; value: string; type: string } | { ok: false; error: string };

export interface OracleRun {
  results: Map<string, Map<string, OracleValue>>;
  /** Wall time of each ansible-playbook run, ms. */
  runMillis: number[];
}

/** What every oracle run of ansible-playbook uses: HOME and ansible.cfg in `dir`, no colour, retry files or deprecation noise. */
export function oracleEnv(dir: string) {
  return {
    PATH: process.env.PATH,
    HOME: dir,
    LANG: 'C.UTF-8',
    ANSIBLE_CONFIG: path.join(dir, 'ansible.cfg'),
    ANSIBLE_LOCAL_TEMP: path.join(dir, 'ansible-tmp'),
    ANSIBLE_NOCOLOR: '1',
    ANSIBLE_RETRY_FILES_ENABLED: '0',
    ANSIBLE_DEPRECATION_WARNINGS: '0',
  };
}

export async function runAnsibleOracle(cases: readonly OracleCase[], concurrency = 2): Promise<OracleRun> {
  const runMillis: number[] = [];
  const chunks: OracleCase[][] = Array.from({ length: Math.min(concurrency, cases.length) }, () => []);
  cases.forEach((c, i) => chunks[i % chunks.length]?.push(c));
  const results = new Map<string, Map<string, OracleValue>>();
  const aborted: OracleCase[] = [];
  for (const r of await Promise.all(chunks.map((chunk) => runChunk(chunk)))) {
    runMillis.push(r.millis);
    for (const [id, values] of r.results) {
      if (values) results.set(id, values);
      else aborted.push(cases.find((c) => c.id === id) as OracleCase);
    }
  }
  // A hard templating error (not an undefined variable) fails a whole loop; evaluate those
  // cases again with one task per variable so every variable gets its own answer.
  if (aborted.length) {
    const r = await runChunk(aborted.map((c) => ({ ...c, taskPerVariable: true })));
    runMillis.push(r.millis);
    for (const [id, values] of r.results) results.set(id, values as Map<string, OracleValue>);
  }
  return { results, runMillis };
}

/** The debug `var` expression: debug templates it itself and reports undefined variables per loop item. */
const PROBE = "{'type': (lookup('vars', item) | type_debug), 'value': (lookup('vars', item) | string)}";
const NOT_DEFINED = 'VARIABLE IS NOT DEFINED!';

async function runChunk(cases: OracleCase[]): Promise<{ results: Map<string, Map<string, OracleValue> | undefined>; millis: number }> {
  const tmp = makeTempDir('ksu-oracle-');
  try {
    const hostVarsDir = path.join(tmp.dir, 'inventory', 'host_vars');
    mkdirSync(hostVarsDir, { recursive: true });
    const hosts: Record<string, unknown> = { [COLLECTOR]: { ansible_connection: 'local' } };
    const plays: unknown[] = [];
    const registered: Record<string, string[]> = {};
    cases.forEach((c, i) => {
      const host = `case${i}`;
      hosts[host] = { ansible_connection: 'local' };
      // The fact Kubespray's defaults read for host_architecture; what gather_facts reports on amd64.
      writeFileSync(path.join(hostVarsDir, `${host}.yml`), `ansible_architecture: x86_64\n${c.inventoryYaml ?? ''}\n`);
      const loops = c.taskPerVariable ? c.variables.map((v) => [v]) : [[...c.variables]];
      registered[host] = loops.map((_, t) => `oracle_probe_${t}`);
      plays.push({
        name: c.id,
        hosts: host,
        gather_facts: false,
        roles: standInRoles(c.tree, path.join(tmp.dir, host)).map((role) => ({ role })),
        tasks: loops.map((loop, t) => ({ 'ansible.builtin.debug': { var: PROBE }, loop, ignore_errors: true, register: `oracle_probe_${t}` })),
      });
    });
    const resultsFile = path.join(tmp.dir, 'results.json');
    plays.push(collectorPlay(registered, resultsFile));
    writeFileSync(path.join(tmp.dir, 'inventory', 'hosts.yml'), JSON.stringify({ all: { hosts } }));
    writeFileSync(path.join(tmp.dir, 'site.yml'), JSON.stringify(plays));
    writeFileSync(path.join(tmp.dir, 'ansible.cfg'), '[defaults]\n');
    const started = performance.now();
    const r = await runProcess('ansible-playbook', ['-i', path.join(tmp.dir, 'inventory', 'hosts.yml'), path.join(tmp.dir, 'site.yml')], {
      cwd: tmp.dir,
      allowFailure: true,
      env: oracleEnv(tmp.dir),
    });
    const millis = performance.now() - started;
    if (!existsSync(resultsFile)) throw new Error(`ansible-playbook wrote no ${path.basename(resultsFile)} (exit ${r.exitCode}):\n${r.stdout.slice(-3000)}\n${r.stderr.slice(0, 2000)}`);
    return { results: parseResults(readFileSync(resultsFile, 'utf8'), cases), millis };
  } finally {
    tmp.cleanup();
  }
}

/**
 * The last play: one host of its own reads every case host's registered probe results through
 * `hostvars` and writes them as JSON with `to_json`. Only ansible-core is needed (no stdout
 * callback from a collection); a host whose play never registered a result reads as null.
 */
const COLLECTOR = 'oracle_collector';
function collectorPlay(registered: Record<string, string[]>, dest: string): unknown {
  const perHost = Object.entries(registered).map(
    ([host, names]) => `${JSON.stringify(host)}: [${names.map((n) => `hostvars[${JSON.stringify(host)}][${JSON.stringify(n)}] | default(none)`).join(', ')}]`,
  );
  return {
    name: 'collect oracle results',
    hosts: COLLECTOR,
    gather_facts: false,
    tasks: [{ 'ansible.builtin.copy': { content: `{{ {${perHost.join(', ')}} | to_json }}`, dest } }],
  };
}

/** Copies each present role's defaults/ and vars/ verbatim; returns the stand-in role paths in play order. */
function standInRoles(tree: string, into: string): string[] {
  const roles: string[] = [];
  for (const candidates of ROLE_ORDER) {
    const role = candidates.find((r) => existsSync(path.join(tree, r, 'defaults')) || existsSync(path.join(tree, r, 'vars')));
    if (!role) continue;
    const target = path.join(into, role);
    mkdirSync(target, { recursive: true });
    for (const sub of ['defaults', 'vars']) {
      const from = path.join(tree, role, sub);
      if (existsSync(from)) cpSync(from, path.join(target, sub), { recursive: true });
    }
    roles.push(target);
  }
  return roles;
}

interface ItemResult {
  item: string;
  failed?: boolean;
  msg?: unknown;
  [probe: string]: unknown;
}

/** A task's registered result: per-item results for a loop, or a failure of the task as a whole. */
interface TaskResult {
  results?: ItemResult[];
  failed?: boolean;
  msg?: unknown;
}

/** Per case: variable -> value, or undefined when a task failed as a whole (a hard error inside a loop). */
function parseResults(json: string, cases: OracleCase[]): Map<string, Map<string, OracleValue> | undefined> {
  const doc = JSON.parse(json) as Record<string, Array<TaskResult | null>>;
  const out = new Map<string, Map<string, OracleValue> | undefined>();
  cases.forEach((c, i) => {
    const tasks = doc[`case${i}`];
    if (!tasks) throw new Error(`no oracle results for ${c.id}`);
    const values = new Map<string, OracleValue>();
    for (const [t, task] of tasks.entries()) {
      if (!task?.results) {
        if (!c.taskPerVariable) {
          out.set(c.id, undefined);
          return;
        }
        values.set(c.variables[t] as string, { ok: false, error: String(task?.msg ?? 'no result') });
        continue;
      }
      for (const r of task.results) values.set(r.item, itemValue(r));
    }
    out.set(c.id, values);
  });
  return out;
}

function itemValue(r: ItemResult): OracleValue {
  const probe = r[PROBE] as { type?: string; value?: unknown } | string | undefined;
  if (r.failed || probe === undefined) return { ok: false, error: String(r.msg ?? 'failed') };
  if (probe === NOT_DEFINED) return { ok: false, error: 'undefined variable' };
  if (typeof probe !== 'object' || typeof probe.value !== 'string') return { ok: false, error: `unexpected result ${JSON.stringify(probe)}` };
  return { ok: true, value: probe.value, type: normalizeType(String(probe.type)) };
}

/** Ansible's str subclasses (AnsibleUnicode, AnsibleUnsafeText, NativeJinjaText) are all Python str. */
function normalizeType(t: string): string {
  return ['AnsibleUnicode', 'AnsibleUnsafeText', 'NativeJinjaText', 'NativeJinjaUnsafeText'].includes(t) ? 'str' : t;
}
