import os from 'node:os';
import path from 'node:path';
import { booleanInput, getInput, integerInput, optionalInput, requiredInput } from '../common/inputs.js';
import { parseExtraArgs } from '../../core/ansible/extra-args.js';
import { resolveInventoryPath } from '../../core/ansible/listed-inventory.js';
import type { AnsibleRunner, ContainerEngine } from '../../core/ansible/ansible-runner.js';
import { isPlainPositiveDecimal } from '../../core/config/schema-validator.js';
import { ConfigurationError } from '../../core/errors.js';
import { parseBatchSize, type BatchSize } from '../../core/upgrade/batches.js';
import type { Strategy } from '../../core/upgrade/state.js';

export interface RunUpgradeInputs {
  repoPath: string;
  submodulePath?: string;
  inventory: string;
  targetVersion?: string;
  kubeconfig?: string;
  runner: AnsibleRunner;
  /** Time limit for one image pull attempt (runner container). */
  imagePullTimeoutMs: number;
  acceptUnidentifiedImageRelease: boolean;
  extraArgs: string[];
  strategy: Strategy;
  batchSize: BatchSize;
  nodeTimeoutMs: number;
  etcdBackup: boolean;
  backupDir: string;
  stateNamespace: string;
  dryRun: boolean;
  sshPrivateKey?: string;
  pauseBeforeNodeSeconds?: number;
  pauseAfterNodeSeconds?: number;
  lockDurationSeconds: number;
}

function choice<T extends string>(name: string, allowed: readonly T[], fallback: T): T {
  const v = optionalInput(name);
  if (v === undefined) return fallback;
  if (!(allowed as readonly string[]).includes(v)) throw new ConfigurationError(`input "${name}" must be one of ${allowed.join(', ')}, got ${JSON.stringify(v)}`);
  return v as T;
}

function optionalSeconds(name: string): number | undefined {
  return optionalInput(name) === undefined ? undefined : integerInput(name, 0);
}

/** Minutes may be fractional (0.5 = 30 s), so short test and lab runs can use small timeouts. */
function minutesInput(name: string, fallback: number): number {
  const v = optionalInput(name);
  if (v === undefined) return fallback * 60_000;
  if (!isPlainPositiveDecimal(v)) throw new ConfigurationError(`input "${name}" must be a positive number of minutes, got ${JSON.stringify(v)}`);
  return Math.round(Number(v) * 60_000);
}

export function getInputs(): RunUpgradeInputs {
  const workspace = process.env.GITHUB_WORKSPACE ?? process.cwd();
  const repoPath = path.resolve(workspace, optionalInput('path') ?? '.');
  const kind = choice('runner', ['local', 'container'] as const, 'local');
  const image = optionalInput('image');
  // Without it, an image-only repo runs its pinned image; a submodule repo is refused (locateKubespray).
  const sshPrivateKey = getInput('ssh-private-key');
  const runnerTemp = process.env.RUNNER_TEMP ?? os.tmpdir();
  return {
    repoPath,
    submodulePath: optionalInput('submodule-path'),
    inventory: resolveInventoryPath(path.resolve(repoPath, requiredInput('inventory'))),
    targetVersion: optionalInput('target-version'),
    // Unset: $KUBECONFIG (several paths allowed) or ~/.kube/config, as kubectl reads them.
    kubeconfig: optionalInput('kubeconfig') === undefined ? undefined : path.resolve(workspace, optionalInput('kubeconfig')!),
    runner: { kind, image, engine: choice<ContainerEngine>('container-engine', ['docker', 'podman'], 'docker') },
    imagePullTimeoutMs: minutesInput('image-pull-timeout-minutes', 20),
    acceptUnidentifiedImageRelease: booleanInput('accept-unidentified-image-release', false),
    extraArgs: parseExtraArgs(getInput('ansible-extra-args')),
    strategy: choice<Strategy>('strategy', ['phased', 'single'], 'phased'),
    batchSize: parseBatchSize(optionalInput('worker-batch-size')),
    nodeTimeoutMs: minutesInput('node-timeout-minutes', 30),
    etcdBackup: booleanInput('etcd-backup', true),
    backupDir: path.resolve(workspace, optionalInput('backup-dir') ?? path.join(runnerTemp, 'kubespray-upgrade-backups')),
    stateNamespace: optionalInput('state-namespace') ?? 'kube-system',
    dryRun: booleanInput('dry-run', false),
    sshPrivateKey: sshPrivateKey.trim() ? sshPrivateKey : undefined,
    pauseBeforeNodeSeconds: optionalSeconds('pause-seconds-before-node'),
    pauseAfterNodeSeconds: optionalSeconds('pause-seconds-after-node'),
    lockDurationSeconds: integerInput('lock-duration-seconds', 300, 15),
  };
}

/** What to mask: the key and each of its lines, since a multi-line value may be logged one line at a time. */
export function secretsOf(inputs: RunUpgradeInputs): string[] {
  const key = inputs.sshPrivateKey;
  return key ? [key, ...key.split(/\r?\n/).filter((l) => l.trim().length >= 8)] : [];
}
