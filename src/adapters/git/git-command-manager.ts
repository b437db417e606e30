import { setTimeout as sleep } from 'node:timers/promises';
import { ActionError, ConnectionError, ExternalCommandError } from '../../core/errors.js';
import type { CommitIdentity, CommitInfo, Git, GitResult, OpenGit, RemoteAuth } from '../../core/git/git.js';
import { runProcess, type ProcessResult } from '../process.js';
import { describeRemoteFailure } from './remote-failure.js';
import { assertSafeRemote, redactUrl } from '../../core/git/remote-url.js';

export interface GitExecOptions {
  allowFailure?: boolean;
  input?: string;
  env?: Readonly<Record<string, string>>;
}

/**
 * Config that every git call carries: untrusted `.gitmodules` URLs must never reach the
 * `ext::` transport, and paths are printed as they are.
 */
const SAFETY_CONFIG = ['-c', 'protocol.ext.allow=never', '-c', 'core.quotePath=false'];

/** Git subcommands that talk to a remote: the ones worth retrying when the network blinks. */
const NETWORK_VERBS = new Set(['fetch', 'ls-remote', 'push', 'clone', 'pull']);

/**
 * What git prints when the network, not the request, failed: a reset, a timeout, a dropped
 * transfer or a 5xx from the server. A refused connection, an unknown host, a missing
 * repository or a rejected push are answers, and are not retried.
 */
const TRANSIENT =
  /Connection reset|Connection timed out|Operation timed out|Temporary failure in name resolution|early EOF|remote end hung up unexpectedly|RPC failed|unexpected disconnect|returned error: 5\d\d|The requested URL returned error: 429|TLS connection was non-properly terminated|gnutls_handshake\(\) failed/i;

export interface RetryPolicy {
  /** Waits before each retry; the attempts are one more than its length. Jittered by up to +50%. */
  delaysMs: readonly number[];
}

export const DEFAULT_RETRY: RetryPolicy = { delaysMs: [2_000, 8_000] };

const SHA = /^[0-9a-f]{40,64}$/;

/**
 * The git adapter, in the manner of actions/checkout's GitCommandManager: each verb builds
 * its argv (never a shell); network verbs retry with backoff and name an unreachable remote
 * as a ConnectionError; credentials travel as config in the environment and are redacted.
 */
export class GitCommandManager implements Git {
  constructor(
    readonly cwd: string,
    private readonly gitPath = 'git',
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
    /** Shared by every manager made with at(): the top of a directory's work tree is asked once. */
    private readonly toplevels = new Map<string, Promise<string | undefined>>(),
  ) {}

  /** A manager for another directory, e.g. the submodule's own repository. */
  at(cwd: string): GitCommandManager {
    return new GitCommandManager(cwd, this.gitPath, this.retry, this.toplevels);
  }

  /**
   * Runs git with argv. Network subcommands are retried with backoff on transient failures,
   * as actions/checkout does; a failure's message never shows URL credentials.
   */
  async exec(args: readonly string[], options: GitExecOptions = {}): Promise<ProcessResult> {
    const argv = [...SAFETY_CONFIG, ...args];
    const network = NETWORK_VERBS.has(args.find((a) => !a.startsWith('-')) ?? '');
    for (let attempt = 0; ; attempt++) {
      const r = await runProcess(this.gitPath, argv, { cwd: this.cwd, input: options.input, allowFailure: true, env: this.env(options.env) });
      if (r.exitCode === 0) return r;
      const delay = this.retry.delaysMs[attempt];
      if (network && delay !== undefined && TRANSIENT.test(r.stderr)) {
        await sleep(delay * (1 + Math.random() / 2));
        continue;
      }
      if (options.allowFailure) return r;
      const redact = (t: string) => redactSecrets(t, options.env);
      const said = (r.stderr.trim() || r.stdout.trim()).split('\n').map(redact).join('\n');
      throw new ExternalCommandError(`git ${argv.map(redact).join(' ')} exited with ${r.exitCode}: ${said}`, r.exitCode, redact(r.stderr));
    }
  }

  // --- the repository ---

  showToplevel(): Promise<string | undefined> {
    let p = this.toplevels.get(this.cwd);
    if (!p) {
      // One process answers both, and a `.git` folder is inside a repository but no work tree.
      p = this.exec(['rev-parse', '--is-inside-work-tree', '--show-toplevel'], { allowFailure: true }).then((r) => {
        const [inside, root] = r.stdout.trim().split('\n');
        return r.exitCode === 0 && inside === 'true' && root ? root : undefined;
      });
      this.toplevels.set(this.cwd, p);
    }
    return p;
  }

  async isShallow(): Promise<boolean> {
    return (await this.exec(['rev-parse', '--is-shallow-repository'], { allowFailure: true })).stdout.trim() === 'true';
  }

  async initBare(): Promise<void> {
    await this.exec(['init', '--quiet', '--bare']);
  }

  async statusPorcelain(options: { untracked?: boolean } = {}): Promise<string> {
    return (await this.exec(['--no-optional-locks', 'status', '--porcelain', ...(options.untracked === false ? ['--untracked-files=no'] : [])])).stdout;
  }

  async configGetRegexp(pattern: string, options: { file?: string; includes?: boolean } = {}): Promise<string | undefined> {
    const where = [...(options.file ? ['--file', options.file] : []), ...(options.includes ? ['--includes'] : [])];
    const r = await this.exec(['config', ...where, '--null', '--get-regexp', pattern], { allowFailure: true });
    // Exit 1 means "no matching key"; a missing file reads the same way.
    if (r.exitCode === 1) return undefined;
    if (r.exitCode !== 0) throw new ExternalCommandError(`git config${options.file ? ` --file ${options.file}` : ''} failed in ${this.cwd}: ${r.stderr.trim()}`, r.exitCode, r.stderr);
    return r.stdout;
  }

  async configGet(key: string): Promise<string | undefined> {
    const r = await this.exec(['config', '--get', key], { allowFailure: true });
    return r.exitCode === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
  }

  async checkRefFormat(ref: string): Promise<boolean> {
    return (await this.exec(['check-ref-format', ref], { allowFailure: true })).exitCode === 0;
  }

  // --- revisions ---

  async revParse(rev: string): Promise<string> {
    assertRevision(rev);
    return (await this.exec(['rev-parse', '--verify', rev])).stdout.trim();
  }

  async resolveCommit(rev: string): Promise<string | undefined> {
    assertRevision(rev);
    const r = await this.exec(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], { allowFailure: true });
    return r.exitCode === 0 ? r.stdout.trim() : undefined;
  }

  async resolveCommits(revs: readonly string[]): Promise<string[] | undefined> {
    revs.forEach(assertRevision);
    const r = await this.exec(['rev-parse', ...revs.map((v) => `${v}^{commit}`)], { allowFailure: true });
    const shas = r.stdout.split('\n').filter((l) => SHA.test(l));
    return r.exitCode === 0 && shas.length === revs.length ? shas : undefined;
  }

  async existingRefs(refs: readonly string[]): Promise<Set<string>> {
    const r = await this.exec(['for-each-ref', '--format=%(refname)', ...refs]);
    return new Set(r.stdout.split('\n').filter(Boolean));
  }

  async updateRefs(updates: ReadonlyArray<{ ref: string; sha: string }>): Promise<void> {
    if (updates.length === 0) return;
    await this.exec(['update-ref', '--stdin'], { input: updates.map((u) => `update ${u.ref} ${u.sha}\n`).join('') });
  }

  async revList(rev: string): Promise<string[]> {
    return (await this.exec(['rev-list', '--end-of-options', rev])).stdout.split('\n').filter(Boolean);
  }

  async revListCount(range: string, options: { noMerges?: boolean; onlyDropped?: boolean } = {}): Promise<number> {
    return Number((await this.exec(['rev-list', '--count', ...selection(options), '--end-of-options', range])).stdout.trim());
  }

  async logSubjects(range: string, max: number, options: { noMerges?: boolean; onlyDropped?: boolean } = {}): Promise<string[]> {
    return (await this.exec(['log', `--max-count=${max}`, '--format=%s%x00', ...selection(options), '--end-of-options', range])).stdout.split('\0');
  }

  async revListFirstParent(rev: string, paths: readonly string[], maxCount: number): Promise<{ commits: string[] } | { error: string }> {
    const r = await this.exec(['rev-list', '--first-parent', `--max-count=${maxCount}`, '--end-of-options', rev, '--', ...paths], { allowFailure: true });
    if (r.exitCode !== 0) return { error: `git rev-list failed: ${r.stderr.trim()}` };
    return { commits: r.stdout.split('\n').filter((l) => SHA.test(l)) };
  }

  async isAncestor(ancestor: string, descendant: string): Promise<boolean> {
    return (await this.exec(['merge-base', '--is-ancestor', '--end-of-options', ancestor, descendant], { allowFailure: true })).exitCode === 0;
  }

  async commitInfo(sha: string): Promise<CommitInfo> {
    const show = (await this.exec(['show', '-s', '--format=%T%x00%P%x00%ce%x00%cn%x00%ae%x00%B', '--end-of-options', sha])).stdout;
    const [tree = '', parents = '', committerEmail = '', committerName = '', authorEmail = '', body = ''] = show.split('\0');
    return { tree, parents: parents.trim().split(/\s+/).filter(Boolean), committerEmail, committerName, authorEmail, body };
  }

  // --- objects ---

  async objectTypes(specs: readonly string[]): Promise<Array<string | undefined>> {
    if (specs.length === 0) return [];
    const lines = (await this.exec(['cat-file', '--batch-check'], { input: specs.join('\n') + '\n' })).stdout.split('\n');
    // One line per spec, in order: "<sha> <type> <size>", or "<spec> missing".
    return specs.map((_, i) => {
      const [sha, type] = (lines[i] ?? '').split(' ');
      return sha && SHA.test(sha) && type ? type : undefined;
    });
  }

  async catFileBatch(specs: readonly string[]): Promise<GitResult> {
    return this.exec(['cat-file', '--batch'], { input: specs.map((s) => `${s}\n`).join(''), allowFailure: true });
  }

  async catFileBlob(rev: string, path: string): Promise<string> {
    return (await this.exec(['cat-file', 'blob', `${rev}:${path}`])).stdout;
  }

  async readBlob(rev: string, path: string): Promise<string | undefined> {
    const r = await this.exec(['cat-file', 'blob', `${rev}:${path}`], { allowFailure: true });
    return r.exitCode === 0 ? r.stdout : undefined;
  }

  lsTree(rev: string, paths: readonly string[], options: { recursive?: boolean; fullTree?: boolean; literalPathspecs?: boolean } = {}): Promise<GitResult> {
    const args = [...(options.literalPathspecs ? ['--literal-pathspecs'] : []), 'ls-tree', ...(options.recursive ? ['-r'] : []), '-z', ...(options.fullTree ? ['--full-tree'] : [])];
    return this.exec([...args, '--end-of-options', rev, '--', ...paths], { allowFailure: true });
  }

  async gitlinkAt(rev: string, path: string): Promise<string | undefined> {
    const r = await this.lsTree(rev, [path]);
    const m = /^160000 commit ([0-9a-f]{40,64})\t/.exec(r.stdout);
    return r.exitCode === 0 && m ? m[1] : undefined;
  }

  async diffNameStatus(from: string, to: string, pathspecs: readonly string[]): Promise<string> {
    return (await this.exec(['diff', '-z', '--name-status', '--no-renames', '--end-of-options', from, to, '--', ...pathspecs])).stdout;
  }

  async grepFiles(rev: string, match: { fixed?: string; word?: string; ignoreCase?: string }): Promise<string[]> {
    const pattern = match.fixed !== undefined ? ['-F', '-e', match.fixed] : match.word !== undefined ? ['-w', '-e', match.word] : ['-i', '-e', match.ignoreCase ?? ''];
    const r = await this.exec(['grep', '-l', '-z', '-I', ...pattern, rev, '--'], { allowFailure: true });
    // Exit 1: nothing matched.
    if (r.exitCode > 1) throw new ExternalCommandError(`git grep failed in ${this.cwd}: ${r.stderr.trim()}`, r.exitCode, r.stderr);
    const prefix = `${rev}:`;
    return r.stdout
      .split('\0')
      .filter(Boolean)
      .map((p) => (p.startsWith(prefix) ? p.slice(prefix.length) : p));
  }

  // --- building a commit ---

  async hashObject(content: string): Promise<string> {
    return (await this.exec(['hash-object', '-w', '--stdin'], { input: content })).stdout.trim();
  }

  async readTree(rev: string, indexFile: string): Promise<void> {
    await this.exec(['read-tree', '--end-of-options', rev], { env: { GIT_INDEX_FILE: indexFile } });
  }

  async updateIndexInfo(entries: readonly string[], indexFile: string): Promise<void> {
    await this.exec(['update-index', '--index-info'], { env: { GIT_INDEX_FILE: indexFile }, input: entries.join('\n') + '\n' });
  }

  async writeTree(indexFile: string): Promise<string> {
    return (await this.exec(['write-tree'], { env: { GIT_INDEX_FILE: indexFile } })).stdout.trim();
  }

  async commitTree(tree: string, parent: string, message: string, author: CommitIdentity, committer: CommitIdentity): Promise<string> {
    const env = { GIT_AUTHOR_NAME: author.name, GIT_AUTHOR_EMAIL: author.email, GIT_COMMITTER_NAME: committer.name, GIT_COMMITTER_EMAIL: committer.email };
    return (await this.exec(['commit-tree', tree, '-p', parent, '-F', '-'], { input: message, env })).stdout.trim();
  }

  // --- the network ---

  lsRemoteTags(url: string, patterns: readonly string[] = []): Promise<GitResult> {
    return this.network('list the tags of', url, ['ls-remote', '--tags', url, ...patterns]);
  }

  lsRemoteHeads(remote: string, refs: readonly string[], auth?: RemoteAuth): Promise<GitResult> {
    return this.network('list the branches of', remote, ['ls-remote', '--heads', remote, ...refs], auth);
  }

  lsRemoteSymref(remote: string, ref: string, auth?: RemoteAuth): Promise<GitResult> {
    return this.network('read the default branch of', remote, ['ls-remote', '--symref', remote, ref], auth);
  }

  fetch(remote: string, refspecs: readonly string[], options: { depth?: number; quiet?: boolean; auth?: RemoteAuth } = {}): Promise<GitResult> {
    const depth = options.depth ? [`--depth=${options.depth}`] : [];
    return this.network('fetch from', remote, ['fetch', ...(options.quiet ? ['--quiet'] : []), '--no-tags', ...depth, remote, ...refspecs], options.auth);
  }

  push(remote: string, refspec: string, lease: { ref: string; expected: string }, auth?: RemoteAuth): Promise<GitResult> {
    return this.network('push to', remote, ['push', '--porcelain', `--force-with-lease=${lease.ref}:${lease.expected}`, remote, refspec], auth);
  }

  /**
   * A network verb: retried by exec; when the remote could not be reached at all, one line
   * naming the remote (redacted), the cause and the fix; any other failure is the caller's.
   */
  private async network(what: string, remote: string, args: readonly string[], auth?: RemoteAuth): Promise<GitResult> {
    assertSafeRemote(remote);
    const r = await this.exec(args, { allowFailure: true, env: auth?.env });
    if (r.exitCode === 0) return r;
    const failure = describeRemoteFailure(r.stderr);
    if (failure) throw new ConnectionError(`cannot ${what} ${redactSecrets(redactUrl(remote), auth?.env)}: ${failure.cause}; ${failure.fix}.`);
    return { exitCode: r.exitCode, stdout: r.stdout, stderr: redactSecrets(r.stderr, auth?.env) };
  }

  private env(extra: Readonly<Record<string, string>> | undefined): NodeJS.ProcessEnv {
    return { ...process.env, GIT_TERMINAL_PROMPT: '0', GCM_INTERACTIVE: 'never', LC_ALL: 'C', ...extra };
  }
}

function selection(o: { noMerges?: boolean; onlyDropped?: boolean }): string[] {
  if (o.onlyDropped) return ['--no-merges', '--cherry-pick', '--right-only'];
  return o.noMerges ? ['--no-merges'] : [];
}

/** rev-parse reads a leading "-" as an option whatever follows, so such a revision is refused. */
function assertRevision(rev: string): void {
  if (rev.startsWith('-')) throw new ActionError(`refusing to use ${JSON.stringify(rev)} as a git revision`);
}

/** URL credentials and any credential config passed in the environment never reach a message. */
function redactSecrets(text: string, env: Readonly<Record<string, string>> | undefined): string {
  let out = text.split('\n').map(redactUrl).join('\n');
  for (const [key, value] of Object.entries(env ?? {})) {
    if (/^GIT_CONFIG_VALUE_\d+$/.test(key) && value) out = out.split(value).join('***');
  }
  return out;
}

/** What entrypoints hand the core to open git where it finds a repository. */
export const openGit: OpenGit = (cwd) => new GitCommandManager(cwd);
