import { ConfigurationError } from '../errors.js';

/** A worker batch size: a host count, or a percentage of the workers as Kubespray's `serial`. */
export type BatchSize = { count: number } | { percent: number };

export const DEFAULT_BATCH_SIZE: BatchSize = { percent: 20 };

export function parseBatchSize(text: string | undefined): BatchSize {
  if (text === undefined || text.trim() === '') return DEFAULT_BATCH_SIZE;
  const t = text.trim();
  const pct = /^(\d+(?:\.\d+)?)\s*%$/.exec(t);
  if (pct) {
    const percent = Number(pct[1]);
    if (percent > 0 && percent <= 100) return { percent };
  } else if (/^\d+$/.test(t) && Number(t) > 0) {
    return { count: Number(t) };
  }
  throw new ConfigurationError(`worker-batch-size must be a host count (e.g. 3) or a percentage (e.g. 20%), got ${JSON.stringify(text)}`);
}

/** Hosts per batch, as Ansible computes `serial`: a percentage rounds down, but never below one host. */
export function hostsPerBatch(size: BatchSize, total: number): number {
  const n = 'count' in size ? size.count : Math.floor((size.percent / 100) * total);
  return Math.max(1, n);
}

export function splitIntoBatches<T>(items: readonly T[], size: BatchSize): T[][] {
  const per = hostsPerBatch(size, items.length);
  const out: T[][] = [];
  for (let i = 0; i < items.length; i += per) out.push(items.slice(i, i + per));
  return out;
}

/** The same size as Kubespray's `serial` extra variable. */
export function serialValue(size: BatchSize): string | number {
  return 'count' in size ? size.count : `${size.percent}%`;
}

export function describeBatchSize(size: BatchSize): string {
  return 'count' in size ? `${size.count} host(s)` : `${size.percent}%`;
}
