import * as core from './toolkit.js';

/**
 * The suite's release, kept equal to package.json's version (test/meta/release.test.ts checks
 * it; scripts/release-notes.mjs refuses a release whose CHANGELOG section disagrees).
 * Deliberately no git commit in the bundle: a commit baked into dist/ would make the committed
 * dist/ differ from every rebuild. The runner says which ref it fetched the action at instead.
 */
export const SUITE_VERSION = '0.1.0';
export const SUITE_NAME = 'kubespray-upgrade-actions';

/** A ref or repository name as the runner reports it, or undefined when absent or odd-looking. */
function plainName(value: string | undefined): string | undefined {
  return value && /^[\w.@/+-]{1,255}$/.test(value) ? value : undefined;
}

/**
 * One line naming the suite version and where the runner fetched the action from:
 * GITHUB_ACTION_REPOSITORY@GITHUB_ACTION_REF (a full SHA when the caller pins one; the tag
 * otherwise). Both are empty for a local `uses: ./...` action and for the CLI.
 */
export function suiteVersionLine(action: string, env: Readonly<Record<string, string | undefined>>): string {
  const repo = plainName(env.GITHUB_ACTION_REPOSITORY);
  const ref = plainName(env.GITHUB_ACTION_REF);
  const from = repo && ref ? `from ${repo}@${ref}` : 'from a local checkout (the runner names no action repository and ref)';
  return `${SUITE_NAME} ${SUITE_VERSION}: ${action} ${from}`;
}

/** Logged once at the start of each action. */
export function logSuiteVersion(action: string): void {
  core.info(suiteVersionLine(action, process.env));
}
