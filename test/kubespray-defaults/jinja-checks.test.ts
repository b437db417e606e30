import { describe, expect, it } from 'vitest';
import { Unsupported } from '../../src/core/knowledge/jinja/errors.js';
import { pyStr } from '../../src/core/knowledge/jinja/python-str.js';
import { VariableScope } from '../../src/core/knowledge/jinja/templar.js';
import type { PyValue } from '../../src/core/knowledge/jinja/values.js';

/**
 * What Kubespray's inventory checks need from the engine. Every expected string was printed
 * by ansible-core 2.14.18 (Debian) for the same template, e.g.
 * `debug: msg="{{ s_yes | bool }}|..."` with s_yes: "yes", n_one: 1, n_two: 2, a_none: null.
 */
function render(template: string, vars: Record<string, PyValue> = {}): string {
  return pyStr(new VariableScope([new Map(Object.entries({ ...vars, __t: template }))]).resolve('__t'));
}
const VARS: Record<string, PyValue> = { s_yes: 'yes', n_one: 1n, n_two: 2n, a_none: null };

describe('filters and tests of the inventory checks agree with ansible-core 2.14', () => {
  it('bool', () => {
    expect(render("{{ s_yes | bool }}|{{ 'On' | bool }}|{{ n_one | bool }}|{{ n_two | bool }}|{{ a_none | bool }}|{{ [] | bool }}|{{ 1.0 | bool }}", VARS)).toBe('True|True|True|False||False|True');
  });
  it('type_debug: exact for non-text; for text only which names it is not', () => {
    expect(render('{{ true | type_debug }}|{{ n_one | type_debug }}|{{ [1] | type_debug }}', VARS)).toBe('bool|int|list');
    expect(render("{{ s_yes | type_debug == 'bool' }}|{{ true | type_debug == 'bool' }}", VARS)).toBe('False|True');
    // Ansible prints AnsibleUnicode here; which str class a value has depends on where it came from.
    expect(() => render('{{ s_yes | type_debug }}', VARS)).toThrow(Unsupported);
    expect(() => render("{{ s_yes | type_debug == 'str' }}", VARS)).toThrow(Unsupported);
  });
  it('** (left-associative, unary minus binds tighter)', () => {
    expect(render("{{ 2 ** 10 }}|{{ 2 ** 3 ** 2 }}|{{ -2 ** 2 }}|{{ 2 ** (32 - '24' | int) - 2 }}")).toBe('1024|64|4|254');
    expect(() => render('{{ 2 ** 0.5 }}')).toThrow(Unsupported);
  });
  it('divisibleby (with and without parentheses), match and search', () => {
    expect(
      render(
        "{{ 6 is divisibleby 3 }}|{{ 3 is not divisibleby 2 }}|{{ 'Node2' is match('[a-z0-9]+$') }}|{{ 'node2.x' is match('[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$') }}|{{ 'abc' is search('b') }}|{{ 'abc' is match('b') }}",
      ),
    ).toBe('True|True|False|True|True|False');
    expect(render('{{ 6 is divisibleby(4) }}')).toBe('False');
  });
});
