import { loadAnsibleYaml } from '../defaults/index.js';
import { PyDict, type PyValue } from '../jinja/values.js';
import { readTasks } from './task-files.js';

/** The files that have held Kubespray's legacy group-name mapping, oldest layout first. */
export const GROUP_MAPPING_FILES = ['legacy_groups.yml', 'playbooks/legacy_groups.yml', 'playbooks/boilerplate.yml', 'roles/dynamic_groups/tasks/main.yml'];

/**
 * One step of the mapping: hosts in any of `from` are added to `to`. `sequential` steps (one
 * play per old name, up to v2.27) see the groups earlier steps added; the steps of one
 * `group_mappings` loop (v2.28 on) all test the host's groups as they were before the task.
 */
export interface GroupMappingStep {
  to: string;
  from: string[];
  file: string;
  sequential: boolean;
}

/**
 * The mapping as a tag's files state it: plays `hosts: <old>` whose task is a `group_by`
 * with a literal key, and `group_by` tasks looping over a literal `group_mappings` dict.
 */
export function groupMapping(files: ReadonlyMap<string, string>): GroupMappingStep[] {
  const steps: GroupMappingStep[] = [];
  for (const file of GROUP_MAPPING_FILES) {
    const text = files.get(file);
    if (text === undefined) continue;
    if (file.startsWith('roles/')) {
      for (const { task } of readTasks(text, file)) steps.push(...mappingTask(task, file));
      continue;
    }
    const plays = loadAnsibleYaml(text, file);
    if (!Array.isArray(plays)) continue;
    for (const play of plays) {
      if (!(play instanceof PyDict)) continue;
      const tasks = play.get('tasks');
      if (!Array.isArray(tasks)) continue;
      const hosts = play.get('hosts');
      for (const task of tasks) {
        if (!(task instanceof PyDict)) continue;
        const key = groupByKey(task);
        if (typeof hosts === 'string' && /^[\w-]+$/.test(hosts) && typeof key === 'string' && /^\w+$/.test(key)) {
          steps.push({ to: key, from: [hosts], file, sequential: true });
        } else steps.push(...mappingTask(task, file));
      }
    }
  }
  return steps;
}

function groupByKey(task: PyDict): PyValue | undefined {
  const args = task.get('group_by') ?? task.get('ansible.builtin.group_by');
  return args instanceof PyDict ? args.get('key') : undefined;
}

/** A group_by over `group_mappings | dict2items`, keyed by `item.key`. */
function mappingTask(task: PyDict, file: string): GroupMappingStep[] {
  const key = groupByKey(task);
  const vars = task.get('vars');
  const mappings = vars instanceof PyDict ? vars.get('group_mappings') : undefined;
  if (typeof key !== 'string' || !key.includes('item.key') || !(mappings instanceof PyDict)) return [];
  const steps: GroupMappingStep[] = [];
  for (const [to, from] of mappings.items()) {
    if (typeof to !== 'string' || !Array.isArray(from)) continue;
    steps.push({ to, from: from.filter((f): f is string => typeof f === 'string'), file, sequential: false });
  }
  return steps;
}

/** Applies the mapping to group -> hosts (children already resolved); returns a new map. */
export function applyGroupMapping(groups: ReadonlyMap<string, readonly string[]>, steps: readonly GroupMappingStep[]): Map<string, string[]> {
  const out = new Map([...groups].map(([g, hs]) => [g, [...hs]]));
  const add = (group: string, hosts: readonly string[]) => {
    const list = out.get(group) ?? [];
    for (const h of hosts) if (!list.includes(h)) list.push(h);
    out.set(group, list);
  };
  let snapshot = new Map([...out].map(([g, hs]) => [g, [...hs]]));
  for (const step of steps) {
    const view = step.sequential ? out : snapshot;
    const hosts = step.from.flatMap((g) => view.get(g) ?? []);
    add(step.to, hosts);
    if (step.sequential) snapshot = new Map([...out].map(([g, hs]) => [g, [...hs]]));
  }
  return out;
}

/**
 * The old group names the mapping covers, with the group each maps to: sources that are
 * never a mapping's target (`kube_node` feeding `k8s_cluster` is a definition, not an old name).
 */
export function legacyNames(steps: readonly GroupMappingStep[]): Map<string, string> {
  const targets = new Set(steps.map((s) => s.to));
  const out = new Map<string, string>();
  for (const s of steps) for (const f of s.from) if (!targets.has(f) && !out.has(f)) out.set(f, s.to);
  return out;
}
