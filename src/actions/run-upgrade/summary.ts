import type { ActionHost } from '../../adapters/runner/host.js';
import { code, table } from '../../core/text/markdown.js';
import type { UpgradeOutcome } from '../../core/upgrade/orchestrator.js';
import type { Check } from '../../core/upgrade/preflight.js';
import type { StepRecord, UpgradeState } from '../../core/upgrade/state.js';
import { STATE_CONFIGMAP } from '../../core/upgrade/state.js';
import { renderTimeline } from '../../core/upgrade/timeline.js';
import { recoverySection } from '../../core/upgrade/rollback-advice.js';

const ICON: Record<string, string> = {
  succeeded: '✅',
  pass: '✅',
  warn: '⚠️',
  fail: '❌',
  failed: '❌',
  refused: '⛔',
  interrupted: '⏹️',
  running: '🔄',
  pending: '⏳',
  skipped: '⏭️',
  'dry-run': '📝',
};

function duration(ms: number | undefined): string {
  if (ms === undefined) return '';
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const m = Math.floor(ms / 60_000);
  return `${m} min ${Math.round((ms % 60_000) / 1000)} s`;
}

function stepCells(rec: StepRecord | undefined, status: string | undefined): [string, string] {
  const st = rec?.status ?? status ?? '';
  return [`${ICON[st] ?? ''} ${st}`.trim(), duration(rec?.durationMs)];
}

export function checksTable(checks: readonly Check[]): string {
  return table(
    ['Check', 'Result', 'Details'],
    checks.map((c) => [c.title, `${ICON[c.result]} ${c.result}`, c.detail]),
  );
}

function phasesTable(o: UpgradeOutcome): string {
  const s = o.state;
  const rows: string[][] = [];
  for (const step of o.plan) {
    let rec: StepRecord | undefined;
    if (s && step.title.startsWith('Workers batch')) rec = s.batches.find((b) => step.title.startsWith(`Workers batch ${b.index}/`));
    else rec = s?.phases.find((p) => p.name === step.phase);
    const [status, time] = stepCells(rec, step.status);
    rows.push([step.title, status, time, rec?.message ?? step.detail]);
  }
  return table(['Phase', 'Status', 'Duration', 'Details'], rows);
}

function backupSection(state: UpgradeState | undefined): string[] {
  const b = state?.backup;
  if (!b) return [];
  return [
    '### etcd backup',
    '',
    table(
      ['', ''],
      [
        ['On the runner', code(b.localPath)],
        ['On the etcd host', `${code(b.host)}: ${code(b.remotePath)}`],
        ['Size', `${b.sizeBytes} bytes`],
        ['sha256', code(b.sha256)],
        ['etcd revision', String(b.revision)],
        ['Keys', String(b.totalKeys)],
      ],
    ),
    '',
    'Upload the file with `actions/upload-artifact` (output `backup-path`) if the runner is ephemeral.',
    '',
  ];
}

/** What the cluster looks like after a stop, and the ways forward (rollback-advice.ts). */
export function recoveryAdvice(o: UpgradeOutcome, namespace: string): string[] {
  const s = o.state;
  if (!s || o.status === 'succeeded' || o.status === 'dry-run' || o.status === 'refused') return [];
  const done = (name: string) => s.phases.find((p) => p.name === name)?.status === 'succeeded';
  const lines: string[] = ['### Where the cluster stands', ''];
  if (!done('backup') && s.phases.find((p) => p.name === 'backup')?.status !== 'skipped') {
    lines.push('No playbook ran: the cluster was not changed. Fix the backup problem above and re-run.');
  } else if (!done('control-plane') && !done('upgrade')) {
    lines.push(
      s.strategy === 'single'
        ? `upgrade-cluster.yml stopped part-way: some nodes may run ${s.kubernetesTo}, the rest ${s.kubernetesFrom}.`
        : `The control plane may be partly upgraded: some control plane or etcd hosts may run ${s.kubernetesTo} while others still run ${s.kubernetesFrom}. Workers were not touched.`,
    );
  } else {
    const upgraded = s.batches.filter((b) => b.status === 'succeeded').flatMap((b) => b.nodes);
    const stopped = s.batches.filter((b) => b.status === 'failed' || b.status === 'interrupted').flatMap((b) => b.nodes);
    const pending = s.batches.filter((b) => b.status === 'pending').flatMap((b) => b.nodes);
    lines.push(`The control plane runs ${s.kubernetesTo}.`);
    if (upgraded.length) lines.push(`Upgraded workers: ${upgraded.join(', ')}.`);
    if (stopped.length) lines.push(`Stopped part-way (may be cordoned, kubelet possibly not restarted): ${stopped.join(', ')}.`);
    if (pending.length) lines.push(`Not yet upgraded, still on ${s.kubernetesFrom} (allowed by the skew policy): ${pending.join(', ')}.`);
  }
  lines.push('', ...recoverySection(s, o.stoppedAt, namespace));
  return [...lines, ''];
}

export function renderUpgradeSummary(o: UpgradeOutcome, namespace: string): string {
  const s = o.state;
  const lines = [`## Kubespray upgrade: ${ICON[o.status] ?? ''} ${o.status}${o.alreadyApplied ? ' (already applied)' : ''}`, ''];
  const versions = [
    // An unknown starting release is explained below rather than shown as `unknown`.
    `Kubespray ${o.kubesprayFrom ? `${code(o.kubesprayFrom)} → ` : ''}${code(o.kubesprayTo)}`,
    `Kubernetes ${code(o.kubernetesFrom ?? 'unknown')} → ${code(o.kubernetesTo ?? 'unknown')}`,
  ];
  lines.push(`${o.upgradeId ? `Upgrade ${code(o.upgradeId)}: ` : ''}${versions.join(', ')}`, '');
  const src = o.kubesprayFromSource;
  if (src?.kind === 'unknown') lines.push(`The Kubespray release applied before is not known: ${src.detail}.`, '');
  else if (src) lines.push(`Kubespray ${code(o.kubesprayFrom ?? '?')} is the release applied before, ${src.detail}.`, '');
  lines.push(o.message, '');
  if (o.plan.length > 0) lines.push(o.status === 'dry-run' ? '### Plan' : '### Phases', '', phasesTable(o), '');
  if (o.status !== 'dry-run') lines.push(renderTimeline(s));
  lines.push('### Preflight checks', '', checksTable(o.checks), '');
  lines.push(...backupSection(s), ...recoveryAdvice(o, namespace));
  return lines.join('\n') + '\n';
}

/** The job summary (at a terminal, kept for the CLI to print). */
export async function writeUpgradeSummary(host: ActionHost, o: UpgradeOutcome, namespace: string): Promise<void> {
  await host.appendSummary(renderUpgradeSummary(o, namespace));
}
