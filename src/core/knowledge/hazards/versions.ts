/**
 * Version arithmetic for component pins. Kubespray writes versions with or without a
 * leading "v" depending on the tag and component; comparisons ignore it, lookups in
 * checksum tables do not (that is exactly what breaks a download).
 */

/** Numeric release parts of `v1.30.4`, `1.7.11`, `3.5.10-0`; undefined when not version-like. */
export function versionParts(v: string): number[] | undefined {
  const m = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(v.trim());
  if (!m) return undefined;
  return [m[1], m[2], m[3]].filter((p) => p !== undefined).map(Number);
}

/** Orders version-like strings by their numeric parts; undefined when either is not version-like. */
export function compareLooseVersions(a: string, b: string): number | undefined {
  const pa = versionParts(a);
  const pb = versionParts(b);
  if (!pa || !pb) return undefined;
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const d = (pa[i] ?? 0) - (pb[i] ?? 0);
    if (d !== 0) return Math.sign(d);
  }
  return 0;
}

/** `1.30` for `v1.30.4`. */
export function minorOf(v: string): string | undefined {
  const p = versionParts(v);
  return p && p.length >= 2 ? `${p[0]}.${p[1]}` : undefined;
}

/** How many Kubernetes minors lie between two versions (b - a), same major only. */
export function minorGap(a: string, b: string): number | undefined {
  const pa = versionParts(a);
  const pb = versionParts(b);
  if (!pa || !pb || pa.length < 2 || pb.length < 2 || pa[0] !== pb[0]) return undefined;
  return pb[1]! - pa[1]!;
}

/** The same version written with or without the leading "v". */
export function toggleV(v: string): string {
  return v.startsWith('v') ? v.slice(1) : `v${v}`;
}
