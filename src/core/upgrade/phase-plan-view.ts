import { existsSync } from 'node:fs';
import path from 'node:path';
import { ConfigurationError } from '../errors.js';
import { serialValue, type BatchSize } from './batches.js';
import type { PhaseName, UpgradeState } from './state.js';

export const PHASE_TITLES: Record<PhaseName, string> = {
  preflight: 'Preflight checks',
  backup: 'etcd backup',
  facts: 'Gather facts',
  'control-plane': 'Upgrade control plane and etcd',
  workers: 'Upgrade workers',
  upgrade: 'Upgrade the whole cluster (upgrade-cluster.yml)',
  finalize: 'Finalize',
};

export interface PlannedStep {
  phase: PhaseName;
  title: string;
  detail: string;
  status?: string;
}

/** Kubespray moved facts.yml into playbooks/ (v2.23); older tags have it at the root. */
export function factsPlaybook(kubesprayDir: string): string {
  for (const rel of ['playbooks/facts.yml', 'facts.yml']) if (existsSync(path.join(kubesprayDir, rel))) return rel;
  throw new ConfigurationError(`neither playbooks/facts.yml nor facts.yml exists in ${kubesprayDir}; is the Kubespray submodule checked out?`);
}

/** The phases and batches of an upgrade as rows: the dry-run plan, and the summary's table. */
export function describePlan(state: UpgradeState, s: { etcdBackup: boolean; backupDir: string; kubesprayDir: string; batchSize: BatchSize }): PlannedStep[] {
  const steps: PlannedStep[] = [];
  for (const p of state.phases) {
    const title = PHASE_TITLES[p.name];
    switch (p.name) {
      case 'backup':
        steps.push({ phase: p.name, title, status: p.status, detail: s.etcdBackup ? `etcd snapshot on the first etcd host, fetched to ${s.backupDir}` : 'skipped (etcd-backup: false)' });
        break;
      case 'facts':
        steps.push({ phase: p.name, title, status: p.status, detail: factsPlaybookOrUnknown(s.kubesprayDir) });
        break;
      case 'control-plane':
        steps.push({ phase: p.name, title, status: p.status, detail: 'upgrade-cluster.yml --limit kube_control_plane:etcd' });
        break;
      case 'workers':
        if (state.batches.length === 0) steps.push({ phase: p.name, title, status: p.status, detail: 'no worker hosts' });
        for (const b of state.batches) {
          steps.push({ phase: p.name, title: `Workers batch ${b.index}/${state.batches.length}`, status: b.status, detail: `upgrade-cluster.yml --limit ${b.hosts.join(',')}` });
        }
        break;
      case 'upgrade':
        steps.push({ phase: p.name, title, status: p.status, detail: `upgrade-cluster.yml -e serial=${serialValue(s.batchSize)}` });
        break;
      default:
        steps.push({ phase: p.name, title, status: p.status, detail: p.name === 'preflight' ? 'checks below' : 'record the applied versions, release the lock' });
    }
  }
  return steps;
}

function factsPlaybookOrUnknown(dir: string): string {
  try {
    return factsPlaybook(dir);
  } catch {
    return 'facts.yml (not found)';
  }
}
