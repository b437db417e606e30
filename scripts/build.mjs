// Compiles src/ with tsc, then bundles each entrypoint with ncc into dist/<name>/index.js.
// tsc runs first so ncc only sees plain ESM and never has to resolve `.js` -> `.ts`.
// Bundles are minified: @kubernetes/client-node alone is ~20 MB unminified, and dist/ is
// committed on every change.
//
//   node scripts/build.mjs                  every entrypoint; any type error fails the build
//   node scripts/build.mjs verify cli       only these entrypoints
//   node scripts/build.mjs --allow-type-errors verify
//                                           local development only: bundle even when some
//                                           other file under src/ does not type-check yet
//
// The compiled tree always lives at build/ so bundles are byte-identical between machines
// (ncc embeds relative module paths); a lock directory serialises concurrent builds.
import { execFileSync, spawnSync } from 'node:child_process';
import { rmSync, existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { GENERATED, renderCliInputs } from './cli-inputs.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const ALL = ['detect-release', 'plan-upgrade', 'run-upgrade', 'verify', 'cli'];

const allowTypeErrors = process.argv.includes('--allow-type-errors');
const requested = process.argv.slice(2).filter((a) => a !== '--allow-type-errors');
const unknown = requested.filter((n) => !ALL.includes(n));
if (unknown.length > 0) {
  console.error(`unknown entrypoint(s): ${unknown.join(', ')}; known: ${ALL.join(', ')}`);
  process.exit(2);
}
const entrypoints = requested.length > 0 ? requested : ALL;

const lock = path.join(root, '.build.lock');
acquireLock();
const out = path.join(root, 'build');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// ncc picks the output module format from the nearest package.json, as Node does.
writeFileSync(path.join(out, 'package.json'), '{"type":"module"}\n');
try {
  // The CLI's flags and help come from actions/*/action.yml (the one place inputs are declared).
  writeFileSync(GENERATED, renderCliInputs());
  const tsc = spawnSync(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', out], { cwd: root, stdio: 'inherit' });
  if (tsc.status !== 0 && !allowTypeErrors) {
    console.error('tsc reported type errors; dist/ was not updated');
    process.exit(1);
  }
  if (tsc.status !== 0) console.error('WARNING: bundling despite type errors (--allow-type-errors); never commit such a dist/');
  for (const name of entrypoints) {
    const entry = path.join(out, name === 'cli' ? 'cli/index.js' : `actions/${name}/index.js`);
    if (!existsSync(entry)) throw new Error(`missing compiled entrypoint ${entry}`);
    rmSync(path.join(root, 'dist', name), { recursive: true, force: true });
    execFileSync(bin('ncc'), ['build', entry, '-o', path.join(root, 'dist', name), '--license', 'licenses.txt', '--minify', '--quiet'], {
      cwd: root,
      stdio: 'inherit',
    });
  }
} finally {
  rmSync(lock, { recursive: true, force: true });
}

function acquireLock() {
  const deadline = Date.now() + 10 * 60_000;
  for (;;) {
    try {
      mkdirSync(lock);
      writeFileSync(path.join(lock, 'pid'), String(process.pid));
      return;
    } catch (e) {
      if (e.code !== 'EEXIST') throw e;
      if (holderIsDead()) {
        rmSync(lock, { recursive: true, force: true });
        continue;
      }
      if (Date.now() > deadline) throw new Error(`another build holds ${lock}`);
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 200);
    }
  }
}

function holderIsDead() {
  try {
    process.kill(Number(readFileSync(path.join(lock, 'pid'), 'utf8')), 0);
    return false;
  } catch (e) {
    return e.code === 'ESRCH' || e.code === 'ENOENT';
  }
}
