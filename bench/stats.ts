import { spawnSync } from 'node:child_process';

export function median(values: readonly number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Median wall time in ms of a process, after one warm-up run. Throws if the process fails. */
export function timeProcess(cmd: string, args: readonly string[], options: { runs?: number; env?: NodeJS.ProcessEnv; cwd?: string } = {}): number {
  const runs = options.runs ?? 15;
  const samples: number[] = [];
  for (let i = 0; i <= runs; i++) {
    const t0 = performance.now();
    const r = spawnSync(cmd, args, { env: options.env ?? process.env, cwd: options.cwd, stdio: ['ignore', 'pipe', 'pipe'] });
    const dt = performance.now() - t0;
    if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} exited ${r.status}: ${r.stdout}${r.stderr}`);
    if (i > 0) samples.push(dt);
  }
  return median(samples);
}

export function ms(n: number): string {
  return `${n.toFixed(1)} ms`;
}
