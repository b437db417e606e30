import { ganttChart, type GanttTask } from '../github/mermaid.js';
import type { StepRecord, UpgradeState } from './state.js';

/**
 * The phases and worker batches as a Gantt chart with their real start and end times, so a
 * slow batch stands out. Steps that never started (pending, skipped) have no bar.
 */
export function renderTimeline(state: UpgradeState | undefined, now = Date.now()): string {
  if (!state) return '';
  const tasks: GanttTask[] = [];
  const add = (section: string, label: string, rec: StepRecord) => {
    if (!rec.startedAt) return;
    const startMs = Date.parse(rec.startedAt);
    const endMs = rec.finishedAt ? Date.parse(rec.finishedAt) : rec.durationMs !== undefined ? startMs + rec.durationMs : now;
    if (!Number.isFinite(startMs) || !Number.isFinite(endMs)) return;
    tasks.push({ section, label, startMs, endMs, state: taskState(rec) });
  };
  for (const p of state.phases) add('Phases', p.name, p);
  for (const b of state.batches) add('Worker batches', `batch ${b.index} (${b.nodes.length} node${b.nodes.length === 1 ? '' : 's'})`, b);
  if (tasks.length === 0) return '';
  return ['### Timeline', '', ganttChart(`Upgrade ${state.upgradeId}`, tasks), ''].join('\n');
}

function taskState(rec: StepRecord): GanttTask['state'] {
  switch (rec.status) {
    case 'succeeded':
      return 'done';
    case 'failed':
    case 'interrupted':
      return 'failed';
    case 'running':
      return 'running';
    default:
      return 'pending';
  }
}
