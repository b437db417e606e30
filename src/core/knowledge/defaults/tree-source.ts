import path from 'node:path';
import { ConfinedDirectory } from '../../cluster-repo/confined-directory.js';
import type { Git } from '../../git/git.js';
import { ActionError, ConfigurationError } from '../../errors.js';

/** Read access to one Kubespray tree (a git revision or a checked-out directory). Paths are repo-relative with `/`. */
export interface TreeSource {
  /** The file's text, or undefined when there is no such file. Symlinks are followed. */
  readFile(path: string): Promise<string | undefined>;
  /** Every file below `dir` (recursively), as repo-relative paths, sorted; [] when `dir` does not exist. */
  listFiles(dir: string): Promise<string[]>;
}

const MAX_SYMLINK_HOPS = 8;

interface TreeEntry {
  mode: string;
  oid: string;
}

/**
 * A TreeSource over `git ls-tree` / `git cat-file --batch` at `rev`. Requests made in the
 * same tick are batched, so loading a tag's defaults costs one ls-tree and one cat-file.
 */
export function gitTreeSource(git: Git, rev: string): TreeSource {
  if (!rev || rev.startsWith('-') || /[\0\n\r]/.test(rev)) throw new ConfigurationError(`not a usable git revision: ${JSON.stringify(rev)}`);
  const entries = new Map<string, TreeEntry>();
  const listed = new Map<string, Promise<void>>();
  const listBatch = new Batcher<string, void>(async (dirs) => {
    const r = await git.lsTree(rev, dirs, { recursive: true, fullTree: true, literalPathspecs: true });
    if (r.exitCode !== 0) throw new ActionError(`cannot list ${dirs.join(', ')} at ${rev} in ${git.cwd}: ${r.stderr.trim()}`);
    for (const record of r.stdout.split('\0')) {
      const tab = record.indexOf('\t');
      if (tab < 0) continue;
      const [mode, type, oid] = record.slice(0, tab).split(' ') as [string, string, string];
      if (type === 'blob') entries.set(record.slice(tab + 1), { mode, oid });
    }
    return dirs.map(() => undefined);
  });
  const ensureListed = (dir: string): Promise<void> => {
    let p = listed.get(dir);
    if (!p) {
      p = listBatch.request(dir);
      listed.set(dir, p);
    }
    return p;
  };
  const readBatch = new Batcher<string, string | undefined>((specs) => catFileBatch(git, specs));

  const readAt = async (file: string, hops: number): Promise<string | undefined> => {
    // Only the tree entry tells a symlink (mode 120000) from a file; list it if unseen.
    if (!entries.has(file)) await ensureListed(file);
    const entry = entries.get(file);
    const text = await readBatch.request(entry ? entry.oid : `${rev}:${file}`);
    if (text === undefined || !entry || entry.mode !== '120000') return text;
    if (hops >= MAX_SYMLINK_HOPS) throw new ActionError(`too many levels of symbolic links at ${file} (${rev})`);
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(file), text));
    if (target.startsWith('../') || path.posix.isAbsolute(target)) return undefined;
    await ensureListed(path.posix.dirname(target));
    return readAt(target, hops + 1);
  };

  return {
    async listFiles(dir) {
      const clean = trimSlashes(dir);
      await ensureListed(clean);
      return [...entries.keys()].filter((p) => p.startsWith(`${clean}/`)).sort();
    },
    async readFile(file) {
      if (/[\n\r]/.test(file)) return undefined;
      return readAt(trimSlashes(file), 0);
    },
  };
}

/** `git cat-file --batch`: one process for many objects; content is UTF-8 text. */
async function catFileBatch(git: Git, specs: string[]): Promise<Array<string | undefined>> {
  const r = await git.catFileBatch(specs);
  if (r.exitCode !== 0) throw new ActionError(`git cat-file --batch failed in ${git.cwd}: ${r.stderr.trim()}`);
  const buf = Buffer.from(r.stdout, 'utf8');
  const out: Array<string | undefined> = [];
  let pos = 0;
  for (const spec of specs) {
    const eol = buf.indexOf(0x0a, pos);
    if (eol < 0) throw new ActionError(`git cat-file --batch: truncated output for ${spec}`);
    const header = buf.toString('utf8', pos, eol);
    pos = eol + 1;
    if (header.endsWith(' missing') || header.endsWith(' ambiguous')) {
      out.push(undefined);
      continue;
    }
    const [, type, size] = header.split(' ');
    const length = Number(size);
    if (!Number.isSafeInteger(length) || buf[pos + length] !== 0x0a) {
      throw new ActionError(`git cat-file --batch: unexpected output for ${spec} (is the file valid UTF-8?)`);
    }
    out.push(type === 'blob' ? buf.toString('utf8', pos, pos + length) : undefined);
    pos += length + 1;
  }
  return out;
}

/** Collects requests made in the same tick and serves them with one call. */
class Batcher<K, V> {
  private pending: Array<{ key: K; resolve: (v: V) => void; reject: (e: unknown) => void }> = [];

  constructor(private readonly run: (keys: K[]) => Promise<V[]>) {}

  request(key: K): Promise<V> {
    return new Promise<V>((resolve, reject) => {
      this.pending.push({ key, resolve, reject });
      if (this.pending.length === 1) queueMicrotask(() => void this.flush());
    });
  }

  private async flush(): Promise<void> {
    const batch = this.pending;
    this.pending = [];
    try {
      const results = await this.run(batch.map((b) => b.key));
      batch.forEach((b, i) => b.resolve(results[i] as V));
    } catch (e) {
      batch.forEach((b) => b.reject(e));
    }
  }
}

function trimSlashes(p: string): string {
  return p.replace(/^\/+|\/+$/g, '');
}

/** The same interface over a plain directory (a checkout, or test data). */
export function directoryTreeSource(root: string): TreeSource {
  const resolve = (p: string): string => {
    const full = path.resolve(root, trimSlashes(p));
    if (full !== root && !full.startsWith(root + path.sep)) throw new ConfigurationError(`path escapes the tree: ${p}`);
    return full;
  };
  // Upstream's own links (requirements.txt in old tags) are followed, never out of the tree.
  const confined = new ConfinedDirectory(root, root);
  return {
    async readFile(p) {
      return confined.read(path.relative(root, resolve(p)));
    },
    async listFiles(dir) {
      const clean = trimSlashes(dir);
      resolve(clean);
      return (await confined.files(clean)).sort();
    },
  };
}
