import { existsSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { keptOutput } from '../text/redact.js';
import { ActionError } from '../errors.js';
import type { AnsibleRunner, BuildCommandLine, CommandLine, GroupRecorder, GroupRunResult, RunProcessGroup } from './ansible-runner.js';
import { parseInventoryList, type Inventory } from './listed-inventory.js';
import { readStaticInventory } from '../../formats/ini/static-inventory-list.js';
import { parseAnsibleVersion } from './ansible-limits.js';

export interface AnsibleSettings {
  runner: AnsibleRunner;
  /** Turns an invocation into the runner's command line (the adapter's commandLine). */
  commandLine: BuildCommandLine;
  /** Runs that command line as its own process group (the adapter's runProcessGroup). */
  runGroup: RunProcessGroup;
  /** The Kubespray checkout; playbooks run from here so its ansible.cfg applies. */
  kubesprayDir: string;
  /** Inventory file or directory, absolute. */
  inventory: string;
  /** Private temp dir for extra-vars files and ad-hoc playbooks; the caller removes it. */
  tempDir: string;
  /** Already split and checked (see checkExtraArgs). */
  extraArgs: readonly string[];
  privateKeyFile?: string;
  /** More host paths a container must see (the backup dir). */
  extraPaths?: readonly string[];
  /** Where running playbook process groups are written down, for a cleanup after this process is killed. */
  groups?: GroupRecorder;
}

export interface PlaybookRun {
  playbook: string;
  limit?: string;
  extraVars?: Record<string, unknown>;
  timeoutMs?: number;
  signal?: AbortSignal;
  onLine?: (line: string) => void;
}

export interface ListedInventory {
  inventory: Inventory;
  /** How the hosts were read, for the log. */
  source: string;
}

export interface PlaybookResult extends GroupRunResult {
  argv: string[];
}

/** Runs ansible-playbook and ansible-inventory the same way, locally or in the Kubespray image. */
export class Ansible {
  private counter = 0;
  constructor(readonly settings: AnsibleSettings) {}

  private invocation(program: string, args: string[]) {
    const s = this.settings;
    // An inventory Ansible cannot parse must fail the run, not leave it with localhost only.
    const env: Record<string, string> = { PYTHONUNBUFFERED: '1', ANSIBLE_NOCOLOR: '1', ANSIBLE_INVENTORY_UNPARSED_FAILED: 'True' };
    // A path not there yet (the backup dir before the backup) is not mounted: docker would
    // create it owned by root, podman refuses it. Each run mounts what exists by then.
    const paths = [path.dirname(s.inventory), s.inventory, s.tempDir, ...(s.extraPaths ?? [])].filter((p) => existsSync(p));
    const name = `kubespray-upgrade-${process.pid}-${randomBytes(3).toString('hex')}-${this.counter++}`;
    return s.commandLine(s.runner, { program, args, cwd: s.kubesprayDir, paths, env, name });
  }

  private groupHooks(cmd: CommandLine) {
    const g = this.settings.groups;
    return g && { started: (pgid: number) => g.started(pgid, cmd.stop), ended: (pgid: number) => g.ended(pgid) };
  }

  /** The argv of an ansible-playbook run (without the program), for logs and tests. */
  playbookArgs(run: PlaybookRun): string[] {
    const s = this.settings;
    const args = ['-i', s.inventory];
    if (s.privateKeyFile) args.push('--private-key', s.privateKeyFile);
    args.push(...s.extraArgs);
    if (run.extraVars && Object.keys(run.extraVars).length > 0) {
      // Values travel in a JSON file, never spliced into a command line.
      const file = path.join(s.tempDir, `extra-vars-${this.counter++}.json`);
      writeFileSync(file, JSON.stringify(run.extraVars), { mode: 0o600 });
      args.push('--extra-vars', `@${file}`);
    }
    if (run.limit) args.push('--limit', run.limit);
    args.push(run.playbook);
    return args;
  }

  async playbook(run: PlaybookRun): Promise<PlaybookResult> {
    const args = this.playbookArgs(run);
    const cmd = this.invocation('ansible-playbook', args);
    const result = await this.settings.runGroup(cmd, { timeoutMs: run.timeoutMs, signal: run.signal, onLine: run.onLine, onGroup: this.groupHooks(cmd) });
    return { ...result, argv: [cmd.command, ...cmd.args] };
  }

  /**
   * The inventory's groups and hosts: read directly when it is a plain INI/YAML file (no
   * Python start-up), otherwise from ansible-inventory. `source` says which, and why.
   */
  async listInventory(signal?: AbortSignal): Promise<ListedInventory> {
    const direct = readStaticInventory(this.settings.inventory);
    if ('inventory' in direct) return { inventory: direct.inventory, source: `read directly as a plain ${direct.format} inventory` };
    return { inventory: await this.inventory(signal), source: `listed by ansible-inventory: ${direct.declined}` };
  }

  /** ansible-core's version from `ansible-playbook --version`, locally or in the image, or why it failed. */
  async coreVersion(signal?: AbortSignal): Promise<{ version: string } | { error: string }> {
    const cmd = this.invocation('ansible-playbook', ['--version']);
    let r: GroupRunResult;
    try {
      r = await this.settings.runGroup(cmd, { signal, timeoutMs: 2 * 60_000, captureStdout: true, onGroup: this.groupHooks(cmd) });
    } catch (e) {
      return { error: (e as Error).message };
    }
    if (r.exitCode !== 0) return { error: `${describeExit(r)}: ${r.tail.slice(-3).join(' ')}`.trim() };
    const version = parseAnsibleVersion(r.stdout ?? '');
    return version ? { version } : { error: `unexpected output ${JSON.stringify((r.stdout ?? '').split('\n', 1)[0]?.slice(0, 200))}` };
  }

  /** `ansible-inventory --list`, locally or in the image. */
  async inventory(signal?: AbortSignal): Promise<Inventory> {
    const cmd = this.invocation('ansible-inventory', ['-i', this.settings.inventory, '--list']);
    const r = await this.settings.runGroup(cmd, { signal, timeoutMs: 5 * 60_000, captureStdout: true, onGroup: this.groupHooks(cmd) });
    if (r.exitCode !== 0) {
      throw new ActionError(`ansible-inventory -i ${this.settings.inventory} --list failed (${describeExit(r)}):\n${keptOutput(r.tail)}`);
    }
    return parseInventoryList(r.stdout ?? '');
  }
}

export function describeExit(r: GroupRunResult): string {
  if (r.timedOut) return 'timed out and was killed';
  if (r.aborted) return 'cancelled';
  if (r.signal) return `killed by ${r.signal}`;
  return `exit code ${r.exitCode}`;
}
