import type { Route, RouteContext } from '../context.js';
import { HttpError, notFound, validationFailed, DOCS } from '../http.js';
import { editTree, gitIn, objectType, type TreeEdit } from '../git-objects.js';

/**
 * The Git Data API (blobs, trees, commits, refs) over the repository's bare "origin", in
 * GitHub's shapes. A commit created without author and committer is made as the token's
 * identity and signed, so its `verification` says verified; one that names them is not.
 */
export const gitDataRoutes: Route[] = [
  { method: 'POST', pattern: 'git/blobs', handler: createBlob },
  { method: 'POST', pattern: 'git/trees', handler: createTree },
  { method: 'POST', pattern: 'git/commits', handler: createCommit },
  { method: 'GET', pattern: 'git/commits/*', handler: async (ctx) => ({ status: 200, body: await renderCommit(ctx, ctx.rest[2]!) }) },
  ...refRoutes('GET', 'git/ref', getRef),
  { method: 'POST', pattern: 'git/refs', handler: createRef },
  ...refRoutes('PATCH', 'git/refs', updateRef),
];

/** Octokit sends `heads/a/b` as one encoded segment, other clients as several: both reach the handler. */
function refRoutes(method: string, prefix: string, handler: Route['handler']): Route[] {
  return [1, 2, 3, 4, 5, 6].map((n) => ({ method, pattern: [prefix, ...Array<string>(n).fill('*')].join('/'), handler }));
}

const SHA = /^[0-9a-f]{40}$/;

function gitDir(ctx: RouteContext): string {
  if (!ctx.repo.gitDir) throw new Error(`fake-github: repo ${ctx.repo.fullName} has no gitDir configured`);
  return ctx.repo.gitDir;
}

async function createBlob(ctx: RouteContext) {
  const b = ctx.body as { content?: unknown; encoding?: unknown };
  if (typeof b.content !== 'string') throw validationFailed({ resource: 'Blob', field: 'content', code: 'missing_field' });
  const encoding = b.encoding ?? 'utf-8';
  if (encoding !== 'utf-8' && encoding !== 'base64') throw validationFailed({ resource: 'Blob', field: 'encoding', code: 'invalid' });
  const bytes = encoding === 'base64' ? Buffer.from(b.content, 'base64') : Buffer.from(b.content, 'utf8');
  const sha = (await gitIn(gitDir(ctx), ['hash-object', '-w', '--stdin'], { input: bytes })).stdout.trim();
  return { status: 201, body: { sha, url: `${ctx.apiBase}/repos/${ctx.repo.fullName}/git/blobs/${sha}` } };
}

async function createTree(ctx: RouteContext) {
  const b = ctx.body as { base_tree?: unknown; tree?: unknown };
  const dir = gitDir(ctx);
  if (!Array.isArray(b.tree)) throw validationFailed({ resource: 'Tree', field: 'tree', code: 'missing_field' });
  if (b.base_tree !== undefined && (typeof b.base_tree !== 'string' || (await objectType(dir, b.base_tree)) !== 'tree')) {
    throw validationFailed({ resource: 'Tree', field: 'base_tree', code: 'invalid' });
  }
  const edits: TreeEdit[] = [];
  for (const raw of b.tree as Array<Record<string, unknown>>) {
    const { path, mode, type, sha } = raw;
    if (typeof path !== 'string' || path === '' || path.startsWith('/') || path.split('/').some((p) => p === '' || p === '.' || p === '..')) {
      throw new HttpError(422, `tree.path contains a malformed path component`, { documentation_url: DOCS, status: '422' });
    }
    if (!['100644', '100755', '040000', '160000', '120000'].includes(String(mode))) throw new HttpError(422, `tree.mode is invalid`, { documentation_url: DOCS, status: '422' });
    if (sha === null) {
      edits.push({ path, mode: String(mode), sha: null });
      continue;
    }
    if (typeof sha !== 'string' || !SHA.test(sha)) throw new HttpError(422, 'tree.sha is not a valid sha', { documentation_url: DOCS, status: '422' });
    const wanted = mode === '160000' ? 'commit' : mode === '040000' ? 'tree' : 'blob';
    if (type !== wanted) throw new HttpError(422, `tree.type must be ${wanted} for mode ${String(mode)}`, { documentation_url: DOCS, status: '422' });
    // A gitlink names a commit of another repository; everything else must exist here.
    if (wanted !== 'commit' && (await objectType(dir, sha)) !== wanted) throw new HttpError(422, `tree.sha ${sha} is not a valid ${wanted}`, { documentation_url: DOCS, status: '422' });
    edits.push({ path, mode: String(mode), sha });
  }
  const sha = await editTree(dir, b.base_tree as string | undefined, edits);
  return { status: 201, body: { sha, url: `${ctx.apiBase}/repos/${ctx.repo.fullName}/git/trees/${sha}`, truncated: false } };
}

interface Person {
  name: string;
  email: string;
  date?: string;
}

async function createCommit(ctx: RouteContext) {
  const b = ctx.body as { message?: unknown; tree?: unknown; parents?: unknown; author?: Person; committer?: Person };
  const dir = gitDir(ctx);
  if (typeof b.message !== 'string') throw validationFailed({ resource: 'Commit', field: 'message', code: 'missing_field' });
  if (typeof b.tree !== 'string' || (await objectType(dir, b.tree)) !== 'tree') throw validationFailed({ resource: 'Commit', field: 'tree', code: 'invalid' });
  const parents = Array.isArray(b.parents) ? b.parents.map(String) : [];
  for (const p of parents) if ((await objectType(dir, p)) !== 'commit') throw validationFailed({ resource: 'Commit', field: 'parents', code: 'invalid' });
  const me: Person = { name: ctx.identity.login, email: `${ctx.identity.id}+${ctx.identity.login}@users.noreply.github.com` };
  const author = b.author ?? b.committer ?? me;
  const committer = b.committer ?? b.author ?? me;
  const r = await gitIn(dir, ['commit-tree', b.tree, ...parents.flatMap((p) => ['-p', p]), '-F', '-'], {
    input: b.message,
    env: {
      GIT_AUTHOR_NAME: author.name,
      GIT_AUTHOR_EMAIL: author.email,
      GIT_COMMITTER_NAME: committer.name,
      GIT_COMMITTER_EMAIL: committer.email,
      ...(author.date ? { GIT_AUTHOR_DATE: author.date } : {}),
      ...(committer.date ? { GIT_COMMITTER_DATE: committer.date } : {}),
    },
  });
  if (r.code !== 0) throw new Error(`fake-github: commit-tree failed: ${r.stderr}`);
  const sha = r.stdout.trim();
  // GitHub signs what it commits as the token's identity, not commits that name someone else.
  ctx.repo.signedCommits.set(sha, b.author === undefined && b.committer === undefined);
  return { status: 201, body: await renderCommit(ctx, sha) };
}

async function renderCommit(ctx: RouteContext, sha: string) {
  const dir = gitDir(ctx);
  if (!SHA.test(sha) || (await objectType(dir, sha)) !== 'commit') throw notFound();
  const out = (await gitIn(dir, ['show', '-s', '--format=%T%x00%P%x00%an%x00%ae%x00%aI%x00%cn%x00%ce%x00%cI%x00%B', sha])).stdout;
  const [tree = '', parents = '', an = '', ae = '', ad = '', cn = '', ce = '', cd = '', message = ''] = out.split('\0');
  const api = `${ctx.apiBase}/repos/${ctx.repo.fullName}/git`;
  const signed = ctx.repo.signedCommits.get(sha) === true;
  return {
    sha,
    node_id: `C_${sha.slice(0, 12)}`,
    url: `${api}/commits/${sha}`,
    html_url: `${ctx.htmlBase}/${ctx.repo.fullName}/commit/${sha}`,
    author: { name: an, email: ae, date: ad },
    committer: { name: cn, email: ce, date: cd },
    message: message.replace(/\n$/, ''),
    tree: { sha: tree, url: `${api}/trees/${tree}` },
    parents: parents.split(' ').filter(Boolean).map((p) => ({ sha: p, url: `${api}/commits/${p}`, html_url: `${ctx.htmlBase}/${ctx.repo.fullName}/commit/${p}` })),
    verification: signed
      ? { verified: true, reason: 'valid', signature: '-----BEGIN PGP SIGNATURE-----\n(fake)\n-----END PGP SIGNATURE-----', payload: `tree ${tree}`, verified_at: cd }
      : { verified: false, reason: 'unsigned', signature: null, payload: null, verified_at: null },
  };
}

function renderRef(ctx: RouteContext, branch: string, sha: string) {
  return { ref: `refs/heads/${branch}`, node_id: `REF_${branch}`, url: `${ctx.apiBase}/repos/${ctx.repo.fullName}/git/refs/heads/${branch}`, object: { type: 'commit', sha, url: `${ctx.apiBase}/repos/${ctx.repo.fullName}/git/commits/${sha}` } };
}

/** The branch name after `git/ref(s)/heads/`; other refs are not served. */
function branchOf(ctx: RouteContext): string {
  const ref = ctx.rest.slice(2).join('/');
  if (!ref.startsWith('heads/') || ref === 'heads/') throw notFound();
  return ref.slice('heads/'.length);
}

async function currentSha(ctx: RouteContext, branch: string): Promise<string | undefined> {
  const r = await gitIn(gitDir(ctx), ['rev-parse', '--verify', '--quiet', `refs/heads/${branch}^{commit}`]);
  return r.code === 0 ? r.stdout.trim() : undefined;
}

async function getRef(ctx: RouteContext) {
  const branch = branchOf(ctx);
  const sha = await currentSha(ctx, branch);
  if (!sha) throw notFound();
  return { status: 200, body: renderRef(ctx, branch, sha) };
}

async function createRef(ctx: RouteContext) {
  const b = ctx.body as { ref?: unknown; sha?: unknown };
  if (typeof b.ref !== 'string' || !/^refs\/heads\/./.test(b.ref) || b.ref.split('/').length < 3) throw validationFailed({ resource: 'Ref', field: 'ref', code: 'invalid' });
  if (typeof b.sha !== 'string' || (await objectType(gitDir(ctx), b.sha)) !== 'commit') throw validationFailed({ resource: 'Ref', field: 'sha', code: 'invalid' });
  const branch = b.ref.slice('refs/heads/'.length);
  if ((await gitIn(gitDir(ctx), ['check-ref-format', b.ref])).code !== 0) throw validationFailed({ resource: 'Ref', field: 'ref', code: 'invalid' });
  if (await currentSha(ctx, branch)) throw new HttpError(422, 'Reference already exists', { documentation_url: DOCS, status: '422' });
  await gitIn(gitDir(ctx), ['update-ref', b.ref, b.sha, '0'.repeat(40)]);
  return { status: 201, body: renderRef(ctx, branch, b.sha) };
}

async function updateRef(ctx: RouteContext) {
  const b = ctx.body as { sha?: unknown; force?: unknown };
  const branch = branchOf(ctx);
  const dir = gitDir(ctx);
  const old = await currentSha(ctx, branch);
  if (!old) throw new HttpError(422, 'Reference does not exist', { documentation_url: DOCS, status: '422' });
  if (typeof b.sha !== 'string' || (await objectType(dir, b.sha)) !== 'commit') throw validationFailed({ resource: 'Ref', field: 'sha', code: 'invalid' });
  if (b.force !== true && (await gitIn(dir, ['merge-base', '--is-ancestor', old, b.sha])).code !== 0) {
    throw new HttpError(422, 'Update is not a fast forward', { documentation_url: DOCS, status: '422' });
  }
  await gitIn(dir, ['update-ref', `refs/heads/${branch}`, b.sha, old]);
  return { status: 200, body: renderRef(ctx, branch, b.sha) };
}
