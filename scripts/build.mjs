// Compiles src/ with tsc, then bundles each entrypoint with ncc into dist/<name>/index.js.
// tsc runs first so ncc only sees plain ESM and never has to resolve `.js` -> `.ts`.
import { execFileSync } from 'node:child_process';
import { rmSync, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
export const ENTRYPOINTS = ['detect-release', 'plan-upgrade', 'run-upgrade', 'verify', 'cli'];

function run(cmd, args) {
  execFileSync(cmd, args, { cwd: root, stdio: 'inherit' });
}

rmSync(path.join(root, 'build'), { recursive: true, force: true });
run(bin('tsc'), ['-p', 'tsconfig.build.json']);
for (const name of ENTRYPOINTS) {
  const entry = name === 'cli' ? 'build/cli/index.js' : `build/actions/${name}/index.js`;
  if (!existsSync(path.join(root, entry))) throw new Error(`missing compiled entrypoint ${entry}`);
  rmSync(path.join(root, 'dist', name), { recursive: true, force: true });
  run(bin('ncc'), ['build', entry, '-o', `dist/${name}`, '--license', 'licenses.txt', '--quiet']);
}
