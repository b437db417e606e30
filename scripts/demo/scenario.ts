import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readDataTags } from '../../test/support/kubespray-upstream.js';
import { buildClusterRepo, runnerCheckout, type ClusterRepo } from '../../test/support/cluster-repo.js';
import { buildKubernetesTagsRepo } from '../../test/support/kubernetes-tags.js';
import { FakeKube, seedCluster, type SeededCluster } from '../../test/support/fake-kube/index.js';
import { startFakeGitHub, type FakeGitHub, type ReleaseSeed } from '../../test/support/fake-github/index.js';
import { etcdctl, startEtcd, type EtcdServer } from '../../test/support/standin-kubespray/etcd.js';
import { buildStandinUpstream, inventoryIni, type HostGroups } from '../../test/support/standin-kubespray/standin.js';
import type { KubesprayUpstream } from '../../test/support/kubespray-upstream.js';
import { KUBESPRAY_DATA } from '../../test/support/paths.js';
import { kubernetesReleasesFromData } from './kubernetes-releases.js';
import { buildImageOnlyRepo } from './image-only.js';

export const FROM_TAG = 'v2.24.1';
export const CLUSTER = 'mycluster';
export const REPOSITORY = 'platform/cluster';
export const KUBESPRAY_REPOSITORY = 'kubernetes-sigs/kubespray';
export const TOKEN = 'ghs_demoToken0000000000000000000000000000';
export const INVENTORY_DIR = `inventory/${CLUSTER}`;
const WORKERS = 3;

export interface Scenario {
  root: string;
  /** No submodule: the cluster repo pins the Kubespray image only. */
  imageOnly: boolean;
  upstream: KubesprayUpstream;
  kubernetesUrl: string;
  kubernetesTags: number;
  repo: ClusterRepo;
  checkout: string;
  /** kube_version the team's inventory pins (copied from the pinned tag's sample). */
  pinnedKube: string;
  kube: FakeKube;
  cluster: SeededCluster;
  kubeconfig: string;
  github: FakeGitHub;
  /** A real etcd for run-upgrade's snapshot; undefined when etcd is not installed. */
  etcd?: EtcdServer;
  /** File the stand-in playbooks append one JSON line to per ansible-playbook run. */
  playbookRecord: string;
}

/**
 * Everything the main job talks to, built offline: the Kubespray upstream, a Kubernetes tag
 * list, the team's cluster repo and a runner checkout of it, a loopback GitHub, a simulated
 * cluster behind a loopback Kubernetes API, and its etcd.
 *
 * Servers are registered in `started` as soon as they run, so the caller can stop them even
 * when a later part of the setup throws.
 */
export async function buildScenario(root: string, o: { withEtcd: boolean; started: Array<{ stop(): Promise<void> }>; imageOnly?: boolean }): Promise<Scenario> {
  // etcd boots in its own process while the repositories are built.
  const etcdStarting = o.withEtcd ? startEtcd() : undefined;
  etcdStarting?.catch(() => undefined);
  o.started.push({ stop: async () => (await etcdStarting?.catch(() => undefined))?.stop() });
  // startEtcd picks its ports asynchronously before it spawns; let it get that far before the
  // synchronous git work below holds the event loop. (Too short only costs the overlap.)
  if (etcdStarting) await new Promise((r) => setTimeout(r, 50));

  const tags = readDataTags().map((t) => t.tag);
  const upstream = buildStandinUpstream(path.join(root, 'upstream'), tags);
  const kubernetesReleases = kubernetesReleasesFromData(KUBESPRAY_DATA);
  const kubernetesUrl = buildKubernetesTagsRepo(path.join(root, 'kubernetes'), kubernetesReleases);

  const etcd = await etcdStarting;
  // A few keys, as a cluster's etcd has, so the snapshot has something to verify.
  if (etcd) for (const ns of ['default', 'kube-system', 'kube-public', 'kube-node-lease']) etcdctl(etcd.endpoint, ['put', `/registry/namespaces/${ns}`, '{"kind":"Namespace"}']);

  const hosts: HostGroups = { 'cp-1': ['kube_control_plane', 'etcd'] };
  for (let i = 1; i <= WORKERS; i++) hosts[`worker-${i}`] = ['kube_node'];
  const runtime = path.join(root, 'nodes');
  mkdirSync(runtime);
  // The team's inventory.ini, with its hosts reached locally instead of over SSH; the
  // group_vars stay as copied from the sample of the pinned tag.
  const inventory = inventoryIni(hosts, {
    kubespray_upgrade_become: false,
    ...(etcd ? { kubespray_upgrade_etcd_endpoint: etcd.endpoint, kubespray_upgrade_etcdctl: 'etcdctl', kubespray_upgrade_backup_remote_dir: path.join(runtime, 'etcd-backups') } : {}),
  });
  mkdirSync(path.join(root, 'cluster'));
  const repo = o.imageOnly
    ? buildImageOnlyRepo(path.join(root, 'cluster'), { tag: FROM_TAG, inventoryDir: INVENTORY_DIR, inventoryIni: inventory })
    : buildClusterRepo(path.join(root, 'cluster'), { upstream, tag: FROM_TAG, clusterName: CLUSTER, files: { [`${INVENTORY_DIR}/inventory.ini`]: inventory } });
  const checkout = runnerCheckout(repo, path.join(root, 'cluster', 'runner'));
  const pinnedKube = pinnedKubeVersion(path.join(repo.seed, INVENTORY_DIR));

  const kube = await FakeKube.start();
  o.started.push(kube);
  const cluster = seedCluster(kube, { controlPlanes: 1, workers: WORKERS, kubernetesVersion: pinnedKube });
  // A real API server reports its own binary's version: follow the kube-apiserver static pod.
  kube.versionOverride = () => imageVersion(kube, `kube-apiserver-${cluster.controlPlanes[0]}`);
  const kubeconfig = kube.writeKubeconfig(path.join(root, 'kubeconfig'));

  const github = await startFakeGitHub({
    token: TOKEN,
    repos: [
      { fullName: REPOSITORY, gitDir: repo.origin },
      { fullName: KUBESPRAY_REPOSITORY, private: false, releases: releaseSeeds() },
    ],
  });
  o.started.push({ stop: () => github.close() });

  return { root, imageOnly: o.imageOnly ?? false, upstream, kubernetesUrl, kubernetesTags: kubernetesReleases.length, repo, checkout, pinnedKube, kube, cluster, kubeconfig, github, etcd, playbookRecord: path.join(runtime, 'playbooks.jsonl') };
}

/** The inventory's `kube_version:` pin, read from its group_vars as a reviewer would. */
function pinnedKubeVersion(inventoryDir: string): string {
  const file = path.join(inventoryDir, 'group_vars', 'k8s_cluster', 'k8s-cluster.yml');
  const m = /^kube_version:\s*["']?(v?\d+\.\d+\.\d+)["']?\s*$/m.exec(readFileSync(file, 'utf8'));
  if (!m) throw new Error(`the demo expects ${file} to pin kube_version, as the samples of v2.2x do`);
  return m[1]!.startsWith('v') ? m[1]! : `v${m[1]!}`;
}

function imageVersion(kube: FakeKube, pod: string): string | undefined {
  const image = kube.store.get('pods', 'kube-system', pod)?.spec?.containers?.[0]?.image as string | undefined;
  return image?.slice(image.lastIndexOf(':') + 1);
}

/** Releases with the real tags and dates; the offline demo has no copy of their notes. */
function releaseSeeds(): ReleaseSeed[] {
  return readDataTags().map((t) => ({
    tagName: t.tag,
    createdAt: new Date(t.date).toISOString(),
    body: `(The offline demo has no copy of the ${t.tag} release notes; on GitHub they appear here.)`,
  }));
}
