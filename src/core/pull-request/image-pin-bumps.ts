import type { Git } from '../git/git.js';
import type { ImagePin } from '../managers/image-pins.js';
import type { FileImageChange } from './image-files.js';
import { bumpVersionOnLines } from '../managers/image-references.js';

/**
 * In an image-only repo the image pins are the release itself: every pin line the image
 * rules did not already move (a variable's assignment, a Helm or Kustomize tag, or a
 * reference when the default rule is off) is moved here, on top of the rules' result.
 */
export async function bumpImagePins(
  git: Git,
  rev: string,
  pins: readonly ImagePin[],
  from: string,
  to: string,
  bumped: { files: Map<string, string>; changes: FileImageChange[] },
): Promise<void> {
  const moved = new Set(bumped.changes.map((c) => `${c.file}:${c.line}`));
  const byFile = new Map<string, ImagePin[]>();
  for (const p of pins) if (!moved.has(`${p.file}:${p.line}`)) byFile.set(p.file, [...(byFile.get(p.file) ?? []), p]);
  for (const [file, filePins] of byFile) {
    const text = bumped.files.get(file) ?? (await git.catFileBlob(rev, file));
    const rule = filePins[0]!.variable ? `image pin (${filePins[0]!.variable})` : `image pin (${filePins[0]!.form})`;
    const r = bumpVersionOnLines(text, filePins.map((p) => p.line), from, to, rule);
    if (r.changes.length === 0) continue;
    bumped.files.set(file, r.text);
    bumped.changes.push(...r.changes.map((c) => ({ ...c, file })));
  }
  bumped.changes.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}
