import type { Git } from '../git/git.js';
import { COMPONENT_VARIABLES, compareKubeVersions, gitTreeSource, loadKubesprayDefaults, resolveComponents, supportedKubeVersions, type KubesprayDefaults } from '../knowledge/defaults/index.js';
import type { ResolvedValue } from '../knowledge/upgrade-report-types.js';

/** What is known of one later hop of the path (after this PR's): its marks, or why it was not looked at. */
export interface LaterHop {
  tag: string;
  /** False when the tag's objects are not in the local clone: nothing is claimed about it. */
  studied: boolean;
  /** Short hazard marks: a Kubernetes minor change, component defaults gone, a pin the tag cannot install. */
  marks: string[];
}

/** Later hops studied at most: their tags are fetched with the hop's own (depth 1) and each costs one evaluation of its defaults. */
export const LATER_HOPS_STUDIED = 3;

/**
 * The cheap part of each later hop's study, from git objects already on the runner (no fetch,
 * no API request): the Kubernetes minor the hop moves to, component versions it stops
 * defining, and whether it can install the inventory's kube_version pin. Inventory checks,
 * drift and release notes of a later hop are only studied when it becomes the next hop.
 */
export async function studyLaterHops(
  git: Git,
  after: { tag: string; defaults: KubesprayDefaults },
  hops: ReadonlyArray<{ tag: string; commit: string }>,
  pinnedKubeVersion: string | undefined,
): Promise<LaterHop[]> {
  const out: LaterHop[] = [];
  const overrides = pinnedKubeVersion ? { kube_version: pinnedKubeVersion } : undefined;
  let previous = resolveComponents(after.defaults, overrides);
  // Defaults gone are judged without the pin: a pin the tag cannot install makes its lookups fail, which is marked on its own.
  let previousPlain = overrides ? resolveComponents(after.defaults) : previous;
  for (const [i, hop] of hops.entries()) {
    const present = i < LATER_HOPS_STUDIED && (await git.objectTypes([`${hop.commit}^{tree}`]))[0] === 'tree';
    if (!present) {
      // Past the limit, or without this tag, nothing is known about this hop and the ones after it.
      for (const rest of hops.slice(i)) out.push({ tag: rest.tag, studied: false, marks: [] });
      break;
    }
    const d = await loadKubesprayDefaults(gitTreeSource(git, hop.commit));
    const now = resolveComponents(d, overrides);
    const nowPlain = overrides ? resolveComponents(d) : now;
    const marks: string[] = [];
    const minor = (v: ResolvedValue | undefined) => (v?.known ? /^v?(\d+\.\d+)\./.exec(v.value)?.[1] : undefined);
    const [was, becomes] = [minor(previous.kube_version), minor(now.kube_version)];
    if (was && becomes && was !== becomes) marks.push(`Kubernetes ${was} → ${becomes}`);
    const gone = COMPONENT_VARIABLES.filter((v) => previousPlain[v]?.known && !nowPlain[v]?.known);
    if (gone.length > 0) marks.push(`no default for ${gone.join(', ')}`);
    if (pinnedKubeVersion && !supportedKubeVersions(d).some((k) => compareKubeVersions(k, pinnedKubeVersion) === 0)) {
      marks.push(`cannot install the pinned kube_version ${pinnedKubeVersion}`);
    }
    out.push({ tag: hop.tag, studied: true, marks });
    previous = now;
    previousPlain = nowPlain;
  }
  return out;
}
