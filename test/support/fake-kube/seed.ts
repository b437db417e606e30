import type { FakeKube } from './fake-kube.js';
import type { KObj } from './store.js';

export interface SeedOptions {
  controlPlanes?: number;
  workers?: number;
  /** Server, kubelet, kube-proxy and control-plane image version, e.g. v1.29.5. */
  kubernetesVersion?: string;
  controlPlanePrefix?: string;
  workerPrefix?: string;
  corednsReplicas?: number;
  calicoVersion?: string;
  corednsVersion?: string;
}

export interface SeededCluster {
  controlPlanes: string[];
  workers: string[];
  nodes: string[];
  kubernetesVersion: string;
}

const CONTROL_PLANE_COMPONENTS = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'] as const;

/**
 * A healthy kubeadm/Kubespray-shaped cluster: tainted control-plane nodes running static
 * control-plane pods, workers, kube-proxy and calico-node on every node, CoreDNS behind
 * the `coredns` service, the `kubernetes` service, all Ready.
 */
export function seedCluster(fake: FakeKube, o: SeedOptions = {}): SeededCluster {
  const version = o.kubernetesVersion ?? 'v1.29.5';
  const cluster = fake.cluster;
  const cps = Array.from({ length: o.controlPlanes ?? 1 }, (_, i) => `${o.controlPlanePrefix ?? 'cp'}-${i + 1}`);
  const workers = Array.from({ length: o.workers ?? 2 }, (_, i) => `${o.workerPrefix ?? 'worker'}-${i + 1}`);
  const nodes = [...cps, ...workers];
  fake.setServerVersion(version);
  for (const ns of ['default', 'kube-system', 'kube-public', 'kube-node-lease']) {
    if (!cluster.store.get('namespaces', undefined, ns)) cluster.create('namespaces', undefined, { metadata: { name: ns } });
  }
  nodes.forEach((name, i) => cluster.store.create('nodes', undefined, nodeObject(name, i, cps.includes(name), version)));

  cluster.create('services', 'default', {
    metadata: { name: 'kubernetes', labels: { component: 'apiserver', provider: 'kubernetes' } },
    spec: { clusterIP: '10.233.0.1', ports: [{ name: 'https', port: 443, targetPort: 6443, protocol: 'TCP' }] },
  });
  cluster.create('services', 'kube-system', {
    metadata: { name: 'coredns', labels: { 'k8s-app': 'kube-dns', 'kubernetes.io/name': 'coredns' } },
    spec: {
      clusterIP: '10.233.0.3',
      selector: { 'k8s-app': 'kube-dns' },
      ports: [
        { name: 'dns', port: 53, protocol: 'UDP' },
        { name: 'dns-tcp', port: 53, protocol: 'TCP' },
        { name: 'metrics', port: 9153, protocol: 'TCP' },
      ],
    },
  });
  cluster.create('configmaps', 'kube-system', {
    metadata: { name: 'kubeadm-config' },
    data: { ClusterConfiguration: `apiVersion: kubeadm.k8s.io/v1beta3\nkind: ClusterConfiguration\nkubernetesVersion: ${version}\nclusterName: cluster.local\n` },
  });

  const run = (pod: KObj, node: string) => cluster.placeRunning(cluster.create('pods', 'kube-system', pod), node);
  for (const node of cps) {
    for (const component of CONTROL_PLANE_COMPONENTS) run(staticPod(component, node, version, fake), node);
  }
  nodes.forEach((node, i) => {
    run(daemonPod('kube-proxy', i, `registry.k8s.io/kube-proxy:${version}`, true), node);
    run(daemonPod('calico-node', i, `quay.io/calico/node:${o.calicoVersion ?? 'v3.27.3'}`, true), node);
  });
  const dnsNodes = workers.length > 0 ? workers : cps;
  for (let i = 0; i < (o.corednsReplicas ?? 2); i++) {
    const pod = replicaPod('coredns', 'kube-dns', `registry.k8s.io/coredns/coredns:${o.corednsVersion ?? 'v1.11.1'}`, i, [53, 9153]);
    run(pod, dnsNodes[i % dnsNodes.length]!);
  }
  run(replicaPod('calico-kube-controllers', 'calico-kube-controllers', `quay.io/calico/kube-controllers:${o.calicoVersion ?? 'v3.27.3'}`, 0, []), dnsNodes[0]!);
  cluster.tick();
  return { controlPlanes: cps, workers, nodes, kubernetesVersion: version };
}

export function nodeObject(name: string, index: number, controlPlane: boolean, version: string): KObj {
  const since = new Date(Date.now() - 86_400_000).toISOString().replace(/\.\d+Z$/, 'Z');
  const cond = (type: string, status: string, reason: string, message: string) => ({
    type,
    status,
    reason,
    message,
    lastHeartbeatTime: since,
    lastTransitionTime: since,
  });
  return {
    metadata: {
      name,
      labels: {
        'kubernetes.io/hostname': name,
        'kubernetes.io/os': 'linux',
        'kubernetes.io/arch': 'amd64',
        'beta.kubernetes.io/os': 'linux',
        'beta.kubernetes.io/arch': 'amd64',
        ...(controlPlane ? { 'node-role.kubernetes.io/control-plane': '' } : {}),
      },
      annotations: { 'kubeadm.alpha.kubernetes.io/cri-socket': 'unix:///var/run/containerd/containerd.sock' },
    },
    spec: {
      podCIDR: `10.233.${64 + index}.0/24`,
      podCIDRs: [`10.233.${64 + index}.0/24`],
      ...(controlPlane ? { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } : {}),
    },
    status: {
      conditions: [
        cond('NetworkUnavailable', 'False', 'CalicoIsUp', 'Calico is running on this node'),
        cond('MemoryPressure', 'False', 'KubeletHasSufficientMemory', 'kubelet has sufficient memory available'),
        cond('DiskPressure', 'False', 'KubeletHasNoDiskPressure', 'kubelet has no disk pressure'),
        cond('PIDPressure', 'False', 'KubeletHasSufficientPID', 'kubelet has sufficient PID available'),
        cond('Ready', 'True', 'KubeletReady', 'kubelet is posting ready status'),
      ],
      addresses: [
        { type: 'InternalIP', address: `192.168.10.${11 + index}` },
        { type: 'Hostname', address: name },
      ],
      capacity: { cpu: '4', memory: '8141100Ki', pods: '110' },
      allocatable: { cpu: '3800m', memory: '7514412Ki', pods: '110' },
      nodeInfo: {
        kubeletVersion: version,
        kubeProxyVersion: version,
        containerRuntimeVersion: 'containerd://1.7.22',
        osImage: 'Ubuntu 22.04.4 LTS',
        kernelVersion: '5.15.0-113-generic',
        operatingSystem: 'linux',
        architecture: 'amd64',
        machineID: `${index}`.padStart(32, '0'),
        systemUUID: `00000000-0000-0000-0000-${`${index}`.padStart(12, '0')}`,
        bootID: `00000000-0000-0000-0000-${`${index + 100}`.padStart(12, '0')}`,
      },
    },
  };
}

function staticPod(component: string, node: string, version: string, fake: FakeKube): KObj {
  const nodeUid = fake.cluster.store.get('nodes', undefined, node)!.metadata.uid!;
  return {
    metadata: {
      name: `${component}-${node}`,
      labels: { component, tier: 'control-plane' },
      annotations: { 'kubernetes.io/config.source': 'file', 'kubernetes.io/config.mirror': 'fake' },
      ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: node, uid: nodeUid, controller: true }],
    },
    spec: {
      hostNetwork: true,
      priorityClassName: 'system-node-critical',
      containers: [{ name: component, image: `registry.k8s.io/${component}:${version}`, command: [component] }],
      tolerations: [{ operator: 'Exists', effect: 'NoExecute' }],
    },
  };
}

function daemonPod(app: string, index: number, image: string, hostNetwork: boolean): KObj {
  return {
    metadata: {
      name: `${app}-${suffix(app, index)}`,
      labels: { 'k8s-app': app, 'controller-revision-hash': '7d5f8b9c4' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'DaemonSet', name: app, uid: `ds-${app}`, controller: true }],
    },
    spec: { hostNetwork, priorityClassName: 'system-node-critical', containers: [{ name: app, image }], tolerations: [{ operator: 'Exists' }] },
  };
}

function replicaPod(app: string, k8sApp: string, image: string, index: number, ports: number[]): KObj {
  return {
    metadata: {
      name: `${app}-6c8f9d7b5-${suffix(app, index)}`,
      labels: { 'k8s-app': k8sApp, 'pod-template-hash': '6c8f9d7b5' },
      ownerReferences: [{ apiVersion: 'apps/v1', kind: 'ReplicaSet', name: `${app}-6c8f9d7b5`, uid: `rs-${app}`, controller: true }],
    },
    spec: {
      priorityClassName: 'system-cluster-critical',
      containers: [{ name: app, image, ports: ports.map((p) => ({ containerPort: p })) }],
    },
  };
}

function suffix(seed: string, index: number): string {
  const alphabet = 'bcdfghjklmnpqrstvwxz2456789';
  let h = index * 7919;
  for (const ch of seed) h = (h * 31 + ch.charCodeAt(0)) >>> 0;
  let s = '';
  for (let i = 0; i < 5; i++) {
    s += alphabet[h % alphabet.length];
    h = Math.floor(h / alphabet.length) + index + i * 131;
  }
  return s;
}
