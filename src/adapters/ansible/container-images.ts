import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { ActionError, ConfigurationError, ConnectionError } from '../../core/errors.js';
import { runProcessGroup } from '../process-group.js';
import { ImageOperationCancelled, type ImageStore } from '../../core/upgrade/kubespray-image.js';
import type { ContainerEngine, GroupRunResult } from '../../core/ansible/ansible-runner.js';

/** Registry answers that another attempt will not change. */
const PERMANENT = /not found|manifest unknown|denied|unauthorized|invalid reference|does not exist|no such/i;
const PULL_RETRY_DELAYS_MS = [2_000, 8_000];
/** inspect, create, cp and rm read local storage: minutes mean a stuck engine, not a slow network. */
export const LOCAL_OPERATION_TIMEOUT_MS = 5 * 60_000;
/** The removal of the copy container still runs after a cancel, but briefly. */
const CLEANUP_TIMEOUT_MS = 30_000;

export interface ContainerImagesOptions {
  env?: NodeJS.ProcessEnv;
  /** Aborted on SIGTERM/SIGINT (a cancelled job): the running engine call's process group is killed. */
  signal?: AbortSignal;
  /** Time limit for one `pull` attempt (input image-pull-timeout-minutes). */
  pullTimeoutMs: number;
}

/**
 * The image operations run-upgrade needs, through the docker or podman CLI (both take the
 * same argv here). Each call is its own process group, killed on cancel or time limit, so a
 * hung registry never outlives the step. The engine's own messages are kept in the errors.
 */
export class ContainerImages implements ImageStore {
  private readonly env: NodeJS.ProcessEnv;

  constructor(
    private readonly engine: ContainerEngine,
    private readonly o: ContainerImagesOptions,
  ) {
    this.env = o.env ?? process.env;
  }

  async workingDir(image: string): Promise<string> {
    let inspected = await this.inspect(image);
    if (inspected.exitCode !== 0) {
      await this.pull(image);
      inspected = await this.inspect(image);
      if (inspected.exitCode !== 0) throw new ActionError(`${this.engine} image inspect ${image} failed after pulling it: ${tail(inspected)}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(inspected.stdout ?? '');
    } catch {
      throw new ActionError(`${this.engine} image inspect ${image} printed no JSON: ${(inspected.stdout ?? '').slice(0, 200)}`);
    }
    const config = Array.isArray(parsed) ? (parsed[0] as { Config?: { WorkingDir?: unknown } } | undefined)?.Config : undefined;
    return typeof config?.WorkingDir === 'string' ? config.WorkingDir : '';
  }

  async copyOut(image: string, from: string, to: string): Promise<void> {
    mkdirSync(to, { recursive: true });
    const name = `kubespray-upgrade-copy-${process.pid}-${randomBytes(3).toString('hex')}`;
    // A created container never starts; `cp` reads its file system.
    await this.run(['create', '--name', name, image, 'true'], `cannot create a container of ${image}`);
    try {
      await this.run(['cp', `${name}:${from.replace(/\/*$/, '')}/.`, to], `cannot copy ${from} out of ${image}`);
    } finally {
      // Not tied to the cancel: a created container left behind would hold the image.
      await this.call(['rm', '--force', name], { timeoutMs: CLEANUP_TIMEOUT_MS, cancellable: false });
    }
  }

  private inspect(image: string): Promise<GroupRunResult> {
    return this.checked(['image', 'inspect', image], LOCAL_OPERATION_TIMEOUT_MS, `inspecting the image ${image}`);
  }

  private async pull(image: string): Promise<void> {
    const minutes = formatMinutes(this.o.pullTimeoutMs);
    for (let attempt = 0; ; attempt++) {
      const r = await this.call(['pull', image], { timeoutMs: this.o.pullTimeoutMs, cancellable: true });
      if (r.aborted) throw new ImageOperationCancelled(`pulling the image ${image}`);
      if (r.timedOut) {
        throw new ConnectionError(
          `${this.engine} pull ${image} did not finish within ${minutes} (input image-pull-timeout-minutes) and was killed. Check that the runner reaches the registry, or raise image-pull-timeout-minutes for a slow link`,
        );
      }
      if (r.exitCode === 0) return;
      const delay = PULL_RETRY_DELAYS_MS[attempt];
      if (PERMANENT.test(r.tail.join('\n')) || delay === undefined) {
        throw new ConfigurationError(
          `cannot pull the Kubespray image ${image}: ${tail(r)}. Check the reference (input image, or the repo's pin), and that the runner is logged in to its registry (docker/login-action) and can reach it`,
        );
      }
      try {
        await sleep(delay, undefined, { signal: this.o.signal });
      } catch {
        throw new ImageOperationCancelled(`waiting to pull the image ${image} again`);
      }
    }
  }

  private async run(args: string[], what: string): Promise<void> {
    const r = await this.checked(args, LOCAL_OPERATION_TIMEOUT_MS, what);
    if (r.exitCode !== 0) throw new ActionError(`${what}: ${this.engine} ${args[0]} failed: ${tail(r)}`);
  }

  /** A local engine call, with its cancel and time limit turned into errors. */
  private async checked(args: string[], timeoutMs: number, what: string): Promise<GroupRunResult> {
    const r = await this.call(args, { timeoutMs, cancellable: true });
    if (r.aborted) throw new ImageOperationCancelled(what);
    if (r.timedOut) {
      throw new ActionError(`${what}: ${this.engine} ${args[0]} did not finish within ${formatMinutes(timeoutMs)} and was killed; is the ${this.engine} engine responsive (${this.engine} info)?`);
    }
    return r;
  }

  private call(args: string[], o: { timeoutMs: number; cancellable: boolean }): Promise<GroupRunResult> {
    return runProcessGroup(
      { command: this.engine, args, cwd: process.cwd(), env: this.env },
      { timeoutMs: o.timeoutMs, signal: o.cancellable ? this.o.signal : undefined, graceMs: 2_000, captureStdout: true },
    );
  }
}

function formatMinutes(ms: number): string {
  const minutes = ms / 60_000;
  return `${Number.isInteger(minutes) ? minutes : minutes.toFixed(2)} minute${minutes === 1 ? '' : 's'}`;
}

function tail(r: GroupRunResult): string {
  return (r.tail.join('\n').trim() || (r.stdout ?? '').trim() || `exit code ${r.exitCode ?? r.signal}`).split('\n').slice(-3).join(' ').slice(0, 500);
}
