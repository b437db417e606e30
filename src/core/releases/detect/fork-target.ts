import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { code } from '../../text/markdown.js';
import { describeRepository } from '../../cluster-repo/repository-url.js';
import { redactUrl, type ReleaseTag } from '../datasources/git-tags.js';
import type { Hazard } from '../../knowledge/upgrade-report-types.js';
import type { ForkInfo } from './fork-release.js';

/**
 * Whether the fork's remote can give the hop's target commit. After merge, `git submodule
 * update` fetches the gitlink's commit from the URL in `.gitmodules`, the fork's: it asks for
 * the advertised refs first, then for the commit by id, which only some servers serve (GitHub
 * serves any commit of the fork network; many mirrors serve only what a ref reaches).
 * - `ref`: a tag or branch of the fork points at it, every client finds it;
 * - `by-id`: no ref does, but the server gave the commit when asked by id;
 * - `missing`: the server refused it; the submodule update fails after merge;
 * - `unchecked`: the fork's refs could not be listed, so neither verdict can be given.
 */
export type TargetOnFork = { kind: 'ref'; ref: string } | { kind: 'by-id' } | { kind: 'missing' } | { kind: 'unchecked'; exitCode: number };

export async function targetOnFork(fork: ForkInfo, target: ReleaseTag): Promise<TargetOnFork> {
  const tag = fork.forkTags.find((t) => t.commit === target.commit);
  if (tag) return { kind: 'ref', ref: `refs/tags/${tag.name}` };
  const heads = await fork.history.lsRemoteHeads(fork.url, []);
  // A failed listing says nothing about the commit: reporting "missing" would name the wrong cause.
  if (heads.exitCode !== 0) return { kind: 'unchecked', exitCode: heads.exitCode };
  const head = heads.stdout.split('\n').map((l) => l.split('\t')).find(([sha]) => sha === target.commit);
  if (head?.[1]) return { kind: 'ref', ref: head[1].trim() };
  // The same fetch `git submodule update` falls back to, into an empty repository: a
  // repository that already holds the commit would not ask the server at all.
  const dir = await mkdtemp(path.join(os.tmpdir(), 'ksu-fork-target-'));
  try {
    const probe = fork.history.at(dir);
    await probe.initBare();
    const r = await probe.fetch(fork.url, [target.commit], { depth: 1, quiet: true });
    // The server's words vary from one run to the next (and would make each rerun's body differ): the verdict is what counts.
    return r.exitCode === 0 ? { kind: 'by-id' } : { kind: 'missing' };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * `fork-lacks-target`: the gitlink moves to a commit the fork's remote does not have under
 * any ref. The fix is on the fork (push upstream's tag to it); switching the submodule URL to
 * upstream instead would silently end the team's use of its fork, so it is only named.
 */
export function forkTargetHazard(fork: ForkInfo, target: ReleaseTag, found: TargetOnFork, submodulePath: string): Hazard | undefined {
  if (found.kind === 'ref') return undefined;
  const where = describeRepository(fork.repository);
  const fix =
    `Push upstream's tag to the fork before merging: ${code(`git fetch ${redactUrl(fork.upstreamUrl)} tag ${target.tag} && git push <fork remote> ${target.tag}`)} ` +
    `(GitHub's "Sync fork" moves branches only, and ${target.tag} is on a release branch).`;
  const at = `${target.tag} (${target.commit.slice(0, 12)})`;
  const hazard = (id: string, severity: Hazard['severity'], text: string): Hazard => ({ id, severity, file: submodulePath, message: `${text} ${fix}` });
  switch (found.kind) {
    case 'unchecked':
      return hazard('fork-target-unchecked', 'warning',
        `Whether the fork ${where} has ${at} could not be checked: listing its branches failed (git ls-remote exit ${found.exitCode}). ` +
          `Check by hand before merging; if the fork lacks the commit, \`git submodule update\` fails after merge.`);
    case 'by-id':
      return hazard('fork-lacks-target', 'warning',
        `The fork ${where} has no tag or branch at ${at}; its server gives the commit only when asked by id. ` +
          `\`git submodule update\` works, but a clone of the tag, \`git submodule update --remote\` and mirrors that copy refs do not.`);
    case 'missing':
      return hazard('fork-lacks-target', 'error',
        `The fork ${where} does not have ${at}, the commit this hop pins: no tag or branch points at it and its server refuses it when asked by id. ` +
          `After merge, \`git submodule update\` fetches from the fork and fails.`);
  }
}
