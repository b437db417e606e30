import type { Git } from '../git/git.js';
import { matchesAny } from '../managers/glob.js';
import { bumpImageReferences, defaultKubesprayRule, type ImageChange, type ImageRule } from '../managers/image-references.js';

export interface ImageRuleSet {
  defaultRule: boolean;
  custom: ReadonlyArray<{ files?: readonly string[]; match: RegExp }>;
  exclude: readonly string[];
}

export interface FileImageChange extends ImageChange {
  file: string;
}

/**
 * Applies the image rules to the tracked files of `rev` (never the work tree). Only files
 * that mention the current version are read: `git grep` on the commit finds them in one
 * call and skips binaries. Submodule contents are never searched (gitlinks are opaque).
 */
export async function bumpImagesAtRevision(git: Git, rev: string, from: string, to: string, rules: ImageRuleSet): Promise<{ files: Map<string, string>; changes: FileImageChange[] }> {
  const needle = from.replace(/^v/, '');
  const candidates = (await git.grepFiles(rev, { fixed: needle })).filter((p) => !matchesAny(p, rules.exclude));

  const files = new Map<string, string>();
  const changes: FileImageChange[] = [];
  for (const file of candidates) {
    const applicable: ImageRule[] = rules.custom
      .filter((r) => !r.files || matchesAny(file, r.files))
      .map((r, i) => ({ name: `images.rules[${i}]`, pattern: new RegExp(r.match.source, r.match.flags) }));
    if (rules.defaultRule) applicable.push(defaultKubesprayRule(from));
    if (applicable.length === 0) continue;
    const text = await git.catFileBlob(rev, file);
    const bumped = bumpImageReferences(text, from, to, applicable);
    if (bumped.changes.length === 0) continue;
    files.set(file, bumped.text);
    changes.push(...bumped.changes.map((c) => ({ ...c, file })));
  }
  return { files, changes };
}
