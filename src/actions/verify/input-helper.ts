import path from 'node:path';
import { booleanInput, getInput, integerInput, optionalInput } from '../common/inputs.js';
import { ConfigurationError } from '../../core/errors.js';
import { ALL_CHECKS, type CheckName } from '../../core/verify/checks/types.js';

export interface VerifyInputs {
  /** Absolute path, or undefined for $KUBECONFIG / ~/.kube/config. */
  kubeconfig?: string;
  expectedKubernetesVersion?: string;
  stateNamespace: string;
  checks: CheckName[];
  namespace: string;
  image: string;
  timeoutSeconds: number;
  regressionCommands: string;
  keepOnFailure: boolean;
  maxNodePairs: number;
  clusterDomain: string;
  /** Pull request (or issue) to post the result on; the runbook's "inform customers". */
  informPullRequest?: number;
  githubToken?: string;
}

/**
 * registry.k8s.io/e2e-test-images/agnhost: the image Kubernetes' own conformance tests use,
 * multi-arch, and it carries everything verify runs (netexec server, nslookup, wget), so an
 * air-gapped registry has to mirror exactly one image.
 */
export const DEFAULT_IMAGE = 'registry.k8s.io/e2e-test-images/agnhost:2.53';
export const DEFAULT_NAMESPACE = 'kubespray-upgrade-verify';

const DNS1123_LABEL = /^[a-z0-9]([-a-z0-9]*[a-z0-9])?$/;

export function parseChecks(raw: string | undefined): CheckName[] {
  if (raw === undefined) return [...ALL_CHECKS];
  const names = raw.split(/[\s,]+/).filter(Boolean);
  const unknown = names.filter((n) => !(ALL_CHECKS as readonly string[]).includes(n));
  if (unknown.length > 0) {
    throw new ConfigurationError(`input "checks" has unknown check(s) ${unknown.map((u) => JSON.stringify(u)).join(', ')}; known checks: ${ALL_CHECKS.join(', ')}`);
  }
  if (names.length === 0) throw new ConfigurationError(`input "checks" names no check; known checks: ${ALL_CHECKS.join(', ')}`);
  // Keep the canonical order so reports read the same whatever order the user wrote.
  return ALL_CHECKS.filter((c) => names.includes(c));
}

function dnsLabel(name: string, value: string): string {
  if (!DNS1123_LABEL.test(value) || value.length > 63) {
    throw new ConfigurationError(`input "${name}" must be a valid namespace name (lowercase letters, digits and '-', at most 63), got ${JSON.stringify(value)}`);
  }
  return value;
}

export function getInputs(): VerifyInputs {
  const kubeconfig = optionalInput('kubeconfig');
  const clusterDomain = optionalInput('cluster-domain') ?? 'cluster.local';
  if (!/^[a-z0-9]([-a-z0-9.]*[a-z0-9])?$/.test(clusterDomain)) {
    throw new ConfigurationError(`input "cluster-domain" must be a DNS domain like cluster.local, got ${JSON.stringify(clusterDomain)}`);
  }
  return {
    ...(kubeconfig ? { kubeconfig: path.resolve(kubeconfig) } : {}),
    expectedKubernetesVersion: optionalInput('expected-kubernetes-version'),
    stateNamespace: dnsLabel('state-namespace', optionalInput('state-namespace') ?? 'kube-system'),
    checks: parseChecks(optionalInput('checks')),
    namespace: dnsLabel('namespace', optionalInput('namespace') ?? DEFAULT_NAMESPACE),
    image: optionalInput('image') ?? DEFAULT_IMAGE,
    timeoutSeconds: integerInput('timeout-seconds', 300, 1),
    // Not trimmed line by line: it is a script, indentation and blank lines may matter.
    regressionCommands: getInput('regression-commands'),
    keepOnFailure: booleanInput('keep-on-failure', false),
    maxNodePairs: integerInput('max-node-pairs', 6, 1),
    clusterDomain,
    ...informInputs(),
  };
}

function informInputs(): { informPullRequest?: number; githubToken?: string } {
  const pr = optionalInput('inform-pull-request');
  if (pr === undefined) return {};
  if (!/^[1-9]\d*$/.test(pr)) throw new ConfigurationError(`input "inform-pull-request" must be a pull request number, got ${JSON.stringify(pr)}`);
  const token = optionalInput('github-token');
  if (!token) throw new ConfigurationError('input "inform-pull-request" is set but "github-token" is empty; the comment needs a token with pull-requests: write');
  return { informPullRequest: Number(pr), githubToken: token };
}
