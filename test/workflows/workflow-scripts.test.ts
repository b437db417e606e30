import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { existsSync, mkdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { getOctokit } from '@actions/github';
import type { ClusterEntry } from '../../src/cli/commands/clusters.js';
import { buildClusterRepo, runnerCheckout } from '../support/cluster-repo.js';
import { buildKubesprayUpstream } from '../support/kubespray-upstream.js';
import { distEntry, REPO_ROOT } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';
import { pathWithThisNode, runStep } from './run-step.js';
import { loadWorkflow, stepById, steps } from './workflow-files.js';

const tmp = makeTempDir('ksu-wf-steps-');
afterAll(() => tmp.cleanup());
const detectJob = loadWorkflow('.github/workflows/detect.yml').data.jobs.detect!;
const upgrade = loadWorkflow('.github/workflows/upgrade.yml');
const waveJob = upgrade.data.jobs['wave-1']!;
const tempRoot = tmp.dir;

describe('detect.yml: the Kubernetes-only patch offer', () => {
  const patch = stepById(detectJob, 'patch');
  const run = (CURRENT: string, PATCH: string) => runStep(patch, { CURRENT, PATCH, KUBESPRAY: 'v2.26.1' }, { tempRoot });

  it('offers the newer patch, in the v-style the inventory uses, with a notice and a labelled summary', async () => {
    const r = await run('v1.30.4', 'v1.30.6');
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.outputs).toEqual({ version: 'v1.30.6' });
    expect(r.stdout).toContain('::notice title=Kubernetes-only patch available::Kubernetes v1.30.6 is available and supported by the pinned Kubespray v2.26.1: set kube_version to v1.30.6');
    expect(r.summary).toContain('## Kubernetes-only patch available');
    expect(r.summary).toContain('Kubernetes `v1.30.6` is available and supported by the pinned Kubespray `v2.26.1`: set `kube_version` to it.');
    expect(r.summary).toContain('The cluster runs `v1.30.4`');
  });

  it('writes the version without v when the cluster does (newer Kubespray releases)', async () => {
    const r = await run('1.31.2', 'v1.31.4');
    expect(r.outputs).toEqual({ version: '1.31.4' });
    expect(r.summary).toContain('set `kube_version: 1.31.4` in the inventory');
  });

  it('offers nothing when the cluster already runs the newest patch, whatever the v-style', async () => {
    for (const [current, newest] of [
      ['v1.30.6', 'v1.30.6'],
      ['1.31.4', 'v1.31.4'],
    ]) {
      const r = await run(current!, newest!);
      expect(r.exitCode).toBe(0);
      expect(r.outputs).toEqual({});
      expect(r.summary).toBe('');
      expect(r.stdout).toContain('is the newest patch of its minor');
    }
  });

  it('offers nothing when the current version could not be resolved', async () => {
    const r = await run('', 'v1.30.6');
    expect(r.exitCode).toBe(0);
    expect(r.outputs).toEqual({});
    expect(r.summary).toBe('');
  });
});

describe('upgrade.yml: kubeconfig and reports', () => {
  it('writes the kubeconfig secret to a file only the runner user can read, and nothing without it', async () => {
    const step = stepById(waveJob, 'kubeconfig');
    const content = 'apiVersion: v1\nkind: Config\nclusters: []\n';
    const r = await runStep(step, { KUBECONFIG_CONTENT: content }, { tempRoot });
    expect(r.exitCode, r.stderr).toBe(0);
    const file = r.outputs.path!;
    expect(path.dirname(file)).toBe(r.runnerTemp);
    expect(readFileSync(file, 'utf8')).toBe(content + '\n');
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(r.stdout).not.toContain('kind: Config');

    const none = await runStep(step, {}, { tempRoot });
    expect(none.exitCode).toBe(0);
    expect(none.outputs).toEqual({});
    expect(none.stdout).toContain('No KUBESPRAY_UPGRADE_KUBECONFIG secret');

    // The last step removes it, also after a failure (if: always()).
    const remove = steps(waveJob).at(-1)!;
    expect((await runStep(remove, { KUBECONFIG_FILE: file }, { tempRoot })).exitCode).toBe(0);
    expect(existsSync(file)).toBe(false);
  });

  it('collects the state, the verify report and the JUnit file into one directory, with whatever exists', async () => {
    const step = stepById(waveJob, 'reports');
    const from = path.join(tmp.dir, 'verify-out');
    mkdirSync(from, { recursive: true });
    writeFileSync(path.join(from, 'report.json'), '{"result":"passed"}\n');
    writeFileSync(path.join(from, 'junit.xml'), '<testsuites/>\n');
    const state = JSON.stringify({ upgradeId: 'u-1', status: 'succeeded', phases: [] });
    const r = await runStep(step, { STATE_JSON: state, VERIFY_REPORT: path.join(from, 'report.json'), VERIFY_JUNIT: path.join(from, 'junit.xml') }, { tempRoot });
    expect(r.exitCode, r.stderr).toBe(0);
    const dir = r.outputs.dir!;
    expect(JSON.parse(readFileSync(path.join(dir, 'upgrade-state.json'), 'utf8'))).toEqual(JSON.parse(state));
    expect(readFileSync(path.join(dir, 'verify-report.json'), 'utf8')).toBe('{"result":"passed"}\n');
    expect(readFileSync(path.join(dir, 'verify-junit.xml'), 'utf8')).toBe('<testsuites/>\n');

    // The upgrade failed before verify ran: only the state, and the step still succeeds.
    const failed = await runStep(step, { STATE_JSON: state }, { tempRoot });
    expect(failed.exitCode, failed.stderr).toBe(0);
    expect(existsSync(path.join(failed.outputs.dir!, 'upgrade-state.json'))).toBe(true);
    expect(existsSync(path.join(failed.outputs.dir!, 'verify-junit.xml'))).toBe(false);
  });
});

/** A loopback stand-in for the two GitHub endpoints the comment script calls, spoken to by a real Octokit. */
async function startCommentApi(token: string, pullsByCommit: Record<string, Array<{ number: number; merged_at: string | null }>>) {
  const comments: Array<{ issue: number; body: string }> = [];
  const server: Server = createServer((req, res) => {
    let raw = '';
    req.on('data', (d: Buffer) => (raw += d.toString()));
    req.on('end', () => {
      const reply = (status: number, body: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(body));
      };
      if (req.headers.authorization !== `token ${token}`) return reply(401, { message: 'Bad credentials' });
      const pulls = /^\/repos\/platform\/cluster\/commits\/([0-9a-f]{40})\/pulls$/.exec(req.url ?? '');
      if (req.method === 'GET' && pulls) return reply(200, pullsByCommit[pulls[1]!] ?? []);
      const comment = /^\/repos\/platform\/cluster\/issues\/(\d+)\/comments$/.exec(req.url ?? '');
      if (req.method === 'POST' && comment) {
        comments.push({ issue: Number(comment[1]), body: (JSON.parse(raw) as { body: string }).body });
        return reply(201, { id: comments.length });
      }
      reply(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return { url, comments, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

describe('upgrade.yml: the comment on the merged pull request', () => {
  const step = steps(waveJob).find((s) => s.uses?.startsWith('actions/github-script@'))!;
  const script = String(step.with!.script);
  const TOKEN = 'ghs_commentTestToken';
  const MERGE = 'a'.repeat(40);
  let api: Awaited<ReturnType<typeof startCommentApi>>;
  beforeAll(async () => {
    api = await startCommentApi(TOKEN, {
      [MERGE]: [
        { number: 7, merged_at: null },
        { number: 12, merged_at: '2026-03-02T10:00:00Z' },
      ],
    });
  });
  afterAll(() => api.close());

  /** Runs the script as actions/github-script does: an async function of github, context, core (and the step's env). */
  async function runScript(env: Record<string, string>): Promise<string[]> {
    const declared = Object.keys(step.env ?? {});
    expect(Object.keys(env).filter((k) => !declared.includes(k))).toEqual([]);
    const info: string[] = [];
    const github = getOctokit(TOKEN, { baseUrl: api.url });
    const context = { repo: { owner: 'platform', repo: 'cluster' }, serverUrl: 'https://github.example.com', runId: 4242 };
    const fakeProcess = { env: { GITHUB_RUN_ATTEMPT: '2', ...Object.fromEntries(declared.map((k) => [k, env[k] ?? ''])) } };
    const AsyncFunction = Object.getPrototypeOf(async () => undefined).constructor as new (...args: string[]) => (...a: unknown[]) => Promise<unknown>;
    await new AsyncFunction('github', 'context', 'core', 'process', script)(github, context, { info: (m: string) => info.push(m) }, fakeProcess);
    return info;
  }

  const succeeded = {
    CLUSTER: 'prod-eu',
    CLUSTER_ENVIRONMENT: 'production-eu',
    WAVE: '2',
    COMMIT: MERGE,
    PULL_REQUEST: '0',
    STATUS: 'succeeded',
    FROM_VERSION: 'v2.25.1',
    TO_VERSION: 'v2.26.1',
    KUBERNETES_FROM: 'v1.29.5',
    KUBERNETES_TO: 'v1.30.4',
    VERIFY_RESULT: 'passed',
    FAILED_CHECKS: '[]',
  };

  it('finds the merged pull request of the commit and reports the versions and the verify result', async () => {
    api.comments.length = 0;
    await runScript(succeeded);
    expect(api.comments).toHaveLength(1);
    const [c] = api.comments;
    expect(c!.issue).toBe(12);
    expect(c!.body).toContain('✅ Kubespray upgrade of cluster `prod-eu` (environment `production-eu`, wave 2): **succeeded**');
    expect(c!.body).toContain('| Kubespray | `v2.25.1` | `v2.26.1` |');
    expect(c!.body).toContain('| Kubernetes | `v1.29.5` | `v1.30.4` |');
    expect(c!.body).toContain('Verify: **passed**.');
    expect(c!.body).toContain('[Workflow run](https://github.example.com/platform/cluster/actions/runs/4242), attempt 2');
  });

  it('comments on the given pull request, and tells a failed upgrade from a failed verify', async () => {
    api.comments.length = 0;
    await runScript({ ...succeeded, PULL_REQUEST: '31', STATUS: 'failed', VERIFY_RESULT: '', FAILED_CHECKS: '' });
    await runScript({ ...succeeded, PULL_REQUEST: '31', VERIFY_RESULT: 'failed', FAILED_CHECKS: '["dns","workload"]' });
    expect(api.comments.map((c) => c.issue)).toEqual([31, 31]);
    expect(api.comments[0]!.body).toContain('❌ Kubespray upgrade of cluster `prod-eu`');
    expect(api.comments[0]!.body).toContain('Verify did not run');
    expect(api.comments[1]!.body).toContain('Verify: **failed**, failed checks `["dns","workload"]`.');
  });

  it('posts nothing when no merged pull request contains the commit (a manual run on main)', async () => {
    api.comments.length = 0;
    const info = await runScript({ ...succeeded, COMMIT: 'b'.repeat(40) });
    expect(api.comments).toEqual([]);
    expect(info.join('\n')).toContain('no merged pull request contains');
  });

  it('keeps a backtick in a value from breaking out of its code span', async () => {
    api.comments.length = 0;
    await runScript({ ...succeeded, PULL_REQUEST: '5', TO_VERSION: 'v2.26.1`<img src=x>' });
    expect(api.comments[0]!.body).toContain("| Kubespray | `v2.25.1` | `v2.26.1 <img src=x>` |");
  });
});

// The clusters job's script against a real cluster repo and the bundled CLI, as the runner
// runs it after actions/setup-node.
describe('upgrade.yml: the clusters job script', () => {
  const step = stepById(upgrade.data.jobs.clusters!, 'waves');

  function workspace(files: Record<string, string>, clusterName: string): string {
    const root = path.join(tmp.dir, `ws-${clusterName}-${Object.keys(files).length}`);
    mkdirSync(root);
    const up = buildKubesprayUpstream(path.join(root, 'up'), { tags: ['v2.24.1'] });
    const repo = buildClusterRepo(path.join(root, 'repo'), { upstream: up, tag: 'v2.24.1', clusterName, files });
    const ws = path.join(root, 'ws');
    mkdirSync(ws);
    runnerCheckout(repo, path.join(ws, 'cluster'));
    // The suite checked out at suite-ref: this working tree, with its built (and current) dist/.
    distEntry('cli');
    symlinkSync(REPO_ROOT, path.join(ws, 'kubespray-upgrade-actions'));
    return ws;
  }

  it('writes one JSON array per wave to the outputs and the cluster list to the summary', async () => {
    const inv = (n: string) => ({ [`inventory/${n}/hosts.yaml`]: 'all: {}\n', [`inventory/${n}/group_vars/all/all.yml`]: '---\n' });
    const config = 'clusters:\n  - name: staging\n    inventory: inventory/staging\n  - name: prod\n    inventory: inventory/prod\n    environment: production\n    runs-on: [self-hosted, prod]\n    wave: 3\n';
    const ws = workspace({ ...inv('prod'), '.github/kubespray-upgrade.yml': config }, 'staging');
    const r = await runStep(step, { CONFIG: '', SUITE_REF: 'c'.repeat(40) }, { tempRoot, cwd: ws, path: pathWithThisNode(tmp.dir) });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(Object.keys(r.outputs)).toEqual(['wave-1', 'wave-2', 'wave-3']);
    expect((JSON.parse(r.outputs['wave-1']!) as ClusterEntry[]).map((c) => [c.name, c.environment, c.runsOn])).toEqual([['staging', 'staging', ['self-hosted']]]);
    expect(JSON.parse(r.outputs['wave-2']!)).toEqual([]);
    expect((JSON.parse(r.outputs['wave-3']!) as ClusterEntry[]).map((c) => [c.name, c.environment, c.runsOn])).toEqual([['prod', 'production', ['self-hosted', 'prod']]]);
    expect(r.summary).toContain('## Clusters to upgrade');
    expect(r.summary).toContain('wave 3  prod: inventory inventory/prod, environment production');
    expect(r.stdout).not.toContain('::warning');
  });

  it('fails the job, with the config error, when a cluster is in a wave it has no job for', async () => {
    const config = 'clusters:\n  - name: lab\n    inventory: inventory/lab\n    wave: 4\n';
    const ws = workspace({ '.github/kubespray-upgrade.yml': config }, 'lab');
    const r = await runStep(step, { CONFIG: '.github/kubespray-upgrade.yml', SUITE_REF: 'main' }, { tempRoot, cwd: ws, path: pathWithThisNode(tmp.dir) });
    expect(r.exitCode).not.toBe(0);
    expect(r.stderr).toContain('cluster "lab" is in wave 4, but the upgrade workflow runs waves 1 to 3 only');
    expect(r.outputs).toEqual({});
    expect(r.stdout).toContain('::warning title=suite-ref is not pinned::');
  });
});
