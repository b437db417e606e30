/**
 * How GitHub (cmark-gfm) splits a table row into cells: a backslash followed by ASCII
 * punctuation is one escaped unit, so `\\|` ends a cell but `\|` does not; then each cell's
 * `\|` becomes `|` before inline parsing. Used to prove rendered tables keep their shape.
 */
const PUNCT = /[!-/:-@[-`{-~]/;

export function gfmCells(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let i = row.trimStart().startsWith('|') ? row.indexOf('|') + 1 : 0;
  for (; i < row.length; i++) {
    const c = row[i]!;
    if (c === '\\' && i + 1 < row.length && PUNCT.test(row[i + 1]!)) {
      cell += c + row[i + 1];
      i++;
    } else if (c === '|') {
      cells.push(cell);
      cell = '';
    } else cell += c;
  }
  if (cell.trim() !== '') cells.push(cell);
  return cells.map((x) => x.replace(/\\\|/g, '|').trim());
}

/** The text of a cell that is exactly one code span, as CommonMark shows it. */
export function codeSpanText(cell: string): string | undefined {
  const m = /^(`+)([\s\S]*?[^`])\1$|^(`+)(.)\3$/.exec(cell);
  if (!m) return undefined;
  const inner = m[2] ?? m[4]!;
  return /^ [\s\S]* $/.test(inner) && inner.trim() !== '' ? inner.slice(1, -1) : inner;
}
