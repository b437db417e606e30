import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { spawn } from 'node:child_process';
import path from 'node:path';
import type { CommandLine, GroupRecorder } from '../core/ansible/ansible-runner.js';

/** What a process group needs to be stopped by someone else: its id, and the container to kill. */
interface GroupRecord {
  pgid: number;
  stop?: CommandLine['stop'];
}

/**
 * Playbook process groups are leaders of their own group (process-group.ts), so they outlive
 * a SIGKILLed parent. Each one is written down here while it runs, so run-upgrade's post
 * step can stop what a killed main step left behind before it gives the lock up.
 */
export class GroupRegistry implements GroupRecorder {
  constructor(readonly dir: string) {}

  started(pgid: number, stop?: CommandLine['stop']): void {
    mkdirSync(this.dir, { recursive: true, mode: 0o700 });
    const rec: GroupRecord = { pgid, ...(stop ? { stop } : {}) };
    writeFileSync(path.join(this.dir, `${pgid}.json`), JSON.stringify(rec), { mode: 0o600 });
  }

  ended(pgid: number): void {
    rmSync(path.join(this.dir, `${pgid}.json`), { force: true });
  }

  /** Groups recorded and not ended: still running, or left by a parent that died. */
  recorded(): GroupRecord[] {
    let names: string[];
    try {
      names = readdirSync(this.dir).filter((n) => /^\d+\.json$/.test(n));
    } catch {
      return [];
    }
    const out: GroupRecord[] = [];
    for (const n of names) {
      try {
        const rec = JSON.parse(readFileSync(path.join(this.dir, n), 'utf8')) as GroupRecord;
        if (Number.isInteger(rec.pgid) && rec.pgid > 1) out.push(rec);
      } catch {
        // A record cut off mid-write by the kill: its name still says which group.
        out.push({ pgid: Number(n.slice(0, -'.json'.length)) });
      }
    }
    return out;
  }

  /**
   * Stops every recorded group that is still alive: SIGTERM, then SIGKILL after graceMs. A
   * container is killed by name whether or not its client is alive: it runs under the
   * engine, not in the client's group, so a client killed with the job leaves it running.
   */
  async stopLeftovers(graceMs = 5000): Promise<{ groups: number[]; containers: string[] }> {
    const recorded = this.recorded();
    const alive = recorded.filter((r) => groupAlive(r.pgid));
    for (const r of alive) signalGroup(r.pgid, 'SIGTERM');
    const containers: string[] = [];
    for (const r of recorded) if (r.stop && (await runQuietly(r.stop))) containers.push(r.stop.args.at(-1) ?? '?');
    const deadline = Date.now() + graceMs;
    while (alive.some((r) => groupAlive(r.pgid)) && Date.now() < deadline) await new Promise((res) => setTimeout(res, 100));
    for (const r of alive) signalGroup(r.pgid, 'SIGKILL');
    for (const r of this.recorded()) this.ended(r.pgid);
    return { groups: alive.map((r) => r.pgid), containers };
  }
}

function groupAlive(pgid: number): boolean {
  try {
    process.kill(-pgid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

function signalGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // already gone
  }
}

/** True when the command succeeded (the container was there to kill). */
function runQuietly(cmd: { command: string; args: string[] }): Promise<boolean> {
  return new Promise((resolve) => {
    const child = spawn(cmd.command, cmd.args, { stdio: 'ignore', shell: false });
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.on('error', () => resolve(false));
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve(code === 0);
    });
  });
}
