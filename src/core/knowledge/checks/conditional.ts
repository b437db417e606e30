import { TemplateFailure, UndefinedVariable, Unsupported } from '../jinja/errors.js';
import type { NameResolver } from '../jinja/evaluator.js';
import type { VariableScope } from '../jinja/templar.js';
import { truthy, type PyValue } from '../jinja/values.js';

export type Names = NameResolver & { rawValue(name: string): PyValue | undefined };

/** Ansible's DEFINED_REGEX: its undefined-variable rescue for `x is defined` conditions, not modelled here. */
const DEFINED_REGEX = /(hostvars\[.+\]|[\w_]+)\s+(not\s+is|is|is\s+not)\s+(defined|undefined)/;

/** Why a conditional has no answer: Ansible fails the task (`error`), or this evaluator cannot tell (`unknown`). */
export class ConditionalStop extends Error {
  constructor(
    readonly kind: 'error' | 'unknown',
    message: string,
  ) {
    super(message);
  }
}

/**
 * Conditional._check_conditional of ansible-core 2.14: the condition is templated first (a
 * `{{ }}` condition may render to a bool or to the text of another condition), then wrapped
 * in `{% if %} True {% else %} False {% endif %}`.
 */
export function evaluateConditional(condition: PyValue, scope: VariableScope, names: Names): boolean {
  if (condition === null || condition === '') return true;
  if (typeof condition === 'boolean') return condition;
  return guard(String(condition), () => {
    const templated = scope.templateIn(condition, names);
    if (typeof templated !== 'string' || templated === '') return truthy(templated);
    const val = scope.templateIn(`{% if ${templated} %} True {% else %} False {% endif %}`, names);
    const text = typeof val === 'string' ? val.trim() : String(val);
    if (text === 'True') return true;
    if (text === 'False') return false;
    throw new ConditionalStop('error', `unable to evaluate conditional: ${String(condition)}`);
  });
}

/** Templating under Ansible's error rules: undefined and template errors fail the task; what is not modelled is unknown. */
export function guard<T>(text: string, run: () => T): T {
  try {
    return run();
  } catch (e) {
    if (e instanceof ConditionalStop) throw e;
    if (e instanceof Unsupported) throw new ConditionalStop('unknown', e.message);
    if (e instanceof UndefinedVariable) {
      if (DEFINED_REGEX.test(text)) throw new ConditionalStop('unknown', `an undefined variable in a condition with an 'is defined' test (${e.message})`);
      throw new ConditionalStop('error', `error while evaluating conditional (${text}): ${e.message}`);
    }
    if (e instanceof TemplateFailure) throw new ConditionalStop('error', e.message);
    throw e;
  }
}
