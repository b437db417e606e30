import { isMap, isSeq, type Node } from 'yaml';
import { loadAnsibleYaml } from '../defaults/index.js';
import { parseYamlWithLines } from '../inventory/variable-definitions.js';
import { PyDict, type PyValue } from '../jinja/values.js';

/** One task of a task file (blocks flattened), with where it starts and the `when`s of its enclosing blocks. */
export interface TaskEntry {
  task: PyDict;
  /** 1-based line of the task's first key. */
  line: number;
  /** Conditions of enclosing blocks, outermost first (Ansible ANDs them before the task's own). */
  inheritedWhen: PyValue[];
}

/**
 * The tasks of an Ansible task file: values typed as Ansible loads them, positions from the
 * YAML document, walked in parallel. A block's `block:` tasks inherit its `when`; `rescue`
 * and `always` run only after a failure or in any case, so they are not inventory checks.
 */
export function readTasks(text: string, file: string): TaskEntry[] {
  const values = loadAnsibleYaml(text, file);
  const { doc, lines } = parseYamlWithLines(text, file);
  const out: TaskEntry[] = [];
  const walk = (node: Node | null | undefined, list: PyValue, inherited: PyValue[]) => {
    if (!isSeq(node) || !Array.isArray(list)) return;
    node.items.forEach((item, i) => {
      const task = list[i];
      if (!isMap(item) || !(task instanceof PyDict)) return;
      const start = (item as Node).range?.[0] ?? 0;
      const when = [...inherited, ...conditions(task.get('when'))];
      if (task.has('block')) {
        const blockNode = item.items.find((p) => (p.key as { value?: unknown } | null)?.value === 'block')?.value as Node | undefined;
        walk(blockNode, task.get('block') as PyValue, when);
        return;
      }
      out.push({ task, line: lines.linePos(start).line, inheritedWhen: inherited });
    });
  };
  walk(doc.contents as Node | null, values, []);
  return out;
}

/** A `when:` (or `that:`) value as its list of conditions. */
export function conditions(v: PyValue | undefined): PyValue[] {
  if (v === undefined || v === null) return [];
  return Array.isArray(v) ? v : [v];
}
