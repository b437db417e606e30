import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { BUILD_ENTRIES, buildInputsKey, isFresh } from '../../scripts/build-inputs.mjs';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Real Kubespray data per tag; read-only. Override with KUBESPRAY_DATA. */
export const KUBESPRAY_DATA = path.resolve(REPO_ROOT, process.env.KUBESPRAY_DATA ?? '../shared/kubespray-data');

/** Where a bundle is, whether or not it is current (the demo builds nothing and only checks it exists). */
export function distPath(action: string): string {
  return path.join(REPO_ROOT, 'dist', action, 'index.js');
}

let checked = false;

/**
 * The bundle a test spawns, refused when it is not what the current sources build: the CLI
 * loads the action bundles too, so every entry must be current. `npm test` rebuilds the stale
 * ones first (scripts/build-inputs.mjs); a test run on its own says what to run.
 */
export function distEntry(action: string): string {
  if (!checked) {
    const key = buildInputsKey(REPO_ROOT);
    const stale = BUILD_ENTRIES.filter((e) => !isFresh(REPO_ROOT, e, key));
    if (stale.length > 0) {
      throw new Error(`dist/ is not built from the current sources (${stale.join(', ')}): run \`node scripts/build.mjs --if-changed\` (npm test runs it first)`);
    }
    checked = true;
  }
  return distPath(action);
}
