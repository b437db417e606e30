import { describe, expect, it } from 'vitest';
import { readdirSync, readFileSync } from 'node:fs';
import { randomBytes } from 'node:crypto';
import { runProcessGroup } from '../../src/adapters/process-group.js';

/** PIDs of live processes whose environment carries this marker. */
function withMarker(marker: string): number[] {
  return readdirSync('/proc')
    .filter((p) => /^\d+$/.test(p))
    .filter((p) => {
      try {
        return readFileSync(`/proc/${p}/environ`, 'utf8').includes(`KSU_MARK=${marker}\0`);
      } catch {
        return false;
      }
    })
    .map(Number);
}

// A leader that starts a grandchild which ignores SIGTERM and holds the pipes: the hard case.
const TREE = `
trap '' TERM
sh -c "trap '' TERM; sleep 300" &
echo started
wait
`;

function cmd(marker: string, script = TREE) {
  return { command: 'sh', args: ['-c', script], cwd: '/', env: { ...process.env, KSU_MARK: marker } };
}

describe('runProcessGroup', () => {
  it('streams lines and reports the exit code', async () => {
    const lines: string[] = [];
    const r = await runProcessGroup(cmd('x', 'echo one; echo two >&2; printf three; exit 3'), { onLine: (l) => lines.push(l) });
    expect(r.exitCode).toBe(3);
    expect(lines.sort()).toEqual(['one', 'three', 'two']);
    expect(r.tail).toContain('three');
    expect(r.timedOut || r.aborted).toBe(false);
  });

  it('kills the whole process group on timeout, grandchildren that ignore SIGTERM included', async () => {
    const marker = randomBytes(6).toString('hex');
    const t0 = Date.now();
    const r = await runProcessGroup(cmd(marker), { timeoutMs: 500, graceMs: 300 });
    expect(r.timedOut).toBe(true);
    expect(r.signal ?? r.exitCode).toBeTruthy();
    expect(Date.now() - t0).toBeLessThan(5000);
    expect(withMarker(marker)).toEqual([]);
  });

  it('kills the group when aborted', async () => {
    const marker = randomBytes(6).toString('hex');
    const ac = new AbortController();
    const started = runProcessGroup(cmd(marker), {
      signal: ac.signal,
      graceMs: 300,
      onLine: (l) => l === 'started' && ac.abort(),
    });
    const r = await started;
    expect(r.aborted).toBe(true);
    expect(r.timedOut).toBe(false);
    expect(withMarker(marker)).toEqual([]);
  });

  it('captures stdout whole when asked', async () => {
    const r = await runProcessGroup(cmd('y', 'printf "{\\n  \\"a\\": 1\\n}"; echo warn >&2'), { captureStdout: true });
    expect(JSON.parse(r.stdout!)).toEqual({ a: 1 });
    expect(r.tail).toEqual(['warn']);
  });

  it('rejects with a hint when the program does not exist', async () => {
    await expect(runProcessGroup({ command: 'no-such-ansible-playbook', args: [], cwd: '/', env: process.env })).rejects.toThrow(/is no-such-ansible-playbook installed/);
  });
});
