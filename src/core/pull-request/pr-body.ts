import { code, link, table } from '../text/markdown.js';
import { changelogUrl, componentName } from '../knowledge/changelog-links.js';
import type { ComponentChange, ResolvedValue, UpgradeReport } from '../knowledge/upgrade-report-types.js';
import { neutraliseReleaseNotes } from '../github/markdown-safety.js';
import type { FileImageChange } from './image-files.js';
import { renderChecklist, type ChecklistInput } from './pr-checklist.js';
import { location, type RepoLinks } from './pr-links.js';
import { renderProvenance, type Provenance } from './pr-provenance.js';
import { keptBranchNote, type OldPin } from '../managers/gitmodules-branch.js';
import type { ForkCompare } from './fork-links.js';

/** GitHub rejects a PR body over 65,536 characters. */
export const PR_BODY_LIMIT = 65_536;

export interface ReleaseNoteInput {
  tag: string;
  body?: string;
  url?: string;
  /** What to say when the release has no notes, if not "no GitHub release" (a fork's tag: whose release is missing). */
  absent?: string;
}

/** Whether the notes were asked for: an absent note means "no release" only when they were. */
export type NotesAvailability = { fetched: true } | { fetched: false; why: string };

export interface PrBodyInput {
  report: UpgradeReport;
  /** Every tag in (from, to], oldest first, with its notes when GitHub has a release. */
  releaseNotes: ReleaseNoteInput[];
  notes: NotesAvailability;
  /** `https://github.com/kubernetes-sigs/kubespray` (or a GHES/mirror equivalent). */
  kubesprayWebUrl: string;
  /** Set when the submodule is a fork: the compare link is the fork's (or there is none, and why). */
  fork?: ForkCompare;
  /** owner/name the notes come from: bare `#123` in them becomes `owner/name#123`. */
  kubesprayRepository: string;
  /** The Kubespray submodule; absent in an image-only repo, where the image pins are the release. */
  submodulePath?: string;
  imageChanges: FileImageChange[];
  /** Pins rewritten because update-pinned-versions was set. */
  rewrittenPins: Array<{ file: string; line: number; before: string; after: string }>;
  /** The `.gitmodules` `branch =` line moved with the hop. */
  gitmodulesBranch?: { line: number; before: string; after: string };
  /** A `.gitmodules` `branch =` line naming a branch, left as it is (the body says why). */
  gitmodulesKept?: { line: number; value: string; pin?: OldPin };
  /** Hidden marker so a rerun can recognise the PR. */
  marker: string;
  config: ChecklistInput['config'];
  /** Where `file:line` links point; undefined when the repository is not known (a local dry run). */
  links?: RepoLinks;
  provenance: Provenance;
  /** Extra sections after the hazards (e.g. the upgrade path diagram). */
  pictures?: string[];
}

const show = (v: ResolvedValue) => (v.known ? v.value : `unknown (${v.expression})`);
const same = (a: ResolvedValue, b: ResolvedValue) => a.known && b.known && a.value === b.value;

/**
 * The PR body reviewers approve on: hazards first, then components, drift, images, changed
 * files, release notes, the compare link, the checklist and where the PR came from.
 * Release notes are what gets shortened when the body would exceed GitHub's limit.
 */
export function renderPullRequestBody(input: PrBodyInput, limit = PR_BODY_LIMIT): string {
  const { report } = input;
  const compare = compareLink(input);
  const intro = [
    input.marker,
    `## Kubespray ${code(report.from)} → ${code(report.to)}`,
    '',
    `One safe hop: ${input.submodulePath ? `the ${code(input.submodulePath)} submodule and every image reference move` : 'every kubespray image pin moves (this repo names Kubespray only through its image)'} together. ` +
      `Kubespray upgrades one minor at a time; review the points of interest below before merging.`,
    '',
    renderHazards(report, input.links),
    ...(input.pictures ?? []),
  ];
  const head = [...intro, renderComponents(report, input.links), renderImages(input), renderDrift(report, input.links)];
  const footer = [renderChecklist(input), renderProvenance(input.provenance)];
  const tail = [renderChangedFiles(report), `### Compare\n\n${compare}\n`, ...footer];
  const fixed = [...head, ...tail].join('\n');
  const notesBudget = limit - fixed.length - 200;
  if (notesBudget < 0) {
    // Even without notes it is too long (a huge drift list): keep hazards and components, link the rest.
    const more = `### More\n\nThe full report is in the job summary and the report artifact.\n\n${compare}\n`;
    const rest = [renderComponents(report, input.links), more, ...footer].join('\n');
    return `${intro.join('\n').slice(0, Math.max(0, limit - rest.length - 1))}\n${rest}`.slice(0, limit);
  }
  return [...head, renderReleaseNotes(input, notesBudget), ...tail].join('\n');
}

/** Upstream's compare page, or the fork's; a fork on a host without GitHub's pages gets the reason instead. */
function compareLink(input: PrBodyInput): string {
  const { report, fork } = input;
  if (!fork) return `${input.kubesprayWebUrl}/compare/${report.from}...${report.to}`;
  return fork.url ?? `No compare link for the fork ${code(fork.repository)}: ${fork.why}.`;
}

function renderHazards(report: UpgradeReport, links: RepoLinks | undefined): string {
  if (report.hazards.length === 0) return '### Points of interest\n\nNo hazards found for this hop.\n';
  const order = { error: 0, warning: 1, notice: 2 } as const;
  const rows = [...report.hazards]
    .sort((a, b) => order[a.severity] - order[b.severity])
    .map((h) => [
      h.severity === 'error' ? '🛑 error' : h.severity === 'warning' ? '⚠️ warning' : 'ℹ️ notice',
      code(h.id),
      h.file ? location(h.file, h.line, links) : (h.inventories ?? []).map(code).join(', '),
      h.message + (h.suggestion ? ` Suggested line: ${code(h.suggestion)}` : ''),
    ]);
  return `### Points of interest\n\n${table(['Severity', 'Hazard', 'Where', 'What to do'], rows)}\n`;
}

function componentRow(variable: string, c: ComponentChange, clusters: UpgradeReport['clusters'], links: RepoLinks | undefined): string[] {
  const changelog = c.to.known ? changelogUrl(variable, c.to.value) : undefined;
  return [
    componentName(variable),
    code(show(c.from)),
    code(show(c.to)),
    clusters ? perCluster(variable, c, clusters, links) : effectiveCell(c, c, links),
    changelog ? link('notes', changelog) : '',
  ];
}

/** What one cluster gets when that differs from Kubespray's defaults; blank when it follows them. */
function effectiveCell(defaults: ComponentChange, own: Pick<ComponentChange, 'effectiveFrom' | 'effectiveTo' | 'pinned'>, links: RepoLinks | undefined): string {
  const follows = same(own.effectiveFrom, defaults.from) && same(own.effectiveTo, defaults.to);
  return (follows ? '' : `${code(show(own.effectiveFrom))} → ${code(show(own.effectiveTo))}`) + (own.pinned ? ` (pinned at ${location(own.pinned.file, own.pinned.line, links)})` : '');
}

/** Every cluster that does not simply follow the defaults, one per line, so no cluster's pin hides behind another's. */
function perCluster(variable: string, c: ComponentChange, clusters: NonNullable<UpgradeReport['clusters']>, links: RepoLinks | undefined): string {
  const lines = clusters.flatMap((cl) => {
    const own = cl.components[variable];
    const cell = own ? effectiveCell(c, own, links) : '';
    return cell ? [`${code(cl.inventory)}: ${cell.trim()}`] : [];
  });
  return lines.length > 0 ? lines.join('<br>') : `all ${clusters.length} clusters follow the defaults`;
}

function renderComponents(report: UpgradeReport, links: RepoLinks | undefined): string {
  const entries = Object.entries(report.components);
  const differs = (v: string, c: ComponentChange) =>
    !same(c.from, c.to) || !same(c.effectiveFrom, c.effectiveTo) || c.pinned || (report.clusters ?? []).some((cl) => effectiveCell(c, cl.components[v] ?? c, undefined) !== '');
  const changed = entries.filter(([v, c]) => differs(v, c));
  const unchanged = entries.filter((e) => !changed.includes(e));
  const header = ['Component', report.from, report.to, report.clusters ? 'Effective per cluster' : 'Effective for this cluster', 'Changelog'];
  const parts = ['### Components', ''];
  parts.push(changed.length ? table(header, changed.map(([v, c]) => componentRow(v, c, report.clusters, links))) : 'No component version changes.');
  if (unchanged.length) {
    parts.push('', `<details><summary>Unchanged (${unchanged.length})</summary>`, '', unchanged.map(([v, c]) => `${componentName(v)} ${code(show(c.to))}`).join(', '), '', '</details>');
  }
  return parts.join('\n') + '\n';
}

function renderImages(input: PrBodyInput): string {
  const lines = ['### Files changed by this PR', ''];
  const rows = [
    ...(input.submodulePath ? [[code(input.submodulePath), 'submodule', `${code(input.report.from)} → ${code(input.report.to)}`]] : []),
    ...input.imageChanges.map((c) => [location(c.file, c.line, input.links), 'image reference', `${code(c.before.trim())} → ${code(c.after.trim())}`]),
    ...input.rewrittenPins.map((p) => [location(p.file, p.line, input.links), 'inventory pin', `${code(p.before.trim())} → ${code(p.after.trim())}`]),
    ...(input.gitmodulesBranch ? [[location('.gitmodules', input.gitmodulesBranch.line, input.links), 'submodule branch', `${code(input.gitmodulesBranch.before.trim())} → ${code(input.gitmodulesBranch.after.trim())}`]] : []),
  ];
  lines.push(table(['File', 'What', 'Change'], rows));
  if (input.imageChanges.length === 0 && input.submodulePath) lines.push('', `No image reference to ${code(`kubespray:${input.report.from}`)} was found outside the submodule.`);
  if (input.gitmodulesKept) lines.push('', `> [!NOTE]\n> ${keptBranchNote(input.gitmodulesKept, input.gitmodulesKept.pin ?? input.report.from, input.report.to, code)}`);
  return lines.join('\n') + '\n';
}

/** A sample value as it is: in a code span, so `*` and `_` are not emphasis. */
const value = (v: string | undefined) => (v === undefined ? '' : code(v));

function renderDrift(report: UpgradeReport, links: RepoLinks | undefined): string {
  const d = report.inventoryDrift;
  if (!d) return '';
  const s = d.sample;
  const rows = [
    ...s.added.map((c) => ['added', code(c.variable), code(c.file), '', value(c.to)]),
    ...s.removed.map((c) => ['removed', code(c.variable), code(c.file), value(c.from), '']),
    ...s.changed.map((c) => ['changed', code(c.variable), code(c.file), value(c.from), value(c.to)]),
  ];
  const parts = [`### Inventory drift (${code('inventory/sample')} ${report.from} → ${report.to})`, ''];
  parts.push(rows.length ? table(['', 'Variable', 'Sample file', report.from, report.to], rows) : 'The sample variables did not change.');
  if (s.filesAdded.length || s.filesRemoved.length) {
    parts.push('', `Sample files added: ${s.filesAdded.map(code).join(', ') || 'none'}; removed: ${s.filesRemoved.map(code).join(', ') || 'none'}.`);
  }
  if (d.maybeObsolete.length) {
    parts.push('', 'Variables your inventory sets that the target no longer knows (maybe obsolete):', '');
    parts.push(...d.maybeObsolete.map((o) => `- ${code(o.variable)} at ${location(o.file, o.line, links)}`));
  }
  return parts.join('\n') + '\n';
}

function renderChangedFiles(report: UpgradeReport): string {
  const byArea = Object.entries(report.changedFilesSummary.byArea).map(([k, n]) => [k, String(n)]);
  const byRole = Object.entries(report.changedFilesSummary.byRole).sort(([, a], [, b]) => b - a).map(([k, n]) => [k, String(n)]);
  return [
    `<details><summary>Changed files in Kubespray (${report.changedFiles.length})</summary>`,
    '',
    table(['Area', 'Files'], byArea),
    '',
    byRole.length ? table(['Role', 'Files'], byRole) : '',
    '',
    report.changedFiles.map((f) => `${f.status} ${code(f.path)}`).join('<br>\n'),
    '',
    '</details>',
    '',
  ].join('\n');
}

/**
 * One linked heading per tag, its notes folded in `<details>`: the notes are long and
 * written for another audience, so they are there when wanted and out of the way otherwise.
 */
function renderReleaseNotes(input: PrBodyInput, budget: number): string {
  const parts = ['### Kubespray release notes', ''];
  if (!input.notes.fetched) parts.push(`Release notes were not fetched: ${input.notes.why}. Each heading links to the release page.`, '');
  const per = Math.max(200, Math.floor(budget / Math.max(1, input.releaseNotes.length)) - 200);
  for (const n of input.releaseNotes) {
    const page = n.url ?? `${input.kubesprayWebUrl}/releases/tag/${encodeURIComponent(n.tag)}`;
    parts.push(`#### ${link(n.tag, page)}`, '');
    if (!input.notes.fetched) continue;
    if (n.body === undefined) {
      parts.push(n.absent ?? `No GitHub release was found for ${code(n.tag)}.`, '');
      continue;
    }
    const safe = neutraliseReleaseNotes(n.body, { maxChars: per, sourceRepo: input.kubesprayRepository });
    parts.push(`<details><summary>Release notes of ${n.tag}</summary>`, '', safe.text, '', '</details>', '');
    if (safe.truncated) parts.push(`${link(`Full release notes for ${n.tag}`, page)}`, '');
  }
  return parts.join('\n');
}
