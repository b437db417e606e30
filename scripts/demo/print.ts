import type { ActionRun } from '../../test/support/run-action.js';

const RULE = '='.repeat(78);

export function section(title: string): void {
  console.log(`\n${RULE}\n${title}\n${RULE}`);
}

/** Prints what a reader of the job log would want to see from one bundled action run. */
export function show(step: string, r: ActionRun): void {
  section(`${step}: exit ${r.exitCode} in ${seconds(r.durationMs)}`);
  console.log('Outputs:');
  for (const [k, v] of Object.entries(r.outputs)) {
    // state-json is one long line that the summary already renders as tables.
    console.log(`  ${k} = ${k === 'state-json' ? `(${v.length} characters of JSON; the job summary renders it)` : v}`);
  }
  console.log('\nJob summary:\n');
  console.log(r.summary.trim() || '(none)');
  const errors = r.stdout.split('\n').filter((l) => l.startsWith('::error'));
  if (errors.length) console.log(`\nErrors:\n${errors.join('\n')}`);
  if (r.exitCode !== 0 && r.stderr.trim()) console.log(`\nstderr:\n${r.stderr.trim()}`);
}

export function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(1)} s`;
}
