import { existsSync, realpathSync } from 'node:fs';
import { readdir, readFile, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { sizeError, YAML_LIMITS } from '../../formats/yaml/yaml-limits.js';

/**
 * A directory read from a repo whose links are untrusted. Symbolic links are followed, as
 * Ansible follows them, only while they resolve inside `boundary` (the repo); a link that
 * leads out of it, or back into a directory it is already inside, is refused with an error
 * that names the link in the repo and quotes nothing from where it points.
 * docs/inventories.md lists which links are followed.
 */
export interface WalkOptions {
  skipDir?: (rel: string) => boolean;
  skipUnsafeLinks?: boolean;
}

export class ConfinedDirectory {
  private realBoundaryCache: string | undefined;

  constructor(
    readonly root: string,
    readonly boundary: string,
  ) {}

  /**
   * Every regular file under `rel` (posix, relative to root), in name order; [] when rel does not exist.
   * `skipDir` prunes a directory (relative to root) before it is read; `skipUnsafeLinks` passes
   * over links out of the boundary and loops instead of refusing them (a repo-wide search must
   * not fail on a link in some unrelated folder; reading an inventory must).
   */
  async files(rel = '', walk: WalkOptions = {}): Promise<string[]> {
    const out: string[] = [];
    const start = await this.realInside(rel).catch((e: unknown) => {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
      throw e;
    });
    if (start !== undefined && (await stat(start)).isDirectory()) await this.walk(rel, [start], out, walk);
    return out;
  }

  /** How errors name a path: relative to the repository, which is what the user sees in it. */
  private display(rel: string): string {
    return path.relative(this.boundary, path.join(this.root, rel)) || '.';
  }

  private get realBoundary(): string {
    return (this.realBoundaryCache ??= realpathSync(this.boundary));
  }

  /** The file's text, or undefined when it does not exist; throws when it leads outside the boundary. */
  async read(rel: string): Promise<string | undefined> {
    const real = await this.realInside(rel).catch((e: unknown) => {
      if ((e as NodeJS.ErrnoException).code === 'ENOENT' || (e as NodeJS.ErrnoException).code === 'ENOTDIR') return undefined;
      throw e;
    });
    if (real === undefined) return undefined;
    const info = await stat(real);
    if (!info.isFile()) return undefined;
    // Refused before reading: a huge file must not be loaded to learn it is too big.
    if (info.size > YAML_LIMITS.maxChars * 4) throw sizeError(this.display(rel), info.size);
    return readFile(real, 'utf8');
  }

  private async walk(rel: string, chain: string[], out: string[], opts: WalkOptions): Promise<void> {
    const dir = path.join(this.root, rel);
    for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
      const child = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.isDirectory()) {
        if (opts.skipDir?.(child)) continue;
        await this.walk(child, [...chain, path.join(chain[chain.length - 1]!, entry.name)], out, opts);
      } else if (entry.isFile()) {
        out.push(child);
      } else if (entry.isSymbolicLink()) {
        const real = await this.realInside(child).catch((e: unknown) => {
          // A dangling link is skipped as Ansible skips it; anything else is reported.
          if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
          if (opts.skipUnsafeLinks && e instanceof ConfigurationError) return undefined;
          throw e;
        });
        if (real === undefined) continue;
        const info = await stat(real);
        if (info.isDirectory()) {
          if (opts.skipDir?.(child)) continue;
          if (chain.some((d) => d === real || d.startsWith(real + path.sep))) {
            if (opts.skipUnsafeLinks) continue;
            throw new ConfigurationError(`${this.display(child)} is a symbolic link loop: it leads back into a directory that contains it; remove the link`);
          }
          await this.walk(child, [...chain, real], out, opts);
        } else if (info.isFile()) out.push(child);
      }
    }
  }

  /** The real path of root/rel, after checking that it stays inside the boundary. */
  private async realInside(rel: string): Promise<string> {
    let real: string;
    try {
      real = await realpath(path.join(this.root, rel));
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'ELOOP') {
        throw new ConfigurationError(`${this.display(rel)} is a symbolic link loop; remove the link`);
      }
      throw e;
    }
    if (real !== this.realBoundary && !real.startsWith(this.realBoundary + path.sep)) {
      throw new ConfigurationError(
        `${this.display(rel)} is a symbolic link to a path outside the repository; links are followed only inside it. ` +
          'Copy the file into the repository or point the link at a path inside it',
      );
    }
    return real;
  }
}

/** The work tree that contains `dir` (the nearest ancestor with a .git entry), or dir itself. */
export function repositoryBoundary(dir: string): string {
  let current = path.resolve(dir);
  for (;;) {
    if (existsSync(path.join(current, '.git'))) return current;
    const parent = path.dirname(current);
    if (parent === current) return path.resolve(dir);
    current = parent;
  }
}
