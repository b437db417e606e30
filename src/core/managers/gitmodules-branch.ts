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

/**
 * The names the pin a hop moves from goes by. A fork pinned at its own tag and hopping to an
 * upstream release answers to its tag and to the upstream release it is built on (a
 * `branch =` naming either is the old pin, and moves); any other value is the team's branch.
 */
export interface OldPin {
  names: readonly string[];
  /** `host/owner/name` of the fork, when the hop moves a fork's pin to an upstream release. */
  forkToUpstream?: string;
}

export function bumpGitmodulesBranch(text: string, submoduleName: string, from: string | OldPin, to: string): GitmodulesBranchResult {
  const names = (typeof from === 'string' ? [from] : from.names).map((n) => n.replace(/^v/, ''));
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
    if (names.includes(value.replace(/^v/, ''))) {
      const after = `${m[1]}${m[2]}${value.startsWith('v') ? `v${to.replace(/^v/, '')}` : to.replace(/^v/, '')}${m[2]}${m[4]}`;
      lines[i] = after;
      return { text: lines.join('\n'), change: { line: i + 1, before: line, after } };
    }
    return { text, kept: { line: i + 1, value } };
  }
  return { text };
}

/** Why a kept branch line was not moved, for the log and the pull request; `quote` formats the untrusted value. */
export function keptBranchNote(kept: { line: number; value: string }, from: string | OldPin, to: string, quote: (s: string) => string = (s) => s): string {
  const pin = typeof from === 'string' ? { names: [from] } : from;
  const fork = pin.forkToUpstream;
  return (
    `.gitmodules line ${kept.line} sets branch = ${quote(kept.value)} for the submodule: it names a branch, not the pinned tag ${pin.names.join(' or ')}, so this hop left it as it is. ` +
    (fork
      ? `The submodule is the fork ${fork}, and this hop pins upstream's ${to}, which that branch of the fork does not track: "git submodule update --remote" would take the submodule back to the fork branch's tip, undoing the hop. ` +
        `Set it to ${to} (after pushing ${to} to the fork), or remove it; keep it only if the fork's branch is rebased onto ${to} before merge.`
      : `"git submodule update --remote" would move the submodule to that branch's tip, away from ${to}; set it to ${to}, or remove it if the team does not track a branch.`)
  );
}
