/**
 * Markdown helpers for job summaries and PR bodies. Cells are already Markdown (code spans,
 * links), so escaping a cell only keeps the table's structure: a pipe cannot end the cell
 * and a line break cannot end the row. Backslashes are left alone, since GitHub shows them
 * literally inside code spans; only a run right before a pipe is doubled, because GFM reads
 * `\\` as one escaped backslash and the pipe after it would then split the cell.
 */
export function escapeCell(text: string): string {
  return text.replace(/(\\*)\|/g, (_, run: string) => `${run}${run}\\|`).replace(/\r?\n/g, ' ');
}

export function table(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.map(escapeCell).join(' | ')} |`;
  return [line(header), `|${header.map(() => ' --- ').join('|')}|`, ...rows.map(line)].join('\n');
}

/**
 * A code span that shows `text` exactly, whatever it holds: the fence is one backtick longer
 * than the longest run inside, and a space pads a value that starts or ends with a backtick
 * (or with spaces on both sides, which CommonMark would strip).
 */
export function code(text: string): string {
  const flat = text.replace(/\r?\n/g, ' ');
  if (flat === '') return '*(empty)*';
  const longest = Math.max(0, ...(flat.match(/`+/g) ?? []).map((r) => r.length));
  const fence = '`'.repeat(longest + 1);
  const pad = /^`|`$/.test(flat) || (/^ /.test(flat) && / $/.test(flat) && flat.trim() !== '') ? ' ' : '';
  return `${fence}${pad}${flat}${pad}${fence}`;
}

/** A link whose label is already Markdown; the URL's parentheses and spaces are encoded so they cannot end it. */
export function link(label: string, url: string): string {
  return `[${label}](${url.replace(/[()\s<>]/g, (c) => encodeURIComponent(c))})`;
}
