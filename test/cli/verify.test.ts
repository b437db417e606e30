import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { FakeKube, seedCluster } from '../support/fake-kube/index.js';
import { makeTempDir } from '../support/tmp.js';
import { printedOutputs, runCli, suiteLine } from './run-cli.js';

const NS = 'kubespray-upgrade-verify';
let fake: FakeKube | undefined;
const tmp = makeTempDir('ksu-cli-verify-');
afterEach(async () => {
  await fake?.stop();
  fake = undefined;
});
afterAll(() => tmp.cleanup());

/** A seeded fake Kubernetes API (control plane and workers at v1.29.5) and its kubeconfig. */
async function cluster(): Promise<string> {
  fake = await FakeKube.start();
  seedCluster(fake, { controlPlanes: 1, workers: 3, kubernetesVersion: 'v1.29.5' });
  return fake.writeKubeconfig(path.join(tmp.dir, `kubeconfig-${Date.now()}`));
}

describe('kubespray-upgrade verify', () => {
  it('on a runner (GITHUB_ACTIONS=true) the log is the runner\'s, in workflow commands, and the outputs are still printed', async () => {
    const kubeconfig = await cluster();
    const r = await runCli(['verify', '--kubeconfig', kubeconfig, '--expected-kubernetes-version', 'v1.29.5', '--checks', 'nodes'], {
      env: { GITHUB_ACTIONS: 'true', RUNNER_TEMP: path.join(tmp.dir, 'runner') },
    });
    expect(r.exitCode, r.stderr).toBe(0);
    expect(r.stdout).toMatch(/^::group::Run checks$/m);
    expect(r.stdout).not.toMatch(/^== Run checks$/m);
    expect(printedOutputs(r.stdout)).toMatchObject({ status: 'succeeded', result: 'passed' });
  }, 120_000);

  it('--json on a runner (GITHUB_ACTIONS=true): stdout is exactly the outputs object, the workflow commands go to stderr', async () => {
    const kubeconfig = await cluster();
    const r = await runCli(['verify', '--kubeconfig', kubeconfig, '--expected-kubernetes-version', 'v1.29.5', '--checks', 'nodes', '--json'], {
      env: { GITHUB_ACTIONS: 'true', RUNNER_TEMP: path.join(tmp.dir, 'runner-json') },
    });
    expect(r.exitCode, r.stderr).toBe(0);
    // One JSON document and nothing around it: JSON.parse throws on any log line before or after it.
    const outputs = JSON.parse(r.stdout) as Record<string, string>;
    expect(r.stdout).toBe(JSON.stringify(outputs, null, 2) + '\n');
    expect(outputs).toMatchObject({ status: 'succeeded', result: 'passed' });
    // The runner reads workflow commands on stderr too: groups, the suite line and the summary are all there.
    expect(r.stderr).toMatch(/^::group::Run checks$/m);
    expect(r.stderr).toMatch(/^::endgroup::$/m);
    expect(r.stderr).toContain(suiteLine('verify'));
    expect(r.stderr).toMatch(/== Summary\n[\s\S]*\| `nodes` \| ✅ passed \|/);
  }, 120_000);

  it('--json on a runner: a failure is one ::error:: line on stderr, stdout still only the outputs object', async () => {
    const kubeconfig = await cluster();
    const r = await runCli(['verify', '--kubeconfig', kubeconfig, '--expected-kubernetes-version', 'v1.30.2', '--checks', 'versions', '--json'], {
      env: { GITHUB_ACTIONS: 'true', RUNNER_TEMP: path.join(tmp.dir, 'runner-json-fail') },
    });
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.stdout)).toMatchObject({ status: 'failed', result: 'failed' });
    expect(r.stderr).toMatch(/^::error::verification failed \(versions\)/m);
  }, 120_000);

  it('--json: every check passes against the API, stdout is the outputs object, the probe namespace is removed', async () => {
    const kubeconfig = await cluster();
    const r = await runCli(['verify', '--kubeconfig', kubeconfig, '--expected-kubernetes-version', '1.29.5', '--timeout-seconds', '20', '--json'], {
      env: { RUNNER_TEMP: path.join(tmp.dir, 'pass') },
    });
    expect(r.exitCode, r.stderr).toBe(0);
    const outputs = JSON.parse(r.stdout) as Record<string, string>;
    expect(Object.keys(outputs)).toEqual(['status', 'result', 'report-path', 'junit-path', 'failed-checks']);
    expect(outputs.result).toBe('passed');
    expect(outputs['failed-checks']).toBe('[]');
    expect(outputs['report-path']).toBe(path.join(tmp.dir, 'pass', 'kubespray-upgrade-verify', 'verify-report.json'));
    const report = JSON.parse(readFileSync(outputs['report-path']!, 'utf8'));
    expect(report.server).toBe(fake!.url);
    // regression is skipped: no --regression-commands.
    const statuses = Object.fromEntries(report.checks.map((c: { name: string; status: string }) => [c.name, c.status]));
    expect(statuses).toEqual({ nodes: 'passed', versions: 'passed', 'control-plane': 'passed', 'system-pods': 'passed', dns: 'passed', workload: 'passed', 'pod-network': 'passed', regression: 'skipped' });
    expect(readFileSync(outputs['junit-path']!, 'utf8')).toContain('tests="8" failures="0"');
    // The verify action really talked to the API server, and cleaned up after itself.
    expect(fake!.requests.some((q) => q.method === 'POST' && q.path === '/api/v1/namespaces')).toBe(true);
    expect(fake!.namespaceExists(NS)).toBe(false);
    // Log and summary on stderr, as terminal text.
    expect(r.stderr).toContain('== Run checks\n');
    expect(r.stderr).toContain('PASSED nodes');
    expect(r.stderr).toMatch(/== Summary\n[\s\S]*\| `dns` \| ✅ passed \|/);
    expect(r.stderr).not.toMatch(/^::/m);
  }, 120_000);

  it('a failed check: exit code 1, the failure on stderr, result failed in the outputs', async () => {
    const kubeconfig = await cluster();
    const r = await runCli(['verify', '--kubeconfig', kubeconfig, '--expected-kubernetes-version', 'v1.30.2', '--checks', 'nodes', '--checks', 'versions', '--json'], {
      env: { RUNNER_TEMP: path.join(tmp.dir, 'fail') },
    });
    expect(r.exitCode).toBe(1);
    const outputs = JSON.parse(r.stdout) as Record<string, string>;
    expect(outputs.result).toBe('failed');
    expect(JSON.parse(outputs['failed-checks']!)).toEqual(['versions']);
    // Repeated --checks is a list: exactly the two checks ran.
    const report = JSON.parse(readFileSync(outputs['report-path']!, 'utf8'));
    expect(report.checks.map((c: { name: string }) => c.name)).toEqual(['nodes', 'versions']);
    expect(r.stderr).toMatch(/^error: verification failed \(versions\):\nversions: /m);
  }, 120_000);

  it('without --json: log, summary and `name = value` outputs on stdout; a bad input is the action\'s configuration error', async () => {
    const kubeconfig = await cluster();
    const ok = await runCli(['verify', '--kubeconfig', kubeconfig, '--expected-kubernetes-version', 'v1.29.5', '--checks', 'nodes,versions'], {
      env: { RUNNER_TEMP: path.join(tmp.dir, 'text') },
    });
    expect(ok.exitCode, ok.stderr).toBe(0);
    expect(ok.stdout.startsWith(`${suiteLine('verify')}\n== Resolve the expected Kubernetes version\n`), ok.stdout.slice(0, 300)).toBe(true);
    expect(ok.stdout).toMatch(/\n== Summary\n[\s\S]*\n== Outputs\nstatus = succeeded\nresult = passed\nreport-path = .*verify-report\.json\njunit-path = .*\nfailed-checks = \[\]\n$/);

    const bad = await runCli(['verify', '--kubeconfig', kubeconfig, '--checks', 'nodes,dnss']);
    expect(bad.exitCode).toBe(1);
    expect(bad.stderr).toBe('error: input "checks" has unknown check(s) "dnss"; known checks: nodes, versions, control-plane, system-pods, dns, workload, pod-network, regression\n');
    expect(bad.stdout).toBe(`${suiteLine('verify')}\n== Outputs\nresult = error\nstatus = configuration-error\n`);
  }, 120_000);
});
