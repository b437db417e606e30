import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { runnerCheckout } from '../../test/support/cluster-repo.js';
import { runAction, type ActionRun } from '../../test/support/run-action.js';
import { STANDIN_PATH } from '../../test/support/standin-kubespray/standin.js';
import { buildScenario, FROM_TAG, INVENTORY_DIR, KUBESPRAY_REPOSITORY, REPOSITORY, TOKEN, type Scenario } from './scenario.js';
import { fastForwardMerge } from './merge.js';
import { missingCommands } from './tools.js';
import { fullCheckout, IMAGE_PIN_FILES, standinRegistry } from './image-only.js';
import { section, seconds, show } from './print.js';

type Outcome = 'succeeded' | 'failed' | 'skipped' | 'not run';

interface StepResult {
  step: string;
  outcome: Outcome;
  ms?: number;
  note?: string;
}

/** Runs the five steps in order; a failed step stops the ones that depend on it. Returns the exit code. */
export async function runDemo(root: string, o: { imageOnly?: boolean } = {}): Promise<number> {
  const results: StepResult[] = [];
  const started: Array<{ stop(): Promise<void> }> = [];
  const missing = missingCommands(['ansible-playbook', 'etcd', 'etcdctl']);
  try {
    section(`Setting up (offline): Kubespray upstream, cluster repo pinned at ${FROM_TAG}, loopback GitHub, simulated cluster`);
    const t0 = performance.now();
    const s = await buildScenario(root, { withEtcd: missing.length === 0, started, imageOnly: o.imageOnly });
    describeScenario(s, performance.now() - t0);

    const detect = await runAction('detect-release', { path: s.checkout, 'kubernetes-repository': s.kubernetesUrl, 'github-token': TOKEN, ...upstreamInput(s) }, { cwd: s.checkout, env: s.github.env(REPOSITORY) });
    show('1/5 detect-release', detect);
    const next = detect.outputs['next-version'];
    results.push(record('detect-release', detect, detect.exitCode === 0 && !!next, next ? `next hop ${next}` : 'no next hop'));
    if (!next || detect.exitCode !== 0) return finish(results, ['plan-upgrade', 'merge', 'run-upgrade', 'verify']);

    const plan = await planStep(s, next);
    results.push(record('plan-upgrade', plan, plan.exitCode === 0 && plan.outputs['pull-request-operation'] === 'created', `PR #${plan.outputs['pull-request-number'] ?? '?'} ${plan.outputs['pull-request-operation'] ?? ''}`));
    if (results.at(-1)!.outcome !== 'succeeded') return finish(results, ['merge', 'run-upgrade', 'verify']);

    const merged = mergeStep(s, Number(plan.outputs['pull-request-number']));
    results.push(merged.result);
    if (!merged.checkout) return finish(results, ['run-upgrade', 'verify']);

    if (missing.length > 0) {
      const why = `${missing.join(', ')} not installed (run ./scripts/setup.sh)`;
      section(`4/5 run-upgrade: SKIPPED: ${why}`);
      console.log(`SKIPPED: ${why}. run-upgrade runs the real ansible-playbook and snapshots a real etcd;\nthe demo does not pretend to upgrade without them.`);
      section('5/5 verify: SKIPPED: there is no upgrade to verify');
      console.log('SKIPPED: verify checks the versions run-upgrade applied, and run-upgrade did not run.');
      results.push({ step: 'run-upgrade', outcome: 'skipped', note: why }, { step: 'verify', outcome: 'skipped', note: 'nothing to verify' });
      return finish(results, []);
    }

    const upgrade = await upgradeStep(s, merged.checkout, next);
    results.push(record('run-upgrade', upgrade, upgrade.exitCode === 0 && upgrade.outputs.status === 'succeeded', `status ${upgrade.outputs.status ?? '?'}`));
    if (results.at(-1)!.outcome !== 'succeeded') return finish(results, ['verify']);

    const verify = await verifyStep(s, plan.outputs['pull-request-number']!);
    results.push(record('verify', verify, verify.exitCode === 0 && verify.outputs.result === 'passed', `result ${verify.outputs.result ?? '?'}`));
    showDashboard(s);
    return finish(results, []);
  } catch (e) {
    console.error(`\nThe demo itself failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    results.push({ step: 'demo harness', outcome: 'failed', note: e instanceof Error ? e.message.split('\n')[0] : String(e) });
    return finish(results, []);
  } finally {
    await Promise.allSettled(started.reverse().map((x) => x.stop()));
  }
}

function describeScenario(s: Scenario, ms: number): void {
  console.log(`Kubespray upstream ${s.upstream.url}: ${s.upstream.commits.size} release tags. Each tag's tree is that`);
  console.log('  release\'s real data files plus stand-in upgrade-cluster.yml / playbooks/facts.yml (real Ansible');
  console.log('  playbooks that report each "upgraded" kubelet to the simulated API server instead of touching machines).');
  console.log(`Kubernetes tags ${s.kubernetesUrl}: ${s.kubernetesTags} releases (every kubelet checksum key in the data).`);
  const pinned = s.imageOnly ? `no submodule, quay.io/kubespray/kubespray:${FROM_TAG} pinned in ${IMAGE_PIN_FILES.join(' and ')}` : `kubespray submodule at ${FROM_TAG}`;
  console.log(`Cluster repo ${s.repo.originUrl}: ${pinned}, ${INVENTORY_DIR} copied from its sample`);
  console.log(`  (which pins kube_version ${s.pinnedKube}), hosts ${s.cluster.nodes.join(', ')} reached with ansible_connection=local.`);
  console.log(`Runner checkout (depth 1${s.imageOnly ? '' : ', tagless submodule'}): ${s.checkout}`);
  console.log(`Loopback GitHub ${s.github.url} (${REPOSITORY}, ${KUBESPRAY_REPOSITORY} releases).`);
  console.log(`Simulated cluster ${s.kube.url}: ${s.cluster.controlPlanes.length} control plane + ${s.cluster.workers.length} workers at ${s.cluster.kubernetesVersion}.`);
  console.log(s.etcd ? `Real etcd ${s.etcd.endpoint} (the cluster's etcd, for run-upgrade's snapshot).` : 'No etcd: it is not installed.');
  console.log(`Setup took ${seconds(ms)}.`);
}

async function planStep(s: Scenario, target: string): Promise<ActionRun> {
  section('2/5 plan-upgrade: why update-pinned-versions is on');
  console.log(`The team's inventory pins kube_version ${s.pinnedKube} (the ${FROM_TAG} sample's value). Left alone, the pin`);
  console.log(`would hold Kubernetes back on ${target}: the PR would only list it as a hazard and the upgrade would`);
  console.log('keep the old Kubernetes. The demo runs plan-upgrade with update-pinned-versions: true, so the PR also');
  console.log('fixes the pin (the "inventory pin" row under "Files changed by this PR"), and after the merge');
  console.log(`run-upgrade upgrades Kubernetes along with Kubespray ${target}.`);
  const plan = await runAction(
    'plan-upgrade',
    { path: s.checkout, 'target-version': target, 'github-token': TOKEN, 'kubespray-github-repository': KUBESPRAY_REPOSITORY, 'update-pinned-versions': 'true', ...upstreamInput(s) },
    { cwd: s.checkout, env: s.github.env(REPOSITORY) },
  );
  show('2/5 plan-upgrade', plan);
  const pull = s.github.repo(REPOSITORY).pulls.find((p) => String(p.number) === plan.outputs['pull-request-number']);
  if (pull) {
    section(`2/5 plan-upgrade: pull request #${pull.number} as opened in the loopback GitHub`);
    console.log(`Title: ${pull.title}\nBranch: ${pull.head} -> ${pull.base}\n\n${pull.body ?? '(no body)'}`);
  }
  return plan;
}

function mergeStep(s: Scenario, number: number): { result: StepResult; checkout?: string } {
  const t0 = performance.now();
  section(`3/5 merge pull request #${number}`);
  const pull = s.github.repo(REPOSITORY).pulls.find((p) => p.number === number);
  if (!pull) {
    console.log(`FAILED: the loopback GitHub has no pull request #${number}.`);
    return { result: { step: 'merge', outcome: 'failed', note: `no PR #${number}` } };
  }
  const { from, to } = fastForwardMerge(s.repo, pull);
  console.log(`The loopback GitHub does not model merges, so the demo merges with git: ${pull.base} in the bare origin`);
  console.log(`is fast-forwarded ${from.slice(0, 12)} -> ${to.slice(0, 12)} (${pull.head}) and PR #${number} is closed.`);
  const dest = path.join(s.root, 'cluster', 'runner-after-merge');
  const checkout = s.imageOnly ? fullCheckout(s.repo, dest) : runnerCheckout(s.repo, dest);
  console.log(`Fresh runner checkout of ${pull.base} for the upgrade job: ${checkout}`);
  return { result: { step: 'merge', outcome: 'succeeded', ms: performance.now() - t0, note: `main at ${to.slice(0, 12)}` }, checkout };
}

/** An image-only repo has no submodule URL: the upstream (here the offline copy) is an input. */
function upstreamInput(s: Scenario): Record<string, string> {
  return s.imageOnly ? { 'kubespray-repository': s.upstream.url } : {};
}

async function upgradeStep(s: Scenario, checkout: string, target: string): Promise<ActionRun> {
  const standin = { STANDIN_RECORD: s.playbookRecord, STANDIN_KUBE_API: s.kube.url, STANDIN_KUBE_TOKEN: s.kube.token };
  const engine = s.imageOnly ? standinRegistry(path.join(s.root, 'containers'), s.upstream, target, standin) : undefined;
  if (engine) {
    console.log(`\nImage-only repo: run-upgrade runs with runner: container. The image defaults to the pinned`);
    console.log(`quay.io/kubespray/kubespray:${target}; the stand-in engine (no docker daemon needed) pulls it from its`);
    console.log('registry, the action copies its /kubespray out for preflight, and every playbook runs "inside" it.');
  }
  const upgrade = await runAction(
    'run-upgrade',
    {
      path: checkout,
      inventory: INVENTORY_DIR,
      kubeconfig: s.kubeconfig,
      'backup-dir': path.join(s.root, 'etcd-backups'),
      'worker-batch-size': '2',
      'node-timeout-minutes': '2',
      'github-token': TOKEN,
      ...(engine ? { runner: 'container' } : {}),
    },
    { cwd: checkout, env: { ...s.github.env(REPOSITORY), PATH: STANDIN_PATH, ...standin, ...engine?.env() }, timeoutMs: 180_000 },
  );
  show('4/5 run-upgrade', upgrade);
  if (engine) {
    console.log('\nContainer engine calls (recorded by the stand-in engine):');
    for (const c of engine.calls()) console.log(`  ${c.engine} ${c.argv.join(' ')}`);
  }
  console.log('\nansible-playbook runs (recorded by the stand-in playbooks):');
  for (const run of playbookRuns(s.playbookRecord)) console.log(`  ${run}`);
  console.log(`Kubelets now: ${s.cluster.nodes.map((n) => `${n} ${s.kube.node(n).status.nodeInfo.kubeletVersion}`).join(', ')}`);
  return upgrade;
}

function playbookRuns(file: string): string[] {
  if (!existsSync(file)) return ['(none)'];
  return readFileSync(file, 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { playbook: string; limit: string; hosts: string[]; kube_version: string })
    .map((r) => `${r.playbook}${r.limit ? ` --limit ${r.limit}` : ''}: hosts ${r.hosts.join(', ')}${r.kube_version ? `, kube_version ${r.kube_version}` : ''}`);
}

async function verifyStep(s: Scenario, pullNumber: string): Promise<ActionRun> {
  const comments = () => s.github.repo(REPOSITORY).comments.filter((c) => String(c.issueNumber) === pullNumber);
  const before = comments().length;
  const verify = await runAction(
    'verify',
    { kubeconfig: s.kubeconfig, 'timeout-seconds': '30', 'inform-pull-request': pullNumber, 'github-token': TOKEN, cluster: path.basename(INVENTORY_DIR) },
    // Our own RUNNER_TEMP, so the report files it names outlive the run.
    { env: { ...s.github.env(REPOSITORY), RUNNER_TEMP: path.join(s.root, 'verify-temp') } },
  );
  show('5/5 verify', verify);
  const posted = comments().slice(before);
  console.log(`\nResult comment on PR #${pullNumber} in the loopback GitHub: ${posted.length ? `posted (${posted[0]!.body.length} characters)` : 'none'}`);
  return verify;
}

/** The fleet dashboard issue every step kept up to date, and the deployment run-upgrade recorded. */
function showDashboard(s: Scenario): void {
  const repo = s.github.repo(REPOSITORY);
  const issue = repo.issues.find((i) => i.body?.includes('fleet-dashboard'));
  section(`Fleet dashboard: issue #${issue?.number ?? '?'} in the loopback GitHub`);
  console.log(issue ? `Title: ${issue.title}\nLabels: ${issue.labels.join(', ')}\n\n${issue.body}` : 'no dashboard issue was created');
  for (const d of repo.deployments) console.log(`Deployment ${d.id} to environment ${d.environment} at ${d.sha.slice(0, 12)}: ${d.statuses.map((x) => x.state).join(' -> ')}`);
}

function record(step: string, r: ActionRun, ok: boolean, note: string): StepResult {
  return { step, outcome: ok ? 'succeeded' : 'failed', ms: r.durationMs, note: `exit ${r.exitCode}, ${note}` };
}

/** Prints the step table; non-zero when anything failed (1) or was skipped (3). */
function finish(results: StepResult[], notRun: string[]): number {
  const all = [...results, ...notRun.map((step): StepResult => ({ step, outcome: 'not run' }))];
  section('Pipeline result');
  for (const r of all) {
    console.log(`${r.step.padEnd(16)} ${r.outcome.toUpperCase().padEnd(10)} ${r.ms === undefined ? '' : seconds(r.ms).padStart(7)}  ${r.note ?? ''}`.trimEnd());
  }
  if (all.some((r) => r.outcome === 'failed' || r.outcome === 'not run')) {
    console.log('\nThe pipeline FAILED.');
    return 1;
  }
  if (all.some((r) => r.outcome === 'skipped')) {
    console.log('\nINCOMPLETE: a step was skipped, so this was not a full run.');
    return 3;
  }
  console.log('\nEvery step succeeded.');
  return 0;
}
