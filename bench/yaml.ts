import { spawnSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { aliasBombYaml } from '../test/support/hostile.js';
import { makeTempDir } from '../test/support/tmp.js';

/** Ordinary `key: "value"` lines, as a generated group_vars would have, up to `bytes`. */
function bigGroupVars(bytes: number): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; ; i++) {
    const line = `var_${i}: "value number ${i} with some padding text"\n`;
    if (size + line.length > bytes) break;
    parts.push(line);
    size += line.length;
  }
  return parts.join('');
}

const CASES: Array<[string, () => string]> = [
  ['alias bomb (9 levels x 9 aliases)', () => aliasBombYaml()],
  ['50 MB group_vars', () => bigGroupVars(50 * 1024 * 1024)],
  ['1.9 MB group_vars (under the cap)', () => bigGroupVars(1.9 * 1024 * 1024)],
];

/**
 * The YAML reader on hostile group_vars, each in a fresh process (peak RSS is the process's
 * own, Node's and tsx's start-up included): the nine-by-nine alias bomb, a 50 MB file (over
 * the cap), and a 1.9 MB one (just under it: about the largest read that is parsed).
 */
export async function benchYaml(): Promise<string[]> {
  const lines: string[] = [];
  for (const [kind, text] of CASES) {
    const tmp = makeTempDir('ksu-bench-yaml-');
    try {
      mkdirSync(path.join(tmp.dir, 'group_vars'));
      writeFileSync(path.join(tmp.dir, 'group_vars', 'all.yml'), text());
      const r = spawnSync(process.execPath, ['--import', 'tsx', path.join(import.meta.dirname, 'yaml-probe.ts'), tmp.dir], { encoding: 'utf8', timeout: 120_000 });
      if (r.status !== 0) throw new Error(`yaml probe ${kind} exited ${r.status}: ${r.stderr}`);
      const o = JSON.parse(r.stdout.trim().split('\n').at(-1)!) as { ms: number; peakMb: number; baseMb: number; result: string };
      lines.push(`${kind.padEnd(34)} ${o.ms.toFixed(0).padStart(6)} ms, peak RSS ${o.peakMb.toFixed(0)} MB (process before the read ${o.baseMb.toFixed(0)} MB): ${o.result}`);
    } finally {
      tmp.cleanup();
    }
  }
  return lines;
}
