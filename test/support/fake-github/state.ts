/** In-memory data of the fake. Tests may read and edit it directly to set up a scenario. */

export interface FakePull {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  draft: boolean;
  head: string;
  base: string;
  author: string;
  labels: string[];
  assignees?: string[];
  milestone?: number;
  requestedReviewers: string[];
  requestedTeams: string[];
  createdAt: string;
  updatedAt: string;
}

/** A plain issue (not a pull request); numbers share the pull requests' sequence. */
export interface FakeIssue {
  number: number;
  title: string;
  body: string | null;
  state: 'open' | 'closed';
  author: string;
  labels: string[];
  createdAt: string;
  updatedAt: string;
}

export interface FakeDeploymentStatus {
  id: number;
  state: string;
  description: string;
  logUrl: string;
  creator: string;
  createdAt: string;
}

export interface FakeDeployment {
  id: number;
  ref: string;
  sha: string;
  environment: string;
  description: string;
  productionEnvironment: boolean;
  creator: string;
  createdAt: string;
  statuses: FakeDeploymentStatus[];
}

export interface FakeComment {
  id: number;
  issueNumber: number;
  body: string;
  author: string;
  createdAt: string;
}

export interface FakeRelease {
  id: number;
  tagName: string;
  name: string | null;
  body: string | null;
  draft: boolean;
  prerelease: boolean;
  createdAt: string;
}

export interface FakeRepo {
  owner: string;
  name: string;
  fullName: string;
  /** Bare repository the "origin" branches live in; required to open pull requests. */
  gitDir?: string;
  defaultBranch: string;
  private: boolean;
  /** False reproduces private repositories on plans without draft pull requests. */
  draftsSupported: boolean;
  /** Users that may be assigned; any login when absent. */
  assignable?: string[];
  pulls: FakePull[];
  issues: FakeIssue[];
  deployments: FakeDeployment[];
  comments: FakeComment[];
  /** Newest first, as GitHub lists them. */
  releases: FakeRelease[];
  milestones: FakeMilestone[];
  /** Commits made through the Git Data API: true when GitHub would have signed them. */
  signedCommits: Map<string, boolean>;
}

export interface FakeMilestone {
  number: number;
  title: string;
  state: 'open' | 'closed';
}

export interface RepoSeed {
  fullName: string;
  gitDir?: string;
  defaultBranch?: string;
  private?: boolean;
  draftsSupported?: boolean;
  releases?: ReleaseSeed[];
  milestones?: Array<{ title: string; state?: 'open' | 'closed' }>;
  /** Users that may be assigned; any login when absent. */
  assignable?: string[];
}

export interface ReleaseSeed {
  tagName: string;
  name?: string;
  body?: string | null;
  draft?: boolean;
  prerelease?: boolean;
  /** ISO date; releases are listed newest first by this date. Defaults to "now". */
  createdAt?: string;
}

export class FakeState {
  readonly repos = new Map<string, FakeRepo>();
  /** Logins `GET /users/{login}` knows, with their ids. */
  readonly users = new Map<string, number>();
  private nextId = 1000;
  /** Issue and pull request numbers share one sequence per repository, as on GitHub. */
  private readonly nextNumber = new Map<string, number>();

  addRepo(seed: RepoSeed): FakeRepo {
    const [owner, name] = seed.fullName.split('/') as [string, string];
    if (!owner || !name) throw new Error(`fake-github: repo must be owner/name, got ${seed.fullName}`);
    const repo: FakeRepo = {
      owner,
      name,
      fullName: seed.fullName,
      gitDir: seed.gitDir,
      defaultBranch: seed.defaultBranch ?? 'main',
      private: seed.private ?? true,
      draftsSupported: seed.draftsSupported ?? true,
      pulls: [],
      issues: [],
      deployments: [],
      comments: [],
      releases: [],
      milestones: (seed.milestones ?? []).map((m, i) => ({ number: i + 1, title: m.title, state: m.state ?? 'open' })),
      signedCommits: new Map(),
      ...(seed.assignable ? { assignable: seed.assignable } : {}),
    };
    this.repos.set(seed.fullName.toLowerCase(), repo);
    for (const r of seed.releases ?? []) this.addRelease(repo, r);
    return repo;
  }

  repo(owner: string, name: string): FakeRepo | undefined {
    return this.repos.get(`${owner}/${name}`.toLowerCase());
  }

  addRelease(repo: FakeRepo, seed: ReleaseSeed): FakeRelease {
    const release: FakeRelease = {
      id: this.id(),
      tagName: seed.tagName,
      name: seed.name ?? seed.tagName,
      body: seed.body ?? null,
      draft: seed.draft ?? false,
      prerelease: seed.prerelease ?? false,
      createdAt: seed.createdAt ?? new Date().toISOString(),
    };
    repo.releases.push(release);
    // Stable sort: equal dates keep insertion order reversed, newest insertion first.
    repo.releases.sort((a, b) => b.createdAt.localeCompare(a.createdAt) || b.id - a.id);
    return release;
  }

  issueNumber(repo: FakeRepo): number {
    const n = this.nextNumber.get(repo.fullName) ?? 1;
    this.nextNumber.set(repo.fullName, n + 1);
    return n;
  }

  id(): number {
    return this.nextId++;
  }
}
