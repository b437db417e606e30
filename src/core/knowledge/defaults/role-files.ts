import path from 'node:path';
import type { TreeSource } from './tree-source.js';

/** ansible-core's order for a role's main vars file: `main.yml` beats `main.yaml`, `main.json`, then `main` (file or directory). */
const EXTENSIONS = ['.yml', '.yaml', '.json', ''];

/**
 * The files Ansible (ansible-core 2.14, Role._load_role_yaml with allow_dir) loads for
 * `<role>/<subdir>` (defaults or vars), in load order; later files override earlier ones
 * key by key. Only the first existing `main*` candidate is used: a `main.yml` next to a
 * `main/` directory hides the whole directory. A `main` directory is read recursively,
 * each level sorted, skipping hidden files, backups (`~`), and files with other extensions.
 */
export async function roleVarsFiles(source: TreeSource, rolePath: string, subdir: 'defaults' | 'vars'): Promise<string[]> {
  const base = `${rolePath}/${subdir}`;
  const files = await source.listFiles(base);
  if (files.length === 0) return [];
  const fileSet = new Set(files);
  const isDir = (p: string): boolean => files.some((f) => f.startsWith(`${p}/`));
  for (const ext of EXTENSIONS) {
    const candidate = `${base}/main${ext}`;
    if (isDir(candidate)) return dirVarsFiles(files, candidate);
    if (fileSet.has(candidate)) return [candidate];
  }
  return [];
}

/** DataLoader._get_dir_vars_files. */
function dirVarsFiles(files: readonly string[], dir: string): string[] {
  const children = new Map<string, boolean>(); // name -> is directory
  for (const f of files) {
    if (!f.startsWith(`${dir}/`)) continue;
    const rest = f.slice(dir.length + 1);
    const slash = rest.indexOf('/');
    if (slash < 0) children.set(rest, false);
    else children.set(rest.slice(0, slash), true);
  }
  const found: string[] = [];
  for (const name of [...children.keys()].sort(comparePythonStrings)) {
    if (name.startsWith('.') || name.endsWith('~')) continue;
    const ext = pythonSplitext(name);
    const full = `${dir}/${name}`;
    if (children.get(name) && !ext) found.push(...dirVarsFiles(files, full));
    else if (!children.get(name) && (!ext || EXTENSIONS.includes(ext))) found.push(full);
  }
  return found;
}

/** os.path.splitext's extension (names starting with a dot are skipped before this is asked). */
function pythonSplitext(name: string): string {
  return path.posix.extname(name);
}

/** Python's sorted() on str: by code point, not by UTF-16 unit. */
function comparePythonStrings(a: string, b: string): number {
  const x = [...a].map((c) => c.codePointAt(0) as number);
  const y = [...b].map((c) => c.codePointAt(0) as number);
  for (let i = 0; i < Math.min(x.length, y.length); i++) if (x[i] !== y[i]) return (x[i] as number) - (y[i] as number);
  return x.length - y.length;
}
