/** Hostile inputs shared by the adversarial tests, and a small seeded PRNG to fuzz with. */

/** The billion-laughs group_vars: nine levels of nine aliases (9^9 leaves once expanded). */
export function aliasBombYaml(levels = 9, fanout = 9): string {
  const lines = [`lol0: &lol0 [${Array(fanout).fill('"lol"').join(', ')}]`];
  for (let i = 1; i <= levels; i++) lines.push(`lol${i}: &lol${i} [${Array(fanout).fill(`*lol${i - 1}`).join(', ')}]`);
  return `---\n${lines.join('\n')}\n`;
}

/** mulberry32: deterministic, so a failing fuzz case can be replayed from its seed. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)]!;
}
