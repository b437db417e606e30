import { describe, expect, it } from 'vitest';
import { DEFAULT_HOSTS, FROM_KUBE, priorState, seedLease, seedState, TARGET_KUBE, useSuite, withCase, type CaseOptions, type UpgradeCase } from './env.js';

const suite = useSuite('ksu-refusals-');

interface Refusal {
  name: string;
  options?: CaseOptions;
  arrange?: (c: UpgradeCase) => void;
  /** Check title -> the detail it must show. */
  failed: Record<string, RegExp>;
}

const CASES: Refusal[] = [
  {
    name: 'the Kubespray target is lower than the last applied release',
    arrange: (c) => seedState(c, priorState({ status: 'succeeded', kubesprayTo: 'v2.26.0', kubernetesTo: 'v1.30.4', lastApplied: { kubespray: 'v2.26.0', kubernetes: 'v1.30.4' } })),
    failed: { 'Kubespray target is at most one minor ahead': /v2\.25\.1 is lower than the last applied v2\.26\.0/ },
  },
  {
    name: 'the Kubespray target is more than one minor ahead',
    arrange: (c) => seedState(c, priorState({ status: 'succeeded', kubesprayTo: 'v2.23.3', kubernetesTo: FROM_KUBE, lastApplied: { kubespray: 'v2.23.3', kubernetes: FROM_KUBE } })),
    failed: { 'Kubespray target is at most one minor ahead': /v2\.23\.3 -> v2\.25\.1 skips a minor/ },
  },
  {
    name: 'the Kubernetes target is lower than the running apiserver',
    options: { seed: { kubernetesVersion: 'v1.30.4' } },
    failed: {
      'Kubernetes target is not lower than the apiserver': /v1\.29\.10 \(Kubespray default\) is lower than the running apiserver v1\.30\.4/,
      'Version skew policy holds during the upgrade': /worker-1: kubelet v1\.30\.4 is newer than apiserver v1\.29\.10/,
    },
  },
  {
    name: 'the Kubernetes target is two minors ahead',
    options: { seed: { kubernetesVersion: 'v1.27.7' } },
    failed: {
      'Kubernetes target is not lower than the apiserver': /v1\.29\.10 \(Kubespray default\) is 2 minors ahead of the running apiserver v1\.27\.7/,
      'Version skew policy holds during the upgrade': /kube-apiserver-cp-1 at v1\.27\.7 and an upgraded apiserver at v1\.29\.10 would be 2 minors apart/,
    },
  },
  {
    name: 'an inventory pin makes kube_version unresolvable',
    options: { vars: { kube_version: '{{ some_undefined_variable }}' } },
    failed: {
      'Kubernetes target is not lower than the apiserver': /the target kube_version cannot be determined: .*some_undefined_variable/,
      'Version skew policy holds during the upgrade': /the target kube_version is unknown/,
    },
  },
  {
    name: 'a kubelet is newer than the apiserver now',
    arrange: (c) => c.fake.setKubeletVersion('worker-1', 'v1.29.0'),
    failed: { 'Version skew policy holds now': /worker-1: kubelet v1\.29\.0 is newer than apiserver v1\.28\.6/ },
  },
  {
    name: 'a kubelet would fall four minors behind the upgraded control plane',
    arrange: (c) => c.fake.setKubeletVersion('worker-2', 'v1.25.16'),
    failed: { 'Version skew policy holds during the upgrade': /worker-2: kubelet v1\.25\.16 is 4 minors behind apiserver v1\.29\.10/ },
  },
  {
    name: 'HA apiservers are two minors apart',
    options: { seed: { controlPlanes: 2 }, hosts: { ...DEFAULT_HOSTS, 'cp-2': ['kube_control_plane', 'etcd'] } },
    arrange: (c) => c.fake.setControlPlaneVersion('cp-2', 'v1.30.4'),
    failed: { 'Version skew policy holds now': /HA apiservers are 2 minors apart: pod\/kube-apiserver-cp-1 at v1\.28\.6, pod\/kube-apiserver-cp-2 at v1\.30\.4/ },
  },
  {
    name: 'the inventory has a host the cluster does not know',
    options: { hosts: { ...DEFAULT_HOSTS, 'worker-9': ['kube_node'] } },
    failed: { 'Inventory hosts and cluster nodes agree': /inventory hosts with no node in the cluster: worker-9/ },
  },
  {
    name: 'an upgrade to another target is incomplete',
    arrange: (c) => seedState(c, priorState({ status: 'failed', kubesprayTo: 'v2.25.0', kubernetesTo: 'v1.29.5', lastApplied: { kubespray: 'v2.24.1', kubernetes: FROM_KUBE } })),
    failed: { 'No other upgrade is incomplete': /Kubespray v2\.25\.0 \/ Kubernetes v1\.29\.5 is failed.*check out v2\.25\.0.*"status": "abandoned"/ },
  },
  {
    name: 'a node is NotReady, a kube-system pod crash-loops and another run holds the lock, all at once',
    arrange: (c) => {
      c.fake.setNodeReady('worker-3', false);
      c.fake.crashLoop('kube-system', 'k8s-app=kube-dns');
      seedLease(c, 'octo/cluster run 41/1 job upgrade on runner-7', 20);
    },
    failed: {
      'Every node is Ready': /NotReady: worker-3 \(NodeStatusUnknown\)/,
      'Every kube-system pod is Ready': /coredns-.* \(CrashLoopBackOff\)/,
      'No other upgrade holds the lock': /held by octo\/cluster run 41\/1 job upgrade on runner-7.*expires/,
    },
  },
];

describe('preflight refuses, with a table of every failed check, and changes nothing', () => {
  it.each(CASES.map((c) => [c.name, c] as const))('%s', (_name, t) =>
    withCase(suite(), async (c) => {
      t.arrange?.(c);
      const stateBefore = c.state();
      const leaseBefore = c.lease()?.spec?.holderIdentity;
      const r = await c.run();
      expect(r.exitCode, r.stdout).toBe(1);
      expect(r.outputs.status).toBe('refused');
      const rows = r.summary.split('\n').filter((l) => l.includes('| ❌ fail |'));
      expect(rows, r.summary).toHaveLength(Object.keys(t.failed).length);
      for (const [title, detail] of Object.entries(t.failed)) {
        const row = rows.find((l) => l.startsWith(`| ${title}`));
        expect(row, `no failed row for "${title}" in\n${r.summary}`).toBeDefined();
        expect(row).toMatch(detail);
      }
      expect(r.summary).toMatch(/nothing was changed/);
      expect(c.records()).toEqual([]);
      expect(c.state()).toEqual(stateBefore);
      expect(c.lease()?.spec?.holderIdentity).toBe(leaseBefore);
      expect(c.kubelet('cp-1')).not.toBe(TARGET_KUBE);
    }, t.options),
  );
});
