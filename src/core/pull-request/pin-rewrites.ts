import type { Git } from '../git/git.js';
import type { Hazard } from '../knowledge/upgrade-report-types.js';

export interface PinRewrite {
  file: string;
  line: number;
  before: string;
  after: string;
}

/**
 * Applies the report's pin fixes to the inventory as of the base commit, line by line, so
 * every other byte (comments, quoting, ordering) stays as the team wrote it. A fix whose
 * line no longer holds the variable is skipped and reported, never guessed.
 *
 * `replace-line` writes the suggested line; `delete-line` comments the pin out and says
 * why, so the reviewer sees what was pinned and Kubespray's default applies.
 */
export async function rewritePins(
  git: Git,
  rev: string,
  hazards: readonly Hazard[],
  to: string,
  edited: ReadonlyMap<string, string>,
): Promise<{ files: Map<string, string>; rewrites: PinRewrite[]; skipped: string[] }> {
  const files = new Map<string, string>();
  const rewrites: PinRewrite[] = [];
  const skipped: string[] = [];
  const fixes = hazards.filter((h) => h.fix && h.file && h.line && h.variable && (h.fix === 'delete-line' || h.suggestion !== undefined));
  for (const h of fixes) {
    const file = h.file!;
    let text = files.get(file) ?? edited.get(file);
    if (text === undefined) {
      text = await git.readBlob(rev, file);
      if (text === undefined) {
        skipped.push(`${file}:${h.line}: not a tracked file at the base commit`);
        continue;
      }
    }
    const lines = text.split('\n');
    const before = lines[h.line! - 1];
    const holds = before !== undefined && new RegExp(`^\\s*["']?${h.variable!.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}["']?\\s*[:=]`).test(before);
    if (!holds) {
      skipped.push(`${file}:${h.line}: the line no longer sets ${h.variable}; left for a reviewer`);
      continue;
    }
    const indent = /^\s*/.exec(before)![0];
    const after = h.fix === 'delete-line' ? `${indent}# ${before.trimStart()}  # unpinned for Kubespray ${to}: its default applies` : h.suggestion!;
    if (after === before) continue;
    lines[h.line! - 1] = after;
    files.set(file, lines.join('\n'));
    rewrites.push({ file, line: h.line!, before, after });
  }
  return { files, rewrites, skipped };
}
