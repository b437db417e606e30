import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * Git objects of the fake's "origin", made with real git so the trees and commits the Git
 * Data API routes create hash exactly as GitHub's would.
 */
export function gitIn(gitDir: string, args: readonly string[], opts: { input?: string | Buffer; env?: Record<string, string> } = {}): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    const child = execFile('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8', env: { ...process.env, ...opts.env } }, (error, stdout, stderr) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr });
    });
    // A command that exits without reading its stdin must not fail the fake with EPIPE.
    child.stdin?.on('error', () => undefined);
    if (opts.input === undefined) child.stdin?.end();
    else child.stdin?.end(opts.input);
  });
}

export async function objectType(gitDir: string, sha: string): Promise<string | undefined> {
  const r = await gitIn(gitDir, ['cat-file', '-t', sha]);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

export interface TreeEdit {
  path: string;
  mode: string;
  /** Blob or gitlink id; null removes the path. */
  sha: string | null;
}

/** The tree `base` becomes with `edits` applied (nested paths create or replace subtrees). */
export async function editTree(gitDir: string, base: string | undefined, edits: readonly TreeEdit[]): Promise<string> {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'fake-github-index-'));
  const env = { GIT_INDEX_FILE: path.join(dir, 'index') };
  try {
    if (base) await gitIn(gitDir, ['read-tree', base], { env });
    const lines = edits.map((e) => (e.sha === null ? `0 ${'0'.repeat(40)}\t${e.path}` : `${e.mode} ${e.sha}\t${e.path}`));
    const u = await gitIn(gitDir, ['update-index', '--index-info'], { env, input: lines.join('\n') + '\n' });
    if (u.code !== 0) throw new Error(`fake-github: update-index failed: ${u.stderr}`);
    const w = await gitIn(gitDir, ['write-tree', '--missing-ok'], { env });
    if (w.code !== 0) throw new Error(`fake-github: write-tree failed: ${w.stderr}`);
    return w.stdout.trim();
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
