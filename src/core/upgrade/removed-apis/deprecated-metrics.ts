/** The apiserver's gauge of deprecated APIs requested since it started (1 = requested). */
export const DEPRECATED_API_METRIC = 'apiserver_requested_deprecated_apis';

export interface DeprecatedApiRequest {
  group: string;
  version: string;
  resource: string;
  subresource: string;
  /** `1.25`; empty for a deprecated API with no removal planned. */
  removedRelease: string;
}

/** Series read at most: one per deprecated group/version/resource is a few hundred on any real apiserver. */
const MAX_SERIES = 10_000;
/** A label set longer than this is not the apiserver's; it is skipped, not parsed. */
const MAX_LINE = 4096;

/**
 * The requested deprecated APIs in Prometheus text exposition format (version 0.0.4), as
 * `/metrics` serves it: `name{label="value",...} value [timestamp]`, label values escaped
 * with `\\`, `\"` and `\n`. Only series of DEPRECATED_API_METRIC with a non-zero value count.
 */
export function parseDeprecatedApiRequests(text: string): { requests: DeprecatedApiRequest[]; truncated: boolean } {
  const requests: DeprecatedApiRequest[] = [];
  let at = 0;
  while (at < text.length) {
    let end = text.indexOf('\n', at);
    if (end < 0) end = text.length;
    const line = text.slice(at, Math.min(end, at + MAX_LINE + 1));
    at = end + 1;
    if (!line.startsWith(`${DEPRECATED_API_METRIC}{`) || line.length > MAX_LINE) continue;
    const parsed = parseSeries(line.slice(DEPRECATED_API_METRIC.length));
    if (!parsed || !(parsed.value > 0)) continue;
    const l = parsed.labels;
    if (requests.length >= MAX_SERIES) return { requests, truncated: true };
    requests.push({ group: l.get('group') ?? '', version: l.get('version') ?? '', resource: l.get('resource') ?? '', subresource: l.get('subresource') ?? '', removedRelease: l.get('removed_release') ?? '' });
  }
  return { requests, truncated: false };
}

/** `{a="1",b="x\"y"} 1 1700000000` -> labels and value; undefined when malformed. */
function parseSeries(s: string): { labels: Map<string, string>; value: number } | undefined {
  const labels = new Map<string, string>();
  let i = 1;
  for (;;) {
    while (s[i] === ' ' || s[i] === ',') i++;
    if (s[i] === '}') break;
    const eq = s.indexOf('=', i);
    if (eq < 0 || s[eq + 1] !== '"') return undefined;
    const name = s.slice(i, eq).trim();
    let value = '';
    let j = eq + 2;
    for (; j < s.length && s[j] !== '"'; j++) {
      if (s[j] === '\\' && j + 1 < s.length) {
        j++;
        value += s[j] === 'n' ? '\n' : s[j];
      } else value += s[j];
    }
    if (j >= s.length) return undefined;
    labels.set(name, value);
    i = j + 1;
  }
  const value = Number(s.slice(i + 1).trim().split(/\s+/)[0]);
  return Number.isNaN(value) ? undefined : { labels, value };
}
