import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * Kubernetes release tags for an offline kubernetes/kubernetes stand-in: every version that
 * some Kubespray release in the data ships a kubelet checksum for. Each one is a real
 * Kubernetes release; patches newer than the newest Kubespray data are missing.
 */
export function kubernetesReleasesFromData(dataDir: string): string[] {
  const versions = new Set<string>();
  for (const tag of readdirSync(path.join(dataDir, 'tags'))) {
    const roles = path.join(dataDir, 'tags', tag, 'roles');
    const files = readdirSync(roles, { recursive: true, encoding: 'utf8' }).filter((f) => /\.ya?ml$/.test(f));
    for (const file of files) for (const v of kubeletChecksumKeys(readFileSync(path.join(roles, file), 'utf8'))) versions.add(v);
  }
  return [...versions];
}

/**
 * The version keys of the top-level `kubelet_checksums:` mapping (arch -> version -> sum).
 * A line scan rather than a YAML parse: the checksum files are large, and this runs on every
 * demo start. Arch keys never look like versions, so every version-shaped key in the block counts.
 */
function kubeletChecksumKeys(text: string): string[] {
  const start = text.search(/^kubelet_checksums:/m);
  if (start < 0) return [];
  const out: string[] = [];
  for (const line of text.slice(start).split('\n').slice(1)) {
    if (/^\S/.test(line) && !line.startsWith('#')) break;
    const m = /^\s+["']?(v?\d+\.\d+\.\d+)["']?\s*:/.exec(line);
    if (m) out.push(m[1]!.startsWith('v') ? m[1]! : `v${m[1]!}`);
  }
  return out;
}
