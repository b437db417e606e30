import { ConfigurationError } from '../errors.js';
import type { KubeApi } from '../kube/kube-api.js';
import { KubeAuthError } from '../kube/kube-errors.js';
import { canonicalKubeVersion } from '../kube/kube-versions.js';

/** Written by run-upgrade; the contract is documented in actions/verify/action.yml. */
export const STATE_CONFIGMAP = 'kubespray-upgrade-state';
export const STATE_KEY = 'state.json';

export interface UpgradeState {
  kubernetesTo?: string;
  status?: string;
  startedAt?: string;
}

export interface Expectation {
  version: string;
  source: 'input' | 'state-configmap';
  upgradeStartedAt?: Date;
  upgradeStatus?: string;
}

const VERSION = /^v?\d+\.\d+\.\d+([-+][0-9A-Za-z.+-]*)?$/;

export function parseVersionOrThrow(v: string, where: string): string {
  if (!VERSION.test(v.trim())) throw new ConfigurationError(`${where} must be a Kubernetes version like v1.29.5 or 1.29.5, got ${JSON.stringify(v)}`);
  return canonicalKubeVersion(v);
}

/**
 * The version to verify against: the input if given, else run-upgrade's state ConfigMap. The
 * state's startedAt (if any) is used either way, to tell restarts caused by the upgrade.
 */
export async function resolveExpectation(api: KubeApi, input: string | undefined, stateNamespace: string): Promise<Expectation> {
  // With the version given, the state only adds startedAt: lacking RBAC to read it is no reason to fail.
  const cm = await api.getConfigMap(stateNamespace, STATE_CONFIGMAP).catch((e: unknown) => {
    if (input && e instanceof KubeAuthError) return undefined;
    throw e;
  });
  const where = `ConfigMap ${stateNamespace}/${STATE_CONFIGMAP} key ${STATE_KEY}`;
  let state: UpgradeState | undefined;
  const raw = cm?.data?.[STATE_KEY];
  if (raw !== undefined) {
    try {
      state = JSON.parse(raw) as UpgradeState;
    } catch (e) {
      if (!input) throw new ConfigurationError(`${where} is not valid JSON (${(e as Error).message}); set expected-kubernetes-version instead`);
    }
  }
  let startedAt: Date | undefined;
  if (state?.startedAt) {
    const d = new Date(state.startedAt);
    if (!Number.isNaN(d.getTime())) startedAt = d;
  }
  const common = { ...(startedAt ? { upgradeStartedAt: startedAt } : {}), ...(state?.status ? { upgradeStatus: state.status } : {}) };
  if (input) return { version: parseVersionOrThrow(input, 'input "expected-kubernetes-version"'), source: 'input', ...common };
  if (!cm) {
    throw new ConfigurationError(
      `expected-kubernetes-version is not set and ConfigMap ${stateNamespace}/${STATE_CONFIGMAP} (written by run-upgrade) does not exist; set the input or the state-namespace run-upgrade used`,
    );
  }
  if (raw === undefined) throw new ConfigurationError(`${where} is missing; set expected-kubernetes-version instead`);
  if (typeof state?.kubernetesTo !== 'string' || state.kubernetesTo === '') {
    throw new ConfigurationError(`${where} has no "kubernetesTo" field; set expected-kubernetes-version instead`);
  }
  return { version: parseVersionOrThrow(state.kubernetesTo, `"kubernetesTo" in ${where}`), source: 'state-configmap', ...common };
}
