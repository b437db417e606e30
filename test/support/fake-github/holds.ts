/**
 * Interleaving on demand: requests matching a hold wait until `count` of them have arrived,
 * then all are answered together, from the same state. Two clients' reads can so be made to
 * happen before either one's write, the race a conditional-less API allows.
 */
export interface Hold {
  method?: string;
  path?: RegExp;
  count: number;
}

interface Pending extends Hold {
  waiting: Array<() => void>;
}

export class HoldQueue {
  private readonly holds: Pending[] = [];

  add(hold: Hold): void {
    this.holds.push({ ...hold, waiting: [] });
  }

  /** Resolves when the request may be answered: at once unless a hold matches it. */
  wait(method: string, path: string): Promise<void> {
    const i = this.holds.findIndex((h) => (!h.method || h.method === method) && (!h.path || h.path.test(path)));
    if (i < 0) return Promise.resolve();
    const hold = this.holds[i]!;
    return new Promise((resolve) => {
      hold.waiting.push(resolve);
      if (hold.waiting.length < hold.count) return;
      this.holds.splice(i, 1);
      for (const go of hold.waiting) go();
    });
  }
}
