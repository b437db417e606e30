/** One series of apiserver_requested_deprecated_apis, as the apiserver labels it. */
export interface DeprecatedApiSeries {
  group: string;
  version: string;
  resource: string;
  subresource?: string;
  /** `1.25`, or '' for a deprecated API with no removal planned. */
  removed_release: string;
}

const escape = (v: string) => v.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\n/g, '\\n');

/**
 * A /metrics body in the Prometheus text format a kube-apiserver serves: other families
 * around the deprecated-API gauge (so a reader must pick it out), HELP and TYPE lines with
 * the apiserver's stability marker, label values escaped, sorted series.
 */
export function apiserverMetrics(deprecated: readonly DeprecatedApiSeries[], padding = 20): string {
  const lines: string[] = [
    '# HELP apiserver_request_total [STABLE] Counter of apiserver requests broken out for each verb, dry run value, group, version, resource, scope, component, and HTTP response code.',
    '# TYPE apiserver_request_total counter',
  ];
  for (let i = 0; i < padding; i++) {
    lines.push(`apiserver_request_total{code="200",component="apiserver",dry_run="",group="",resource="pods",scope="namespace",subresource="",verb="LIST",version="v1"} ${1000 + i}`);
  }
  lines.push(
    '# HELP apiserver_requested_deprecated_apis [STABLE] Gauge of deprecated APIs that have been requested, broken out by API group, version, resource, subresource, and removed_release.',
    '# TYPE apiserver_requested_deprecated_apis gauge',
  );
  const sorted = [...deprecated].sort((a, b) => `${a.group}/${a.version}/${a.resource}`.localeCompare(`${b.group}/${b.version}/${b.resource}`));
  for (const d of sorted) {
    lines.push(
      `apiserver_requested_deprecated_apis{group="${escape(d.group)}",removed_release="${escape(d.removed_release)}",resource="${escape(d.resource)}",subresource="${escape(d.subresource ?? '')}",version="${escape(d.version)}"} 1`,
    );
  }
  lines.push('# HELP process_start_time_seconds [ALPHA] Start time of the process since unix epoch in seconds.', '# TYPE process_start_time_seconds gauge', 'process_start_time_seconds 1.70000000012e+09');
  return `${lines.join('\n')}\n`;
}
