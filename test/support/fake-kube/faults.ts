/** Fault switches the simulation consults; tests flip them through FakeKube's control methods. */
export interface Faults {
  /** Cluster DNS answers nothing (as if CoreDNS were unreachable), even when its pods look healthy. */
  dnsFailing: boolean;
  /** Unordered node pairs whose pods cannot reach each other ("a|b" with a < b). */
  brokenPairs: Set<string>;
  /** Pods for which this returns true run but never pass their readiness probe. */
  neverReady: Array<(pod: { metadata: { name: string; namespace?: string; labels?: Record<string, string> } }) => boolean>;
  /** Pod HTTP servers answer after this many ms; longer than the client's timeout is a timeout. */
  httpDelayMs: number;
  /** Extra delay before every API response, in ms (and an optional path filter). */
  latency: { ms: number; match?: RegExp };
}

export function newFaults(): Faults {
  return { dnsFailing: false, brokenPairs: new Set(), neverReady: [], httpDelayMs: 0, latency: { ms: 0 } };
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
