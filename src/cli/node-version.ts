/**
 * The oldest Node.js the bundles run on. @kubernetes/client-node's undici needs 22.19 (it
 * binds zlib's zstd decompressor when loaded; on Node 20 that is `undefined.bind`). Supported
 * and tested: the 22 and 24 LTS lines (docs/cli.md). Kept in step with package.json `engines`.
 */
export const MINIMUM_NODE = '22.19.0';

/** The one line to print when this Node is too old, or undefined when it will do. */
export function nodeVersionProblem(running: string): string | undefined {
  const have = running.split('.').map(Number);
  const need = MINIMUM_NODE.split('.').map(Number);
  for (let i = 0; i < 3; i++) {
    if ((have[i] ?? 0) > (need[i] ?? 0)) return undefined;
    if ((have[i] ?? 0) < (need[i] ?? 0)) {
      return `kubespray-upgrade needs Node.js ${MINIMUM_NODE} or newer (the 22 or 24 LTS line); this is Node.js ${running}\n`;
    }
  }
  return undefined;
}
