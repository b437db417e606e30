/** Kubernetes versions are written both as v1.29.5 and 1.29.5; compare them in one canonical form. */
export function canonicalKubeVersion(v: string): string {
  const t = v.trim();
  return t.startsWith('v') || t.startsWith('V') ? `v${t.slice(1)}` : `v${t}`;
}

export function sameKubeVersion(a: string, b: string): boolean {
  return canonicalKubeVersion(a) === canonicalKubeVersion(b);
}

/** The tag of an image reference (`registry:5000/kube-apiserver:v1.29.5@sha256:...` -> v1.29.5), or undefined. */
export function imageTag(image: string): string | undefined {
  const withoutDigest = image.split('@')[0]!;
  const lastSlash = withoutDigest.lastIndexOf('/');
  const colon = withoutDigest.lastIndexOf(':');
  return colon > lastSlash ? withoutDigest.slice(colon + 1) : undefined;
}
