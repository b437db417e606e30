import { pyStr } from '../jinja/python-str.js';
import { VariableScope } from '../jinja/templar.js';
import type { PyDict, PyValue } from '../jinja/values.js';
import { ConditionalStop, evaluateConditional, guard, type Names } from './conditional.js';
import type { InventoryCheck } from './inventory-checks.js';

export type CheckOutcome =
  | { status: 'pass' }
  /** Every `when` was false on every host (or no host runs the play). */
  | { status: 'skip' }
  /** The assertion is false: Ansible stops the host with Kubespray's message. */
  | { status: 'fail'; condition: string; message: string; host?: string; item?: string }
  /** Ansible cannot evaluate the task (undefined variable, template error): the host stops too. */
  | { status: 'error'; message: string; host?: string }
  | { status: 'unknown'; reason: string };

/** What a host of the play sees besides the shared scope: Ansible's magic variables. */
export interface CheckHost {
  name: string;
  magic: ReadonlyMap<string, PyValue>;
}

/** A resolver of the shared scope with per-host, per-item and task-level names on top. */
class Overlay implements Names {
  private readonly templated = new Map<string, PyValue>();
  constructor(
    private readonly scope: VariableScope,
    private readonly plain: ReadonlyMap<string, PyValue>,
    private readonly taskVars: PyDict | undefined,
  ) {}
  lookup(name: string): PyValue | undefined {
    if (this.plain.has(name)) return this.plain.get(name);
    if (this.taskVars?.has(name)) {
      if (!this.templated.has(name)) this.templated.set(name, this.scope.templateIn(this.taskVars.get(name) as PyValue, this));
      return this.templated.get(name);
    }
    return this.scope.lookup(name);
  }
  rawValue(name: string): PyValue | undefined {
    if (this.plain.has(name)) return this.plain.get(name);
    if (this.taskVars?.has(name)) return this.taskVars.get(name);
    return this.scope.rawValue(name);
  }
}

const HOST_DEPENDENT = /\b(inventory_hostname|inventory_hostname_short|group_names|hostvars)\b/;

/**
 * Runs one assert task the way ansible-core 2.14 would on each host of its play: loop items,
 * `when` (false skips), the message templated (a failure there fails the task), then each
 * `that` in order. A task whose text names no per-host variable runs on the first host only.
 */
export function evaluateCheck(check: InventoryCheck, scope: VariableScope, hosts: readonly CheckHost[]): CheckOutcome {
  if (check.unsupportedLoop) return { status: 'unknown', reason: `the loop keyword ${check.unsupportedLoop}` };
  if (hosts.length === 0) return { status: 'skip' };
  const perHost = !check.runOnce && HOST_DEPENDENT.test(describe(check));
  const outcomes = (perHost ? hosts : hosts.slice(0, 1)).map((host) => onHost(check, scope, host));
  return outcomes.find((o) => o.status === 'fail') ??
    outcomes.find((o) => o.status === 'error') ??
    outcomes.find((o) => o.status === 'unknown') ??
    outcomes.find((o) => o.status === 'pass') ?? { status: 'skip' };
}

function onHost(check: InventoryCheck, scope: VariableScope, host: CheckHost): CheckOutcome {
  if (check.loop?.kind === 'with_items' && [...check.that, ...check.when].some((c) => typeof c === 'string' && /\{\{[^}]*\bitem\b/.test(c))) {
    // with_items results are unsafe: a condition templated from them is refused ("Conditional
    // is marked as unsafe") by ansible-core from 2.14.14 / 2.15.9 on and evaluated before that.
    return { status: 'unknown', reason: 'a condition templated from with_items items, which depends on the ansible-core version (refused as unsafe from 2.14.14 on)' };
  }
  const base = new Overlay(scope, host.magic, check.vars);
  try {
    const items = check.loop ? loopItems(check.loop, scope, base) : [undefined];
    let ran = false;
    for (const item of items) {
      const names = item === undefined ? base : new Overlay(scope, new Map([...host.magic, ['item', item]]), check.vars);
      if (!check.when.every((c) => evaluateConditional(c, scope, names))) continue;
      ran = true;
      const message = check.message === undefined ? 'Assertion failed' : guard(pyStr(check.message), () => scope.templateIn(check.message as PyValue, names));
      const thats = check.thatIsString ? guard(String(check.that[0]), () => scope.templateIn(check.that[0] as PyValue, names)) : check.that;
      for (const that of Array.isArray(thats) ? thats : [thats]) {
        if (!evaluateConditional(that, scope, names)) {
          return {
            status: 'fail',
            condition: typeof that === 'string' ? that : pyStr(that),
            message: typeof message === 'string' ? message : pyStr(message),
            host: host.name,
            ...(item !== undefined ? { item: pyStr(item) } : {}),
          };
        }
      }
    }
    return ran ? { status: 'pass' } : { status: 'skip' };
  } catch (e) {
    if (!(e instanceof ConditionalStop)) throw e;
    return e.kind === 'error' ? { status: 'error', message: e.message, host: host.name } : { status: 'unknown', reason: e.message };
  }
}

/** with_items templates the list and flattens one level; loop takes the templated list as it is. */
function loopItems(loop: NonNullable<InventoryCheck['loop']>, scope: VariableScope, names: Names): PyValue[] {
  const value = guard(pyStr(loop.value), () => scope.templateIn(loop.value, names));
  if (!Array.isArray(value)) {
    if (loop.kind === 'loop') throw new ConditionalStop('error', `Invalid data passed to 'loop', it requires a list, got this instead: ${pyStr(value)}`);
    return [value];
  }
  return loop.kind === 'with_items' ? value.flatMap((v) => (Array.isArray(v) ? v : [v])) : value;
}

function describe(check: InventoryCheck): string {
  const parts: PyValue[] = [...check.that, ...check.when, check.message ?? '', check.loop?.value ?? ''];
  if (check.vars) parts.push(...check.vars.values());
  return parts.map((p) => (typeof p === 'string' ? p : safeStr(p))).join('\n');
}

function safeStr(v: PyValue): string {
  try {
    return pyStr(v);
  } catch {
    return '';
  }
}

