/**
 * The core's view of git: typed verbs, never argv. The adapter (`src/adapters/git/`) runs
 * them with a safe config, retries the network verbs with backoff and keeps credentials out
 * of argv and logs; a remote that cannot be reached raises a `ConnectionError`.
 */

/** A git run whose exit code the caller judges itself. */
export interface GitResult {
  exitCode: number;
  stdout: string;
  stderr: string;
}

/**
 * Credentials for the network verbs, carried as config in the environment (GIT_CONFIG_*),
 * never in argv or a file; empty when the checkout's persisted credentials serve.
 */
export interface RemoteAuth {
  env: Readonly<Record<string, string>>;
}

/** Whom a commit names, for `commitTree`. */
export interface CommitIdentity {
  name: string;
  email: string;
}

export interface CommitInfo {
  tree: string;
  parents: string[];
  committerEmail: string;
  committerName: string;
  authorEmail: string;
  body: string;
}

export interface Git {
  readonly cwd: string;
  /** The same git, run in another directory (for example the submodule's own repository). */
  at(cwd: string): Git;

  // --- the repository ---
  /** The top of the work tree `cwd` is in, or undefined outside one; asked once per directory. */
  showToplevel(): Promise<string | undefined>;
  isShallow(): Promise<boolean>;
  initBare(): Promise<void>;
  /** `git status --porcelain`; `untracked: false` leaves untracked files out. */
  statusPorcelain(options?: { untracked?: boolean }): Promise<string>;
  /** `git config --null --get-regexp`: the raw records, or undefined when no key matches. */
  configGetRegexp(pattern: string, options?: { file?: string; includes?: boolean }): Promise<string | undefined>;
  configGet(key: string): Promise<string | undefined>;
  checkRefFormat(ref: string): Promise<boolean>;

  // --- revisions ---
  /** `git rev-parse <rev>`; throws when it does not resolve. */
  revParse(rev: string): Promise<string>;
  /** The commit `rev` names (tags peeled), or undefined. */
  resolveCommit(rev: string): Promise<string | undefined>;
  /** The commits of several revisions in one process, or undefined when any is missing. */
  resolveCommits(revs: readonly string[]): Promise<string[] | undefined>;
  /** Which of the full ref names exist locally. */
  existingRefs(refs: readonly string[]): Promise<Set<string>>;
  updateRefs(updates: ReadonlyArray<{ ref: string; sha: string }>): Promise<void>;
  revList(rev: string): Promise<string[]>;
  /** Commits in `range`; `onlyDropped` counts, of `a...b`, the non-merge commits only `b` has that `a` does not carry as the same patch. */
  revListCount(range: string, options?: { noMerges?: boolean; onlyDropped?: boolean }): Promise<number>;
  /** Subjects of up to `max` commits, as revListCount selects them, newest first. */
  logSubjects(range: string, max: number, options?: { noMerges?: boolean; onlyDropped?: boolean }): Promise<string[]>;
  /** First-parent commits from `rev` that touched `path`, newest first; undefined when git failed (with its message). */
  revListFirstParent(rev: string, paths: readonly string[], maxCount: number): Promise<{ commits: string[] } | { error: string }>;
  isAncestor(ancestor: string, descendant: string): Promise<boolean>;
  commitInfo(sha: string): Promise<CommitInfo>;

  // --- objects ---
  /** `git cat-file --batch-check`: each spec's object type, or undefined when it is missing. */
  objectTypes(specs: readonly string[]): Promise<Array<string | undefined>>;
  /** `git cat-file --batch`: the raw output, for the caller to split. */
  catFileBatch(specs: readonly string[]): Promise<GitResult>;
  /** `git cat-file blob <rev>:<path>`; throws when there is no such blob. */
  catFileBlob(rev: string, path: string): Promise<string>;
  /** The same, or undefined when there is no such blob. */
  readBlob(rev: string, path: string): Promise<string | undefined>;
  /** `git ls-tree -z`: the raw NUL-separated records. */
  lsTree(rev: string, paths: readonly string[], options?: { recursive?: boolean; fullTree?: boolean; literalPathspecs?: boolean }): Promise<GitResult>;
  /** The commit a gitlink at `path` in `rev` records, or undefined when `path` is no gitlink (or `rev` does not exist). */
  gitlinkAt(rev: string, path: string): Promise<string | undefined>;
  /** `git diff -z --name-status --no-renames` between two commits, limited to paths. */
  diffNameStatus(from: string, to: string, pathspecs: readonly string[]): Promise<string>;
  /** Tracked files of `rev` whose text matches (`git grep -l -I`); paths relative to the repo. */
  grepFiles(rev: string, match: { fixed?: string; word?: string; ignoreCase?: string }): Promise<string[]>;

  // --- building a commit without touching the work tree ---
  hashObject(content: string): Promise<string>;
  readTree(rev: string, indexFile: string): Promise<void>;
  /** `git update-index --index-info`: lines `<mode> <sha>\t<path>` (a gitlink is mode 160000). */
  updateIndexInfo(entries: readonly string[], indexFile: string): Promise<void>;
  writeTree(indexFile: string): Promise<string>;
  commitTree(tree: string, parent: string, message: string, author: CommitIdentity, committer: CommitIdentity): Promise<string>;

  // --- the network: retried with backoff; an unreachable remote is a ConnectionError ---
  lsRemoteTags(url: string, patterns?: readonly string[]): Promise<GitResult>;
  lsRemoteHeads(remote: string, refs: readonly string[], auth?: RemoteAuth): Promise<GitResult>;
  lsRemoteSymref(remote: string, ref: string, auth?: RemoteAuth): Promise<GitResult>;
  /** `git fetch --no-tags`; depth 0 fetches the whole history. */
  fetch(remote: string, refspecs: readonly string[], options?: { depth?: number; quiet?: boolean; auth?: RemoteAuth }): Promise<GitResult>;
  /** `git push --porcelain --force-with-lease=<ref>:<expected>`. */
  push(remote: string, refspec: string, lease: { ref: string; expected: string }, auth?: RemoteAuth): Promise<GitResult>;
}

/**
 * Git in a directory the core finds itself (the top of the cluster repo's work tree): the
 * entrypoint passes the adapter's, so the core never builds one.
 */
export type OpenGit = (cwd: string) => Git;
