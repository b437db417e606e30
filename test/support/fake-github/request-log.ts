/** One request the fake answered, for tests that count requests or check their timing. */
export interface LoggedRequest {
  method: string;
  /** Path without the API prefix and without the query, e.g. `/repos/o/r/pulls`. */
  path: string;
  query: URLSearchParams;
  status: number;
  /** True when the answer came from the fault queue. */
  fault: boolean;
  /** performance.now() in the test process when the request arrived and when the answer was sent. */
  startedAt: number;
  endedAt: number;
  /** The parsed JSON request body, if any. */
  body: unknown;
}

export function isWrite(r: Pick<LoggedRequest, 'method'>): boolean {
  return r.method !== 'GET' && r.method !== 'HEAD';
}

/** Pairs of requests whose [startedAt, endedAt] intervals intersect. */
export function overlapping(requests: readonly LoggedRequest[]): Array<[LoggedRequest, LoggedRequest]> {
  const sorted = [...requests].sort((a, b) => a.startedAt - b.startedAt);
  const pairs: Array<[LoggedRequest, LoggedRequest]> = [];
  for (let i = 0; i < sorted.length; i++) {
    for (let j = i + 1; j < sorted.length && sorted[j]!.startedAt < sorted[i]!.endedAt; j++) {
      pairs.push([sorted[i]!, sorted[j]!]);
    }
  }
  return pairs;
}
