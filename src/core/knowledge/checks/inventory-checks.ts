import type { PyValue } from '../jinja/values.js';
import { PyDict } from '../jinja/values.js';
import { conditions, readTasks } from './task-files.js';

/**
 * Where Kubespray keeps the assertions that stop a playbook on a bad inventory: the role
 * validate_inventory (v2.28.0 on; the boilerplate play on `hosts: all`, with only
 * kubespray_defaults as a dependency) and the preinstall role's verify-settings tasks (every
 * tag; the `k8s_cluster:etcd:calico_rr` play, whose other roles' defaults the data set
 * does not hold, so a name missing from the scope may still be set there).
 */
export type CheckSource = 'validate_inventory' | 'preinstall';

export function checkSourceOf(path: string): CheckSource | undefined {
  if (/^roles\/validate_inventory\/tasks\/[^/]+\.ya?ml$/.test(path)) return 'validate_inventory';
  if (/^roles\/kubernetes\/preinstall\/tasks\/[^/]*verify-settings\.ya?ml$/.test(path)) return 'preinstall';
  return undefined;
}

/** The task files holding inventory checks, among a tag's files. */
export function isCheckFile(path: string): boolean {
  return checkSourceOf(path) !== undefined;
}

export interface InventoryCheck {
  source: CheckSource;
  /** Path in the Kubespray tree. */
  file: string;
  line: number;
  name: string;
  /** The `that` conditions as written; a string `that` is templated as a whole first, as the assert action does. */
  that: PyValue[];
  thatIsString: boolean;
  /** `fail_msg`, else `msg` (a template), as written. */
  message?: PyValue;
  /** Enclosing blocks' conditions, then the task's own. */
  when: PyValue[];
  /** `with_items` / `loop` as written. */
  loop?: { kind: 'with_items' | 'loop'; value: PyValue };
  /** A loop keyword this does not model (with_dict, with_nested, ...). */
  unsupportedLoop?: string;
  /** Task-level `vars:`. */
  vars?: PyDict;
  runOnce: boolean;
}

const ASSERT_KEYS = ['assert', 'ansible.builtin.assert', 'ansible.legacy.assert'];

/**
 * Every `assert` task of the given task files, and the names other tasks there register or
 * set_fact (their values exist only in a real run, so a check using one is unknown).
 */
export function inventoryChecks(files: ReadonlyMap<string, string>): { checks: InventoryCheck[]; runtimeNames: Set<string> } {
  const checks: InventoryCheck[] = [];
  const runtimeNames = new Set<string>();
  // In play order: the boilerplate's validate_inventory runs before preinstall.
  const order = (f: string) => `${checkSourceOf(f) === 'validate_inventory' ? 0 : 1}${f}`;
  for (const [file, text] of [...files].sort((a, b) => (order(a[0]) < order(b[0]) ? -1 : 1))) {
    const source = checkSourceOf(file);
    if (!source) continue;
    for (const { task, line, inheritedWhen } of readTasks(text, file)) {
      const register = task.get('register');
      if (typeof register === 'string') runtimeNames.add(register);
      const setFact = task.get('set_fact') ?? task.get('ansible.builtin.set_fact');
      if (setFact instanceof PyDict) for (const k of setFact.keys()) if (typeof k === 'string') runtimeNames.add(k);
      const key = ASSERT_KEYS.find((k) => task.has(k));
      if (!key) continue;
      const args = task.get(key);
      if (!(args instanceof PyDict) || !args.has('that')) continue;
      const that = args.get('that') as PyValue;
      const loopKey = ['with_items', 'loop'].find((k) => task.has(k)) as 'with_items' | 'loop' | undefined;
      const otherLoop = task.keys().find((k) => typeof k === 'string' && k.startsWith('with_') && k !== 'with_items');
      const vars = task.get('vars');
      const runOnce = task.get('run_once');
      checks.push({
        source,
        file,
        line,
        name: typeof task.get('name') === 'string' ? (task.get('name') as string) : `assert at ${file}:${line}`,
        that: conditions(that),
        thatIsString: typeof that === 'string',
        ...(args.has('fail_msg') || args.has('msg') ? { message: (args.get('fail_msg') ?? args.get('msg')) as PyValue } : {}),
        when: [...inheritedWhen, ...conditions(task.get('when'))],
        ...(loopKey ? { loop: { kind: loopKey, value: task.get(loopKey) as PyValue } } : {}),
        ...(typeof otherLoop === 'string' ? { unsupportedLoop: otherLoop } : {}),
        ...(vars instanceof PyDict ? { vars } : {}),
        runOnce: runOnce === true || runOnce === 'yes' || runOnce === 'true',
      });
    }
  }
  return { checks, runtimeNames };
}
