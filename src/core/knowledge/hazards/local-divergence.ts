import type { Hazard } from '../upgrade-report-types.js';

/** What the cluster repo says about its Kubespray submodule. */
export interface SubmoduleState {
  /** Submodule path in the cluster repo, for messages and `file`. */
  path?: string;
  /** The commit the superproject records (its gitlink). */
  gitlink: string;
  /** The commit the from tag points at; resolved from the Kubespray git when absent. */
  fromCommit?: string;
  /** `git status --porcelain` inside the submodule, when it is checked out. */
  statusPorcelain?: string;
}

/**
 * `local-divergence`: the report compares two upstream tags, which only describes the
 * cluster if the submodule is exactly the from tag with no local edits.
 */
export function localDivergence(from: string, state: SubmoduleState & { fromCommit: string }): Hazard[] {
  const sub = state.path ?? 'the Kubespray submodule';
  const out: Hazard[] = [];
  if (state.gitlink !== state.fromCommit) {
    out.push({
      id: 'local-divergence',
      severity: 'error',
      ...(state.path ? { file: state.path } : {}),
      message:
        `${sub} is pinned at ${state.gitlink.slice(0, 12)}, not at ${from} (${state.fromCommit.slice(0, 12)}); this report describes ${from}, ` +
        `not what the cluster runs. Pin the submodule to ${from} first, or report from the tag it really is at.`,
    });
  }
  const changed = (state.statusPorcelain ?? '').split('\n').filter((l) => l.trim());
  if (changed.length > 0) {
    const shown = changed.slice(0, 5).map((l) => l.trim()).join(', ');
    out.push({
      id: 'local-divergence',
      severity: 'warning',
      ...(state.path ? { file: state.path } : {}),
      message:
        `${sub} has ${changed.length} local change${changed.length === 1 ? '' : 's'} (${shown}${changed.length > 5 ? ', …' : ''}) that the upgrade ` +
        `would discard; move them into the inventory or a fork before upgrading.`,
    });
  }
  return out;
}
