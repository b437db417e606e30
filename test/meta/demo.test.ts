import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { REPO_ROOT } from '../support/paths.js';

const RULE = '='.repeat(78);

/** The demo's printed text under the banner (rule, title, rule) whose title starts with `title`, up to the next banner. */
function sectionOf(stdout: string, title: string): string {
  const start = stdout.indexOf(`${RULE}\n${title}`);
  if (start < 0) return '';
  const bodyStart = stdout.indexOf(`\n${RULE}\n`, start + RULE.length);
  const end = stdout.indexOf(`\n${RULE}\n`, bodyStart + RULE.length + 2);
  return stdout.slice(start, end < 0 ? undefined : end);
}

describe("the README's demo command", () => {
  it('runs detect, plan, merge, run-upgrade and verify offline, each succeeding (its wall time is printed, not asserted)', () => {
    const started = performance.now();
    const r = spawnSync(process.execPath, [path.join(REPO_ROOT, 'node_modules', 'tsx', 'dist', 'cli.mjs'), 'scripts/demo.ts'], {
      cwd: REPO_ROOT,
      encoding: 'utf8',
      timeout: 300_000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const wallMs = performance.now() - started;
    console.log(`npm run demo took ${(wallMs / 1000).toFixed(1)} s (demo's own total: ${/Total wall time: (.*)/.exec(r.stdout)?.[1] ?? '?'})`);
    const all = r.stdout + r.stderr;
    expect(r.status, all.slice(-6000)).toBe(0);

    const detect = sectionOf(r.stdout, '1/5 detect-release: exit 0');
    expect(detect, all.slice(0, 4000)).toContain('next-version = v2.25.1');
    expect(detect).toContain('current-version = v2.24.1');
    expect(detect).toContain('## Kubespray release detection');

    const plan = sectionOf(r.stdout, '2/5 plan-upgrade: exit 0');
    expect(plan).toContain('pull-request-operation = created');
    expect(plan).toContain('branch = kubespray-upgrade/v2.25.1');
    // The body as stored in the loopback GitHub, not only the job summary.
    // #1 is the fleet dashboard issue detect-release opened first (issues and PRs share numbers).
    const body = sectionOf(r.stdout, '2/5 plan-upgrade: pull request #2 as opened in the loopback GitHub');
    expect(body).toContain('Title: Bump Kubespray from v2.24.1 to v2.25.1');
    expect(body).toContain('## Kubespray `v2.24.1` → `v2.25.1`');
    expect(body).toContain('### Points of interest');
    expect(body).toContain('```mermaid\nflowchart LR');
    // update-pinned-versions: the PR edits the kube_version pin copied from the v2.24.1 sample.
    expect(body).toMatch(/\| \[?`inventory\/mycluster\/group_vars\/k8s_cluster\/k8s-cluster\.yml:\d+`(\]\([^)\s]+#L\d+\))? \| inventory pin \| `kube_version: v1\.28\.6` →/);

    expect(sectionOf(r.stdout, '3/5 merge pull request #2')).toMatch(/main in the bare origin\nis fast-forwarded [0-9a-f]{12} -> [0-9a-f]{12} \(kubespray-upgrade\/v2\.25\.1\)/);

    const upgrade = sectionOf(r.stdout, '4/5 run-upgrade: exit 0');
    expect(upgrade).toContain('status = succeeded');
    expect(upgrade).toContain('to-version = v2.25.1');
    // v2.24.1's sample pin, and v2.25.1's kube_version default (read from the data files by hand).
    expect(upgrade).toContain('kubernetes-from = v1.28.6');
    expect(upgrade).toContain('kubernetes-to = v1.29.10');
    // The real ansible-playbook ran the stand-in playbooks, phase by phase.
    expect(upgrade).toContain('upgrade-cluster.yml --limit kube_control_plane:etcd: hosts cp-1');
    expect(upgrade).toMatch(/Kubelets now: cp-1 v1\.29\.10, worker-1 v1\.29\.10, worker-2 v1\.29\.10, worker-3 v1\.29\.10/);

    expect(upgrade).toContain('```mermaid\ngantt');
    // The fleet dashboard every step updated, and the deployment run-upgrade recorded.
    const dashboard = sectionOf(r.stdout, 'Fleet dashboard: issue #');
    expect(dashboard).toMatch(/\| `mycluster` \| `v2\.25\.1` \/ `v2\.25\.1` \| [^|]+ \/ `v1\.29\.10` \|/);
    // The merged PR is no longer the open one.
    expect(dashboard).not.toMatch(/\[#\d+\]\([^)]*\/pull\/\d+\) → `v2\.25\.1`/);
    expect(dashboard).toContain('✅ succeeded');
    expect(dashboard).toContain('✅ passed');
    expect(dashboard).toMatch(/Deployment \d+ to environment mycluster at [0-9a-f]{12}: in_progress -> success/);

    const verify = sectionOf(r.stdout, '5/5 verify: exit 0');
    expect(verify).toContain('result = passed');
    expect(verify).toContain('failed-checks = []');
    expect(verify).toContain('expected version from the run-upgrade state ConfigMap');
    expect(verify).toContain('## Kubespray upgrade verification — Kubernetes `v1.29.10`');

    for (const step of ['detect-release', 'plan-upgrade', 'merge', 'run-upgrade', 'verify']) {
      expect(r.stdout).toMatch(new RegExp(`^${step} +SUCCEEDED `, 'm'));
    }
    expect(r.stdout).toContain('Every step succeeded.');
    expect(r.stdout).not.toMatch(/SKIPPED|FAILED|NOT RUN/);
  });
});
