// What a bundle in dist/ is built from, and whether dist/ still holds what this machine last
// built from those inputs. `node scripts/build.mjs --if-changed` (run by `npm test`) rebuilds
// an entry only when either changed; tests that spawn a bundle refuse a stale one
// (test/support/paths.ts), so a change under src/ is never tested against an old bundle.
//
// The key hashes every file under src/, the lockfile, package.json, the tsconfigs and the
// build scripts: all a bundle depends on. Stamps live in .tmp/build-stamps/ (not committed);
// each records the key and a hash of the entry's dist/ files as the build left them, so a
// `git checkout -- dist` or a hand edit of dist/ also counts as a change.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

export const BUILD_ENTRIES = ['detect-release', 'plan-upgrade', 'run-upgrade', 'verify', 'cli'];

const INPUT_FILES = ['package.json', 'package-lock.json', 'tsconfig.json', 'tsconfig.build.json', 'scripts/build.mjs', 'scripts/build-inputs.mjs', 'scripts/compose-source-map.mjs', 'scripts/cli-inputs.mjs'];

function filesUnder(root, rel) {
  return readdirSync(path.join(root, rel), { withFileTypes: true })
    .flatMap((d) => (d.isDirectory() ? filesUnder(root, `${rel}/${d.name}`) : [`${rel}/${d.name}`]))
    .sort();
}

function hashFiles(root, files) {
  const h = createHash('sha256');
  for (const f of files) {
    // Name and length frame each file, so moving bytes between files changes the hash.
    const content = readFileSync(path.join(root, f));
    h.update(`${f}\0${content.length}\0`);
    h.update(content);
  }
  return h.digest('hex');
}

export function buildInputsKey(root) {
  return hashFiles(root, [...filesUnder(root, 'src'), ...INPUT_FILES]);
}

function outputHash(root, name) {
  const dir = path.join('dist', name);
  return existsSync(path.join(root, dir)) ? hashFiles(root, filesUnder(root, dir)) : 'missing';
}

const stampFile = (root, name) => path.join(root, '.tmp', 'build-stamps', `${name}.json`);

export function isFresh(root, name, key = buildInputsKey(root)) {
  const file = stampFile(root, name);
  if (!existsSync(file)) return false;
  const stamp = JSON.parse(readFileSync(file, 'utf8'));
  return stamp.key === key && stamp.output === outputHash(root, name);
}

export function writeStamp(root, name, key) {
  mkdirSync(path.dirname(stampFile(root, name)), { recursive: true });
  writeFileSync(stampFile(root, name), JSON.stringify({ key, output: outputHash(root, name) }) + '\n');
}
