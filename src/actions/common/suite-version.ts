import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Reporter } from '../../core/reporter.js';
import { openGit } from '../../adapters/git/git-command-manager.js';

/**
 * The suite's release, kept equal to package.json's version (test/meta/release.test.ts checks
 * it; scripts/release-notes.mjs --check refuses a release where they differ).
 * Deliberately no git commit in the bundle: a commit baked into dist/ would make the committed
 * dist/ differ from every rebuild. The commit is found at run time instead (suiteOrigin).
 */
export const SUITE_VERSION = '0.1.0';
export const SUITE_NAME = 'kubespray-upgrade-actions';

/** A ref, repository name or commit as reported, or undefined when absent or odd-looking. */
function plainName(value: string | undefined): string | undefined {
  return value && /^[\w.@/+-]{1,255}$/.test(value) ? value : undefined;
}

/**
 * Where this run's suite came from, as one phrase:
 * - `uses: owner/repo/actions/x@ref`: the runner reports GITHUB_ACTION_REPOSITORY and
 *   GITHUB_ACTION_REF (the full SHA when the caller pins one, else the tag);
 * - the reusable workflows run `./kubespray-upgrade-actions/actions/x` from a git checkout of
 *   the suite at `suite-ref`, as the CLI runs from a clone: then the checkout's commit, read
 *   with git, provided the checkout is this suite (its package.json says so; an npm install
 *   inside somebody else's repo must not report their commit).
 */
export function suiteOrigin(env: Readonly<Record<string, string | undefined>>, checkout?: { top: string; head: string }): string {
  const repo = plainName(env.GITHUB_ACTION_REPOSITORY);
  const ref = plainName(env.GITHUB_ACTION_REF);
  if (repo && ref) return `from ${repo}@${ref}`;
  const head = plainName(checkout?.head);
  if (checkout && head) return `from a checkout at commit ${head}`;
  return 'at an unknown commit (the runner names no action ref and the suite is not a git checkout)';
}

export function suiteVersionLine(action: string, env: Readonly<Record<string, string | undefined>>, checkout?: { top: string; head: string }): string {
  return `${SUITE_NAME} ${SUITE_VERSION}: ${action} ${suiteOrigin(env, checkout)}`;
}

/** The git checkout of this suite that `dir` is in, if it is one. */
async function suiteCheckout(dir: string): Promise<{ top: string; head: string } | undefined> {
  // No git, or no such directory: simply no checkout to name.
  const git = openGit(dir);
  const top = await git.showToplevel().catch(() => undefined);
  const head = top && (await git.resolveCommit('HEAD').catch(() => undefined));
  if (!top || !head || !/^[0-9a-f]{40}$/.test(head)) return undefined;
  try {
    const pkg = JSON.parse(readFileSync(path.join(top, 'package.json'), 'utf8')) as { name?: unknown };
    return pkg.name === SUITE_NAME ? { top, head } : undefined;
  } catch {
    return undefined;
  }
}

/** Logged once at the start of each action. */
export async function logSuiteVersion(log: Reporter, action: string): Promise<void> {
  const dir = process.env.GITHUB_ACTION_PATH || path.dirname(process.argv[1] ?? '.');
  const fetched = plainName(process.env.GITHUB_ACTION_REPOSITORY) && plainName(process.env.GITHUB_ACTION_REF);
  log.info(suiteVersionLine(action, process.env, fetched ? undefined : await suiteCheckout(dir)));
}
