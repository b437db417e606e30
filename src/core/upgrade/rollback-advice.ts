import { code } from '../text/markdown.js';
import type { BackupRecord } from '../etcd/backup.js';
import { STATE_CONFIGMAP, type UpgradeState } from './state.js';

/**
 * The three rules of recovery, word for word in the failure summary and in
 * docs/troubleshooting.md (a test holds the two together). Read in the middle of an
 * incident: they must match what Kubespray can actually do, and it cannot downgrade.
 */
export const RECOVERY_RULES = {
  fixForward:
    'Fix forward: fix the cause, then re-run the job. The upgrade resumes at the phase or batch that stopped and re-runs it; finished phases and batches are skipped, and Kubespray\'s playbooks are safe to run again on a half-done step.',
  restore:
    'Restore the etcd snapshot only when the cluster\'s data is damaged or the control plane cannot serve and fixing forward is not possible. It brings back the objects as they were just before the first playbook, not the old binaries: restore onto the etcd that will run it.',
  never:
    'Never run the previous release\'s cluster.yml (or upgrade-cluster.yml) on this cluster to go back: Kubespray cannot downgrade a cluster, and Kubernetes does not support an older apiserver on data a newer one has written.',
} as const;

export const RESTORE_DOC = 'docs/troubleshooting.md#rollback-restoring-the-etcd-snapshot';

/** The re-run a resumed job will do first: the command of the step that stopped. */
export function failedStepCommand(s: UpgradeState): string | undefined {
  const stopped = (st: string) => st === 'failed' || st === 'interrupted' || st === 'running';
  const batch = s.batches.find((b) => stopped(b.status));
  if (batch) return `upgrade-cluster.yml --limit ${batch.hosts.join(',')}`;
  const p = s.phases.find((x) => stopped(x.status));
  switch (p?.name) {
    case 'backup':
      return 'the etcd snapshot (no playbook ran)';
    case 'facts':
      return 'facts.yml';
    case 'control-plane':
      return 'upgrade-cluster.yml --limit kube_control_plane:etcd';
    case 'upgrade':
      return 'upgrade-cluster.yml';
    default:
      return undefined;
  }
}

/** When the snapshot is worth restoring, given how far the upgrade got. */
export function restoreVerdict(s: UpgradeState): string {
  const done = (name: string) => s.phases.find((p) => p.name === name)?.status === 'succeeded';
  if (!done('backup')) return 'Not needed: no playbook ran, the cluster was not changed.';
  if (done('control-plane')) {
    return `Not advised: the control plane already runs ${s.kubernetesTo} and has written to etcd since the snapshot; restoring would lose every change made since, and the workers that stopped are fixed forward.`;
  }
  return 'Only if the control plane cannot serve (apiservers or etcd members down, data damaged) after fixing forward failed.';
}

/** The restore procedure with this upgrade's snapshot: where it is and the hash to check on every etcd host. */
export function restoreProcedure(b: BackupRecord, namespace: string): string[] {
  const file = `/root/${b.localPath.split('/').pop() ?? 'etcd-snapshot.db'}`;
  return [
    `1. Copy the snapshot ${code(b.localPath)} (runner; also on ${code(b.host)} at ${code(b.remotePath)}, and the backup artifact) to ${code(file)} on **every** etcd host; ${code(`sha256sum ${file}`)} must print ${code(b.sha256)}.`,
    `2. On every control plane node, stop the apiserver: ${code('sudo mv /etc/kubernetes/manifests/kube-apiserver.yaml /etc/kubernetes/kube-apiserver.yaml.restore')}.`,
    `3. On every etcd host: ${code('sudo systemctl stop etcd')}, then move the data dir (${code('ETCD_DATA_DIR')} in ${code('/etc/etcd.env')}) aside, never delete it.`,
    `4. On every etcd host, with that host's ${code('/etc/etcd.env')} values: ${code(`sudo etcdutl snapshot restore ${file} --name <ETCD_NAME> --initial-cluster <ETCD_INITIAL_CLUSTER> --initial-cluster-token <ETCD_INITIAL_CLUSTER_TOKEN> --initial-advertise-peer-urls <ETCD_INITIAL_ADVERTISE_PEER_URLS> --data-dir <ETCD_DATA_DIR>`)} (${code('etcdctl snapshot restore')} on etcd 3.4).`,
    `5. ${code('sudo systemctl start etcd')} on every etcd host, then ${code('etcdctl endpoint health --cluster')} with the host's admin certificate.`,
    `6. Move the apiserver manifests back and ${code('sudo systemctl restart kubelet')} on every node.`,
    `7. Mark the upgrade ${code('"status": "abandoned"')} in ConfigMap ${code(`${namespace}/${STATE_CONFIGMAP}`)} before any new run (the restored copy shows it at the backup phase), and run verify.`,
  ];
}

/** The "How to continue" section of a stopped upgrade's summary. */
export function recoverySection(s: UpgradeState, stoppedAt: string | undefined, namespace: string): string[] {
  const rerun = failedStepCommand(s);
  const lines = [
    '### How to continue',
    '',
    `- **${RECOVERY_RULES.fixForward}** Upgrade ${code(s.upgradeId)} continues from ${code(stoppedAt ?? 'where it stopped')}${rerun ? `, first re-running ${code(rerun)}` : ''}.`,
    `- **Give up:** set ${code('"status": "abandoned"')} in ConfigMap ${code(`${namespace}/${STATE_CONFIGMAP}`)} (key ${code('state.json')}) before targeting another release.`,
    `- **${RECOVERY_RULES.restore}** For this upgrade: ${restoreVerdict(s)}`,
  ];
  if (s.backup) {
    lines.push('', `Restoring this upgrade's snapshot (details: ${code(RESTORE_DOC)}; with ${code('etcd_deployment_type: kubeadm')} stop etcd by moving ${code('/etc/kubernetes/manifests/etcd.yaml')} away instead):`, '', ...restoreProcedure(s.backup, namespace));
  } else {
    lines.push('', 'There is no snapshot of this upgrade to restore (the backup phase did not run or etcd-backup is false).');
  }
  lines.push('', `- **${RECOVERY_RULES.never}**`);
  return lines;
}
