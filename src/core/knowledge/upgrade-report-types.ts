/**
 * The knowledge engine's report: what changes between two Kubespray tags for one cluster
 * repo. This is a published, versioned schema (docs/report-schema.md); bump
 * REPORT_SCHEMA_VERSION on any incompatible change. Adding optional fields is compatible.
 */
export const REPORT_SCHEMA_VERSION = 1;

/** A value the evaluator computed, or could not compute (never a guess). */
export type ResolvedValue = { known: true; value: string } | { known: false; expression: string; reason: string };

export interface PinnedValue {
  value: string;
  /** Path relative to the cluster repo root. */
  file: string;
  /** 1-based line of the variable's key. */
  line: number;
  /** Where the pin applies: `group:<name>` or `host:<name>`. */
  scope?: string;
}

export interface ComponentChange {
  /** Kubespray role default at the from tag. */
  from: ResolvedValue;
  /** Kubespray role default at the to tag. */
  to: ResolvedValue;
  /** What the cluster actually gets at the from tag: the inventory pin, or the default evaluated with the pins applied. */
  effectiveFrom: ResolvedValue;
  effectiveTo: ResolvedValue;
  /** The cluster-wide pin; a host-only pin when no group pins the variable (see the doc's "Pins"). */
  pinned?: PinnedValue;
  /** Every other definition of the variable in the inventory (other groups, hosts), lowest precedence first. */
  otherPins?: PinnedValue[];
}

export type HazardSeverity = 'error' | 'warning' | 'notice';

export interface Hazard {
  id: string;
  severity: HazardSeverity;
  message: string;
  file?: string;
  line?: number;
  /** The exact line a reviewer should write instead, when there is one. */
  suggestion?: string;
  /** `delete-line`: removing the line is the recommended fix (suggestion then shows the explicit alternative). */
  fix?: 'delete-line' | 'replace-line';
  /** The inventory variable the hazard is about, when it is about one. */
  variable?: string;
  /** In a report over several inventories: the inventories that raise it. */
  inventories?: string[];
}

export type ChangeStatus = 'A' | 'M' | 'D' | 'T';

export interface ChangedFile {
  status: ChangeStatus;
  path: string;
}

export interface ChangedFilesSummary {
  total: number;
  /** First path segment: inventory, playbooks, roles, galaxy.yml, requirements.txt. */
  byArea: Record<string, number>;
  /** Role path under roles/ (nested roles keep their full path, e.g. kubernetes/control-plane). */
  byRole: Record<string, number>;
  byStatus: Record<string, number>;
}

export interface VariableChange {
  variable: string;
  /** Path inside the Kubespray repository, e.g. inventory/sample/group_vars/all/all.yml (the to-side file for moves). */
  file: string;
  /** For a move: the file the variable was in at the from tag. */
  fromFile?: string;
  /** Values as Ansible templates them (Python's str(): False, [], {'a': 1}). */
  from?: string;
  to?: string;
}

export interface TeamVariable {
  variable: string;
  /** Path relative to the cluster repo root. */
  file: string;
  line: number;
}

export interface InventoryDrift {
  /** inventory/sample at the from tag vs the to tag (only variables Ansible loads; commented lines are not variables). */
  sample: {
    added: VariableChange[];
    removed: VariableChange[];
    changed: VariableChange[];
    /** Set in a different file at the to tag; `from`/`to` are present when the value changed too. */
    moved: VariableChange[];
    filesAdded: string[];
    filesRemoved: string[];
  };
  /**
   * Variables the team sets that Kubespray knew at the from tag and no longer knows at the
   * to tag (sample, commented sample lines and role defaults/vars all count as knowing).
   */
  maybeObsolete: Array<TeamVariable & { reason: 'removed' | 'dropped-from-sample' }>;
  /**
   * Team values equal to the from sample's value where the sample changed it (`sampleTo`)
   * or stopped setting it (no `sampleTo`): a copy of the sample that was never updated.
   */
  staleSampleValues: Array<TeamVariable & { value: string; sampleTo?: string; sampleFile: string }>;
}

export interface UpgradeReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  from: string;
  to: string;
  components: Record<string, ComponentChange>;
  supportedKubeVersions: { from: string[]; to: string[] };
  changedFiles: ChangedFile[];
  changedFilesSummary: ChangedFilesSummary;
  inventoryDrift?: InventoryDrift;
  /** Most severe first. */
  hazards: Hazard[];
  /**
   * The inventories whose variables were applied, repo-relative (files or folders). An
   * empty list states that none was read: Kubespray defaults only, no pin hazards.
   */
  inventories?: string[];
  /**
   * With more than one inventory: each one's effective versions and hazards. The top-level
   * `components` are then the first inventory's, and `hazards` the union of all.
   */
  clusters?: ClusterReport[];
  /** Set when the Kubespray submodule is a fork: which fork, what it is built on, what this hop does to it. */
  fork?: ForkHop;
}

export interface ForkHop {
  /** `host/owner/name` of the fork. */
  repository: string;
  /** The fork's own tag on the pinned commit, or the commit id when it has none. */
  pinned: string;
  /** The upstream release the pin is built on, from history. */
  baseVersion: string;
  /** The fork's own non-merge commits on top of baseVersion. */
  ownCommits: number;
  /** Hops follow the fork's own tags (follow-fork-tags). */
  followTags: boolean;
  /** The fork's commits this hop drops: the count, and the first subjects (untrusted text). */
  dropped: { count: number; subjects: string[] };
  /** How the fork's remote gives the target commit: a ref, only by id, or not at all (see fork-lacks-target). */
  targetOnFork: 'ref' | 'by-id' | 'missing' | 'unchecked';
}

export interface ClusterReport {
  inventory: string;
  components: Record<string, Pick<ComponentChange, 'effectiveFrom' | 'effectiveTo' | 'pinned'>>;
  hazards: Hazard[];
}
