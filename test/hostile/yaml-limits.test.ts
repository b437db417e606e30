import { describe, expect, it } from 'vitest';
import { loadAnsibleYaml } from '../../src/core/knowledge/defaults/index.js';
import { varsFileDefinitions } from '../../src/core/knowledge/inventory/variable-definitions.js';
import { parseSuiteConfig } from '../../src/core/config/suite-config.js';
import { YAML_LIMITS, YamlLimitError } from '../../src/formats/yaml/yaml-limits.js';
import { aliasBombYaml, pick, seededRandom } from '../support/hostile.js';

const FILE = 'inventory/prod/group_vars/all/bomb.yml';

function limitError(fn: () => unknown): YamlLimitError {
  try {
    fn();
  } catch (e) {
    if (e instanceof YamlLimitError) return e;
    throw e;
  }
  throw new Error('expected a YamlLimitError');
}

describe('YAML read with limits', () => {
  it('refuses the nine-by-nine alias bomb in every reader, naming the file', () => {
    const bomb = aliasBombYaml();
    for (const read of [() => loadAnsibleYaml(bomb, FILE), () => varsFileDefinitions(bomb, FILE)]) {
      const e = limitError(read);
      expect(e.message).toContain(FILE);
      expect(e.message).toMatch(/aliases expand to [\d,]+ nodes .*alias bomb/);
    }
    expect(() => parseSuiteConfig(bomb, '.github/kubespray-upgrade.yml')).toThrow(/\.github\/kubespray-upgrade\.yml: YAML aliases expand/);
  });

  it('refuses a document over the size cap before parsing it', () => {
    const big = `a: "${'x'.repeat(YAML_LIMITS.maxChars)}"\n`;
    expect(limitError(() => loadAnsibleYaml(big, FILE)).message).toMatch(/group_vars\/all\/bomb\.yml: [\d.]+ MiB of YAML is over the [\d.]+ MiB limit/);
  });

  it('refuses an alias inside its own anchor and nesting past the depth cap', () => {
    expect(limitError(() => loadAnsibleYaml('a: &a [1, *a]\n', FILE)).message).toMatch(/refers to the node that contains it/);
    const deep = `a: ${'['.repeat(YAML_LIMITS.maxDepth + 5)}${']'.repeat(YAML_LIMITS.maxDepth + 5)}\n`;
    expect(limitError(() => loadAnsibleYaml(deep, FILE)).message).toMatch(/nested more than 200 levels/);
    // Depth reached only through aliases counts too.
    const chain = ['l0: &l0 [x]', ...Array.from({ length: 210 }, (_, i) => `l${i + 1}: &l${i + 1} [*l${i}]`)].join('\n');
    expect(limitError(() => loadAnsibleYaml(chain, FILE)).message).toMatch(/nested more than 200 levels/);
  });

  it('still reads aliases and merge keys a real vars file uses', () => {
    const text = 'base: &base {a: 1, b: [x, y]}\nother:\n  <<: *base\n  c: *base\n';
    const v = loadAnsibleYaml(text, FILE) as any;
    expect(v.get('other').get('a')).toBe(1n);
    expect(v.get('other').get('c').get('b')).toEqual(['x', 'y']);
  });

  it('fuzz: random documents of anchors and aliases end in a value or one clear error, in bounded memory', () => {
    const random = seededRandom(13);
    const heapCap = process.memoryUsage().heapUsed + 512 * 1024 * 1024;
    for (let round = 0; round < 80; round++) {
      const anchors: string[] = [];
      const lines: string[] = [];
      const levels = 1 + Math.floor(random() * 14);
      for (let i = 0; i < levels; i++) {
        const fan = 1 + Math.floor(random() * 12);
        const items = Array.from({ length: fan }, () => (anchors.length && random() < 0.8 ? `*${pick(random, anchors)}` : pick(random, ['1', 'x', '"q"', '{}', '[]', 'yes'])));
        const shape = random() < 0.5 ? `[${items.join(', ')}]` : `{${items.map((it, k) => `k${k}: ${it}`).join(', ')}}`;
        lines.push(`v${i}: &a${i} ${shape}`);
        anchors.push(`a${i}`);
      }
      const text = `${lines.join('\n')}\n`;
      try {
        loadAnsibleYaml(text, `fuzz-${round}.yml`);
      } catch (e) {
        expect(e, `round ${round}:\n${text}`).toBeInstanceOf(YamlLimitError);
        expect((e as Error).message).toContain(`fuzz-${round}.yml`);
      }
      expect(process.memoryUsage().heapUsed, `round ${round}`).toBeLessThan(heapCap);
    }
  });
});
