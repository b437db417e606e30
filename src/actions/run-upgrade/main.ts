import { existsSync, mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { actionsRunner } from '../../adapters/runner/actions-runner.js';
import { kubesprayCacheDir } from '../../adapters/runner/cache-dir.js';
import type { ActionHost } from '../../adapters/runner/host.js';
import type { Reporter } from '../../core/reporter.js';
import { runAction } from '../common/run-action.js';
import { logSuiteVersion } from '../common/suite-version.js';
import { Ansible, type ListedInventory } from '../../core/ansible/ansible.js';
import { GroupRegistry } from '../../adapters/group-registry.js';
import { runProcessGroup } from '../../adapters/process-group.js';
import { readAnsibleLimits } from '../../core/ansible/ansible-limits.js';
import { ActionError } from '../../core/errors.js';
import type { Redactor } from '../../core/text/redact.js';
import { createKubeApi } from '../../adapters/kube/client-kube-api.js';
import { effectiveKubeTarget } from '../../core/upgrade/kube-target.js';
import { readDrainSettings } from '../../core/upgrade/drain-settings.js';
import { identifyRelease, locateKubespray, releaseAt, type LocatedKubespray } from '../../core/upgrade/kubespray-checkout.js';
import { appliedRelease, imagePinBeforeHop, pinBeforeHop } from '../../core/upgrade/pin-history.js';
import { scanRepoManifests } from '../../core/upgrade/removed-apis/repo-manifests.js';
import { findKubespraySource } from '../../core/cluster-repo/kubespray-source.js';
import { ContainerImages } from '../../adapters/ansible/container-images.js';
import { ImageOperationCancelled } from '../../core/upgrade/kubespray-image.js';
import { commandLine } from '../../adapters/ansible/runner.js';
import type { AnsibleRunner } from '../../core/ansible/ansible-runner.js';
import type { KubeTarget } from '../../core/upgrade/preflight.js';
import { runUpgrade, type UpgradeOutcome } from '../../core/upgrade/orchestrator.js';
import { writeUpgradeSummary } from './summary.js';
import { getInputs, secretsOf, type RunUpgradeInputs } from './input-helper.js';
import { PROCESS_GROUPS_DIR, saveMainStepFinished, saveMainStepState, TEMP_DIR_PREFIX } from './post-state.js';
import { clusterReportInputs } from '../common/cluster-report-inputs.js';
import { ClusterReport } from '../../core/dashboard/cluster-report.js';
import { upgradeRecord } from '../../core/dashboard/upgrade-record.js';
import { GitHubHelper } from '../../adapters/github/github-helper.js';
import { openGit } from '../../adapters/git/git-command-manager.js';
import { runUrlFrom } from '../../core/pull-request/pr-provenance.js';
import { keepYoungGenerationSmall } from '../../adapters/young-generation.js';

/** Deployment and dashboard reporting, when a token and a cluster name are there. */
async function clusterReport(host: ActionHost, inputs: RunUpgradeInputs): Promise<ClusterReport | undefined> {
  const { token, settings } = clusterReportInputs(path.basename(path.dirname(inputs.inventory)), true);
  if (!settings) return undefined;
  if (!token) {
    host.info('no github-token: the deployment and the fleet dashboard are not updated');
    return undefined;
  }
  const head = await openGit(inputs.repoPath).resolveCommit('HEAD');
  return new ClusterReport({ ...settings, ref: head, runUrl: runUrlFrom(process.env) }, new GitHubHelper({ token }), host);
}

/** Runs the action; `host` is the runner unless the CLI passes its terminal. */
export function run(host: ActionHost = actionsRunner): Promise<void> {
  keepYoungGenerationSmall();
  return runAction('run-upgrade', host, (kind) => ({ status: kind }), async (host, redactor) => {
    await logSuiteVersion(host, 'run-upgrade');
    const inputs = getInputs();
    for (const secret of secretsOf(inputs)) host.setSecret(secret);
    const tempDir = mkdtempSync(path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), TEMP_DIR_PREFIX));
    const holder = holderIdentity();
    // Before anything is written or taken: the post step needs these if this step is killed.
    saveMainStepState({ holder, tempDir, namespace: inputs.stateNamespace, kubeconfig: inputs.kubeconfig ?? '' });
    const cancel = new AbortController();
    const onSignal = (signal: NodeJS.Signals) => {
      host.warning(`received ${signal}: stopping Ansible, recording the upgrade as interrupted and releasing the lock`);
      cancel.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      const report = await clusterReport(host, inputs);
      if (!inputs.dryRun) await report?.deploymentStarted(`Kubespray ${inputs.targetVersion ?? 'upgrade'}`);
      let outcome: UpgradeOutcome;
      try {
        outcome = await upgrade(host, inputs, tempDir, holder, cancel.signal, redactor);
      } catch (e) {
        await report?.deploymentFinished(false, e instanceof Error ? e.message : String(e));
        throw e;
      }
      setOutputs(host, outcome, redactor);
      if (outcome.status !== 'dry-run' && report) {
        const ok = outcome.status === 'succeeded';
        await report.deploymentFinished(ok, outcome.message);
        await report.dashboard(upgradeRecord(outcome, runUrlFrom(process.env)));
      }
      await writeUpgradeSummary(host, outcome, inputs.stateNamespace);
      if (outcome.status !== 'succeeded' && outcome.status !== 'dry-run') throw new ActionError(outcome.message);
      host.info(outcome.message);
    } finally {
      // A read started early (ansible-inventory) may outlive a refused checkout: stop it.
      cancel.abort();
      // The private key and extra-vars files live here: always removed.
      rmSync(tempDir, { recursive: true, force: true });
      process.off('SIGINT', onSignal);
      process.off('SIGTERM', onSignal);
      saveMainStepFinished();
    }
  });
}

async function upgrade(log: Reporter, inputs: RunUpgradeInputs, tempDir: string, holder: string, signal: AbortSignal, redactor: Redactor): Promise<UpgradeOutcome> {
  let privateKeyFile: string | undefined;
  if (inputs.sshPrivateKey) {
    privateKeyFile = path.join(tempDir, 'ssh-private-key');
    // OpenSSH rejects a key file without its final newline, which YAML block scalars often drop.
    writeFileSync(privateKeyFile, inputs.sshPrivateKey.replace(/\r\n/g, '\n').replace(/\n*$/, '\n'), { mode: 0o600 });
  }
  let early: EarlyReads | undefined;
  // The reads start as soon as the Kubespray directory is known: the inventory (a Python
  // start-up unless the file is plain) and the target's kube_version (CPU) overlap with the
  // pin check (git) and with asking upstream which tag this is (the network). They only read
  // files; nothing uses them unless the checkout checks pass.
  let located: LocatedKubespray;
  try {
    located = await locateKubespray(
      {
        repoPath: inputs.repoPath,
        submodulePath: inputs.submodulePath,
        runner: inputs.runner,
        imageTreeDir: path.join(tempDir, 'kubespray-image-tree'),
        images: new ContainerImages(inputs.runner.engine ?? 'docker', { signal, pullTimeoutMs: inputs.imagePullTimeoutMs }),
        acceptUnidentifiedImage: inputs.acceptUnidentifiedImageRelease,
        reporter: log,
        openGit,
      },
      (k) => (early = startReads(inputs, k, tempDir, privateKeyFile, signal)),
    );
  } catch (e) {
    if (!(e instanceof ImageOperationCancelled)) throw e;
    return { status: 'interrupted', message: e.message, checks: [], plan: [], kubesprayTo: inputs.targetVersion ?? '', preflightMs: 0 };
  }
  const { ansible, inventory, kubeTarget, ansibleVersion } = early!;
  const { kubesprayDir, runner, pin } = located;
  const { tag, releases } = await identifyRelease(located, inputs.targetVersion, (m) => log.warning(m), kubesprayCacheDir(process.env));
  const from = pin.kind === 'image' ? `the image ${pin.image} (its ${runner.workdir}, read from a copy at ${kubesprayDir})` : kubesprayDir;
  log.info(`Kubespray ${tag} from ${from}; inventory ${inputs.inventory}`);
  const kube = createKubeApi({ kubeconfig: inputs.kubeconfig });
  return runUpgrade(
    {
      kubesprayTarget: tag,
      kubesprayDir,
      strategy: inputs.strategy,
      batchSize: inputs.batchSize,
      nodeTimeoutMs: inputs.nodeTimeoutMs,
      etcdBackup: inputs.etcdBackup,
      backupDir: inputs.backupDir,
      namespace: inputs.stateNamespace,
      dryRun: inputs.dryRun,
      pauseBeforeNodeSeconds: inputs.pauseBeforeNodeSeconds,
      pauseAfterNodeSeconds: inputs.pauseAfterNodeSeconds,
      lockDurationSeconds: inputs.lockDurationSeconds,
      holder,
    },
    {
      kube,
      ansible,
      inventory,
      resolveKubeTarget: () => kubeTarget,
      resolveDrainSettings: () => readDrainSettings(kubesprayDir, inputs.inventory, inputs.extraArgs),
      // Kubespray's own tree and the inventory are not the team's manifests.
      scanRepoManifests: (removals) =>
        scanRepoManifests(
          located.repoRoot,
          [...(pin.kind === 'submodule' ? [pin.submodule.path] : []), inventoryFolder(located.repoRoot, inputs.inventory)],
          removals,
        ),
      readAnsibleFacts: async () => ({ runner, installed: await ansibleVersion, limits: readAnsibleLimits(kubesprayDir), kubesprayTarget: tag }),
      appliedRelease: (recorded) => appliedRelease(recorded, () => earlierPin(located), (p) => (pin.kind === 'image' ? p : releaseAt(releases, p))),
      reporter: log,
      signal,
      redactor,
    },
  );
}

interface EarlyReads {
  ansible: Ansible;
  inventory: Promise<ListedInventory>;
  kubeTarget: Promise<KubeTarget>;
  ansibleVersion: Promise<{ version: string } | { error: string }>;
}

/** The pin before the merged hop, for a first run's from-version. */
function earlierPin(k: LocatedKubespray): ReturnType<typeof pinBeforeHop> {
  const git = k.opened.git;
  const pin = k.pin;
  if (pin.kind === 'submodule') return pinBeforeHop(git, pin.submodule.path, pin.commit);
  const versionAt = async (rev: string) => {
    const source = await findKubespraySource(git, rev).catch(() => undefined);
    return source?.kind === 'image' ? source.version : undefined;
  };
  return imagePinBeforeHop(git, [...new Set(pin.pins.map((p) => p.file))], pin.version, versionAt);
}

function startReads(inputs: RunUpgradeInputs, k: { kubesprayDir: string; repoRoot: string; runner: AnsibleRunner }, tempDir: string, privateKeyFile: string | undefined, signal: AbortSignal): EarlyReads {
  const { kubesprayDir, repoRoot } = k;
  const ansible = new Ansible({
    runner: k.runner,
    commandLine,
    runGroup: runProcessGroup,
    kubesprayDir,
    inventory: inputs.inventory,
    tempDir,
    extraArgs: inputs.extraArgs,
    privateKeyFile,
    // The whole cluster repo: group_vars may point at files beside the inventory.
    extraPaths: [inputs.backupDir, repoRoot],
    groups: new GroupRegistry(path.join(tempDir, PROCESS_GROUPS_DIR)),
  });
  const inventory = ansible.listInventory(signal);
  const kubeTarget = effectiveKubeTarget(kubesprayDir, inputs.inventory);
  // A Python start-up (or a container start): overlaps with the reads above.
  const ansibleVersion = ansible.coreVersion(signal);
  // Awaited later, or never when the checkout is refused; either way not unhandled.
  inventory.catch(() => undefined);
  kubeTarget.catch(() => undefined);
  return { ansible, inventory, kubeTarget, ansibleVersion };
}

/** The inventory's folder relative to the repo (its own folder for a hosts file), or '' when that is the repo itself. */
function inventoryFolder(repoRoot: string, inventory: string): string {
  const abs = path.resolve(inventory);
  const folder = existsSync(abs) && statSync(abs).isFile() ? path.dirname(abs) : abs;
  const rel = path.relative(repoRoot, folder).split(path.sep).join('/');
  return rel.startsWith('..') ? '' : rel;
}

/** Names this run in the lock and the state, so a human can tell which workflow run holds it. */
function holderIdentity(): string {
  const e = process.env;
  const run = e.GITHUB_RUN_ID ? `${e.GITHUB_REPOSITORY ?? '?'} run ${e.GITHUB_RUN_ID}/${e.GITHUB_RUN_ATTEMPT ?? '1'} job ${e.GITHUB_JOB ?? '?'}` : 'local run';
  return `${run} on ${os.hostname()} pid ${process.pid} ${randomBytes(3).toString('hex')}`;
}

function setOutputs(host: ActionHost, o: UpgradeOutcome, redactor: Redactor): void {
  // runAction's host redacts every output, as it does the summary.
  const set = (name: string, value: string) => host.setOutput(name, value);
  set('status', o.status);
  set('upgrade-id', o.upgradeId ?? '');
  set('from-version', o.kubesprayFrom ?? '');
  set('from-version-source', o.kubesprayFrom ? (o.kubesprayFromSource?.kind ?? '') : '');
  set('to-version', o.kubesprayTo);
  set('kubernetes-from', o.kubernetesFrom ?? '');
  set('kubernetes-to', o.kubernetesTo ?? '');
  set('backup-path', o.state?.backup?.localPath ?? '');
  // Each string first: a cut-off key in one field must not swallow the rest of the JSON.
  host.setOutput('state-json', o.state ? JSON.stringify(redactor.redactDeep(o.state)) : '');
}
