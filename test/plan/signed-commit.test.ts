import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { makeTempDir } from '../support/tmp.js';
import { git } from '../support/git.js';
import { startFakeGitHub, type FakeGitHub } from '../support/fake-github/index.js';
import { GitCommandManager } from '../../src/adapters/git/git-command-manager.js';
import { GitHubHelper } from '../../src/adapters/github/github-helper.js';
import { createUpgradeCommit, BOT_IDENTITY, upgradeCommitMessage, type UpgradeCommitSpec } from '../../src/core/pull-request/upgrade-commit.js';
import { createSignedCommit } from '../../src/core/pull-request/signed-commit.js';

const TOKEN = 'ghs_signedCommitTest0000000000000000000000';
const REPO = 'platform/cluster';
const tmp = makeTempDir('ksu-signed-');
let fake: FakeGitHub;
let work: string;
let origin: string;
let base: string;
const kubesprayCommit = 'a'.repeat(40);
const newKubesprayCommit = 'b'.repeat(40);

beforeAll(async () => {
  work = path.join(tmp.dir, 'work');
  origin = path.join(tmp.dir, 'origin.git');
  mkdirSync(path.join(work, 'images/kubespray'), { recursive: true });
  mkdirSync(path.join(work, 'inventory/prod/group_vars/k8s_cluster'), { recursive: true });
  git(tmp.dir, ['init', '-q', work]);
  writeFileSync(path.join(work, 'images/kubespray/Containerfile'), 'FROM quay.io/kubespray/kubespray:v2.24.1\n');
  writeFileSync(path.join(work, 'run.sh'), '#!/bin/sh\nexec docker run quay.io/kubespray/kubespray:v2.24.1\n');
  writeFileSync(path.join(work, 'inventory/prod/group_vars/k8s_cluster/old-pin.yml'), 'kube_version: v1.28.6\n');
  git(work, ['add', '.']);
  git(work, ['update-index', '--chmod=+x', 'run.sh']);
  git(work, ['update-index', '--add', '--cacheinfo', `160000,${kubesprayCommit},kubespray`]);
  git(work, ['commit', '-q', '-m', 'base']);
  base = git(work, ['rev-parse', 'HEAD']).trim();
  git(tmp.dir, ['clone', '-q', '--bare', work, origin]);
  fake = await startFakeGitHub({ token: TOKEN, repos: [{ fullName: REPO, gitDir: origin }] });
});
afterAll(async () => {
  await fake.close();
  tmp.cleanup();
});

const spec = (): UpgradeCommitSpec => ({
  baseSha: base,
  submodule: { path: 'kubespray', commit: newKubesprayCommit },
  files: new Map([
    ['images/kubespray/Containerfile', 'FROM quay.io/kubespray/kubespray:v2.25.1\n'],
    ['run.sh', '#!/bin/sh\nexec docker run quay.io/kubespray/kubespray:v2.25.1 — ünïcode\n'],
    ['images/new/Containerfile', 'FROM quay.io/kubespray/kubespray:v2.25.1\n'],
  ]),
  deletions: ['inventory/prod/group_vars/k8s_cluster/old-pin.yml'],
  message: upgradeCommitMessage('Bump Kubespray from v2.24.1 to v2.25.1', 'One minor at a time.', 'v2.25.1', BOT_IDENTITY),
  author: BOT_IDENTITY,
  committer: BOT_IDENTITY,
});

const helper = () => new GitHubHelper({ token: TOKEN, repository: REPO, baseUrl: fake.url, retryBaseDelayMs: 1 });

describe('sign-commits: the hop commit made through the Git Data API', () => {
  it('has exactly the tree the local plumbing builds (gitlink, modes, nested new file, deletion) and is verified', async () => {
    const local = await createUpgradeCommit(new GitCommandManager(work), spec());
    const baseTree = git(work, ['rev-parse', `${base}^{tree}`]).trim();
    const signed = await createSignedCommit(helper().gitData(), { branch: 'kubespray-upgrade/v2.25.1', baseSha: base, baseTree, changes: local.changes, message: spec().message, expectedTree: local.tree });
    expect(signed.verified).toBe(true);
    const tip = git(origin, ['rev-parse', 'refs/heads/kubespray-upgrade/v2.25.1']).trim();
    expect(tip).toBe(signed.sha);
    // Same tree id, and the same entries as real git lists them.
    expect(git(origin, ['rev-parse', `${tip}^{tree}`]).trim()).toBe(local.tree);
    expect(git(origin, ['ls-tree', '-r', tip])).toBe(git(work, ['ls-tree', '-r', local.commit]));
    expect(git(origin, ['ls-tree', tip, 'kubespray'])).toBe(`160000 commit ${newKubesprayCommit}\tkubespray\n`);
    expect(git(origin, ['ls-tree', tip, 'run.sh'])).toMatch(/^100755 blob /);
    expect(git(origin, ['ls-tree', '-r', '--name-only', tip])).not.toContain('old-pin.yml');
    expect(git(origin, ['rev-parse', `${tip}^`]).trim()).toBe(base);
    expect(git(origin, ['log', '-1', '--format=%an <%ae>|%cn <%ce>|%B', tip])).toBe(
      `github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|github-actions[bot] <41898282+github-actions[bot]@users.noreply.github.com>|${spec().message}\n`,
    );
    // What GitHub serves for the commit says verified.
    const res = await fetch(`${fake.url}/repos/${REPO}/git/commits/${tip}`, { headers: { authorization: `token ${TOKEN}` } });
    const body = (await res.json()) as { verification: { verified: boolean; reason: string }; tree: { sha: string } };
    expect(body.verification).toMatchObject({ verified: true, reason: 'valid' });
    expect(body.tree.sha).toBe(local.tree);
  });

  it('force-moves an existing branch only from where it was inspected', async () => {
    const local = await createUpgradeCommit(new GitCommandManager(work), { ...spec(), files: new Map([['images/kubespray/Containerfile', 'FROM quay.io/kubespray/kubespray:v2.25.2\n']]) });
    const baseTree = git(work, ['rev-parse', `${base}^{tree}`]).trim();
    const before = git(origin, ['rev-parse', 'refs/heads/kubespray-upgrade/v2.25.1']).trim();
    const args = { branch: 'kubespray-upgrade/v2.25.1', baseSha: base, baseTree, changes: local.changes, message: spec().message, expectedTree: local.tree };
    await expect(createSignedCommit(helper().gitData(), { ...args, lease: base })).rejects.toThrow(/moved to .* since it was inspected at .*; nothing was overwritten/);
    expect(git(origin, ['rev-parse', 'refs/heads/kubespray-upgrade/v2.25.1']).trim()).toBe(before);
    const moved = await createSignedCommit(helper().gitData(), { ...args, lease: before });
    expect(git(origin, ['rev-parse', 'refs/heads/kubespray-upgrade/v2.25.1']).trim()).toBe(moved.sha);
    expect(git(origin, ['rev-parse', `${moved.sha}^{tree}`]).trim()).toBe(local.tree);
  });

  it('refuses to publish when GitHub would build a different tree than the local one', async () => {
    const local = await createUpgradeCommit(new GitCommandManager(work), spec());
    const baseTree = git(work, ['rev-parse', `${base}^{tree}`]).trim();
    const wrong = local.changes.filter((c) => c.kind !== 'delete');
    await expect(
      createSignedCommit(helper().gitData(), { branch: 'kubespray-upgrade/other', baseSha: base, baseTree, changes: wrong, message: 'x', expectedTree: local.tree }),
    ).rejects.toThrow(/GitHub built tree .* but the same changes make .* locally; nothing was pushed/);
    expect(git(origin, ['for-each-ref', 'refs/heads/kubespray-upgrade/other'])).toBe('');
  });

  it('a commit that names its author and committer is not one GitHub signs', async () => {
    const tree = git(work, ['rev-parse', `${base}^{tree}`]).trim();
    const res = await fetch(`${fake.url}/repos/${REPO}/git/commits`, {
      method: 'POST',
      headers: { authorization: `token ${TOKEN}`, 'content-type': 'application/json' },
      body: JSON.stringify({ message: 'm', tree, parents: [base], author: { name: 'A', email: 'a@example.com' } }),
    });
    expect(res.status).toBe(201);
    expect(((await res.json()) as { verification: { verified: boolean } }).verification.verified).toBe(false);
  });
});
