/**
 * The knowledge engine's report: what changes between two Kubespray tags for one cluster
 * repo. This is a published, versioned schema (docs/report-schema.md); bump
 * REPORT_SCHEMA_VERSION on any incompatible change.
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
}

export interface ComponentChange {
  /** Kubespray role default at the from tag. */
  from: ResolvedValue;
  /** Kubespray role default at the to tag. */
  to: ResolvedValue;
  /** What the cluster actually gets at the from tag: the inventory pin, or the default evaluated with the pins applied. */
  effectiveFrom: ResolvedValue;
  effectiveTo: ResolvedValue;
  pinned?: PinnedValue;
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
}

export type ChangeStatus = 'A' | 'M' | 'D' | 'T';

export interface ChangedFile {
  status: ChangeStatus;
  path: string;
}

export interface VariableChange {
  variable: string;
  file: string;
  from?: string;
  to?: string;
}

export interface InventoryDrift {
  /** inventory/sample at the from tag vs the to tag. */
  sample: {
    added: VariableChange[];
    removed: VariableChange[];
    changed: VariableChange[];
    filesAdded: string[];
    filesRemoved: string[];
  };
  /** Variables the team sets that the target sample no longer has anywhere. */
  maybeObsolete: Array<{ variable: string; file: string; line: number }>;
}

export interface UpgradeReport {
  schemaVersion: typeof REPORT_SCHEMA_VERSION;
  from: string;
  to: string;
  components: Record<string, ComponentChange>;
  supportedKubeVersions: { from: string[]; to: string[] };
  changedFiles: ChangedFile[];
  changedFilesSummary: {
    byArea: Record<string, number>;
    byRole: Record<string, number>;
  };
  inventoryDrift?: InventoryDrift;
  hazards: Hazard[];
}
