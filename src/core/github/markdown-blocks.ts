/**
 * Block structure of untrusted Markdown, reduced to what matters for neutralising it:
 * which lines are fenced code (GitHub never links mentions or references there) and
 * which are text. The output is rewritten so GitHub must agree with this reading:
 * every fence we open is closed by a line we emit, and fence-like lines we read as text
 * are escaped so GitHub cannot read them as fences either.
 */
export interface Block {
  kind: 'text' | 'code';
  lines: string[];
}

const OPENER = /^( {0,3})(`{3,}|~{3,})(.*)$/;
const CLOSER = /^([ \t]*)(`{3,}|~{3,})[ \t]*$/;
/** A fence run after any mix of indentation, blockquote and list markers. */
const FENCE_LIKE = /^([ \t>*+\-0-9.)]*?)(`{3,}|~{3,})/;

export function splitBlocks(lines: readonly string[]): Block[] {
  const blocks: Block[] = [];
  const text = (line: string) => {
    const last = blocks.at(-1);
    if (last?.kind === 'text') last.lines.push(line);
    else blocks.push({ kind: 'text', lines: [line] });
  };
  const plain = (line: string) => {
    const like = FENCE_LIKE.exec(line);
    text(like ? `${like[1]}\\${line.slice(like[1]!.length)}` : line);
  };
  let fence: { indent: number; run: string } | undefined;
  for (const line of lines) {
    if (fence) {
      const close = CLOSER.exec(line);
      if (close && close[2]![0] === fence.run[0] && close[2]!.length >= fence.run.length && indentWidth(line) <= fence.indent + 3) {
        // Re-emitted at the opener's indentation, where GitHub reads it as a closer whether or not the fence sits in a list item.
        blocks.at(-1)!.lines.push(' '.repeat(fence.indent) + close[2]);
        fence = undefined;
        continue;
      }
      if (line.trim() === '' || indentWidth(line) >= fence.indent) {
        blocks.at(-1)!.lines.push(line);
        continue;
      }
      // A dedented line may end the list item holding the fence, and GitHub would end the
      // fence with it; close it explicitly so both readings agree that this line is text.
      blocks.at(-1)!.lines.push(' '.repeat(fence.indent) + fence.run);
      fence = undefined;
    }
    const open = OPENER.exec(line);
    if (open && !(open[2]![0] === '`' && open[3]!.includes('`'))) {
      fence = { indent: open[1]!.length, run: open[2]! };
      // Only the info string's first word is rendered (as the language class); the rest
      // would be hidden, so it is shown as a line of text above the fence instead.
      const info = open[3]!.trim();
      const language = /^[A-Za-z0-9_+.#-]*/.exec(info)![0];
      if (info !== language) plain(info);
      blocks.push({ kind: 'code', lines: [info === language ? line : `${open[1]}${open[2]}${language}`] });
      continue;
    }
    plain(line);
  }
  // An unclosed fence would swallow everything after these notes in the pull request body.
  if (fence) blocks.at(-1)!.lines.push(' '.repeat(fence.indent) + fence.run);
  return blocks;
}

/** Columns of leading whitespace, with tabs to the next multiple of 4 as CommonMark counts them. */
export function indentWidth(line: string): number {
  let w = 0;
  for (const ch of line) {
    if (ch === ' ') w++;
    else if (ch === '\t') w += 4 - (w % 4);
    else break;
  }
  return w;
}
