import type { ActionInput } from './action-input.js';

/** The inputs of actions/verify/action.yml, as flags; test/cli/action-inputs.test.ts keeps the two equal. */
export const VERIFY_INPUTS: readonly ActionInput[] = [
  {
    name: 'kubeconfig',
    description: 'Path to the kubeconfig to use. Default $KUBECONFIG, then ~/.kube/config.',
  },
  {
    name: 'expected-kubernetes-version',
    description:
      "Kubernetes version every kubelet, control-plane component and the API server must be at (v1.29.5 or 1.29.5). Default: \"kubernetesTo\" from run-upgrade's state ConfigMap kubespray-upgrade-state (key state.json) in state-namespace; it is an error if neither exists.",
  },
  {
    name: 'state-namespace',
    default: 'kube-system',
    description:
      "Namespace of run-upgrade's state ConfigMap \"kubespray-upgrade-state\". Its key state.json is JSON: {\"kubernetesTo\": \"v1.29.5\", \"status\": \"succeeded\", \"startedAt\": \"<RFC 3339>\", ...}; startedAt, when present, is used to report container restarts since the upgrade began.",
  },
  {
    name: 'checks',
    default: 'nodes, versions, control-plane, system-pods, dns, workload, pod-network, regression',
    kind: 'list',
    description:
      'Comma- or newline-separated checks to run, concurrently: nodes, versions, control-plane, system-pods, dns, workload, pod-network, regression. An unknown name is a configuration error.',
  },
  {
    name: 'namespace',
    default: 'kubespray-upgrade-verify',
    description:
      'Namespace created for the probe pods (dns, workload, pod-network) and always deleted afterwards. An existing namespace not created by verify is refused, never deleted.',
  },
  {
    name: 'image',
    default: 'registry.k8s.io/e2e-test-images/agnhost:2.53',
    description:
      "Probe image. It must provide agnhost's \"netexec\" server, nslookup and wget, as registry.k8s.io/e2e-test-images/agnhost does (Kubernetes' own conformance image, multi-arch). Point it at your mirror in air-gapped clusters.",
  },
  {
    name: 'cluster-domain',
    default: 'cluster.local',
    description: "Cluster DNS domain (Kubespray's dns_domain); the dns check resolves kubernetes.default.svc.<cluster-domain>.",
  },
  {
    name: 'timeout-seconds',
    default: '300',
    description: 'Timeout of each check; a check that runs out says what it was waiting for.',
  },
  {
    name: 'regression-commands',
    kind: 'list',
    description:
      "The team's own tests: a script run once with `bash -e -o pipefail -c` and KUBECONFIG set to the kubeconfig input. Trusted configuration (it comes from your workflow file). Its output is captured into the report; the failing command and line are named.",
  },
  {
    name: 'keep-on-failure',
    default: 'false',
    kind: 'boolean',
    description: 'Keep the probe namespace when a check failed, for debugging. The next run replaces it.',
  },
  {
    name: 'max-node-pairs',
    default: '6',
    description:
      'At most this many (client node -> server node) pairs for pod-network. Nodes are taken in name order; each is a server once and a client of the next, wrapping round when the cap allows.',
  },
  {
    name: 'inform-pull-request',
    description:
      "Number of the upgrade pull request to post the result on as a comment (the runbook's \"inform customers\"). Empty: no comment. Failing to comment is a warning, not a failure.",
  },
  {
    name: 'cluster',
    description: "Name of this cluster in the fleet dashboard (the config's cluster name). Empty leaves the dashboard alone.",
  },
  {
    name: 'dashboard',
    default: 'true',
    kind: 'boolean',
    description: 'Keep the fleet dashboard issue up to date (one issue, found by dashboard-label and a hidden marker, created once and edited in place): per cluster the Kubespray and Kubernetes the repo pins and the cluster runs, hops behind, the open pull request, the last upgrade and verify results and the hazard count. Needs github-token with issues: write, and cluster. "false" turns it off.',
  },
  {
    name: 'dashboard-label',
    default: 'kubespray-upgrade-dashboard',
    description: 'Label that marks the fleet dashboard issue.',
  },
  {
    name: 'github-token',
    default: '${{ github.token }}',
    description: 'Token with pull-requests write for inform-pull-request, and issues write for the fleet dashboard.',
  },
];
