import type { Git } from '../../git/git.js';
import { ActionError } from '../../errors.js';
import { compareKubeVersions, gitTreeSource, loadKubesprayDefaults, resolveVariable, supportedKubeVersions } from '../../knowledge/defaults/index.js';
import { readClusterOverrides } from '../../knowledge/cluster-overrides.js';
import type { ResolvedValue } from '../../knowledge/upgrade-report-types.js';
import { newestKubernetesPatch } from '../datasources/kubernetes-tags.js';
import { fetchKubesprayTags } from '../../cluster-repo/kubespray-objects.js';
import type { DetectResult } from './detect-release.js';

export interface KubernetesInsight {
  /** Effective kube_version at the current tag, inventory pins included. */
  current: ResolvedValue;
  /** The same at the next hop, when there is one. */
  next?: ResolvedValue;
  /** Newest released patch of the current minor upstream; undefined when it could not be read. */
  patchAvailable?: string;
  /** Whether the pinned Kubespray ships a kubelet checksum for that patch. */
  patchSupported: boolean;
  /** Inventory whose pins were applied, if any. */
  inventory?: string;
  warnings: string[];
}

/**
 * What Kubernetes the cluster runs now and after the next hop, and whether a newer patch of
 * today's minor is available and already supported by the pinned Kubespray (a
 * Kubernetes-only bump in the inventory, no Kubespray bump needed).
 */
export async function kubernetesInsight(git: Git, r: DetectResult, inventories: readonly string[], kubernetesRepository: string, kubesprayCache: string): Promise<KubernetesInsight> {
  const warnings: string[] = [];
  // The pin is normally checked out already (cheap); the next hop's tag must come over the
  // network, so that fetch overlaps with everything that only needs the current tag.
  const objects = await fetchKubesprayTags(git, r.repoRoot, r.submodule?.path, r.upstreamUrl, [r.current], { cacheDir: kubesprayCache });
  const nextDefaults = r.next
    ? fetchKubesprayTags(git, r.repoRoot, r.submodule?.path, r.upstreamUrl, [r.next], { cacheDir: kubesprayCache }).then((o) => loadKubesprayDefaults(gitTreeSource(o.git, r.next!.commit)))
    : undefined;
  // A rejection is awaited below; this only keeps Node from reporting it as unhandled meanwhile.
  nextDefaults?.catch(() => undefined);

  const perInventory = await Promise.all(inventories.map(async (inv) => ({ inv, overrides: await readClusterOverrides(r.repoRoot, inv) })));
  const chosen = perInventory[0];
  const overrides = chosen?.overrides ?? {};

  const dCurrent = await loadKubesprayDefaults(gitTreeSource(objects.git, r.current.commit));
  const current = resolveVariable(dCurrent, 'kube_version', overrides);
  for (const other of perInventory.slice(1)) {
    const v = resolveVariable(dCurrent, 'kube_version', other.overrides);
    if (!sameValue(v, current)) {
      warnings.push(`${other.inv} resolves kube_version to ${show(v)} but ${chosen!.inv} to ${show(current)}; the kubernetes-* outputs describe ${chosen!.inv}`);
    }
  }
  if (!current.known) warnings.push(`kube_version at ${r.current.tag} could not be evaluated (${current.reason}): ${current.expression}`);

  let patchAvailable: string | undefined;
  let patchSupported = false;
  const minor = current.known ? /^v?(\d+)\.(\d+)\./.exec(current.value) : null;
  if (minor) {
    try {
      patchAvailable = await newestKubernetesPatch(git, kubernetesRepository, { major: Number(minor[1]), minor: Number(minor[2]) });
    } catch (e) {
      if (!(e instanceof ActionError)) throw e;
      warnings.push(`cannot read Kubernetes tags, so kubernetes-patch-available is empty: ${e.message}`);
    }
    if (patchAvailable) patchSupported = supportedKubeVersions(dCurrent).some((k) => compareKubeVersions(k, patchAvailable!) === 0);
  }
  const dNext = await nextDefaults;
  const next = dNext ? resolveVariable(dNext, 'kube_version', overrides) : undefined;
  return { current, next, patchAvailable, patchSupported, inventory: chosen?.inv, warnings };
}

const show = (v: ResolvedValue) => (v.known ? v.value : 'unknown');
const sameValue = (a: ResolvedValue, b: ResolvedValue) => a.known === b.known && (!a.known || (b.known && a.value === b.value));
