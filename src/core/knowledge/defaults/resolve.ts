import semver from 'semver';
import type { ResolvedValue } from '../upgrade-report-types.js';
import { TemplateFailure, UndefinedVariable, Unsupported } from '../jinja/errors.js';
import { parseLooseVersion } from '../jinja/loose-version.js';
import { pyRepr, pyStr } from '../jinja/python-str.js';
import { VariableScope } from '../jinja/templar.js';
import { PyDict, PyDictView, PyOpaque, PyUndefined, type PyValue } from '../jinja/values.js';
import type { KubesprayDefaults } from './load.js';

/** The component versions the knowledge engine reports. */
export const COMPONENT_VARIABLES: readonly string[] = [
  'kube_version',
  'etcd_version',
  'containerd_version',
  'runc_version',
  'calico_version',
  'cilium_version',
  'flannel_version',
  'cni_version',
  'coredns_version',
  'crictl_version',
  'crio_version',
  'helm_version',
  'nerdctl_version',
  'cri_dockerd_version',
  'kube_ovn_version',
  'kube_router_version',
  'pod_infra_version',
  'nodelocaldns_version',
  'dnsautoscaler_version',
  'metrics_server_version',
  'cert_manager_version',
  'ingress_nginx_version',
  'metallb_version',
  'local_path_provisioner_version',
  'argocd_version',
];

/**
 * Facts Kubespray would gather on an amd64 host (gather_facts is what sets them; facts rank
 * above inventory variables and below role vars). `host_architecture` in the defaults maps
 * x86_64 to amd64.
 */
const AMD64_FACTS = new Map<string, PyValue>([['ansible_architecture', 'x86_64']]);

/** Builds the variable scope: role defaults < inventory overrides < facts < role vars. */
function scopeFor(d: KubesprayDefaults, overrides: Record<string, unknown> = {}): VariableScope {
  const inventory = new Map(Object.entries(overrides).map(([k, v]) => [k, toPyValue(v)]));
  return new VariableScope([d.defaults, inventory, AMD64_FACTS, d.roleVars]);
}

export function resolveVariable(d: KubesprayDefaults, name: string, overrides?: Record<string, unknown>): ResolvedValue {
  return resolveIn(scopeFor(d, overrides), name);
}

export function resolveComponents(d: KubesprayDefaults, overrides?: Record<string, unknown>): Record<string, ResolvedValue> {
  return resolveVariables(d, COMPONENT_VARIABLES, overrides);
}

/** Several variables in one scope (shared templating work). */
export function resolveVariables(d: KubesprayDefaults, names: readonly string[], overrides?: Record<string, unknown>): Record<string, ResolvedValue> {
  const scope = scopeFor(d, overrides);
  return Object.fromEntries(names.map((name) => [name, resolveIn(scope, name)]));
}

/** `{{ lookup('vars', name) | string }}`: the templated value as Python's str() prints it. */
function resolveIn(scope: VariableScope, name: string): ResolvedValue {
  if (!scope.has(name)) return { known: false, expression: '', reason: `${name} is not defined` };
  try {
    return { known: true, value: pyStr(scope.resolve(name)) };
  } catch (e) {
    if (e instanceof Unsupported || e instanceof UndefinedVariable || e instanceof TemplateFailure) {
      const kind = e instanceof Unsupported ? 'not supported by the evaluator' : e instanceof UndefinedVariable ? 'undefined variable' : 'Ansible would fail';
      return { known: false, expression: describeRaw(scope.rawValue(name)), reason: `${kind}: ${e.message}` };
    }
    throw e;
  }
}

function describeRaw(v: PyValue | undefined): string {
  if (typeof v === 'string') return v;
  try {
    return v === undefined ? '' : pyRepr(v);
  } catch {
    return '<value not printable>';
  }
}

/**
 * Inventory values to Python values. Values from loadAnsibleYaml keep their exact types;
 * plain JS values map naturally (an integral JS number becomes an int, so pass YAML through
 * loadAnsibleYaml when `1.0` vs `1` matters).
 */
export function toPyValue(v: unknown): PyValue {
  if (v === undefined || v === null) return null;
  if (typeof v === 'string' || typeof v === 'bigint' || typeof v === 'boolean') return v;
  if (typeof v === 'number') return Number.isInteger(v) ? BigInt(v) : v;
  if (v instanceof PyDict || v instanceof PyUndefined || v instanceof PyOpaque || v instanceof PyDictView) return v;
  if (Array.isArray(v)) return v.map(toPyValue);
  if (v instanceof Map) return PyDict.from([...v.entries()].map(([k, x]) => [toPyValue(k), toPyValue(x)]));
  if (typeof v === 'object') return PyDict.from(Object.entries(v as Record<string, unknown>).map(([k, x]) => [k, toPyValue(x)]));
  throw new TypeError(`cannot use a ${typeof v} as an Ansible variable value`);
}

/** The amd64 kubelet checksum keys (Kubernetes versions this tag can install), newest first. */
export function supportedKubeVersions(d: KubesprayDefaults): string[] {
  const checksums = d.roleVars.get('kubelet_checksums') ?? d.defaults.get('kubelet_checksums');
  if (!(checksums instanceof PyDict)) return [];
  const amd64 = checksums.get('amd64');
  if (!(amd64 instanceof PyDict)) return [];
  const keys = amd64.keys().map((k) => (typeof k === 'string' ? k : pyStr(k)));
  return keys.sort((a, b) => compareKubeVersions(b, a));
}

/** Orders Kubernetes versions (`v1.29.1`, `1.29.1`, `1.30.0-rc.1`); the `v` prefix is ignored. */
export function compareKubeVersions(a: string, b: string): number {
  const x = semver.parse(a.replace(/^v/, ''), { loose: true });
  const y = semver.parse(b.replace(/^v/, ''), { loose: true });
  if (x && y) return semver.compare(x, y);
  const p = parseLooseVersion(a.replace(/^v/, '').toLowerCase());
  const q = parseLooseVersion(b.replace(/^v/, '').toLowerCase());
  for (let i = 0; i < Math.min(p.length, q.length); i++) {
    const m = p[i] as bigint | string;
    const n = q[i] as bigint | string;
    if (m === n) continue;
    if (typeof m === typeof n) return m < n ? -1 : 1;
    return typeof m === 'bigint' ? 1 : -1; // a number outranks a pre-release word
  }
  return p.length - q.length || (a < b ? -1 : a > b ? 1 : 0);
}
