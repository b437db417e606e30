import { describe, expect, it } from 'vitest';
import { parseSuiteConfig } from '../../src/core/config/suite-config.js';
import { actionInputs, exampleFiles, loadWorkflow, REUSABLE, scriptBodies, stepById, stepByUses, steps, triggers, usesLines, type Job, type Json, type Workflow } from './workflow-files.js';

const detect = loadWorkflow('.github/workflows/detect.yml');
const upgrade = loadWorkflow('.github/workflows/upgrade.yml');
const examples = exampleFiles().map(loadWorkflow);
const WAVES = [1, 2, 3];
const waveJob = (n: number) => upgrade.data.jobs[`wave-${n}`]!;

/** The keys the config accepts in a section, read from the validator's own "known keys" message. */
function configKeys(section: 'upgrade' | 'verify'): string[] {
  try {
    parseSuiteConfig(`${section}:\n  not-a-key: 1\n`, 'probe.yml');
  } catch (e) {
    const m = /known keys: (.*)$/m.exec((e as Error).message);
    if (m) return m[1]!.split(', ');
  }
  throw new Error(`the config validator did not list the ${section} keys`);
}

describe('both reusable workflows', () => {
  it.each([detect, upgrade].map((w) => [w.rel, w] as const))('%s is only callable (workflow_call) and grants nothing by default', (_rel, w) => {
    expect(Object.keys(triggers(w))).toEqual(['workflow_call']);
    expect(w.data.permissions).toEqual({});
    const inputs = (triggers(w).workflow_call as Json).inputs as Record<string, Json>;
    expect(inputs['suite-repository']).toMatchObject({ type: 'string', required: true });
    expect(inputs['suite-ref']).toMatchObject({ type: 'string', required: true });
  });

  it.each([detect, upgrade].map((w) => [w.rel, w] as const))('%s runs the actions from the suite checked out at suite-ref', (_rel, w) => {
    for (const [id, job] of Object.entries(w.data.jobs)) {
      const local = steps(job).filter((s) => s.uses?.startsWith('./'));
      if (local.length === 0) continue;
      const suite = steps(job).find((s) => s.with?.path === 'kubespray-upgrade-actions');
      expect(suite, `${id} checks out the suite`).toMatchObject({
        uses: expect.stringMatching(/^actions\/checkout@/),
        with: { repository: '${{ inputs.suite-repository }}', ref: '${{ inputs.suite-ref }}', 'persist-credentials': false },
      });
      // The suite is checked out before any of its actions is used.
      const suiteAt = steps(job).indexOf(suite!);
      for (const s of local) {
        expect(s.uses).toMatch(/^\.\/kubespray-upgrade-actions\/actions\/(detect-release|plan-upgrade|run-upgrade|verify)$/);
        expect(steps(job).indexOf(s)).toBeGreaterThan(suiteAt);
      }
    }
  });
});

describe('detect.yml', () => {
  const job = detect.data.jobs.detect!;

  it('asks for contents: write, pull-requests: write, issues: write and nothing else', () => {
    // issues: write for the fleet dashboard issue.
    expect(job.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
    for (const [id, other] of Object.entries(detect.data.jobs)) if (id !== 'detect') expect(other.permissions ?? {}).toEqual({});
  });

  it('runs one detection per repository at a time, never cancelling one that pushes', () => {
    expect(job.concurrency).toEqual({ group: 'kubespray-upgrade-detect-${{ github.repository }}', 'cancel-in-progress': false });
  });

  it('checks out the cluster repo with its submodule, detects, then plans exactly the next hop', () => {
    const checkout = steps(job).find((s) => s.with?.path === 'cluster')!;
    expect(checkout.with).toMatchObject({ submodules: true, 'persist-credentials': false });
    const d = stepByUses(job, '/actions/detect-release');
    const p = stepByUses(job, '/actions/plan-upgrade');
    expect(steps(job).indexOf(checkout)).toBeLessThan(steps(job).indexOf(d));
    expect(steps(job).indexOf(d)).toBeLessThan(steps(job).indexOf(p));
    expect(d.with?.path).toBe('cluster');
    expect(p.with?.path).toBe('cluster');
    expect(p.if).toBe(`steps.${d.id}.outputs.upgrade-available == 'true'`);
    expect(p.with?.['target-version']).toBe(`\${{ steps.${d.id}.outputs.next-version }}`);
  });

  it('offers a Kubernetes-only patch in a labelled job summary, not through an invented action input', () => {
    const patch = stepById(job, 'patch');
    expect(patch.if).toBe("steps.detect.outputs.kubernetes-patch-supported == 'true' && steps.detect.outputs.kubernetes-patch-available != ''");
    expect(patch.run).toContain('## Kubernetes-only patch available');
    expect(patch.run).toContain('is available and supported by the pinned Kubespray');
    expect(patch.run).toContain('set \\`kube_version\\` to it');
    expect(job.outputs).toMatchObject({ 'kubernetes-patch': '${{ steps.patch.outputs.version }}' });
  });

  it('opens the pull request with an App token, else the token secret, else GITHUB_TOKEN', () => {
    const app = stepById(job, 'app');
    expect(app.uses).toMatch(/^actions\/create-github-app-token@[0-9a-f]{40}$/);
    expect(app.if).toBe("inputs.app-id != ''");
    expect(app.with).toEqual({ 'app-id': '${{ inputs.app-id }}', 'private-key': '${{ secrets.KUBESPRAY_UPGRADE_APP_PRIVATE_KEY }}' });
    const plan = stepByUses(job, '/actions/plan-upgrade');
    expect(plan.with?.['github-token']).toBe('${{ steps.app.outputs.token || secrets.KUBESPRAY_UPGRADE_TOKEN || github.token }}');
    const secrets = (triggers(detect).workflow_call as Json).secrets as Record<string, Json>;
    expect(Object.keys(secrets).sort()).toEqual(['KUBESPRAY_UPGRADE_APP_PRIVATE_KEY', 'KUBESPRAY_UPGRADE_SUITE_TOKEN', 'KUBESPRAY_UPGRADE_TOKEN']);
    for (const s of Object.values(secrets)) expect(s.required).toBe(false);
  });
});

describe('upgrade.yml', () => {
  it('has a clusters job and exactly three wave jobs', () => {
    expect(Object.keys(upgrade.data.jobs)).toEqual(['clusters', 'wave-1', 'wave-2', 'wave-3']);
  });

  it('reads the waves with the CLI, refusing clusters in a wave the workflow has no job for', () => {
    const clusters = upgrade.data.jobs.clusters!;
    expect(clusters.permissions).toEqual({ contents: 'read' });
    expect(clusters.outputs).toEqual(Object.fromEntries(WAVES.map((n) => [`wave-${n}`, `\${{ steps.waves.outputs.wave-${n} }}`])));
    const run = stepById(clusters, 'waves').run!;
    expect(run).toContain('node kubespray-upgrade-actions/dist/cli/index.js');
    expect(run).toContain('args=(clusters --repo cluster --max-wave 3)');
    expect(run).toContain(`for wave in ${WAVES.join(' ')}; do`);
    expect(run).toContain('--wave "$wave" --json');
    const node = steps(clusters).find((s) => s.uses?.startsWith('actions/setup-node@'));
    expect(node?.with).toEqual({ 'node-version': 24 });
  });

  it.each(WAVES)('wave-%i gates each cluster behind its environment, on its own runner labels', (n) => {
    const job = waveJob(n);
    expect(job.environment).toBe('${{ matrix.cluster.environment }}');
    expect(job['runs-on']).toBe('${{ matrix.cluster.runsOn }}');
    expect(job.strategy).toEqual({ 'fail-fast': false, 'max-parallel': '${{ inputs.max-parallel }}', matrix: { cluster: `\${{ fromJSON(needs.clusters.outputs.wave-${n}) }}` } });
    // issues: write for the fleet dashboard, deployments: write for the deployment to the cluster's environment.
    expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', issues: 'write', deployments: 'write' });
  });

  it.each(WAVES)('wave-%i holds one concurrency group per cluster and never cancels a running upgrade', (n) => {
    expect(waveJob(n).concurrency).toEqual({ group: 'kubespray-upgrade-${{ github.repository }}-${{ matrix.cluster.name }}', 'cancel-in-progress': false });
  });

  it.each(WAVES)('wave-%i needs every earlier wave to have succeeded or been empty, and is skipped when it has no cluster', (n) => {
    const job = waveJob(n);
    const earlier = WAVES.filter((w) => w < n).map((w) => `wave-${w}`);
    expect(job.needs).toEqual(n === 1 ? ['clusters'] : ['clusters', ...earlier]);
    const cond = String(job.if).replace(/\s+/g, ' ');
    expect(cond).toContain(`needs.clusters.outputs.wave-${n} != '[]'`);
    if (n > 1) {
      expect(cond).toMatch(/^\$\{\{ !cancelled\(\) && needs\.clusters\.result == 'success'/);
      for (const e of earlier) expect(cond).toContain(`(needs.${e}.result == 'success' || needs.${e}.result == 'skipped')`);
      // failure, cancelled: anything else stops the later waves.
      expect(cond).not.toMatch(/always\(\)|failure\(\)/);
    }
  });

  it('runs the three waves with the same steps', () => {
    const normalise = (n: number) => JSON.stringify(waveJob(n).steps).replaceAll(`wave-${n}`, 'wave-N');
    expect(normalise(2)).toBe(normalise(1));
    expect(normalise(3)).toBe(normalise(1));
  });

  const job = waveJob(1);
  it('checks out with submodules, then upgrades, then verifies after a successful upgrade', () => {
    const checkout = stepById(job, 'checkout');
    expect(checkout.with).toMatchObject({ path: 'cluster', submodules: true, 'persist-credentials': false, ref: '${{ inputs.ref }}' });
    const up = stepByUses(job, '/actions/run-upgrade');
    const verify = stepByUses(job, '/actions/verify');
    expect(steps(job).indexOf(checkout)).toBeLessThan(steps(job).indexOf(up));
    expect(steps(job).indexOf(up)).toBeLessThan(steps(job).indexOf(verify));
    expect(up.with).toMatchObject({ path: 'cluster', inventory: '${{ matrix.cluster.inventory }}', 'submodule-path': '${{ matrix.cluster.submodulePath }}' });
    expect(verify.if).toBe(`steps.${up.id}.outputs.status == 'succeeded'`);
  });

  it('passes every key of the config\'s upgrade: and verify: sections to the action input of the same name', () => {
    const up = stepByUses(job, '/actions/run-upgrade');
    const verify = stepByUses(job, '/actions/verify');
    for (const key of configKeys('upgrade')) expect(up.with?.[key], `upgrade.${key}`).toBe(`\${{ matrix.cluster.upgrade.${key} }}`);
    for (const key of configKeys('verify')) expect(verify.with?.[key], `verify.${key}`).toBe(`\${{ matrix.cluster.verify.${key} }}`);
    expect(verify.with?.['state-namespace']).toBe('${{ matrix.cluster.upgrade.state-namespace }}');
  });

  it('passes only inputs the actions declare', () => {
    for (const [action, step] of [
      ['run-upgrade', stepByUses(job, '/actions/run-upgrade')],
      ['verify', stepByUses(job, '/actions/verify')],
      ['detect-release', stepByUses(detect.data.jobs.detect!, '/actions/detect-release')],
      ['plan-upgrade', stepByUses(detect.data.jobs.detect!, '/actions/plan-upgrade')],
    ] as const) {
      const declared = Object.keys(actionInputs(action).inputs);
      expect(Object.keys(step.with ?? {}).filter((k) => !declared.includes(k)), action).toEqual([]);
    }
  });

  it('reads only outputs the actions declare', () => {
    for (const [action, stepId, text] of [
      ['run-upgrade', 'upgrade', upgrade.text],
      ['verify', 'verify', upgrade.text],
      ['detect-release', 'detect', detect.text],
      ['plan-upgrade', 'plan', detect.text],
    ] as const) {
      const used = [...text.matchAll(new RegExp(`steps\\.${stepId}\\.outputs\\.([\\w-]+)`, 'g'))].map((m) => m[1]!);
      const declared = Object.keys(actionInputs(action).outputs);
      expect(used.length, action).toBeGreaterThan(0);
      expect([...new Set(used)].filter((o) => !declared.includes(o)), action).toEqual([]);
    }
  });

  it('uploads the backup, the reports and the JUnit file, whatever the outcome', () => {
    const uploads = steps(job).filter((s) => s.uses?.startsWith('actions/upload-artifact@'));
    expect(uploads.map((u) => u.with?.path)).toEqual(['${{ steps.reports.outputs.dir }}', '${{ steps.upgrade.outputs.backup-path }}']);
    for (const u of uploads) {
      expect(u.if).toMatch(/^always\(\) && /);
      expect(String(u.with?.name)).toContain('${{ matrix.cluster.name }}');
      expect(String(u.with?.name)).toContain('${{ github.run_attempt }}');
    }
    expect(uploads[1]!.if).toContain('inputs.upload-backup');
    const collect = stepById(job, 'reports');
    expect(collect.if).toBe('always()');
    expect(collect.env).toMatchObject({ VERIFY_JUNIT: '${{ steps.verify.outputs.junit-path }}', VERIFY_REPORT: '${{ steps.verify.outputs.report-path }}' });
  });

  it('comments on the merged pull request after the upgrade, without failing the job over it', () => {
    const comment = steps(job).find((s) => s.uses?.startsWith('actions/github-script@'))!;
    expect(steps(job).indexOf(comment)).toBeGreaterThan(steps(job).indexOf(stepByUses(job, '/actions/verify')));
    expect(comment.if).toContain('always()');
    expect(comment['continue-on-error']).toBe(true);
    expect(comment.with?.script).toContain('listPullRequestsAssociatedWithCommit');
  });

  it('takes the node key and the kubeconfig as optional secrets (environment secrets via inherit)', () => {
    const secrets = (triggers(upgrade).workflow_call as Json).secrets as Record<string, Json>;
    expect(Object.keys(secrets).sort()).toEqual(['KUBESPRAY_UPGRADE_KUBECONFIG', 'KUBESPRAY_UPGRADE_SSH_PRIVATE_KEY', 'KUBESPRAY_UPGRADE_SUITE_TOKEN']);
    expect(stepByUses(job, '/actions/run-upgrade').with?.['ssh-private-key']).toBe('${{ secrets.KUBESPRAY_UPGRADE_SSH_PRIVATE_KEY }}');
    const remove = steps(job).at(-1)!;
    expect(remove.if).toBe("always() && steps.kubeconfig.outputs.path != ''");
    expect(remove.run).toBe('rm -f "$KUBECONFIG_FILE"');
  });
});

describe('supply chain and script injection, in the reusable workflows and the examples', () => {
  const all = [...REUSABLE.map(loadWorkflow), ...examples];

  it.each(all.map((w) => [w.rel, w] as const))('%s pins every third-party action by a full commit SHA with a version comment', (_rel, w) => {
    const uses = usesLines(w);
    expect(uses.length).toBeGreaterThan(0);
    for (const { uses: u, line } of uses) {
      if (u.startsWith('./')) continue;
      // The suite's own reusable workflows in the examples: a placeholder the team fills in.
      if (/^<owner>\/kubespray-upgrade-actions\/\.github\/workflows\/(detect|upgrade)\.yml@<commit-sha>$/.test(u)) continue;
      expect(u, `${w.rel}: ${u}`).toMatch(/^[\w.-]+\/[\w.-]+(\/[^@]+)?@[0-9a-f]{40}$/);
      expect(line, `${w.rel}: ${u} needs a "# vX.Y.Z" comment`).toMatch(/@[0-9a-f]{40} # v\d+\.\d+\.\d+$/);
    }
  });

  it.each(all.map((w) => [w.rel, w] as const))('%s interpolates no expression into a script; values reach it through env', (_rel, w) => {
    for (const { where, text } of scriptBodies(w)) expect(text, where).not.toContain('${{');
  });
});

describe('the caller examples', () => {
  const callers = examples.flatMap((w) => Object.entries(w.data.jobs).filter(([, j]) => typeof j.uses === 'string').map(([id, j]) => [w.rel, id, j, w] as const));

  it('call both reusable workflows', () => {
    const called = callers.map(([, , j]) => /\/(detect|upgrade)\.yml@/.exec(j.uses!)?.[1]);
    expect(called.filter((c) => c === 'detect').length).toBeGreaterThanOrEqual(2);
    expect(called.filter((c) => c === 'upgrade').length).toBeGreaterThanOrEqual(2);
  });

  it.each(callers.map(([rel, id, job]) => [`${rel} ${id}`, job] as const))('%s passes the commit of its uses line as suite-ref, known inputs and secrets only', (_name, job: Job) => {
    const [ref] = job.uses!.split('@').slice(-1);
    expect(job.with?.['suite-ref']).toBe(ref);
    expect(job.with?.['suite-repository']).toBe(job.uses!.split('/').slice(0, 2).join('/'));
    const target: Workflow = /detect\.yml@/.test(job.uses!) ? detect : upgrade;
    const call = triggers(target).workflow_call as { inputs: Record<string, Json>; secrets: Record<string, Json> };
    expect(Object.keys(job.with ?? {}).filter((k) => !(k in call.inputs))).toEqual([]);
    for (const [name, spec] of Object.entries(call.inputs)) if (spec.required) expect(job.with, name).toHaveProperty(name);
    if (job.secrets !== 'inherit') expect(Object.keys((job.secrets ?? {}) as Json).filter((k) => !(k in call.secrets))).toEqual([]);
  });

  it.each(callers.map(([rel, id, job]) => [`${rel} ${id}`, job] as const))('%s grants exactly what the called workflow needs', (_name, job: Job) => {
    if (/detect\.yml@/.test(job.uses!)) // issues: write for the fleet dashboard issue.
    expect(job.permissions).toEqual({ contents: 'write', 'pull-requests': 'write', issues: 'write' });
    else {
      // issues: write for the fleet dashboard, deployments: write for the deployment to the cluster's environment.
    expect(job.permissions).toEqual({ contents: 'read', 'pull-requests': 'write', issues: 'write', deployments: 'write' });
      // Each cluster's job reads its environment's secrets: only inherit makes them visible.
      expect(job.secrets).toBe('inherit');
    }
  });

  it('run the upgrade when the pin moves on the default branch: the submodule, or the files that pin the image', () => {
    const callers = examples.filter((e) => Object.values(e.data.jobs).some((j) => /upgrade\.yml@/.test(j.uses ?? '')));
    expect(callers.some((w) => w.rel.includes('image-only'))).toBe(true);
    for (const w of callers) {
      const push = triggers(w).push as { branches: string[]; paths: string[] };
      if (w.rel.includes('image-only')) {
        expect(push.branches, w.rel).toEqual(['main']);
        expect(push.paths.length, w.rel).toBeGreaterThan(0);
        expect(push.paths, w.rel).not.toContain('kubespray');
      } else {
        expect(push, w.rel).toEqual({ branches: ['main'], paths: ['kubespray'] });
      }
      expect(triggers(w)).toHaveProperty('workflow_dispatch');
    }
  });
});
