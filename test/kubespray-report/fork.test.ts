/**
 * `kubespray-upgrade report` on a cluster repo whose submodule is the acme-platform fork
 * (test/support/kubespray-fork.ts) on the data set's real history: the report reads the fork
 * as plan-upgrade does, lists the dropped commits and whether the fork has the target, and
 * its JSON names the fork and the base release it found.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import path from 'node:path';
import type { UpgradeReport } from '../../src/core/knowledge/upgrade-report-types.js';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { ACME_FORK_URL, buildAcmeFork, HOSTILE_SUBJECTS, type KubesprayFork } from '../support/kubespray-fork.js';
import { buildClusterRepo, runnerCheckout } from '../support/cluster-repo.js';
import { makeTempDir } from '../support/tmp.js';
import { forgedCommands } from '../support/runner-commands.js';
import { runCli } from '../cli/run-cli.js';

const tmp = makeTempDir('ksu-report-fork-');
let upstream: KubesprayUpstream;
let fork: KubesprayFork;
let checkout: string;
const saved = { ...process.env };

beforeAll(() => {
  upstream = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: ['v2.26.0', 'v2.27.0', 'v2.27.1'] });
  fork = buildAcmeFork(tmp.dir, upstream);
  Object.assign(process.env, fork.env);
  const root = path.join(tmp.dir, 'cluster');
  mkdirSync(root);
  checkout = runnerCheckout(buildClusterRepo(root, { upstream: { ...upstream, url: ACME_FORK_URL }, tag: fork.tag }), path.join(root, 'runner'));
});
afterAll(() => {
  for (const k of Object.keys(fork?.env ?? {})) if (!(k in saved)) delete process.env[k];
  tmp.cleanup();
});

const report = (args: string[]) => runCli(['report', '--repo', checkout, ...args], { env: { ...fork.env, XDG_CACHE_HOME: path.join(tmp.dir, 'cache') } });

describe('kubespray-upgrade report on a fork', () => {
  it('lists the dropped fork commits and the target missing under a ref of the fork, and the JSON names the fork and its base', async () => {
    const r = await report(['--from', 'v2.26.0', '--to', 'v2.27.1', '--json']);
    expect(r.exitCode, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as UpgradeReport;
    expect(json.fork).toEqual({
      repository: 'github.com/acme-platform/kubespray',
      pinned: 'v2.26.0-acme.1',
      baseVersion: 'v2.26.0',
      ownCommits: 3,
      followTags: false,
      dropped: { count: 3, subjects: [HOSTILE_SUBJECTS[1], HOSTILE_SUBJECTS[0], 'Pull images through the site registry mirror'] },
      targetOnFork: 'by-id',
    });
    const ids = json.hazards.map((h) => h.id);
    expect(ids.slice(0, 2)).toEqual(['fork-commits-dropped', 'fork-lacks-target']);
    expect(json.hazards[0]!.message).toContain('drops 3 commit(s) of the fork github.com/acme-platform/kubespray that are on v2.26.0-acme.1 but not in v2.27.1');
    // The pin is the fork's commit by design, as in plan-upgrade: no divergence error on top.
    expect(ids).not.toContain('local-divergence');
    // The subjects try runner commands: printed in a workflow step, the JSON obeys none, and still parses to them.
    expect(forgedCommands(r.stdout)).toEqual([]);
  });

  it("follow-fork-tags: the hop to the fork's next tag drops nothing and the fork has its own tag", async () => {
    const r = await report(['--from', 'v2.26.0-acme.1', '--to', 'v2.27.1-acme.1', '--follow-fork-tags', '--json']);
    expect(r.exitCode, r.stderr).toBe(0);
    const json = JSON.parse(r.stdout) as UpgradeReport;
    expect(json.fork).toMatchObject({ pinned: 'v2.26.0-acme.1', followTags: true, dropped: { count: 0 }, targetOnFork: 'ref' });
    expect(json.hazards.map((h) => h.id)).not.toContain('fork-commits-dropped');
    expect(json.hazards.map((h) => h.id)).not.toContain('fork-lacks-target');
  });

  it('the table names the fork first; hostile subjects stay inert', async () => {
    const r = await report(['--from', 'v2.26.0', '--to', 'v2.27.1']);
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toContain('FORK github.com/acme-platform/kubespray at v2.26.0-acme.1, built on upstream v2.26.0 + 3 commit(s); this hop drops 3; the fork has the target only by commit id');
    expect(r.stdout).toMatch(/error\s+fork-commits-dropped\s+kubespray/);
    expect(forgedCommands(r.stdout)).toEqual([]);
  });
});
