import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROVENANCE_MARKER } from '../../src/core/pull-request/pr-provenance.js';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { buildKubesprayUpstream } from '../support/kubespray-upstream.js';
import { isWrite } from '../support/fake-github/index.js';
import { git } from '../support/git.js';
import { makeTempDir } from '../support/tmp.js';
import { planFixture, REPO, TOKEN, type PlanFixture } from '../plan-upgrade/fixture.js';
import { printedOutputs, runCli, suiteLine } from './run-cli.js';

const tmp = makeTempDir('ksu-cli-plan-');
let f: PlanFixture;
beforeAll(async () => {
  const upstream = buildKubesprayUpstream(path.join(tmp.dir, 'up'));
  f = await planFixture(path.join(tmp.dir, 'f'), upstream, { tag: 'v2.24.1', target: 'v2.25.1', inventoryFromTag: 'v2.23.0' });
}, 120_000);
afterAll(async () => {
  await f?.close();
  tmp.cleanup();
});

const tree = (sha: string) => git(f.checkout, ['rev-parse', `${sha}^{tree}`]).trim();
const PINNED = 'inventory/mycluster/group_vars/k8s_cluster/k8s-cluster.yml';

/** The environment a terminal would have, pointed at the fake GitHub. */
const cliEnv = (runnerTemp: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv => ({
  ...f.fake.env(),
  GITHUB_SERVER_URL: 'https://github.example',
  RUNNER_TEMP: path.join(tmp.dir, runnerTemp),
  ...extra,
});

describe('kubespray-upgrade plan', () => {
  it('--dry-run gives the outputs and summary the action gives, with the token from GH_TOKEN', async () => {
    const before = f.originRefs();
    const action = await f.run({ 'dry-run': 'true' });
    expect(action.exitCode, action.stdout).toBe(0);

    const cli = await runCli(['plan', '--path', f.checkout, '--target-version', 'v2.25.1', '--dry-run'], {
      cwd: f.checkout,
      env: cliEnv('cli-dry', { GH_TOKEN: TOKEN }),
    });
    expect(cli.exitCode, cli.stderr).toBe(0);
    const outputs = printedOutputs(cli.stdout);
    expect(outputs['pull-request-operation']).toBe('none');
    expect(outputs['to-version']).toBe('v2.25.1');
    expect(outputs['from-version']).toBe('v2.24.1');
    // The hop commit is made afresh (its date differs), but its content is the action's.
    expect(tree(outputs['head-sha']!)).toBe(tree(action.outputs['head-sha']!));
    expect(git(f.checkout, ['rev-parse', `${outputs['head-sha']}^`]).trim()).toBe(git(f.checkout, ['rev-parse', `${action.outputs['head-sha']}^`]).trim());
    const same = (o: Record<string, string>) => ({ ...o, 'head-sha': undefined, 'summary-path': undefined, 'report-path': undefined });
    expect(same(outputs)).toEqual(same(action.outputs));
    expect(outputs['report-path']).toBe(path.join(tmp.dir, 'cli-dry', 'kubespray-upgrade', 'v2.25.1', 'report.json'));
    expect(readFileSync(outputs['report-path']!, 'utf8')).toBe(readFileSync(action.outputs['report-path']!, 'utf8'));
    // Up to the provenance footer, which names the run (the action's has a run id, the CLI's has none).
    const untilFooter = (text: string) => text.slice(0, text.indexOf(PROVENANCE_MARKER));
    expect(untilFooter(readFileSync(outputs['summary-path']!, 'utf8'))).toBe(untilFooter(readFileSync(action.outputs['summary-path']!, 'utf8')));

    // The job summary the action writes is what the CLI prints; release notes came with GH_TOKEN.
    const summary = cli.stdout.slice(cli.stdout.indexOf('== Summary\n') + '== Summary\n'.length, cli.stdout.lastIndexOf('== Outputs\n'));
    expect(untilFooter(summary)).toBe(untilFooter(action.summary));
    expect(summary).toContain('outside GitHub Actions');
    expect(summary).toContain('**plan-upgrade:** v2.24.1 → v2.25.1');
    expect(summary).toContain("## What's changed in v2.25.1");

    // Terminal output: headers instead of groups, annotations as file:line on stderr, no workflow commands.
    expect(cli.stdout.startsWith(`${suiteLine('plan-upgrade')}\n== Validate the target\n`), cli.stdout.slice(0, 300)).toBe(true);
    expect(cli.stdout).toContain('== Study v2.24.1 → v2.25.1\n');
    expect(cli.stderr).toMatch(new RegExp(`^(warning|error): ${PINNED.replace(/\./g, '\\.')}:\\d+: kube-version-pinned \\(v2\\.25\\.1\\): `, 'm'));
    expect(cli.stdout + cli.stderr).not.toMatch(/^::/m);
    expect(cli.stdout + cli.stderr).not.toContain(TOKEN);

    expect(f.originRefs()).toBe(before);
    expect(f.fake.requests.filter(isWrite)).toEqual([]);
  }, 120_000);

  it('opens the pull request through the GitHub API with GITHUB_TOKEN, and --json prints only the outputs on stdout', async () => {
    const cli = await runCli(['plan', '--path', f.checkout, '--target-version=v2.25.1', '--labels', 'kubespray-upgrade', '--labels', 'cli', '--reviewers', 'alice', '--json'], {
      cwd: f.checkout,
      env: cliEnv('cli-pr', { GITHUB_TOKEN: TOKEN, GITHUB_REPOSITORY: REPO }),
    });
    expect(cli.exitCode, cli.stderr).toBe(0);
    const outputs = JSON.parse(cli.stdout) as Record<string, string>;
    const pulls = f.fake.repo(REPO).pulls;
    expect(pulls).toHaveLength(1);
    expect(outputs).toMatchObject({
      'pull-request-number': String(pulls[0]!.number),
      'pull-request-operation': 'created',
      branch: 'kubespray-upgrade/v2.25.1',
      'from-version': 'v2.24.1',
      'to-version': 'v2.25.1',
    });
    expect(Object.keys(outputs)).toEqual(['status', 'pull-request-number', 'pull-request-url', 'pull-request-operation', 'superseded-pull-requests', 'branch', 'dashboard-issue-number', 'head-sha', 'summary-path', 'report-path', 'from-version', 'to-version']);
    expect(outputs['head-sha']).toBe(git(f.repo.origin, ['rev-parse', 'refs/heads/kubespray-upgrade/v2.25.1']).trim());
    // Repeated --labels is a list, as a multi-line input is.
    expect(pulls[0]!.labels).toEqual(['kubespray-upgrade', 'cli']);
    expect(pulls[0]!.requestedReviewers).toEqual(['alice']);
    // The log and the summary went to stderr.
    expect(cli.stderr).toContain('== Publish kubespray-upgrade/v2.25.1 and its pull request\n');
    expect(cli.stderr).toContain('== Summary\n**plan-upgrade:** v2.24.1 → v2.25.1, branch `kubespray-upgrade/v2.25.1`, pull request [#');
    expect(cli.stdout + cli.stderr).not.toContain(TOKEN);
    expect(cli.stdout + cli.stderr).not.toMatch(/^::/m);
  }, 120_000);

  it('a refusal of the action is exit code 1 with its message, and the outputs it set (none)', async () => {
    const cli = await runCli(['plan', '--path', f.checkout, '--target-version', 'v2.26.1', '--dry-run', '--json'], { cwd: f.checkout, env: cliEnv('cli-refuse') });
    expect(cli.exitCode).toBe(1);
    expect(cli.stderr).toMatch(/^error: refusing target-version v2\.26\.1: .*skips the v2\.25 line/m);
    // Only how it ended (the status output is set on every exit path), never half an answer.
    expect(JSON.parse(cli.stdout)).toEqual({ status: 'configuration-error', 'pull-request-operation': 'none' });
  }, 120_000);
});
