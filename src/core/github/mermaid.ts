/**
 * Mermaid diagrams GitHub renders in PR bodies and job summaries. Only a small subset is
 * emitted (a left-to-right flowchart and a Gantt chart with absolute times), and every label
 * passes through an escaper, so text from tags, inventories or the API cannot end a label,
 * add a node, or start a directive.
 */

/**
 * A flowchart label for `id["…"]`: anything but plain letters, digits and a few harmless
 * marks becomes a numeric entity (`#35;`), which Mermaid decodes for display.
 */
export function flowLabel(text: string): string {
  return [...text.slice(0, 200)].map((c) => (/[\p{L}\p{N} .,_/+()→-]/u.test(c) && c !== '\u2028' ? c : `#${c.codePointAt(0)};`)).join('');
}

/**
 * A Gantt task or section name: the grammar has no escape, and `:` starts the task's data,
 * `#` and `;` end the line, `%%` starts a comment; so only safe characters are kept.
 */
export function ganttLabel(text: string): string {
  const kept = text.slice(0, 120).replace(/[^\p{L}\p{N} ._/()+-]/gu, ' ').replace(/\s+/g, ' ').trim();
  return kept || '-';
}

export interface FlowNode {
  label: string;
  /** One of the classes defined by the chart (e.g. `current`, `hazard`, `error`). */
  className?: string;
}

const CLASSES: Record<string, string> = {
  current: 'fill:#e7f0ff,stroke:#0969da',
  hop: 'fill:#dafbe1,stroke:#1a7f37',
  hazard: 'fill:#fff8c5,stroke:#9a6700',
  error: 'fill:#ffebe9,stroke:#cf222e',
  unstudied: 'fill:#f6f8fa,stroke:#8c959f',
};

/** A chain of nodes, left to right: n0 --> n1 --> … */
export function flowchartChain(nodes: readonly FlowNode[]): string {
  const lines = ['```mermaid', 'flowchart LR'];
  nodes.forEach((n, i) => lines.push(`  n${i}["${flowLabel(n.label)}"]`));
  for (let i = 1; i < nodes.length; i++) lines.push(`  n${i - 1} --> n${i}`);
  const used = [...new Set(nodes.map((n) => n.className).filter((c): c is string => !!c && c in CLASSES))];
  for (const c of used) {
    lines.push(`  classDef ${c} ${CLASSES[c]}`);
    lines.push(`  class ${nodes.flatMap((n, i) => (n.className === c ? [`n${i}`] : [])).join(',')} ${c}`);
  }
  return [...lines, '```'].join('\n');
}

export interface GanttTask {
  section: string;
  label: string;
  startMs: number;
  endMs: number;
  state: 'done' | 'failed' | 'running' | 'pending';
}

/** A Gantt chart with absolute start and end times (epoch ms), so bars show real durations. */
export function ganttChart(title: string, tasks: readonly GanttTask[]): string {
  const lines = ['```mermaid', 'gantt', `  title ${ganttLabel(title)}`, '  dateFormat x', '  axisFormat %H:%M:%S'];
  let section: string | undefined;
  tasks.forEach((t, i) => {
    const name = ganttLabel(t.section);
    if (name !== section) lines.push(`  section ${name}`);
    section = name;
    const tag = t.state === 'done' ? 'done, ' : t.state === 'failed' ? 'crit, ' : t.state === 'running' ? 'active, ' : '';
    // Mermaid draws nothing for a zero-length bar; a millisecond keeps instant steps visible.
    const end = Math.max(Math.round(t.endMs), Math.round(t.startMs) + 1);
    lines.push(`  ${ganttLabel(t.label)} :${tag}t${i}, ${Math.round(t.startMs)}, ${end}`);
  });
  return [...lines, '```'].join('\n');
}
