import { ActionError } from '../../errors.js';
import type { Git } from '../../git/git.js';

/**
 * The commits two or more tags point at (annotated tags peeled), in one `git rev-parse`.
 * A missing tag is an ActionError that says how to fetch it into a shallow clone.
 */
export async function resolveTagCommits(git: Git, revs: readonly string[]): Promise<string[]> {
  for (const rev of revs) {
    if (rev.trim() === '' || rev.startsWith('-') || /[\s\0]/.test(rev)) throw new ActionError(`refusing to use ${JSON.stringify(rev)} as a git revision`);
  }
  // Revisions starting with "-" were refused above, so none can be read as an option.
  const shas = await git.resolveCommits(revs);
  if (shas) return shas;
  const missing: string[] = [];
  for (const rev of revs) {
    if ((await git.resolveCommit(rev)) === undefined) missing.push(rev);
  }
  throw new ActionError(
    `${(missing.length ? missing : revs).join(' and ')} ${missing.length === 1 ? 'is' : 'are'} not a tag or commit in ${git.cwd}; fetch ` +
      `${missing.length === 1 ? 'it' : 'them'} first, e.g. git fetch --depth=1 <kubespray url> refs/tags/<tag>:refs/tags/<tag>`,
  );
}
