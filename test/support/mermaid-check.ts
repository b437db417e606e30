/**
 * A validating parser for the Mermaid subset this suite emits (see src/core/github/mermaid.ts):
 * `flowchart LR` with quoted node labels, `-->` edges, classDef/class; and `gantt` with
 * title, dateFormat x, axisFormat, sections and tasks `name :[tags, ]id, start, end`. It is
 * stricter than Mermaid: anything outside the subset is an error, so an escaping slip shows.
 */
export interface Flowchart {
  kind: 'flowchart';
  nodes: Map<string, string>;
  edges: Array<[string, string]>;
  classes: Map<string, string[]>;
}
export interface Gantt {
  kind: 'gantt';
  title?: string;
  tasks: Array<{ section: string; name: string; tags: string[]; id: string; start: number; end: number }>;
}

/** Every ```mermaid block in a Markdown text. */
export function mermaidBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```mermaid\n([\s\S]*?)\n```$/gm)].map((m) => m[1]!);
}

export function parseMermaid(source: string): Flowchart | Gantt {
  const lines = source.split('\n');
  const head = lines[0]!.trim();
  if (/^flowchart (LR|RL|TB|TD|BT)$/.test(head)) return parseFlowchart(lines.slice(1));
  if (head === 'gantt') return parseGantt(lines.slice(1));
  throw new Error(`unknown diagram type: ${head}`);
}

const ID = '[A-Za-z][A-Za-z0-9_]*';
const ENTITY_OR_SAFE = /^(?:[^"#\n\r;`<>[\]{}|]|#\d+;)*$/u;

function parseFlowchart(lines: string[]): Flowchart {
  const chart: Flowchart = { kind: 'flowchart', nodes: new Map(), edges: [], classes: new Map() };
  const defs = new Set<string>();
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = new RegExp(`^(${ID})\\["(.*)"\\]$`).exec(line))) {
      if (!ENTITY_OR_SAFE.test(m[2]!)) throw new Error(`line ${i + 2}: unsafe label ${JSON.stringify(m[2])}`);
      if (chart.nodes.has(m[1]!)) throw new Error(`line ${i + 2}: node ${m[1]} defined twice`);
      chart.nodes.set(m[1]!, m[2]!.replace(/#(\d+);/g, (_, n: string) => String.fromCodePoint(Number(n))));
    } else if ((m = new RegExp(`^(${ID}) --> (${ID})$`).exec(line))) {
      for (const id of [m[1]!, m[2]!]) if (!chart.nodes.has(id)) throw new Error(`line ${i + 2}: edge to undefined node ${id}`);
      chart.edges.push([m[1]!, m[2]!]);
    } else if ((m = new RegExp(`^classDef (${ID}) ([\\w#:,-]+)$`).exec(line))) {
      defs.add(m[1]!);
    } else if ((m = new RegExp(`^class (${ID}(?:,${ID})*) (${ID})$`).exec(line))) {
      if (!defs.has(m[2]!)) throw new Error(`line ${i + 2}: class ${m[2]} used before classDef`);
      const ids = m[1]!.split(',');
      for (const id of ids) if (!chart.nodes.has(id)) throw new Error(`line ${i + 2}: class on undefined node ${id}`);
      chart.classes.set(m[2]!, ids);
    } else if (line !== '') {
      throw new Error(`line ${i + 2}: not in the flowchart subset: ${JSON.stringify(line)}`);
    }
  }
  return chart;
}

const GANTT_TEXT = /^[^:#;%\n\r]+$/;

function parseGantt(lines: string[]): Gantt {
  const chart: Gantt = { kind: 'gantt', tasks: [] };
  let dateFormat = false;
  let section: string | undefined;
  const ids = new Set<string>();
  for (const [i, raw] of lines.entries()) {
    const line = raw.trim();
    let m: RegExpExecArray | null;
    if ((m = /^title (.+)$/.exec(line))) {
      if (!GANTT_TEXT.test(m[1]!)) throw new Error(`line ${i + 2}: unsafe title`);
      chart.title = m[1]!;
    } else if (line === 'dateFormat x') dateFormat = true;
    else if (/^axisFormat [%\w:. -]+$/.test(line)) continue;
    else if ((m = /^section (.+)$/.exec(line))) {
      if (!GANTT_TEXT.test(m[1]!)) throw new Error(`line ${i + 2}: unsafe section name`);
      section = m[1]!;
    } else if ((m = /^([^:]+?) :((?:(?:done|active|crit|milestone), )*)(\w+), (\d+), (\d+)$/.exec(line))) {
      if (!dateFormat) throw new Error(`line ${i + 2}: task before dateFormat x`);
      if (section === undefined) throw new Error(`line ${i + 2}: task outside a section`);
      if (!GANTT_TEXT.test(m[1]!)) throw new Error(`line ${i + 2}: unsafe task name`);
      if (ids.has(m[3]!)) throw new Error(`line ${i + 2}: duplicate task id ${m[3]}`);
      ids.add(m[3]!);
      const start = Number(m[4]);
      const end = Number(m[5]);
      if (end <= start) throw new Error(`line ${i + 2}: task ends before it starts`);
      chart.tasks.push({ section, name: m[1]!, tags: m[2]!.split(', ').filter(Boolean), id: m[3]!, start, end });
    } else if (line !== '') {
      throw new Error(`line ${i + 2}: not in the gantt subset: ${JSON.stringify(line)}`);
    }
  }
  return chart;
}
