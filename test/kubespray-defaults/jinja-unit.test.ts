import { describe, expect, it } from 'vitest';
import { loadAnsibleYaml } from '../../src/formats/yaml/ansible-yaml.js';
import { TemplateFailure, UndefinedVariable, Unsupported } from '../../src/core/knowledge/jinja/errors.js';
import { compareLoose, versionTest } from '../../src/core/knowledge/jinja/loose-version.js';
import { pythonLiteralEval } from '../../src/core/knowledge/jinja/python-literal.js';
import { pythonRegexSub } from '../../src/core/knowledge/jinja/python-regex.js';
import { floatRepr, pyStr } from '../../src/core/knowledge/jinja/python-str.js';
import { VariableScope } from '../../src/core/knowledge/jinja/templar.js';
import { PyDict, PyOpaque, type PyValue } from '../../src/core/knowledge/jinja/values.js';

/** Expected values here are Python 3.11 / Jinja 2 3.1 / Ansible 2.14 behaviour, written by hand. */

function scope(vars: Record<string, PyValue>): VariableScope {
  return new VariableScope([new Map(Object.entries(vars))]);
}

function render(template: string, vars: Record<string, PyValue> = {}): string {
  return pyStr(scope({ ...vars, __t: template }).resolve('__t'));
}

describe('Python str() of floats', () => {
  it.each([
    [1.1, '1.1'],
    [1e16, '1e+16'],
    [1234567890123456, '1234567890123456.0'],
    [0.0001, '0.0001'],
    [0.00001, '1e-05'],
    [1.5e-7, '1.5e-07'],
    [-0, '-0.0'],
    [0.1 + 0.2, '0.30000000000000004'],
    [Infinity, 'inf'],
    [123.456, '123.456'],
  ])('%s -> %s', (x, s) => expect(floatRepr(x)).toBe(s));
});

describe('YAML typing follows PyYAML (YAML 1.1), not YAML 1.2', () => {
  const doc = loadAnsibleYaml(
    ['a: 1.10', 'b: 1e3', 'c: 010', 'd: 0o10', 'e: y', 'f: yes', 'g: ~', 'h: 190:20:30', 'i: "1.10"', 'j: 1_000', 'k: 0x1F', 'l: 2024-01-02', 'm: 08', 'n: .5', 'o: Off'].join('\n'),
    'test.yml',
  ) as PyDict;
  it.each([
    ['a', 1.1],
    ['b', '1e3'],
    ['c', 8n],
    ['d', '0o10'],
    ['e', 'y'],
    ['f', true],
    ['g', null],
    ['h', 685230n],
    ['i', '1.10'],
    ['j', 1000n],
    ['k', 31n],
    ['m', '08'],
    ['n', 0.5],
    ['o', false],
  ])('%s', (key, value) => expect(doc.get(key)).toEqual(value));
  it('timestamps are opaque (a datetime.date in Python)', () => expect(doc.get('l')).toBeInstanceOf(PyOpaque));
  it('merge keys: merged first, own keys win, first position kept', () => {
    const m = loadAnsibleYaml('base: &b {x: 1, y: 2}\nm:\n  y: 3\n  <<: *b\n', 't') as PyDict;
    const merged = m.get('m') as PyDict;
    expect(merged.keys()).toEqual(['x', 'y']);
    expect(merged.get('y')).toBe(3n);
  });
});

describe('templating', () => {
  it('whitespace control, trim_blocks and trailing newlines', () => {
    expect(render('  {%- if true -%}  x  {%- endif -%}  ')).toBe('x');
    expect(render('{% if true %}\nkept\n{% endif %}\nend')).toBe('kept\nend');
    expect(render("{{ 'x' }}\n\n")).toBe('x\n\n');
    expect(render('a{# c #}b')).toBe('ab');
  });
  it('the forms Kubespray uses', () => {
    const checksums = PyDict.from([['amd64', PyDict.from([['v1.29.1', 'a'], ['v1.28.6', 'b']])]]);
    expect(render("{{ (c['amd64'] | dict2items)[0].key }}", { c: checksums })).toBe('v1.29.1');
    expect(render("{{ (k | split('.'))[:-1] | join('.') }}", { k: '1.32.5' })).toBe('1.32');
    expect(render("{{ ((k | split('.'))[1] | int) + 1 }}", { k: '1.32.5' })).toBe('33');
    expect(render("{{ (c['amd64'].keys() | select('version', 'v1.29', '<'))[0] }}", { c: checksums })).toBe('v1.28.6');
    expect(render("{{ k | regex_replace('^v([0-9])+\\.([0-9]+)\\.[0-9]+', 'v\\1.\\2') }}", { k: 'v1.28.6' })).toBe('v1.28');
    expect(render("{{ 'new' if (k is version('v1.29.0', '>=')) else 'old' }}", { k: 'v1.28.6' })).toBe('old');
  });
  it('a bare "{{ var }}" of a number keeps the number (Templar shortcut)', () => {
    expect(scope({ f: 1.1, t: '{{ f }}' }).resolve('t')).toBe(1.1);
    expect(scope({ f: 1.1, t: 'v{{ f }}' }).resolve('t')).toBe('v1.1');
  });
  it('list-looking output is turned back into a list', () => {
    expect(scope({ t: "{{ ['a', 1] }}" }).resolve('t')).toEqual(['a', 1n]);
  });
  it('undefined inside a variable is lazy: default() rescues it, using it fails', () => {
    const s = scope({ a: '{{ missing }}', b: "{{ a | default('ok') }}", c: '{{ a }}' });
    expect(s.resolve('b')).toBe('ok');
    expect(() => s.resolve('c')).toThrow(UndefinedVariable);
  });
  it('cycles are detected', () => {
    expect(() => scope({ a: '{{ b }}', b: '{{ a }}' }).resolve('a')).toThrow(/recursive loop/);
  });
  it('refuses what it does not model instead of guessing', () => {
    expect(() => render('{{ range(3) | list }}')).toThrow(Unsupported);
    expect(() => render('{% for x in y %}{% endfor %}')).toThrow(Unsupported);
    expect(() => render('{{ d.items() }}', { d: new PyDict() })).toThrow(Unsupported);
  });
});

describe('Python re.sub via JavaScript', () => {
  it('`$` also matches before a final newline; `.` does not match newlines', () => {
    expect(pythonRegexSub('c$', 'X', 'abc\n')).toBe('abX\n');
    expect(pythonRegexSub('a.b', 'X', 'a\nb')).toBe('a\nb');
  });
  it('template syntax: \\g<name>, \\1, unmatched groups are empty', () => {
    expect(pythonRegexSub('^v(?P<major>\\d+)\\.(?P<minor>\\d+)', '\\g<minor>.\\g<major>', 'v1.28')).toBe('28.1');
    expect(pythonRegexSub('(a)|(b)', '[\\1\\2]', 'ab')).toBe('[a][b]');
  });
  it('empty matches next to a previous match are replaced (Python 3.7+)', () => {
    expect(pythonRegexSub('x*', '-', 'abxd')).toBe('-a-b--d-');
  });
  it('a leading ] in a class is literal; {,n} is a quantifier', () => {
    expect(pythonRegexSub('[]-]', '_', 'a]b-c')).toBe('a_b_c');
    expect(pythonRegexSub('a{,2}', 'X', 'aaa')).toBe('XXX');
  });
  it('bad group references fail like Python', () => {
    expect(() => pythonRegexSub('(a)', '\\2', 'a')).toThrow(TemplateFailure);
  });
  it('non-ASCII input is refused', () => {
    expect(() => pythonRegexSub('\\d', 'x', '١')).toThrow(Unsupported);
  });
});

describe('LooseVersion', () => {
  it('compares digit runs numerically and shorter prefixes first', () => {
    expect(compareLoose('1.10', '1.9')).toBe(1);
    expect(compareLoose('1.2.3', '1.2.3a')).toBe(-1);
    expect(compareLoose('v1.29.0', 'v1.29.0')).toBe(0);
  });
  it('int vs str is a TypeError, even for ==', () => {
    expect(() => compareLoose('v1.2', '1.3')).toThrow(TemplateFailure);
    expect(() => versionTest('v1.2', '1.2', '==')).toThrow(TemplateFailure);
    expect(versionTest('v1.2', 'v1.2', '==')).toBe(true);
  });
});

describe('ast.literal_eval subset', () => {
  it('parses lists, dicts, JSON names and strings', () => {
    expect(pythonLiteralEval("[1, 'a', None, true, -2.5]")).toEqual([1n, 'a', null, true, -2.5]);
    expect((pythonLiteralEval("{'a': [1]}") as PyDict).get('a')).toEqual([1n]);
  });
  it('refuses what it cannot decide', () => {
    expect(() => pythonLiteralEval('[foo]')).toThrow(Unsupported);
    expect(() => pythonLiteralEval('(1, 2)')).toThrow(Unsupported);
  });
});
