// One hostile read in a fresh process, so its peak memory is its own: prints JSON for bench/yaml.ts.
import path from 'node:path';
import { peakRssMb } from './peak-rss.js';
import { directoryFileTree } from '../src/core/knowledge/inventory/directory-tree.js';
import { loadInventory } from '../src/core/knowledge/inventory/load-inventory.js';

const dir = process.argv[2]!;
const before = process.memoryUsage().rss;
const t0 = performance.now();
let result: string;
try {
  const inv = await loadInventory(directoryFileTree(dir), (rel) => rel);
  result = `read ${inv.definitions.length} variables`;
} catch (e) {
  result = `refused: ${(e as Error).message.slice(0, 110)}`;
}
const ms = performance.now() - t0;
console.log(JSON.stringify({ ms, peakMb: peakRssMb(), baseMb: before / 1024 / 1024, result }));
