import { actionsRunner } from '../../adapters/runner/actions-runner.js';
import type { ActionHost } from '../../adapters/runner/host.js';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../common/run-action.js';
import { logSuiteVersion } from '../common/suite-version.js';
import { ActionError } from '../../core/errors.js';
import { createKubeApi, DEFAULT_REQUEST_TIMEOUT_MS } from '../../adapters/kube/client-kube-api.js';
import type { KubeApi } from '../../core/kube/kube-api.js';
import { CHECKS_NEEDING_NAMESPACE, type CheckResult } from '../../core/verify/checks/types.js';
import { getInputs, type VerifyInputs } from './input-helper.js';
import { writeReports, VERIFY_REPORT_SCHEMA_VERSION, type VerifyReport } from '../../core/verify/verify-report.js';
import { runChecks } from '../../core/verify/check-runner.js';
import { runWithCombinedOutput } from '../../adapters/process.js';
import { writeVerifySummary } from './summary.js';
import { createTestNamespace, deleteTestNamespace, type CleanupResult } from '../../core/verify/test-namespace.js';
import { resolveExpectation, type Expectation } from '../../core/verify/upgrade-state.js';
import { informPullRequest } from './inform.js';
import { GitHubHelper } from '../../adapters/github/github-helper.js';
import { clusterReportInputs } from '../common/cluster-report-inputs.js';
import { ClusterReport } from '../../core/dashboard/cluster-report.js';
import { runUrlFrom } from '../../core/pull-request/pr-provenance.js';

/** Posts the result on the upgrade PR; a failure to comment is a warning, the verdict stands. */
async function inform(host: ActionHost, inputs: VerifyInputs, report: VerifyReport): Promise<void> {
  await host.group(`Inform: comment on #${inputs.informPullRequest}`, async () => {
    const env = process.env;
    const runUrl = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
    try {
      await informPullRequest(new GitHubHelper({ token: inputs.githubToken!, log: host }), inputs.informPullRequest!, report, runUrl);
      host.info(`posted the ${report.result} result on #${inputs.informPullRequest}`);
    } catch (e) {
      if (!(e instanceof ActionError)) throw e;
      host.warning(e.message);
    }
  });
}

/** The cluster's dashboard row: the verify result, and the Kubernetes it runs when the state ConfigMap said and the checks agreed. */
async function reportToDashboard(host: ActionHost, report: VerifyReport, expectation: Expectation): Promise<void> {
  const { token, settings } = clusterReportInputs(undefined, false);
  if (!settings || !token) return;
  const url = runUrlFrom(process.env);
  await new ClusterReport({ ...settings, ...(url ? { runUrl: url } : {}) }, new GitHubHelper({ token }), host).dashboard({
    verify: { result: report.result, at: report.startedAt, ...(url ? { url } : {}) },
    ...(report.result === 'passed' && expectation.source !== 'input' ? { runningKubernetes: expectation.version } : {}),
  });
}

const NAMESPACE_DELETE_TIMEOUT_MS = 120_000;

/** Runs the action; `host` is the runner unless the CLI passes its terminal. */
export function run(host: ActionHost = actionsRunner): Promise<void> {
  return runAction('verify', host, (kind) => ({ result: 'error', status: kind }), async (host) => {
    await logSuiteVersion(host, 'verify');
    const started = new Date();
    const t0 = performance.now();
    const inputs = getInputs();
    if (inputs.githubToken) host.setSecret(inputs.githubToken);
    const api = createKubeApi({ kubeconfig: inputs.kubeconfig, requestTimeoutMs: Math.min(DEFAULT_REQUEST_TIMEOUT_MS, inputs.timeoutSeconds * 1000) });
    const expectation = await host.group('Resolve the expected Kubernetes version', async () => {
      const e = await resolveExpectation(api, inputs.expectedKubernetesVersion, inputs.stateNamespace);
      host.info(`verifying against Kubernetes ${e.version} (from ${e.source === 'input' ? 'the expected-kubernetes-version input' : `ConfigMap ${inputs.stateNamespace}/kubespray-upgrade-state`})`);
      if (e.upgradeStartedAt) host.info(`upgrade started at ${e.upgradeStartedAt.toISOString()}; restarts after that are reported`);
      if (e.upgradeStatus) host.info(`run-upgrade status: ${e.upgradeStatus}`);
      host.info(`checks: ${inputs.checks.join(', ')}`);
      return e;
    });

    const { results, cleanup } = await runWithCleanup(host, api, inputs, expectation);
    const report: VerifyReport = {
      schemaVersion: VERIFY_REPORT_SCHEMA_VERSION,
      result: results.some((r) => r.status === 'failed') ? 'failed' : 'passed',
      expectedKubernetesVersion: expectation.version,
      expectedVersionSource: expectation.source,
      ...(expectation.upgradeStartedAt ? { upgradeStartedAt: expectation.upgradeStartedAt.toISOString() } : {}),
      ...(expectation.upgradeStatus ? { upgradeStatus: expectation.upgradeStatus } : {}),
      server: api.server,
      namespace: inputs.namespace,
      startedAt: started.toISOString(),
      durationMs: Math.round(performance.now() - t0),
      checks: results,
      failedChecks: results.filter((r) => r.status === 'failed').map((r) => r.name),
      cleanup,
    };
    const dir = path.join(process.env.RUNNER_TEMP || os.tmpdir(), 'kubespray-upgrade-verify');
    const { reportPath, junitPath } = writeReports(report, dir);
    host.setOutput('status', report.result === 'passed' ? 'succeeded' : 'failed');
    host.setOutput('result', report.result);
    host.setOutput('report-path', reportPath);
    host.setOutput('junit-path', junitPath);
    host.setOutput('failed-checks', JSON.stringify(report.failedChecks));
    await writeVerifySummary(host, report);
    if (inputs.informPullRequest) await inform(host, inputs, report);
    await reportToDashboard(host, report, expectation);
    if (report.result === 'failed') {
      const lines = results.filter((r) => r.status === 'failed').map((r) => `${r.name}: ${r.failures[0] ?? r.summary}${r.failures.length > 1 ? ` (+${r.failures.length - 1} more)` : ''}`);
      throw new ActionError(`verification failed (${report.failedChecks.join(', ')}):\n${lines.join('\n')}\nSee the job summary or ${reportPath} for every finding.`);
    }
  });
}

/**
 * Creates the probe namespace, runs the checks and always removes the namespace afterwards:
 * after failures, timeouts and cancellation (SIGINT/SIGTERM abort the checks so the finally
 * block still runs), unless keep-on-failure asks to keep it for debugging.
 */
async function runWithCleanup(host: ActionHost, api: KubeApi, inputs: VerifyInputs, expectation: Expectation): Promise<{ results: CheckResult[]; cleanup: CleanupResult }> {
  const needsNamespace = inputs.checks.some((c) => CHECKS_NEEDING_NAMESPACE.includes(c));
  const cancel = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    host.warning(`received ${signal}: stopping the checks and cleaning up`);
    cancel.abort(new ActionError(`cancelled by ${signal}`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let created = false;
  let results: CheckResult[] = [];
  let cleanup: CleanupResult = { state: 'not-created', detail: 'no probe namespace was needed' };
  try {
    if (needsNamespace) {
      await host.group(`Create namespace ${inputs.namespace}`, () => createTestNamespace(host, api, inputs.namespace, NAMESPACE_DELETE_TIMEOUT_MS));
      created = true;
    }
    results = await host.group('Run checks', async () => {
      const r = await runChecks(
        inputs.checks,
        {
          api,
          expectedVersion: expectation.version,
          namespace: inputs.namespace,
          image: inputs.image,
          clusterDomain: inputs.clusterDomain,
          ...(expectation.upgradeStartedAt ? { upgradeStartedAt: expectation.upgradeStartedAt } : {}),
          maxNodePairs: inputs.maxNodePairs,
          regressionCommands: inputs.regressionCommands,
          regressionEnv: process.env,
          runCommand: runWithCombinedOutput,
          ...(inputs.kubeconfig ? { kubeconfig: inputs.kubeconfig } : {}),
          timeoutMs: inputs.timeoutSeconds * 1000,
        },
        cancel.signal,
      );
      for (const c of r) {
        host.info(`${c.status.toUpperCase()} ${c.name} (${c.durationMs} ms): ${c.summary}`);
        for (const f of c.failures) host.info(`  ✗ ${f}`);
        for (const w of c.warnings) host.info(`  ! ${w}`);
      }
      return r;
    });
  } finally {
    cleanup = await host.group('Clean up', async () => {
      if (!created) return cleanup;
      const failed = results.length === 0 || results.some((r) => r.status === 'failed');
      if (inputs.keepOnFailure && failed) {
        const c: CleanupResult = { state: 'kept', detail: `namespace ${inputs.namespace} kept for debugging (keep-on-failure); remove it with kubectl delete namespace ${inputs.namespace}` };
        host.warning(c.detail);
        return c;
      }
      const c = await deleteTestNamespace(api, inputs.namespace, NAMESPACE_DELETE_TIMEOUT_MS).catch(
        (e: Error): CleanupResult => ({ state: 'still-terminating', detail: `could not delete namespace ${inputs.namespace}: ${e.message}` }),
      );
      if (c.state === 'deleted') host.info(c.detail);
      else host.warning(c.detail);
      return c;
    });
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return { results, cleanup };
}
