/**
 * Where a reviewer reads what changed in a component version. Kubespray versions come with
 * or without a leading `v` depending on the tag; upstream release tags have their own style.
 */
type LinkFn = (version: string) => string;

const withV = (v: string) => (v.startsWith('v') ? v : `v${v}`);
const release = (repo: string, tag: LinkFn = withV): LinkFn => (v) => `https://github.com/${repo}/releases/tag/${tag(v)}`;

const LINKS: Record<string, LinkFn> = {
  kube_version: (v) => {
    const m = /^v?(\d+)\.(\d+)\.(\d+)/.exec(v);
    if (!m) return 'https://github.com/kubernetes/kubernetes/tree/master/CHANGELOG';
    return `https://github.com/kubernetes/kubernetes/blob/master/CHANGELOG/CHANGELOG-${m[1]}.${m[2]}.md#v${m[1]}${m[2]}${m[3]}`;
  },
  etcd_version: release('etcd-io/etcd'),
  containerd_version: release('containerd/containerd'),
  runc_version: release('opencontainers/runc'),
  calico_version: release('projectcalico/calico'),
  cilium_version: release('cilium/cilium'),
  flannel_version: release('flannel-io/flannel'),
  cni_version: release('containernetworking/plugins'),
  coredns_version: release('coredns/coredns'),
  crictl_version: release('kubernetes-sigs/cri-tools'),
  crio_version: release('cri-o/cri-o'),
  helm_version: release('helm/helm'),
  nerdctl_version: release('containerd/nerdctl'),
  cri_dockerd_version: release('Mirantis/cri-dockerd'),
  kube_ovn_version: release('kubeovn/kube-ovn'),
  kube_router_version: release('cloudnativelabs/kube-router'),
  pod_infra_version: () => 'https://github.com/kubernetes/kubernetes/blob/master/build/pause/CHANGELOG.md',
  nodelocaldns_version: release('kubernetes/dns', (v) => v.replace(/^v/, '')),
  dnsautoscaler_version: release('kubernetes-sigs/cluster-proportional-autoscaler'),
  metrics_server_version: release('kubernetes-sigs/metrics-server'),
  cert_manager_version: release('cert-manager/cert-manager'),
  ingress_nginx_version: release('kubernetes/ingress-nginx', (v) => `controller-${withV(v)}`),
  metallb_version: release('metallb/metallb'),
  local_path_provisioner_version: release('rancher/local-path-provisioner'),
  argocd_version: release('argoproj/argo-cd'),
};

export function changelogUrl(variable: string, version: string): string | undefined {
  return LINKS[variable]?.(version);
}

/** A short human name: `kube_version` -> `Kubernetes`, `cert_manager_version` -> `cert-manager`. */
export function componentName(variable: string): string {
  const special: Record<string, string> = {
    kube_version: 'Kubernetes',
    pod_infra_version: 'pause (pod infra)',
    dnsautoscaler_version: 'dns-autoscaler',
    nodelocaldns_version: 'nodelocaldns',
    cni_version: 'CNI plugins',
  };
  return special[variable] ?? variable.replace(/_version$/, '').replace(/_/g, '-');
}
