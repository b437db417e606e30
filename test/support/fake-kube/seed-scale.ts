import { disruptionStatus } from './disruption.js';
import type { FakeKube } from './fake-kube.js';
import { nodeObject } from './seed.js';
import type { KObj } from './store.js';

export interface ScaleOptions {
  nodes: number;
  pods: number;
  pdbs: number;
  kubernetesVersion?: string;
  /** Every n-th PDB allows no disruption (minAvailable = replicas): blocked drains to find. */
  blockingEvery?: number;
}

export interface ScaledCluster {
  controlPlanes: string[];
  workers: string[];
  namespaces: number;
  workloads: number;
  /** PDBs seeded with disruptionsAllowed 0. */
  blockingPdbs: number;
}

const CONTROL_PLANES = 3;
const REPLICAS = 10;
const NAMESPACES_PER_1000_NODES = 50;
const DAEMONSETS = ['kube-proxy', 'calico-node'] as const;

/**
 * A large, static, healthy cluster written straight into the store (no controllers run: the
 * caller freezes the fake): 3 control planes, workers, kube-proxy and calico-node on every
 * node, and Deployment-shaped workloads of 10 replicas spread over the workers, the first
 * `pdbs` of them under a PDB whose status the disruption controller would write. Pods carry
 * what real ones do (service-account volume, conditions, container statuses), so list pages
 * have the real size.
 */
export function seedScaledCluster(fake: FakeKube, o: ScaleOptions): ScaledCluster {
  const version = o.kubernetesVersion ?? 'v1.29.5';
  const store = fake.store;
  fake.setServerVersion(version);
  const cps = Array.from({ length: CONTROL_PLANES }, (_, i) => `cp-${i + 1}`);
  const workers = Array.from({ length: o.nodes - CONTROL_PLANES }, (_, i) => `node-${String(i + 1).padStart(5, '0')}`);
  const nodes = [...cps, ...workers];
  const namespaces = Math.max(1, Math.round((o.nodes / 1000) * NAMESPACES_PER_1000_NODES));
  for (const ns of ['default', 'kube-system', ...Array.from({ length: namespaces }, (_, i) => teamNamespace(i))]) {
    if (!store.get('namespaces', undefined, ns)) store.create('namespaces', undefined, { metadata: { name: ns }, status: { phase: 'Active' } });
  }
  nodes.forEach((name, i) => store.create('nodes', undefined, nodeObject(name, i, i < CONTROL_PLANES, version)));

  let count = 0;
  const put = (namespace: string, pod: KObj) => {
    pod.metadata.namespace = namespace;
    store.adopt('pods', pod);
    count++;
  };
  for (const cp of cps) put('kube-system', staticApiserver(cp, version));
  nodes.forEach((node, i) => {
    for (const ds of DAEMONSETS) put('kube-system', runningPod({ name: `${ds}-${i.toString(36).padStart(5, '0')}`, node, labels: { 'k8s-app': ds }, owner: ['DaemonSet', ds], image: `registry.k8s.io/${ds}:${version}` }));
  });
  const workloads = Math.floor((o.pods - count) / REPLICAS);
  const podsByNamespace = new Map<string, KObj[]>();
  for (let w = 0; w < workloads; w++) {
    const ns = teamNamespace(w % namespaces);
    const app = `app-${w}`;
    for (let r = 0; r < REPLICAS; r++) {
      const pod = runningPod({ name: `${app}-5d9c7b8f6-${r}`, node: workers[(w * REPLICAS + r) % workers.length]!, labels: { app, 'pod-template-hash': '5d9c7b8f6' }, owner: ['ReplicaSet', `${app}-5d9c7b8f6`], image: `registry.example.com/${app}:1.4.2` });
      put(ns, pod);
      const list = podsByNamespace.get(ns) ?? [];
      list.push(pod);
      podsByNamespace.set(ns, list);
    }
  }
  let blockingPdbs = 0;
  for (let w = 0; w < Math.min(o.pdbs, workloads); w++) {
    const ns = teamNamespace(w % namespaces);
    const blocking = o.blockingEvery !== undefined && w % o.blockingEvery === 0;
    if (blocking) blockingPdbs++;
    const pdb: KObj = {
      metadata: { name: `app-${w}`, namespace: ns, generation: 1 },
      spec: { selector: { matchLabels: { app: `app-${w}` } }, minAvailable: blocking ? REPLICAS : REPLICAS - 1 },
    };
    pdb.status = disruptionStatus(pdb, podsByNamespace.get(ns) ?? [], () => true);
    store.adopt('poddisruptionbudgets', pdb);
  }
  return { controlPlanes: cps, workers, namespaces, workloads, blockingPdbs };
}

const teamNamespace = (i: number) => `team-${String(i).padStart(3, '0')}`;

function runningPod(p: { name: string; node: string; labels: Record<string, string>; owner: [string, string]; image: string }): KObj {
  const at = '2026-11-20T08:00:00Z';
  const container = p.owner[1].replace(/-[0-9a-f]{9}$/, '');
  return {
    metadata: {
      name: p.name,
      labels: p.labels,
      ownerReferences: [{ apiVersion: 'apps/v1', kind: p.owner[0], name: p.owner[1], uid: `00000000-0000-4000-8000-${p.owner[1].length.toString().padStart(12, '0')}`, controller: true }],
    },
    spec: {
      nodeName: p.node,
      containers: [
        {
          name: container,
          image: p.image,
          ports: [{ containerPort: 8080, protocol: 'TCP' }],
          resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { memory: '256Mi' } },
          env: [{ name: 'POD_NAME', valueFrom: { fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.name' } } }],
          volumeMounts: [{ name: 'kube-api-access', mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true }],
          terminationMessagePath: '/dev/termination-log',
          terminationMessagePolicy: 'File',
          imagePullPolicy: 'IfNotPresent',
        },
      ],
      volumes: [
        {
          name: 'kube-api-access',
          projected: {
            defaultMode: 420,
            sources: [
              { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
              { configMap: { name: 'kube-root-ca.crt', items: [{ key: 'ca.crt', path: 'ca.crt' }] } },
              { downwardAPI: { items: [{ path: 'namespace', fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' } }] } },
            ],
          },
        },
      ],
      restartPolicy: 'Always',
      terminationGracePeriodSeconds: 30,
      dnsPolicy: 'ClusterFirst',
      serviceAccountName: 'default',
      schedulerName: 'default-scheduler',
      tolerations: [
        { key: 'node.kubernetes.io/not-ready', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
        { key: 'node.kubernetes.io/unreachable', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 300 },
      ],
      priority: 0,
      enableServiceLinks: true,
      preemptionPolicy: 'PreemptLowerPriority',
    },
    status: {
      phase: 'Running',
      conditions: ['PodReadyToStartContainers', 'Initialized', 'Ready', 'ContainersReady', 'PodScheduled'].map((type) => ({ type, status: 'True', lastProbeTime: null, lastTransitionTime: at })),
      hostIP: '192.168.10.20',
      podIP: '10.233.70.15',
      podIPs: [{ ip: '10.233.70.15' }],
      startTime: at,
      containerStatuses: [
        {
          name: container,
          state: { running: { startedAt: at } },
          ready: true,
          restartCount: 0,
          image: p.image,
          imageID: `${p.image.split(':')[0]}@sha256:${'4f'.repeat(32)}`,
          containerID: `containerd://${'9a'.repeat(32)}`,
          started: true,
        },
      ],
      qosClass: 'Burstable',
    },
  };
}

function staticApiserver(node: string, version: string): KObj {
  const pod = runningPod({ name: `kube-apiserver-${node}`, node, labels: { component: 'kube-apiserver', tier: 'control-plane' }, owner: ['Node', node], image: `registry.k8s.io/kube-apiserver:${version}` });
  pod.metadata.annotations = { 'kubernetes.io/config.mirror': 'fake', 'kubernetes.io/config.source': 'file' };
  pod.metadata.ownerReferences = [{ apiVersion: 'v1', kind: 'Node', name: node, uid: `node-${node}`, controller: true }];
  pod.spec.containers[0].name = 'kube-apiserver';
  return pod;
}
