import { loadInventory, type FileTree, type LoadedInventory, type ScopedDefinition } from '../inventory/load-inventory.js';
import { displayValue } from '../inventory/variable-definitions.js';
import type { InventoryDrift, VariableChange } from '../upgrade-report-types.js';

type SampleDrift = InventoryDrift['sample'];

/**
 * inventory/sample at two tags, variable by variable and file-aware: a variable that
 * leaves one file and appears in another is a move (with its value change, if any), not
 * a removal plus an addition. `from`/`to` were loaded with display paths inside Kubespray.
 */
export function sampleDrift(from: LoadedInventory, to: LoadedInventory, fromFiles: readonly string[], toFiles: readonly string[]): SampleDrift {
  const before = byVariableAndFile(from);
  const after = byVariableAndFile(to);
  const out: SampleDrift = { added: [], removed: [], changed: [], moved: [], filesAdded: [], filesRemoved: [] };

  for (const variable of [...new Set([...before.keys(), ...after.keys()])].sort()) {
    const a = before.get(variable) ?? new Map<string, string>();
    const b = after.get(variable) ?? new Map<string, string>();
    const gone = [...a.keys()].filter((f) => !b.has(f)).sort();
    const fresh = [...b.keys()].filter((f) => !a.has(f)).sort();
    for (const [file, value] of a) {
      const now = b.get(file);
      if (now !== undefined && now !== value) out.changed.push({ variable, file, from: value, to: now });
    }
    const pairs = Math.min(gone.length, fresh.length);
    for (let i = 0; i < pairs; i++) {
      const was = a.get(gone[i]!)!;
      const is = b.get(fresh[i]!)!;
      const move: VariableChange = { variable, file: fresh[i]!, fromFile: gone[i]! };
      out.moved.push(was === is ? move : { ...move, from: was, to: is });
    }
    for (const file of gone.slice(pairs)) out.removed.push({ variable, file, from: a.get(file)! });
    for (const file of fresh.slice(pairs)) out.added.push({ variable, file, to: b.get(file)! });
  }
  const fromSet = new Set(fromFiles);
  const toSet = new Set(toFiles);
  out.filesAdded = toFiles.filter((f) => !fromSet.has(f)).sort();
  out.filesRemoved = fromFiles.filter((f) => !toSet.has(f)).sort();
  return out;
}

/** variable -> file -> displayed value; the last definition in a file wins, as Ansible loads it. */
function byVariableAndFile(inv: LoadedInventory): Map<string, Map<string, string>> {
  const out = new Map<string, Map<string, string>>();
  for (const d of inv.definitions) {
    const files = out.get(d.name) ?? new Map<string, string>();
    files.set(d.file, d.encrypted ? '(vault)' : displayValue(d.value));
    out.set(d.name, files);
  }
  return out;
}

/**
 * Drift between two samples, parsing only the files whose text differs: an unchanged file
 * defines the same variables on both sides, so it can neither add, remove, change nor
 * move one, and parsing YAML is most of the report's own time.
 */
export async function loadSampleDrift(from: FileTree, to: FileTree, display: (rel: string) => string): Promise<SampleDrift> {
  const [fromFiles, toFiles] = await Promise.all([from.files(), to.files()]);
  const both = fromFiles.filter((f) => toFiles.includes(f));
  const texts = await Promise.all(both.map(async (f) => (await from.read(f)) === (await to.read(f))));
  const unchanged = new Set(both.filter((_, i) => texts[i]));
  const changed = (rel: string) => !unchanged.has(rel);
  const [a, b] = await Promise.all([loadInventory(from, display, changed), loadInventory(to, display, changed)]);
  return sampleDrift(a, b, fromFiles.map(display), toFiles.map(display));
}

/** A group-level definition of one variable in a sample, parsing only the files that mention it at column 0. */
export async function sampleDefinition(tree: FileTree, display: (rel: string) => string, name: string): Promise<ScopedDefinition | undefined> {
  const files = await tree.files();
  const texts = await Promise.all(files.map((f) => tree.read(f)));
  const key = new RegExp(`^${name}\\s*[:=]`, 'm');
  const mentions = new Set(files.filter((_, i) => key.test(texts[i] ?? '')));
  const inv = await loadInventory(tree, display, (rel) => mentions.has(rel));
  return inv.definitions.find((d) => d.name === name && d.scope.kind === 'group');
}
