import { execFile } from 'node:child_process';

function git(gitDir: string, args: readonly string[]): Promise<{ code: number; stdout: string }> {
  return new Promise((resolve) => {
    execFile('git', ['--git-dir', gitDir, ...args], { encoding: 'utf8' }, (error, stdout) => {
      resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout });
    });
  });
}

/** The commit a branch of the bare "origin" points at, or undefined when it does not exist. */
export async function branchSha(gitDir: string, branch: string): Promise<string | undefined> {
  const r = await git(gitDir, ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`]);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

/** Commits on `head` that `base` lacks; GitHub refuses a pull request when there are none. */
export async function commitsAhead(gitDir: string, base: string, head: string): Promise<number> {
  const r = await git(gitDir, ['rev-list', '--count', `refs/heads/${base}..refs/heads/${head}`]);
  return r.code === 0 ? Number(r.stdout.trim()) : 0;
}
