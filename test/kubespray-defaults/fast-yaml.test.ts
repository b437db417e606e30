import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadAnsibleYaml, loadAnsibleYamlFully, resolvePlainTag } from '../../src/formats/yaml/ansible-yaml.js';
import { fastLoadYaml } from '../../src/formats/yaml/fast-yaml.js';
import { PyDict, PyOpaque, type PyValue } from '../../src/core/knowledge/jinja/values.js';
import { KUBESPRAY_DATA } from '../support/paths.js';

/** A structural view of a PyValue that keeps Python types apart (int 1 vs float 1.0 vs '1'). */
function shape(v: PyValue): unknown {
  if (typeof v === 'bigint') return `int:${v}`;
  if (typeof v === 'number') return `float:${Object.is(v, -0) ? '-0' : String(v)}`;
  if (Array.isArray(v)) return v.map(shape);
  if (v instanceof PyDict) return { dict: v.items().map(([k, x]) => [shape(k), shape(x)]) };
  if (v instanceof PyOpaque) return 'opaque';
  return v;
}

function fast(text: string): PyValue | undefined {
  return fastLoadYaml(text, (s, style) => (style === 'quoted' ? s : (loadAnsibleYamlFully(s, 'scalar') as PyValue)));
}

function yamlFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...yamlFiles(full));
    else if (/\.ya?ml$/.test(name)) out.push(full);
  }
  return out;
}

describe('fast YAML reader', () => {
  const files = yamlFiles(path.join(KUBESPRAY_DATA, 'tags'));

  it('gives exactly the full parser result on every Kubespray data file it accepts', () => {
    let accepted = 0;
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const quick = fast(text);
      if (quick === undefined) continue;
      accepted++;
      expect(shape(quick), file).toEqual(shape(loadAnsibleYamlFully(text, file)));
    }
    expect(accepted).toBeGreaterThan(files.length / 2);
  });

  it('accepts every checksums and defaults/vars file of the version-carrying roles', () => {
    const roleFiles = files.filter((f) => /\/roles\/(kubespray[-_]defaults|download|kubernetes-apps\/argocd|container-engine\/cri-o)\/(defaults|vars)\//.test(f));
    const refused = roleFiles.filter((f) => fast(readFileSync(f, 'utf8')) === undefined);
    expect(refused.map((f) => path.relative(KUBESPRAY_DATA, f))).toEqual([]);
  });

  it.each([
    ['anchors', 'a: &x 1\nb: *x\n'],
    ['tags', 'a: !!str 1\n'],
    ['multi-line plain', 'a: one\n  two\n'],
    ['multi-line quoted', 'a: "one\n  two"\n'],
    ['hex escapes', 'a: "\\x41"\n'],
    ['flow mapping', 'a: {b: 1}\n'],
    ['merge key', 'a:\n  <<: {}\n'],
    ['unquoted jinja', 'a: {{ b }}\n'],
    ['several documents', 'a: 1\n---\nb: 2\n'],
    ['tabs', 'a:\n\tb: 1\n'],
  ])('leaves %s to the full parser', (_name, text) => {
    expect(fast(text)).toBeUndefined();
  });

  it.each([
    ['block scalars', 'a: |\n  x\n   y\n\n  z\nb: >-\n  p\n  q\n\n  r\nc: |+\n  k\n\nd: >\n  f\n'],
    ['sequences', 'a:\n- 1\n- x: y\n  z: 2\n- - n\nb:\n  - "q"\n  - \'it\'\'s\'\n'],
    ['flow sequences and empties', "a: [ 'x', y, 1.5 ]\nb: []\nc: {}\nd:\ne: ~ # note\n"],
    ['double-quoted escapes', 'a: "x\\ty\\\\z\\"q"\nb: "{{ x | regex_replace(\'^v(\\\\d+)\', \'\\\\1\') }}"\n'],
    ['document start and comments', '---\n# c\na: 1 # c\n"b": yes\n\'1.30\': 1.30\n'],
  ])('reads %s exactly like the full parser', (_name, text) => {
    const quick = fast(text);
    expect(quick).toBeDefined();
    expect(shape(quick as PyValue)).toEqual(shape(loadAnsibleYamlFully(text, 't')));
  });

  it('loadAnsibleYaml uses PyYAML typing either way', () => {
    expect(resolvePlainTag('1.10')).toBe('tag:yaml.org,2002:float');
    expect(shape(loadAnsibleYaml('a: 1.10\nb: "1.10"\n', 't'))).toEqual({ dict: [['a', 'float:1.1'], ['b', '1.10']] });
  });
});
