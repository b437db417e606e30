import * as core from '../../shared/actions/toolkit.js';
import os from 'node:os';
import path from 'node:path';
import { runAction } from '../../shared/actions/run-action.js';
import { logSuiteVersion } from '../../shared/actions/suite-version.js';
import { ActionError } from '../../shared/errors.js';
import { createKubeApi, DEFAULT_REQUEST_TIMEOUT_MS } from '../../shared/kube/client-kube-api.js';
import type { KubeApi } from '../../shared/kube/kube-api.js';
import { CHECKS_NEEDING_NAMESPACE, type CheckResult } from './checks/types.js';
import { getInputs, type VerifyInputs } from './input-helper.js';
import { writeReports, VERIFY_REPORT_SCHEMA_VERSION, type VerifyReport } from './report.js';
import { runChecks } from './runner.js';
import { renderVerifySummary } from './summary.js';
import { createTestNamespace, deleteTestNamespace, type CleanupResult } from './test-namespace.js';
import { resolveExpectation, type Expectation } from './upgrade-state.js';
import { informPullRequest } from './inform.js';
import { GitHubHelper } from '../../shared/github/github-helper.js';

/** Posts the result on the upgrade PR; a failure to comment is a warning, the verdict stands. */
async function inform(inputs: VerifyInputs, report: VerifyReport): Promise<void> {
  await core.group(`Inform: comment on #${inputs.informPullRequest}`, async () => {
    const env = process.env;
    const runUrl = env.GITHUB_RUN_ID && env.GITHUB_REPOSITORY ? `${env.GITHUB_SERVER_URL ?? 'https://github.com'}/${env.GITHUB_REPOSITORY}/actions/runs/${env.GITHUB_RUN_ID}` : undefined;
    try {
      await informPullRequest(new GitHubHelper({ token: inputs.githubToken! }), inputs.informPullRequest!, report, runUrl);
      core.info(`posted the ${report.result} result on #${inputs.informPullRequest}`);
    } catch (e) {
      if (!(e instanceof ActionError)) throw e;
      core.warning(e.message);
    }
  });
}

const NAMESPACE_DELETE_TIMEOUT_MS = 120_000;

export function run(): Promise<void> {
  return runAction('verify', async () => {
    await logSuiteVersion('verify');
    const started = new Date();
    const t0 = performance.now();
    const inputs = getInputs();
    const api = createKubeApi({ kubeconfig: inputs.kubeconfig, requestTimeoutMs: Math.min(DEFAULT_REQUEST_TIMEOUT_MS, inputs.timeoutSeconds * 1000) });
    const expectation = await core.group('Resolve the expected Kubernetes version', async () => {
      const e = await resolveExpectation(api, inputs.expectedKubernetesVersion, inputs.stateNamespace);
      core.info(`verifying against Kubernetes ${e.version} (from ${e.source === 'input' ? 'the expected-kubernetes-version input' : `ConfigMap ${inputs.stateNamespace}/kubespray-upgrade-state`})`);
      if (e.upgradeStartedAt) core.info(`upgrade started at ${e.upgradeStartedAt.toISOString()}; restarts after that are reported`);
      if (e.upgradeStatus) core.info(`run-upgrade status: ${e.upgradeStatus}`);
      core.info(`checks: ${inputs.checks.join(', ')}`);
      return e;
    });

    const { results, cleanup } = await runWithCleanup(api, inputs, expectation);
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
    core.setOutput('result', report.result);
    core.setOutput('report-path', reportPath);
    core.setOutput('junit-path', junitPath);
    core.setOutput('failed-checks', JSON.stringify(report.failedChecks));
    const summary = renderVerifySummary(report);
    if (!core.appendSummary(summary)) core.info(summary);
    if (inputs.informPullRequest) await inform(inputs, report);
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
async function runWithCleanup(api: KubeApi, inputs: VerifyInputs, expectation: Expectation): Promise<{ results: CheckResult[]; cleanup: CleanupResult }> {
  const needsNamespace = inputs.checks.some((c) => CHECKS_NEEDING_NAMESPACE.includes(c));
  const cancel = new AbortController();
  const onSignal = (signal: NodeJS.Signals) => {
    core.warning(`received ${signal}: stopping the checks and cleaning up`);
    cancel.abort(new ActionError(`cancelled by ${signal}`));
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
  let created = false;
  let results: CheckResult[] = [];
  let cleanup: CleanupResult = { state: 'not-created', detail: 'no probe namespace was needed' };
  try {
    if (needsNamespace) {
      await core.group(`Create namespace ${inputs.namespace}`, () => createTestNamespace(api, inputs.namespace, NAMESPACE_DELETE_TIMEOUT_MS));
      created = true;
    }
    results = await core.group('Run checks', async () => {
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
          ...(inputs.kubeconfig ? { kubeconfig: inputs.kubeconfig } : {}),
          timeoutMs: inputs.timeoutSeconds * 1000,
        },
        cancel.signal,
      );
      for (const c of r) {
        core.info(`${c.status.toUpperCase()} ${c.name} (${c.durationMs} ms): ${c.summary}`);
        for (const f of c.failures) core.info(`  ✗ ${f}`);
        for (const w of c.warnings) core.info(`  ! ${w}`);
      }
      return r;
    });
  } finally {
    cleanup = await core.group('Clean up', async () => {
      if (!created) return cleanup;
      const failed = results.length === 0 || results.some((r) => r.status === 'failed');
      if (inputs.keepOnFailure && failed) {
        const c: CleanupResult = { state: 'kept', detail: `namespace ${inputs.namespace} kept for debugging (keep-on-failure); remove it with kubectl delete namespace ${inputs.namespace}` };
        core.warning(c.detail);
        return c;
      }
      const c = await deleteTestNamespace(api, inputs.namespace, NAMESPACE_DELETE_TIMEOUT_MS).catch(
        (e: Error): CleanupResult => ({ state: 'still-terminating', detail: `could not delete namespace ${inputs.namespace}: ${e.message}` }),
      );
      if (c.state === 'deleted') core.info(c.detail);
      else core.warning(c.detail);
      return c;
    });
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
  return { results, cleanup };
}
