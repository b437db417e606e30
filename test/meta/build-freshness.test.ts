import { describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildInputsKey, isFresh, writeStamp } from '../../scripts/build-inputs.mjs';
import { makeTempDir } from '../support/tmp.js';

// What keeps `npm test` from testing an old bundle: build.mjs --if-changed rebuilds an entry
// whose stamp no longer matches, and test/support/paths.ts refuses to spawn such a bundle.
describe('bundle freshness (scripts/build-inputs.mjs)', () => {
  function tree(): { root: string; write(rel: string, text: string): void; cleanup(): void } {
    const tmp = makeTempDir('ksu-fresh-');
    const write = (rel: string, text: string) => {
      mkdirSync(path.dirname(path.join(tmp.dir, rel)), { recursive: true });
      writeFileSync(path.join(tmp.dir, rel), text);
    };
    for (const f of ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs', 'scripts/build-inputs.mjs', 'scripts/compose-source-map.mjs', 'scripts/cli-inputs.mjs']) write(f, `${f}\n`);
    write('src/cli/index.ts', 'export const a = 1;\n');
    write('dist/cli/index.js', 'bundle\n');
    return { root: tmp.dir, write, cleanup: tmp.cleanup };
  }

  it('a stamped build is fresh until a source, the lockfile, the build script or the bundle changes', () => {
    const t = tree();
    try {
      expect(isFresh(t.root, 'cli')).toBe(false); // never built on this machine
      writeStamp(t.root, 'cli', buildInputsKey(t.root));
      expect(isFresh(t.root, 'cli')).toBe(true);
      for (const [rel, changed, original] of [
        ['src/cli/index.ts', 'export const a = 2;\n', 'export const a = 1;\n'],
        ['package-lock.json', '{}\n', 'package-lock.json\n'],
        ['scripts/build.mjs', '// edited\n', 'scripts/build.mjs\n'],
        ['dist/cli/index.js', 'hand-edited bundle\n', 'bundle\n'],
      ] as const) {
        t.write(rel, changed);
        expect(isFresh(t.root, 'cli'), rel).toBe(false);
        t.write(rel, original);
        expect(isFresh(t.root, 'cli'), rel).toBe(true);
      }
      // A new file under src/ is an input too, and so is a bundle that is gone.
      t.write('src/core/new.ts', 'export {};\n');
      expect(isFresh(t.root, 'cli')).toBe(false);
      expect(isFresh(t.root, 'verify')).toBe(false);
    } finally {
      t.cleanup();
    }
  });
});
