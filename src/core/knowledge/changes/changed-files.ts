import { ActionError } from '../../errors.js';
import type { Git } from '../../git/git.js';
import type { ChangeStatus, ChangedFile, ChangedFilesSummary } from '../upgrade-report-types.js';

/** The parts of Kubespray a cluster upgrade runs or copies. */
export const CHANGED_FILE_PATHSPECS = ['inventory', 'galaxy.yml', 'playbooks', 'roles', 'requirements.txt'] as const;

const STATUSES: readonly string[] = ['A', 'M', 'D', 'T'] satisfies ChangeStatus[];

/** `git diff --name-status --no-renames <from> <to> -- <paths>`: trees are compared, so shallow tags work. */
export async function changedFiles(git: Git, fromCommit: string, toCommit: string): Promise<ChangedFile[]> {
  return parseNameStatusZ(await git.diffNameStatus(fromCommit, toCommit, CHANGED_FILE_PATHSPECS));
}

/** `-z` output: status NUL path NUL ..., so paths with tabs or newlines stay intact. */
export function parseNameStatusZ(output: string): ChangedFile[] {
  const fields = output.split('\0');
  const out: ChangedFile[] = [];
  for (let i = 0; i + 1 < fields.length; i += 2) {
    const status = fields[i]!;
    if (!STATUSES.includes(status)) throw new ActionError(`unexpected git diff status ${JSON.stringify(status)} for ${fields[i + 1]}`);
    out.push({ status: status as ChangeStatus, path: fields[i + 1]! });
  }
  return out;
}

/** Plain `status<TAB>path` lines, as in the recorded changes/*.tsv files; `#` lines are skipped. */
export function parseNameStatusLines(text: string): ChangedFile[] {
  const out: ChangedFile[] = [];
  for (const line of text.split('\n')) {
    if (!line || line.startsWith('#')) continue;
    const tab = line.indexOf('\t');
    out.push({ status: line.slice(0, tab) as ChangeStatus, path: line.slice(tab + 1) });
  }
  return out;
}

/** Role subdirectories Ansible knows; the path before the first one names the role. */
const ROLE_PARTS = new Set([
  'tasks',
  'handlers',
  'defaults',
  'vars',
  'meta',
  'templates',
  'files',
  'library',
  'module_utils',
  'filter_plugins',
  'lookup_plugins',
  'molecule',
  'tests',
]);

/**
 * The role a file under roles/ belongs to. Kubespray nests roles
 * (roles/kubernetes-apps/ingress_controller/cert_manager), so a role is the path up to
 * its first standard role directory; a loose file (OWNERS, a script) belongs to its folder.
 */
export function roleOf(file: string): string | undefined {
  const parts = file.split('/');
  if (parts[0] !== 'roles' || parts.length < 3) return parts[0] === 'roles' && parts.length === 2 ? '(roles)' : undefined;
  const inner = parts.slice(1);
  const cut = inner.findIndex((p, i) => i > 0 && i < inner.length - 1 && ROLE_PARTS.has(p));
  return (cut > 0 ? inner.slice(0, cut) : inner.slice(0, -1)).join('/');
}

/** The top-level path an upgrade reviewer thinks in: inventory, playbooks, roles, galaxy.yml, requirements.txt. */
export function areaOf(file: string): string {
  return file.split('/')[0]!;
}

export function summarizeChangedFiles(files: readonly ChangedFile[]): ChangedFilesSummary {
  const byArea: Record<string, number> = {};
  const byRole: Record<string, number> = {};
  const byStatus: Record<string, number> = {};
  for (const f of files) {
    byArea[areaOf(f.path)] = (byArea[areaOf(f.path)] ?? 0) + 1;
    byStatus[f.status] = (byStatus[f.status] ?? 0) + 1;
    const role = roleOf(f.path);
    if (role !== undefined) byRole[role] = (byRole[role] ?? 0) + 1;
  }
  return { total: files.length, byArea: sortedRecord(byArea), byRole: sortedRecord(byRole), byStatus: sortedRecord(byStatus) };
}

function sortedRecord(r: Record<string, number>): Record<string, number> {
  return Object.fromEntries(Object.entries(r).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
