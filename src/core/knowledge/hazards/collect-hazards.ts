import type { CheckResult } from '../checks/run-checks.js';
import { compareKubeVersions } from '../defaults/index.js';
import { inventoryCheckHazards } from './inventory-checks.js';
import { legacyGroupHazards, type LegacyGroupsInput } from './legacy-groups.js';
import type { InventoryPins } from '../inventory/pins.js';
import type { ComponentChange, Hazard, InventoryDrift, ResolvedValue } from '../upgrade-report-types.js';
import { componentPinned } from './component-pinned.js';
import { sortHazards } from './hazard-helpers.js';
import { kubeVersionUnsupportedNow } from './kube-version-current.js';
import { kubeVersionPinned } from './kube-version-pinned.js';
import { localDivergence, type SubmoduleState } from './local-divergence.js';
import { pinScopeHazards } from './pin-scope.js';
import { ansibleRequirementChanged, kubernetesStep, sampleBackLevel } from './release-hazards.js';

export interface HazardInputs {
  from: string;
  to: string;
  components: Record<string, ComponentChange>;
  /** supportedKubeVersions at the to tag, newest first. */
  supportedTo: readonly string[];
  /** supportedKubeVersions at the from tag, newest first. */
  supportedFrom: readonly string[];
  pins?: InventoryPins;
  checksumTables: (variable: string) => Array<{ table: string; versions: readonly string[] }>;
  runningKubeVersion?: string;
  submodule?: SubmoduleState & { fromCommit: string };
  /** The to sample's kube_version line, when it sets one. */
  sampleKube?: { value: string; file: string; line: number };
  requirements: { from: string | undefined; to: string | undefined };
  obsolete: InventoryDrift['maybeObsolete'];
  /** Vault-encrypted inventory files. */
  unreadable: readonly string[];
  /** The target's inventory checks run on the cluster's inventory. */
  inventoryChecks?: readonly CheckResult[];
  legacyGroups?: LegacyGroupsInput;
}

/** Every hazard of the report, most severe first. */
export function collectHazards(i: HazardInputs): Hazard[] {
  const hazards: Hazard[] = [];
  if (i.submodule) hazards.push(...localDivergence(i.from, i.submodule));
  hazards.push(...pinHazards(i));
  const kube = i.components.kube_version;
  const targetKube = knownValue(kube?.to);
  const backLevel = sampleBackLevel(i.to, i.sampleKube, targetKube, compareKubeVersions);
  if (backLevel) hazards.push(backLevel);
  const ansible = ansibleRequirementChanged(i.from, i.to, i.requirements.from, i.requirements.to);
  if (ansible) hazards.push(ansible);

  if (i.legacyGroups) hazards.push(...legacyGroupHazards(i.from, i.to, i.legacyGroups));
  if (i.inventoryChecks && i.pins) hazards.push(...inventoryCheckHazards(i.to, i.inventoryChecks, i.pins));

  const effectiveTo = knownValue(kube?.effectiveTo);
  if (kube && !kube.effectiveTo.known) {
    hazards.push({
      id: 'kube-version-unresolved',
      severity: 'notice',
      variable: 'kube_version',
      message: `The effective kube_version at ${i.to} could not be evaluated (${kube.effectiveTo.reason}); the Kubernetes version checks were skipped.`,
    });
  }
  const running = i.runningKubeVersion ?? knownValue(kube?.effectiveFrom);
  const step = kubernetesStep(i.to, running, effectiveTo, compareKubeVersions);
  if (step) hazards.push(step);

  for (const ob of i.obsolete.filter((x) => x.reason === 'removed')) {
    hazards.push({
      id: 'inventory-variable-obsolete',
      severity: 'warning',
      variable: ob.variable,
      file: ob.file,
      line: ob.line,
      message:
        `${ob.variable} was a Kubespray variable at ${i.from}, but nothing in ${i.to}'s sample or role defaults mentions it any more, ` +
        `so it probably does nothing now. Check ${i.to}'s release notes, then delete or replace it.`,
    });
  }
  for (const file of i.unreadable) {
    hazards.push({ id: 'inventory-file-unreadable', severity: 'notice', file, message: `${file} is vault-encrypted; its variables were not checked.` });
  }
  return sortHazards(hazards);
}

/** One hazard per definition of a pinned component (each line needs its own fix), plus scope conflicts. */
function pinHazards(i: HazardInputs): Hazard[] {
  const out: Hazard[] = [];
  for (const [variable, defs] of i.pins?.definitions ?? []) {
    const component = i.components[variable];
    if (!component) continue;
    out.push(...pinScopeHazards(variable, defs, i.pins!.clusterWide.get(variable)));
    const targetDefault = knownValue(component.to);
    for (const def of defs) {
      if (variable === 'kube_version') {
        const now = kubeVersionUnsupportedNow(def, i.from, i.supportedFrom);
        if (now) out.push(now);
        out.push(
          kubeVersionPinned(def, {
            to: i.to,
            ...(targetDefault !== undefined ? { targetDefault } : {}),
            supported: i.supportedTo,
            ...(i.runningKubeVersion ? { running: i.runningKubeVersion } : {}),
            compare: compareKubeVersions,
          }),
        );
      } else {
        const h = componentPinned(variable, def, { to: i.to, ...(targetDefault !== undefined ? { targetDefault } : {}), checksumTables: i.checksumTables(variable) });
        if (h) out.push(h);
      }
    }
  }
  return out;
}

function knownValue(v: ResolvedValue | undefined): string | undefined {
  return v?.known ? v.value : undefined;
}
