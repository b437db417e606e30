import { randomBytes } from 'node:crypto';
import { mkdirSync } from 'node:fs';
import { runProcess, type ProcessResult } from '../process.js';
import { ActionError, ConfigurationError } from '../../core/errors.js';
import type { ImageStore } from '../../core/upgrade/kubespray-image.js';
import type { ContainerEngine } from './runner.js';

/** Registry answers that another attempt will not change. */
const PERMANENT = /not found|manifest unknown|denied|unauthorized|invalid reference|does not exist|no such/i;
const PULL_RETRY_DELAYS_MS = [2_000, 8_000];

/**
 * The image operations run-upgrade needs, through the docker or podman CLI (both take the
 * same argv here). The engine's own messages are kept in the errors: they say why.
 */
export class ContainerImages implements ImageStore {
  constructor(
    private readonly engine: ContainerEngine,
    private readonly env: NodeJS.ProcessEnv = process.env,
  ) {}

  async workingDir(image: string): Promise<string> {
    let inspected = await this.inspect(image);
    if (inspected.exitCode !== 0) {
      await this.pull(image);
      inspected = await this.inspect(image);
      if (inspected.exitCode !== 0) throw new ActionError(`${this.engine} image inspect ${image} failed after pulling it: ${tail(inspected)}`);
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(inspected.stdout);
    } catch {
      throw new ActionError(`${this.engine} image inspect ${image} printed no JSON: ${inspected.stdout.slice(0, 200)}`);
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
      await runProcess(this.engine, ['rm', '--force', name], { env: this.env, allowFailure: true });
    }
  }

  private inspect(image: string): Promise<ProcessResult> {
    return runProcess(this.engine, ['image', 'inspect', image], { env: this.env, allowFailure: true });
  }

  private async pull(image: string): Promise<void> {
    for (let attempt = 0; ; attempt++) {
      const r = await runProcess(this.engine, ['pull', image], { env: this.env, allowFailure: true });
      if (r.exitCode === 0) return;
      const delay = PULL_RETRY_DELAYS_MS[attempt];
      if (PERMANENT.test(r.stderr) || delay === undefined) {
        throw new ConfigurationError(
          `cannot pull the Kubespray image ${image}: ${tail(r)}. Check the reference (input image, or the repo's pin), and that the runner is logged in to its registry (docker/login-action) and can reach it`,
        );
      }
      await new Promise((res) => setTimeout(res, delay));
    }
  }

  private async run(args: string[], what: string): Promise<void> {
    const r = await runProcess(this.engine, args, { env: this.env, allowFailure: true });
    if (r.exitCode !== 0) throw new ActionError(`${what}: ${this.engine} ${args[0]} failed: ${tail(r)}`);
  }
}

function tail(r: ProcessResult): string {
  return (r.stderr.trim() || r.stdout.trim() || `exit code ${r.exitCode}`).split('\n').slice(-3).join(' ').slice(0, 500);
}
