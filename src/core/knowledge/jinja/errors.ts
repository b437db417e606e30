/**
 * Why an evaluation stopped. Each kind ends as `{ known: false }`; the kinds only decide how
 * the failure travels, mirroring Ansible: an undefined value inside a variable becomes a lazy
 * Undefined (so `| default(...)` can still rescue it), every other failure aborts templating.
 */

/** The construct is outside what this evaluator reproduces exactly; Ansible might succeed. */
export class Unsupported extends Error {
  override name = 'Unsupported';
}

/** Ansible would raise an undefined-variable error here (jinja2 UndefinedError / AnsibleUndefinedVariable). */
export class UndefinedVariable extends Error {
  override name = 'UndefinedVariable';
}

/** Ansible would fail templating for another reason (filter error, type error, recursion). */
export class TemplateFailure extends Error {
  override name = 'TemplateFailure';
}
