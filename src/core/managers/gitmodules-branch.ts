/**
 * Keeps a `.gitmodules` `branch =` line consistent with the hop (a "manager": text in, text
 * out). A line naming the pinned tag moves with the submodule; any other value is a branch
 * the team chose, which this never rewrites, and the pull request says why.
 */
export interface GitmodulesBranchResult {
  text: string;
  change?: { line: number; before: string; after: string };
  /** A branch line naming something other than the pinned tag: left as it is. */
  kept?: { line: number; value: string };
}

export function bumpGitmodulesBranch(text: string, submoduleName: string, from: string, to: string): GitmodulesBranchResult {
  const lines = text.split('\n');
  let inSection = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const header = /^\s*\[\s*submodule\s+"((?:[^"\\]|\\.)*)"\s*\]/.exec(line);
    if (header) {
      inSection = header[1]!.replace(/\\(.)/g, '$1') === submoduleName;
      continue;
    }
    if (/^\s*\[/.test(line)) {
      inSection = false;
      continue;
    }
    const m = inSection ? /^(\s*branch\s*=\s*)("?)([^"#;\s]*)\2(.*)$/i.exec(line) : null;
    if (!m) continue;
    const value = m[3]!;
    if (value.replace(/^v/, '') === from.replace(/^v/, '')) {
      const after = `${m[1]}${m[2]}${value.startsWith('v') ? `v${to.replace(/^v/, '')}` : to.replace(/^v/, '')}${m[2]}${m[4]}`;
      lines[i] = after;
      return { text: lines.join('\n'), change: { line: i + 1, before: line, after } };
    }
    return { text, kept: { line: i + 1, value } };
  }
  return { text };
}

/** Why a kept branch line was not moved, for the log and the pull request; `quote` formats the untrusted value. */
export function keptBranchNote(kept: { line: number; value: string }, from: string, to: string, quote: (s: string) => string = (s) => s): string {
  return (
    `.gitmodules line ${kept.line} sets branch = ${quote(kept.value)} for the submodule: it names a branch, not the pinned tag ${from}, so this hop left it as it is. ` +
    `"git submodule update --remote" would move the submodule to that branch's tip, away from ${to}; set it to ${to}, or remove it if the team does not track a branch.`
  );
}
