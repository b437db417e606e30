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
  /** Injected HTTP errors, consulted in order before a request is routed. */
  errors: InjectedError[];
}

/**
 * `count` requests matching method and path are answered with `status` (a Status body, and
 * Retry-After on 429). With `after`, the fault is armed only once a request matching it has
 * been answered, e.g. "the first node list after the control plane reported its kubelet".
 */
export interface InjectedError {
  method: string;
  match: RegExp;
  /**
   * An HTTP status, or a broken connection: `reset` closes the socket before any response,
   * `truncate` sends a 200 and half its JSON body, then closes it.
   */
  status: number | 'reset' | 'truncate';
  count: number;
  after?: { method: string; match: RegExp };
  armed?: boolean;
}

export function newFaults(): Faults {
  return { dnsFailing: false, brokenPairs: new Set(), neverReady: [], httpDelayMs: 0, latency: { ms: 0 }, errors: [] };
}

export function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}
