import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import * as core from '../../shared/actions/toolkit.js';
import { runAction } from '../../shared/actions/run-action.js';
import { Ansible, type ListedInventory } from '../../shared/ansible/ansible.js';
import { GroupRegistry } from '../../shared/ansible/group-registry.js';
import { readAnsibleLimits } from '../../shared/ansible/ansible-limits.js';
import { ActionError } from '../../shared/errors.js';
import { createKubeApi } from '../../shared/kube/index.js';
import { effectiveKubeTarget } from '../../shared/upgrade/kube-target.js';
import { readDrainSettings } from '../../shared/upgrade/drain-settings.js';
import { identifyRelease, locateKubespray, releaseAt } from '../../shared/upgrade/kubespray-checkout.js';
import { appliedRelease, pinBeforeHop } from '../../shared/upgrade/pin-history.js';
import type { KubeTarget } from '../../shared/upgrade/preflight.js';
import { runUpgrade, type UpgradeOutcome } from '../../shared/upgrade/orchestrator.js';
import { renderUpgradeSummary } from '../../shared/upgrade/summary.js';
import { getInputs, type RunUpgradeInputs } from './input-helper.js';
import { PROCESS_GROUPS_DIR, saveMainStepFinished, saveMainStepState, TEMP_DIR_PREFIX } from './post-state.js';

export function run(): Promise<void> {
  return runAction('run-upgrade', async () => {
    const inputs = getInputs();
    const tempDir = mkdtempSync(path.join(process.env.RUNNER_TEMP ?? os.tmpdir(), TEMP_DIR_PREFIX));
    const holder = holderIdentity();
    // Before anything is written or taken: the post step needs these if this step is killed.
    saveMainStepState({ holder, tempDir, namespace: inputs.stateNamespace, kubeconfig: inputs.kubeconfig ?? '' });
    const cancel = new AbortController();
    const onSignal = (signal: NodeJS.Signals) => {
      core.warning(`received ${signal}: stopping Ansible, recording the upgrade as interrupted and releasing the lock`);
      cancel.abort();
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);
    try {
      const outcome = await upgrade(inputs, tempDir, holder, cancel.signal);
      setOutputs(outcome);
      core.appendSummary(renderUpgradeSummary(outcome, inputs.stateNamespace));
      if (outcome.status !== 'succeeded' && outcome.status !== 'dry-run') throw new ActionError(outcome.message);
      core.info(outcome.message);
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

async function upgrade(inputs: RunUpgradeInputs, tempDir: string, holder: string, signal: AbortSignal): Promise<UpgradeOutcome> {
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
  const located = await locateKubespray(inputs, (dir, repoRoot) => (early = startReads(inputs, dir, repoRoot, tempDir, privateKeyFile, signal)));
  const { ansible, inventory, kubeTarget, ansibleVersion } = early!;
  const kubesprayDir = located.kubesprayDir;
  const { tag, releases } = await identifyRelease(located, inputs.targetVersion, (m) => core.warning(m));
  core.info(`Kubespray ${tag} at ${kubesprayDir}; inventory ${inputs.inventory}`);
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
      resolveDrainSettings: () => readDrainSettings(kubesprayDir, inputs.inventory),
      readAnsibleFacts: async () => ({ runner: inputs.runner, installed: await ansibleVersion, limits: readAnsibleLimits(kubesprayDir), kubesprayTarget: tag }),
      appliedRelease: (recorded) =>
        appliedRelease(
          recorded,
          () => pinBeforeHop(located.opened.git, located.submodulePath, located.commit),
          (commit) => releaseAt(releases, commit),
        ),
      reporter: { info: core.info, warning: (m) => core.warning(m), group: core.group },
      signal,
    },
  );
}

interface EarlyReads {
  ansible: Ansible;
  inventory: Promise<ListedInventory>;
  kubeTarget: Promise<KubeTarget>;
  ansibleVersion: Promise<{ version: string } | { error: string }>;
}

function startReads(inputs: RunUpgradeInputs, kubesprayDir: string, repoRoot: string, tempDir: string, privateKeyFile: string | undefined, signal: AbortSignal): EarlyReads {
  const ansible = new Ansible({
    runner: inputs.runner,
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

/** Names this run in the lock and the state, so a human can tell which workflow run holds it. */
function holderIdentity(): string {
  const e = process.env;
  const run = e.GITHUB_RUN_ID ? `${e.GITHUB_REPOSITORY ?? '?'} run ${e.GITHUB_RUN_ID}/${e.GITHUB_RUN_ATTEMPT ?? '1'} job ${e.GITHUB_JOB ?? '?'}` : 'local run';
  return `${run} on ${os.hostname()} pid ${process.pid} ${randomBytes(3).toString('hex')}`;
}

function setOutputs(o: UpgradeOutcome): void {
  core.setOutput('status', o.status);
  core.setOutput('upgrade-id', o.upgradeId ?? '');
  core.setOutput('from-version', o.kubesprayFrom ?? '');
  core.setOutput('from-version-source', o.kubesprayFrom ? (o.kubesprayFromSource?.kind ?? '') : '');
  core.setOutput('to-version', o.kubesprayTo);
  core.setOutput('kubernetes-from', o.kubernetesFrom ?? '');
  core.setOutput('kubernetes-to', o.kubernetesTo ?? '');
  core.setOutput('backup-path', o.state?.backup?.localPath ?? '');
  core.setOutput('state-json', o.state ? JSON.stringify(o.state) : '');
}
