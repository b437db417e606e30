/**
 * plan-upgrade on a cluster repo whose Kubespray submodule is the acme-platform fork (see
 * test/support/kubespray-fork.ts), on the data set's real Kubespray history: the hop to an
 * upstream release drops the fork's commits (an error hazard listing them, hostile subjects
 * inert), the compare link is the fork's, and follow-fork-tags hops to the fork's own tag.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { UpgradeReport } from '../../src/core/knowledge/upgrade-report-types.js';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { ACME_FORK_URL, buildAcmeFork, HOSTILE_SUBJECTS, type KubesprayFork } from '../support/kubespray-fork.js';
import { git } from '../support/git.js';
import { makeTempDir } from '../support/tmp.js';
import { forgedCommands } from '../support/runner-commands.js';
import { planFixture, type PlanFixture } from './fixture.js';

const tmp = makeTempDir('ksu-plan-fork-');
let upstream: KubesprayUpstream;
let fork: KubesprayFork;
let f: PlanFixture;
const saved = { ...process.env };

beforeAll(async () => {
  upstream = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: ['v2.26.0', 'v2.27.0', 'v2.27.1'] });
  fork = buildAcmeFork(tmp.dir, upstream);
  Object.assign(process.env, fork.env);
  f = await planFixture(path.join(tmp.dir, 'cluster'), { ...upstream, url: ACME_FORK_URL }, { tag: fork.tag, target: 'v2.27.1' });
});
afterAll(async () => {
  await f?.close();
  for (const k of Object.keys(fork?.env ?? {})) if (!(k in saved)) delete process.env[k];
  tmp.cleanup();
});

const bodyOf = (summaryPath: string) => readFileSync(summaryPath, 'utf8');

describe('plan-upgrade on a fork', () => {
  it('the hop to upstream v2.27.1 is planned with an error hazard naming the 3 fork commits it drops, and the fork compare link', async () => {
    const r = await f.run({ 'dry-run': 'true' }, fork.env as Record<string, string>);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8')) as UpgradeReport;
    expect(report.from).toBe('v2.26.0');
    expect(report.to).toBe('v2.27.1');
    const hazard = report.hazards.find((h) => h.id === 'fork-commits-dropped');
    expect(hazard?.severity).toBe('error');
    expect(hazard?.message).toContain('drops 3 commit(s) of the fork github.com/acme-platform/kubespray that are on v2.26.0-acme.1 but not in v2.27.1');
    // The pin is the fork's commit by design: no "not at the from tag" divergence on top of the fork hazard.
    expect(report.hazards.map((h) => h.id)).not.toContain('local-divergence');
    const body = bodyOf(r.outputs['summary-path']!);
    expect(body).toContain('`fork-commits-dropped`');
    expect(body).toContain('`Pull images through the site registry mirror`');
    expect(body).toContain('https://github.com/acme-platform/kubespray/compare/v2.26.0-acme.1...kubernetes-sigs:kubespray:v2.27.1');
    expect(body).not.toContain('kubernetes-sigs/kubespray/compare/');
    // The hostile subjects: inside code spans (the pipe escaped for the table cell), nowhere else.
    expect(body).toContain(`\`\` ${HOSTILE_SUBJECTS[1]!.replace('|', '\\|')} \`\``);
    expect(body.split('<img').length).toBe(2);
    expect(forgedCommands(r.stdout)).toEqual([]);
    // The submodule moves to upstream's v2.27.1 commit.
    expect(git(f.checkout, ['ls-tree', r.outputs['head-sha']!, 'kubespray']).split(/\s+/)[2]).toBe(upstream.commits.get('v2.27.1'));
  });

  it("follow-fork-tags moves the submodule to v2.27.1-acme.1, which keeps the fork's commits, studying the fork's own trees", async () => {
    const r = await f.run({ 'dry-run': 'true', 'target-version': 'v2.27.1-acme.1', 'follow-fork-tags': 'true' }, fork.env as Record<string, string>);
    expect(r.exitCode, r.stdout + r.stderr).toBe(0);
    const report = JSON.parse(readFileSync(r.outputs['report-path']!, 'utf8')) as UpgradeReport;
    expect([report.from, report.to]).toEqual(['v2.26.0-acme.1', 'v2.27.1-acme.1']);
    expect(report.hazards.map((h) => h.id)).not.toContain('fork-commits-dropped');
    expect(git(f.checkout, ['ls-tree', r.outputs['head-sha']!, 'kubespray']).split(/\s+/)[2]).toBe(fork.commits.get('v2.27.1-acme.1'));
    expect(bodyOf(r.outputs['summary-path']!)).toContain('https://github.com/acme-platform/kubespray/compare/v2.26.0-acme.1...v2.27.1-acme.1');
  });

  it('follow-fork-tags refuses an upstream release as the target: the candidates are the fork tags', async () => {
    const r = await f.run({ 'dry-run': 'true', 'follow-fork-tags': 'true' }, fork.env as Record<string, string>);
    expect(r.exitCode).not.toBe(0);
    expect(r.outputs.status).toBe('configuration-error');
    expect(r.stdout).toContain('target-version v2.27.1 is not a tag of');
  });
});
