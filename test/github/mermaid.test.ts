import { describe, expect, it } from 'vitest';
import { flowchartChain, ganttChart, ganttLabel } from '../../src/core/github/mermaid.js';
import { renderUpgradePath } from '../../src/core/pull-request/pr-path-diagram.js';
import { renderTimeline } from '../../src/core/upgrade/timeline.js';
import type { UpgradeState } from '../../src/core/upgrade/state.js';
import { mermaidBlocks, parseMermaid, type Flowchart, type Gantt } from '../support/mermaid-check.js';

const HOSTILE = ['"]; n9["x', 'a --> b', 'line\nbreak', '%%{init: {"theme":"dark"}}%%', '<img src=x onerror=alert(1)>', '`tick`', '#quot; &amp;', 'click n0 call alert()', 'a:b;c#d', '\u2028sep', '🙂 ünïcode'];

const only = (markdown: string) => {
  const blocks = mermaidBlocks(markdown);
  expect(blocks).toHaveLength(1);
  return parseMermaid(blocks[0]!);
};

describe('flowchart labels from untrusted text', () => {
  it.each(HOSTILE)('%j stays one label and reads back exactly', (text) => {
    const chart = only(flowchartChain([{ label: 'v2.24.1' }, { label: text, className: 'hazard' }])) as Flowchart;
    expect([...chart.nodes.keys()]).toEqual(['n0', 'n1']);
    expect(chart.nodes.get('n1')).toBe(text);
    expect(chart.edges).toEqual([['n0', 'n1']]);
  });
  it('the checker rejects what an escaping slip would produce', () => {
    expect(() => parseMermaid('flowchart LR\n  n0["a"]; n9["x"]')).toThrow(/unsafe label|not in the flowchart subset/);
    expect(() => parseMermaid('flowchart LR\n  n0["a"b"]')).toThrow(/unsafe label/);
  });
});

describe('gantt labels from untrusted text', () => {
  it.each(HOSTILE)('%j stays one task', (text) => {
    const chart = only(ganttChart(text, [{ section: text, label: text, startMs: 1000, endMs: 5000, state: 'done' }])) as Gantt;
    expect(chart.tasks).toHaveLength(1);
    expect(chart.tasks[0]!.end - chart.tasks[0]!.start).toBe(4000);
    expect(chart.tasks[0]!.name).toBe(ganttLabel(text));
  });
  it('the checker rejects a colon in a task name', () => {
    expect(() => parseMermaid('gantt\n  dateFormat x\n  section a\n  x:y :t0, 1, 2')).toThrow();
  });
});

describe('upgrade path in the PR body', () => {
  it('current → this hop (with its hazards) → … → latest', () => {
    const text = renderUpgradePath('v2.24.1', ['v2.25.1', 'v2.26.1', 'v2.27.1'], [
      { id: 'a', severity: 'warning', message: '' },
      { id: 'b', severity: 'warning', message: '' },
      { id: 'c', severity: 'notice', message: '' },
    ]);
    const chart = only(text) as Flowchart;
    // Later hops that were not studied say so rather than looking clean.
    expect([...chart.nodes.values()]).toEqual(['v2.24.1 (current)', 'v2.25.1 (this PR): 2 warnings, 1 notice', 'v2.26.1: not studied', 'v2.27.1 (latest): not studied']);
    expect(chart.edges).toEqual([['n0', 'n1'], ['n1', 'n2'], ['n2', 'n3']]);
    expect(chart.classes.get('hazard')).toEqual(['n1']);
    expect(text).toContain('hop 1 of 3 to the newest release v2.27.1');
  });
  it('an error marks the hop as an error; the last hop says latest', () => {
    const chart = only(renderUpgradePath('v2.30.0', ['v2.31.0'], [{ id: 'x', severity: 'error', message: '' }])) as Flowchart;
    expect([...chart.nodes.values()]).toEqual(['v2.30.0 (current)', 'v2.31.0 (this PR, latest): 1 error']);
    expect(chart.classes.get('error')).toEqual(['n1']);
  });
});

describe('run-upgrade timeline', () => {
  const at = (s: number) => new Date(Date.UTC(2026, 0, 1, 10, 0, s)).toISOString();
  const state = {
    upgradeId: 'u-1"]:;#',
    phases: [
      { name: 'preflight', status: 'succeeded', startedAt: at(0), finishedAt: at(3), attempts: 1 },
      { name: 'backup', status: 'skipped', attempts: 0 },
      { name: 'control-plane', status: 'succeeded', startedAt: at(3), finishedAt: at(63), attempts: 1 },
      { name: 'workers', status: 'failed', startedAt: at(63), finishedAt: at(100), attempts: 1 },
    ],
    batches: [
      { index: 1, hosts: ['w1'], nodes: ['w1'], status: 'succeeded', startedAt: at(63), finishedAt: at(80), attempts: 1 },
      { index: 2, hosts: ['w2', 'w3'], nodes: ['w2', 'w3'], status: 'failed', startedAt: at(80), finishedAt: at(100), attempts: 1 },
      { index: 3, hosts: ['w4'], nodes: ['w4'], status: 'pending', attempts: 0 },
    ],
  } as unknown as UpgradeState;
  it('bars with the real durations, failures marked, steps that never ran left out', () => {
    const chart = only(renderTimeline(state)) as Gantt;
    expect(chart.tasks.map((t) => [t.section, t.name, t.end - t.start, t.tags.join()])).toEqual([
      ['Phases', 'preflight', 3000, 'done'],
      ['Phases', 'control-plane', 60000, 'done'],
      ['Phases', 'workers', 37000, 'crit'],
      ['Worker batches', 'batch 1 (1 node)', 17000, 'done'],
      ['Worker batches', 'batch 2 (2 nodes)', 20000, 'crit'],
    ]);
  });
});
