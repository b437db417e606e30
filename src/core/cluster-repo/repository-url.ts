/**
 * Which hosted repository a git remote URL names, whatever its form: `https://host/o/n.git`,
 * `ssh://git@host:22/o/n`, `git://host/o/n`, scp-style `git@host:o/n.git`, with or without
 * credentials, a port, `.git` or a trailing slash. Local paths and `file://` URLs name no
 * hosted repository and give undefined.
 */
export interface HostedRepository {
  /** Lower-case host name, without port or credentials. */
  host: string;
  /** `owner/name` (GitLab subgroups keep every segment: `group/sub/name`). */
  path: string;
}

export const UPSTREAM_KUBESPRAY: HostedRepository = { host: 'github.com', path: 'kubernetes-sigs/kubespray' };

export function hostedRepository(url: string): HostedRepository | undefined {
  const u = url.trim();
  const scheme = /^(?:https?|ssh|git|git\+ssh|ssh\+git):\/\/(?:[^@/]*@)?([^/:?#]+)(?::\d*)?(\/[^?#]*)/i.exec(u);
  // scp-style `[user@]host:path`: no scheme, and the colon comes before any slash.
  const scp = scheme ? null : /^(?:[^@/:]+@)?([^/:]+):(?!\/\/)([^?#]+)$/.exec(u);
  const m = scheme ?? scp;
  if (!m || (scp && /^[a-z]$/i.test(m[1]!))) return undefined; // `C:\...` is a Windows path
  const repoPath = m[2]!
    .replace(/^\/+|\/+$/g, '')
    .replace(/\.git$/i, '')
    .replace(/^~[^/]*\//, '');
  const segments = repoPath.split('/').filter(Boolean);
  if (segments.length < 2 || segments.some((s) => s === '.' || s === '..')) return undefined;
  return { host: m[1]!.toLowerCase(), path: segments.join('/') };
}

export function sameRepository(a: HostedRepository, b: HostedRepository): boolean {
  return a.host === b.host && a.path.toLowerCase() === b.path.toLowerCase();
}

export function describeRepository(r: HostedRepository): string {
  return `${r.host}/${r.path}`;
}

/**
 * The web address of a repository on github.com or on the GitHub Enterprise Server the run
 * belongs to (`serverUrl`); undefined on any other host, whose compare pages have another
 * shape: no link beats a wrong one.
 */
export function githubWebUrl(r: HostedRepository, serverUrl = 'https://github.com'): string | undefined {
  const server = /^https?:\/\/([^/:]+)/i.exec(serverUrl.trim());
  const serverHost = server?.[1]?.toLowerCase();
  const isGitHub = r.host === 'github.com' || r.host === serverHost;
  if (!isGitHub || r.path.split('/').length !== 2) return undefined;
  const base = r.host === serverHost ? serverUrl.trim().replace(/\/+$/, '') : 'https://github.com';
  return `${base}/${r.path}`;
}
