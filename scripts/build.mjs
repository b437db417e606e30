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
//   node scripts/build.mjs --if-changed     only the entrypoints whose inputs or dist/ output
//                                           changed since this machine last built them (what
//                                           `npm test` runs first; see scripts/build-inputs.mjs)
//
// Each bundle has a source map (index.js.map, composed down to src/*.ts) that ncc's
// sourcemap-register.cjs installs, so a stack trace names src/...ts:line.
//
// The compiled tree always lives at build/ so bundles are byte-identical between machines
// (ncc embeds relative module paths); a lock directory serialises concurrent builds.
import { execFile, spawnSync } from 'node:child_process';
import { rmSync, existsSync, mkdirSync, writeFileSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { promisify } from 'node:util';
import { fileURLToPath } from 'node:url';
import path from 'node:path';
import { GENERATED, renderCliInputs } from './cli-inputs.mjs';
import { composeSourceMap } from './compose-source-map.mjs';
import { BUILD_ENTRIES, buildInputsKey, isFresh, writeStamp } from './build-inputs.mjs';

const root = path.dirname(path.dirname(fileURLToPath(import.meta.url)));
const bin = (name) => path.join(root, 'node_modules', '.bin', name);
const ALL = BUILD_ENTRIES;

const allowTypeErrors = process.argv.includes('--allow-type-errors');
const ifChanged = process.argv.includes('--if-changed');
const requested = process.argv.slice(2).filter((a) => a !== '--allow-type-errors' && a !== '--if-changed');
const unknown = requested.filter((n) => !ALL.includes(n));
if (unknown.length > 0) {
  console.error(`unknown entrypoint(s): ${unknown.join(', ')}; known: ${ALL.join(', ')}`);
  process.exit(2);
}

const lock = path.join(root, '.build.lock');
let typeClean = false;
acquireLock();
// The CLI's flags and help come from actions/*/action.yml (the one place inputs are declared);
// generated before the key is taken, so an edited action.yml is one change, built once.
writeFileSync(GENERATED, renderCliInputs());
// Computed under the lock: a concurrent build cannot change dist/ between the check and the build.
const key = buildInputsKey(root);
const entrypoints = (requested.length > 0 ? requested : ALL).filter((name) => !ifChanged || !isFresh(root, name, key));
if (entrypoints.length === 0) {
  console.log(`dist/ is current for ${(requested.length > 0 ? requested : ALL).join(', ')} (inputs ${key.slice(0, 12)})`);
  rmSync(lock, { recursive: true, force: true });
  process.exit(0);
}
if (ifChanged) console.log(`rebuilding ${entrypoints.join(', ')}: sources, lockfile or build script changed, or dist/ differs from the last build`);
const out = path.join(root, 'build');
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
// ncc picks the output module format from the nearest package.json, as Node does.
writeFileSync(path.join(out, 'package.json'), '{"type":"module"}\n');
try {
  const tsc = spawnSync(bin('tsc'), ['-p', 'tsconfig.build.json', '--outDir', out], { cwd: root, stdio: 'inherit' });
  if (tsc.status !== 0 && !allowTypeErrors) {
    console.error('tsc reported type errors; dist/ was not updated');
    process.exit(1);
  }
  if (tsc.status !== 0) console.error('WARNING: bundling despite type errors (--allow-type-errors); never commit such a dist/');
  typeClean = tsc.status === 0;
  // ncc is single-threaded: bundle as many entries at once as there are cores.
  const queue = [...entrypoints];
  const worker = async () => {
    for (let name = queue.shift(); name; name = queue.shift()) await bundle(name);
  };
  await Promise.all(Array.from({ length: Math.min(availableParallelism(), queue.length) }, worker));
} finally {
  rmSync(lock, { recursive: true, force: true });
}

async function bundle(name) {
  const entry = path.join(out, name === 'cli' ? 'cli/index.js' : `actions/${name}/index.js`);
  if (!existsSync(entry)) throw new Error(`missing compiled entrypoint ${entry}`);
  const dist = path.join(root, 'dist', name);
  rmSync(dist, { recursive: true, force: true });
  const r = await promisify(execFile)(bin('ncc'), ['build', entry, '-o', dist, '--license', 'licenses.txt', '--minify', '--source-map', '--quiet'], {
    cwd: root,
    maxBuffer: 64 * 1024 * 1024,
  });
  process.stdout.write(r.stdout);
  process.stderr.write(r.stderr);
  const mapFile = path.join(dist, 'index.js.map');
  writeFileSync(mapFile, JSON.stringify(composeSourceMap(JSON.parse(readFileSync(mapFile, 'utf8')), root, dist)));
  // Stamped only after a type-clean build: --allow-type-errors output is never taken as current.
  if (typeClean) writeStamp(root, name, key);
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
