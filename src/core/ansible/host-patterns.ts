/**
 * Ansible's inventory host ranges (`node[01:10]`, `db-[a:c]`, `w[0:10:2]`), expanded the way
 * ansible.inventory.helpers' expand_hostname_range does. Returns undefined for anything this
 * does not reproduce exactly (ports, IPv6, odd ranges), so the caller can let Ansible decide.
 */
export function expandHostPattern(token: string): string[] | undefined {
  // Outside the brackets: what a DNS name or an IPv4 address may hold. A ':' there is a port.
  if (!/^(?:[A-Za-z0-9_.-]|\[[A-Za-z0-9]*:[A-Za-z0-9]+(?::\d+)?\])+$/.test(token)) return undefined;
  if (!/[A-Za-z0-9]/.test(token)) return undefined;
  return expand(token);
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ';

function expand(pattern: string): string[] | undefined {
  const open = pattern.indexOf('[');
  if (open < 0) return [pattern];
  const close = pattern.indexOf(']', open);
  const head = pattern.slice(0, open);
  const tail = pattern.slice(close + 1);
  const [beg = '', end = '', stepText] = pattern.slice(open + 1, close).split(':');
  const step = stepText === undefined ? 1 : Number(stepText);
  if (!Number.isSafeInteger(step) || step < 1) return undefined;
  let seq: string[];
  if (/^[A-Za-z]$/.test(beg) && /^[A-Za-z]$/.test(end)) {
    const b = LETTERS.indexOf(beg);
    const e = LETTERS.indexOf(end);
    if (b > e) return undefined;
    seq = [];
    for (let i = b; i <= e; i += step) seq.push(LETTERS[i]!);
  } else if (/^\d*$/.test(beg) && /^\d+$/.test(end)) {
    const b = Number(beg || '0');
    const e = Number(end);
    // Ansible pads to the begin's width when it has a leading zero, and insists both match.
    const width = beg.length > 1 && beg.startsWith('0') ? beg.length : 0;
    if ((width && width !== end.length) || b > e || e - b > 100_000) return undefined;
    seq = [];
    for (let i = b; i <= e; i += step) seq.push(String(i).padStart(width, '0'));
  } else {
    return undefined;
  }
  const out: string[] = [];
  for (const s of seq) {
    const more = expand(head + s + tail);
    if (!more) return undefined;
    out.push(...more);
  }
  return out;
}
