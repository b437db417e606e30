import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parseDocument } from 'yaml';
import { REPO_ROOT } from '../support/paths.js';

export type Json = Record<string, unknown>;

export interface Step extends Json {
  name?: string;
  id?: string;
  uses?: string;
  run?: string;
  if?: string;
  with?: Record<string, unknown>;
  env?: Record<string, unknown>;
}

export interface Job extends Json {
  steps?: Step[];
  with?: Record<string, unknown>;
  uses?: string;
}

export interface Workflow {
  file: string;
  /** Repo-relative path, for messages. */
  rel: string;
  text: string;
  data: Json & { jobs: Record<string, Job> };
}

/** The reusable workflows this suite ships. */
export const REUSABLE = ['.github/workflows/detect.yml', '.github/workflows/upgrade.yml'];

export function exampleFiles(): string[] {
  const dir = path.join(REPO_ROOT, 'docs', 'examples');
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join('docs', 'examples', f));
}

/** Parses a workflow strictly: a YAML error is a test failure, not an empty document. */
export function loadWorkflow(rel: string): Workflow {
  const file = path.join(REPO_ROOT, rel);
  const text = readFileSync(file, 'utf8');
  const doc = parseDocument(text, { uniqueKeys: true });
  if (doc.errors.length > 0) throw new Error(`${rel}: ${doc.errors.map((e) => e.message).join('; ')}`);
  return { file, rel, text, data: doc.toJS() as Workflow['data'] };
}

/** `on:` is read by YAML 1.1 parsers as `true`; the yaml package (1.2) keeps the key "on". */
export function triggers(w: Workflow): Json {
  return (w.data.on ?? {}) as Json;
}

export function steps(job: Job): Step[] {
  return job.steps ?? [];
}

export function stepByUses(job: Job, usesSuffix: string): Step {
  const found = steps(job).filter((s) => s.uses?.endsWith(usesSuffix));
  if (found.length !== 1) throw new Error(`expected one step using ...${usesSuffix}, found ${found.length}`);
  return found[0]!;
}

export function stepById(job: Job, id: string): Step {
  const found = steps(job).find((s) => s.id === id);
  if (!found) throw new Error(`no step with id ${id}`);
  return found;
}

/** Every `uses:` of a workflow (steps and reusable-workflow jobs), with the raw line it sits on. */
export function usesLines(w: Workflow): Array<{ uses: string; line: string }> {
  const out: Array<{ uses: string; line: string }> = [];
  const lines = w.text.split('\n');
  for (const job of Object.values(w.data.jobs)) {
    for (const uses of [job.uses, ...steps(job).map((s) => s.uses)]) {
      if (typeof uses !== 'string') continue;
      const line = lines.find((l) => new RegExp(`^\\s*(- )?uses: ${escape(uses)}(\\s|$)`).test(l)) ?? '';
      out.push({ uses, line });
    }
  }
  return out;
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Every piece of text a shell or a script interpreter runs: run: bodies and github-script scripts. */
export function scriptBodies(w: Workflow): Array<{ where: string; text: string }> {
  const out: Array<{ where: string; text: string }> = [];
  for (const [jobId, job] of Object.entries(w.data.jobs)) {
    for (const [i, s] of steps(job).entries()) {
      const where = `${w.rel} jobs.${jobId}.steps[${i}]${s.name ? ` (${s.name})` : ''}`;
      if (typeof s.run === 'string') out.push({ where, text: s.run });
      if (s.uses?.startsWith('actions/github-script@') && typeof s.with?.script === 'string') out.push({ where, text: s.with.script });
    }
  }
  return out;
}

/** The inputs an action.yml of this repository declares. */
export function actionInputs(action: string): { inputs: Record<string, { required?: boolean; default?: unknown }>; outputs: Record<string, unknown> } {
  const doc = parseDocument(readFileSync(path.join(REPO_ROOT, 'actions', action, 'action.yml'), 'utf8')).toJS() as Json;
  return { inputs: (doc.inputs ?? {}) as Record<string, { required?: boolean }>, outputs: (doc.outputs ?? {}) as Record<string, unknown> };
}
