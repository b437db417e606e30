/** Hosts the PLAY RECAP reports as failed or unreachable, from ansible-playbook's output lines. */
export function failedHostsFromRecap(lines: readonly string[]): string[] {
  const out = new Set<string>();
  for (const l of lines) {
    const m = /^(\S+)\s+:\s+ok=\d+\s+changed=\d+\s+unreachable=(\d+)\s+failed=(\d+)/.exec(l.trim());
    if (m && (Number(m[2]) > 0 || Number(m[3]) > 0)) out.add(m[1]!);
  }
  return [...out];
}
