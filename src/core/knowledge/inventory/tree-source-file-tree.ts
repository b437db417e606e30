import type { TreeSource } from '../defaults/index.js';
import type { FileTree } from './load-inventory.js';

/** A directory inside a Kubespray tree (e.g. inventory/sample at a tag) as a FileTree relative to it. */
export function subtreeFileTree(source: TreeSource, dir: string): FileTree {
  const prefix = dir.replace(/\/+$/, '') + '/';
  return {
    files: async () => (await source.listFiles(dir)).map((p) => p.slice(prefix.length)),
    read: (rel) => source.readFile(prefix + rel),
  };
}

/**
 * Remembers every listing and read, and answers a listing from an earlier listing of an
 * enclosing directory. With everything prefetched, a tag costs one `ls-tree` and one
 * `cat-file --batch`: process start-up, not reading, dominates the report's git time.
 */
export function cachedTreeSource(source: TreeSource): TreeSource & { prefetch(dirs: readonly string[], files: (listed: string[]) => string[]): Promise<void> } {
  const reads = new Map<string, Promise<string | undefined>>();
  const lists = new Map<string, Promise<string[]>>();
  const readFile = (file: string) => {
    let p = reads.get(file);
    if (!p) reads.set(file, (p = source.readFile(file)));
    return p;
  };
  const listFiles = (dir: string) => {
    const clean = dir.replace(/^\/+|\/+$/g, '');
    let p = lists.get(clean);
    if (p) return p;
    const ancestor = [...lists.keys()].find((k) => clean.startsWith(`${k}/`));
    p = ancestor !== undefined ? lists.get(ancestor)!.then((all) => all.filter((f) => f.startsWith(`${clean}/`))) : source.listFiles(clean);
    lists.set(clean, p);
    return p;
  };
  return {
    readFile,
    listFiles,
    /** Lists `dirs` together, then reads the chosen files together. */
    async prefetch(dirs, files) {
      const listed = (await Promise.all(dirs.map(listFiles))).flat();
      await Promise.all(files(listed).map(readFile));
    },
  };
}
