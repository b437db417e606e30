/**
 * run-upgrade on an image-only cluster repo (no submodule; quay.io/kubespray/kubespray pinned
 * in a Containerfile ARG and a Makefile, our own files shaped like public repos), with the
 * container runner driving the stand-in docker/podman (test/support/standin-container): the
 * real argv is parsed, the image's Kubespray tree is the stand-in playbooks on the tag's real
 * data, and the real ansible-playbook runs them against the loopback Kubernetes API and a
 * real etcd.
 */
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { git } from '../support/git.js';
import { makeTempDir } from '../support/tmp.js';
import { startEtcd, etcdctl } from '../support/standin-kubespray/etcd.js';
import { buildStandinUpstream, writeStandinTree, STANDIN_PATH } from '../support/standin-kubespray/standin.js';
import { runOptions, StandinEngine, type StandinImage } from '../support/standin-container/engine.js';
import { ACTION, FROM_TAG, HANG, leftoverProcesses, processesMatching, RunnerStepState, TARGET_KUBE, TARGET_TAG, waitForProcess, withCase, WORKERS, type Suite, type UpgradeCase } from './env.js';

vi.setConfig({ testTimeout: 300_000 });

const PINNED = `quay.io/kubespray/kubespray:${TARGET_TAG}`;
const TEAM = `registry.example.com/platform/kubespray:${TARGET_TAG}-1`;
const KEY = '-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAAimageonly\n-----END OPENSSH PRIVATE KEY-----';
const ANSIBLE_ENV = ['--env', 'ANSIBLE_INVENTORY_UNPARSED_FAILED', '--env', 'ANSIBLE_NOCOLOR', '--env', 'PYTHONUNBUFFERED'];

const tmp = makeTempDir('ksu-run-upgrade-image-');
let suite: Suite;
let rootfs: string;
let hopCommit: string;

/** The repo as a team keeps it: the pins at the old release, then the merged hop moving them. */
function imageOnlyRepo(root: string): string {
  const seed = path.join(root, 'seed');
  mkdirSync(path.join(seed, 'images/kubespray'), { recursive: true });
  git(seed, ['init', '-q', '-b', 'main']);
  const write = (tag: string) => {
    writeFileSync(path.join(seed, 'images/kubespray/Containerfile'), `ARG KUBESPRAY_VERSION=${tag}\nFROM quay.io/kubespray/kubespray:\${KUBESPRAY_VERSION}\nRUN pip install --no-cache-dir jmespath\n`);
    writeFileSync(path.join(seed, 'Makefile'), `IMAGE ?= quay.io/kubespray/kubespray:${tag}\n\nupgrade:\n\tdocker run --rm -v $(PWD):/repo $(IMAGE) ansible-playbook -i /repo/inventory/prod upgrade-cluster.yml\n`);
  };
  const commit = (message: string) => git(seed, ['-c', 'user.name=t', '-c', 'user.email=t@example.com', 'commit', '-q', '-m', message]);
  write(FROM_TAG);
  writeFileSync(path.join(seed, 'README.md'), 'Cluster repo. Kubespray runs from its image.\n');
  git(seed, ['add', '-A']);
  commit('image-only cluster repo');
  write(TARGET_TAG);
  git(seed, ['add', '-A']);
  commit(`Upgrade Kubespray to ${TARGET_TAG}`);
  hopCommit = git(seed, ['rev-parse', 'HEAD']).trim();
  const checkout = path.join(root, 'runner');
  git(root, ['clone', '-q', `file://${seed}`, checkout]);
  return checkout;
}

beforeAll(async () => {
  const root = tmp.dir;
  // Only so the shared Suite shape holds: an image-only run never reads upstream.
  const upstream = buildStandinUpstream(path.join(root, 'up'), [TARGET_TAG]);
  rootfs = path.join(root, 'image-rootfs');
  writeStandinTree(path.join(rootfs, 'kubespray'), { tag: TARGET_TAG });
  const checkout = imageOnlyRepo(root);
  const etcd = await startEtcd();
  for (let i = 0; i < 10; i++) etcdctl(etcd.endpoint, ['put', `/registry/namespaces/ns-${i}`, `{"kind":"Namespace"}`]);
  suite = { root, upstream, checkout, etcd };
});
afterAll(async () => {
  await suite?.etcd.stop();
  tmp.cleanup();
});

/** A case's engine, whose registry holds the image(s): their Env is all the playbooks see. */
function engineFor(c: UpgradeCase, images: Record<string, Partial<StandinImage> & { env?: Record<string, string> }>): StandinEngine {
  const engine = new StandinEngine(path.join(c.dir, 'engine'));
  for (const [ref, o] of Object.entries(images)) {
    engine.addImage(ref, {
      rootfs: o.rootfs ?? rootfs,
      workdir: o.workdir ?? '/kubespray',
      local: o.local,
      pullHangs: o.pullHangs,
      env: { PATH: STANDIN_PATH, STANDIN_RECORD: c.record, STANDIN_KUBE_API: c.fake.url, STANDIN_KUBE_TOKEN: c.fake.token, ...o.env },
    });
  }
  return engine;
}

const imageCase = <T>(fn: (c: UpgradeCase) => Promise<T>) => withCase(suite, fn);

/** An image file system holding the stand-in tree of `tag`, as a team's build of it would. */
function otherRootfs(name: string, tag: string, edit: (kubespray: string) => void = () => undefined): string {
  const dir = path.join(suite.root, name);
  writeStandinTree(path.join(dir, 'kubespray'), { tag });
  edit(path.join(dir, 'kubespray'));
  return dir;
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
};
const PULL = /standin-container\/bin\/docker pull /;

describe('run-upgrade on an image-only repo with the container runner', () => {
  it('pulls the pinned image, reads its tree, runs every playbook inside it and upgrades the cluster', () =>
    imageCase(async (c) => {
      // The client's ansible would fail the Ansible check: only the image's may be judged.
      const engine = engineFor(c, { [PINNED]: { env: { STANDIN_ANSIBLE_CORE: '2.16.14' } } });
      const r = await c.run({ runner: 'container', 'ssh-private-key': KEY }, { env: { ...engine.env(), STANDIN_ANSIBLE_CORE: '2.9.0' } });
      expect(r.exitCode, r.stdout + r.stderr).toBe(0);
      expect(r.outputs.status).toBe('succeeded');
      expect(r.outputs['to-version']).toBe(TARGET_TAG);
      // First run: the release before the hop, from the image pins' history.
      expect(r.outputs['from-version']).toBe(FROM_TAG);
      expect(r.outputs['from-version-source']).toBe('repo-history');
      expect(r.summary).toContain(`the image pin ${FROM_TAG} before commit ${hopCommit.slice(0, 12)}`);
      expect(r.stdout).toMatch(new RegExp(`Kubespray ${TARGET_TAG} from the image ${PINNED.replace(/\./g, '\\.')} \\(its /kubespray, read from a copy at `));
      expect(r.summary).toMatch(/\| Ansible is the version the target's playbooks need \| ✅ pass \| ansible-core 2\.16\.14 in the image quay\.io\/kubespray\/kubespray:v2\.25\.1 is within/);

      expect(c.records().map((x) => [x.playbook, x.limit])).toEqual([
        ['facts.yml', ''],
        ['upgrade-cluster.yml', 'kube_control_plane:etcd'],
        ['upgrade-cluster.yml', 'worker-1,worker-2'],
        ['upgrade-cluster.yml', 'worker-3,worker-4'],
      ]);
      for (const n of ['cp-1', ...WORKERS]) expect(c.kubelet(n)).toBe(TARGET_KUBE);

      // The image was not on the runner: inspected, pulled, its WORKDIR copied out, the copy container removed.
      const calls = engine.calls().map((x) => x.argv);
      const setup = calls.filter((a) => a[0] !== 'run');
      const copy = setup[3]![2]!;
      expect(setup).toEqual([
        ['image', 'inspect', PINNED],
        ['pull', PINNED],
        ['image', 'inspect', PINNED],
        ['create', '--name', copy, PINNED, 'true'],
        ['cp', `${copy}:/kubespray/.`, expect.stringMatching(/\/kubespray-upgrade-[^/]+\/kubespray-image-tree$/)],
        ['rm', '--force', copy],
      ]);

      // Every Ansible program ran in the pinned image, from its own /kubespray, with the exact mounts and only env names.
      const runs = engine.callsOf('run').map(runOptions);
      const programs = runs.map((x) => [x.entrypoint, x.args[0] === '--version' ? '--version' : path.basename(x.args.at(-1)!)]);
      // Preflight reads the Ansible version and etcd's health concurrently: their order is the scheduler's.
      expect(programs.slice(0, 2).sort()).toEqual([
        ['ansible-playbook', '--version'],
        ['ansible-playbook', 'etcd-health.yml'],
      ]);
      expect(programs.slice(2)).toEqual([
        ['ansible-playbook', 'etcd-snapshot.yml'],
        ['ansible-playbook', 'facts.yml'],
        ['ansible-playbook', 'upgrade-cluster.yml'],
        ['ansible-playbook', 'upgrade-cluster.yml'],
        ['ansible-playbook', 'upgrade-cluster.yml'],
      ]);
      const tempDir = path.dirname(setup[4]![2]!);
      const inventoryDir = path.dirname(c.inventory);
      for (const run of runs) {
        expect(run.image).toBe(PINNED);
        expect(run.workdir).toBe('/kubespray');
        expect(run.name).toMatch(/^kubespray-upgrade-\d+-[0-9a-f]{6}-\d+$/);
        expect(run.env).toEqual(['ANSIBLE_INVENTORY_UNPARSED_FAILED', 'ANSIBLE_NOCOLOR', 'PYTHONUNBUFFERED']);
        // The backup dir is mounted once it exists; the cluster repo, the inventory and the private temp dir always.
        const expected = [c.backupDir, suite.checkout, inventoryDir, tempDir].filter((d) => run.volumes.includes(`${d}:${d}`) || d !== c.backupDir).sort();
        expect(run.volumes).toEqual(expected.map((d) => `${d}:${d}`));
      }
      expect(runs.slice(2).every((x) => x.volumes.includes(`${c.backupDir}:${c.backupDir}`))).toBe(true);
      // No secret in any argv: the key travels as a file in the mounted temp dir.
      const everything = JSON.stringify(engine.calls());
      for (const line of KEY.split('\n')) expect(everything).not.toContain(line);
      expect(everything).toContain(path.join(tempDir, 'ssh-private-key'));
      expect(c.records()[0]!.private_key_first_line).toBe('-----BEGIN OPENSSH PRIVATE KEY-----');
      // The Containerfile and Makefile pins stay as they are: run-upgrade writes no repo file.
      expect(git(suite.checkout, ['status', '--porcelain'])).toBe('');
    }));

  it("checks the Ansible inside input image, the team's own build, and refuses it with the image to build", () =>
    imageCase(async (c) => {
      const engine = engineFor(c, { [TEAM]: { local: true, env: { STANDIN_ANSIBLE_CORE: '2.15.5' } }, [PINNED]: { env: {} } });
      const r = await c.run({ runner: 'container', image: TEAM, 'container-engine': 'podman' }, { env: { ...engine.env(), STANDIN_ANSIBLE_CORE: '2.16.14' } });
      expect(r.exitCode).toBe(1);
      expect(r.outputs.status).toBe('refused');
      expect(r.summary).toMatch(
        /\| Ansible is the version the target's playbooks need \| ❌ fail \| ansible-core 2\.15\.5 in the image registry\.example\.com\/platform\/kubespray:v2\.25\.1-1, but Kubespray v2\.25\.1 needs 2\.16\.4 <= ansible-core < 2\.17\.0 \(playbooks\/ansible_version\.yml\)\. Fix: build the image for v2\.25\.1/,
      );
      // podman was the engine; the team's image was already there, so nothing was pulled; the pinned image was never used.
      expect(new Set(engine.calls().map((x) => x.engine))).toEqual(new Set(['podman']));
      expect(engine.callsOf('pull')).toEqual([]);
      expect(engine.callsOf('run').map(runOptions).map((x) => x.image)).toEqual(expect.arrayContaining([TEAM]));
      expect(JSON.stringify(engine.calls())).not.toContain(PINNED);
      expect(c.records()).toEqual([]);
      expect(c.kubelet('worker-1')).not.toBe(TARGET_KUBE);
    }));

  it('refuses a bad image reference before calling the engine, and an image the registry does not have with the engine\'s reason', () =>
    imageCase(async (c) => {
      const engine = engineFor(c, {});
      const bad = await c.run({ runner: 'container', image: 'Registry.Example.com/Kubespray:v2.25.1 --privileged' }, { env: engine.env() });
      expect(bad.exitCode).toBe(1);
      expect(bad.outputs.status).toBe('configuration-error');
      expect(bad.stdout).toContain('input image "Registry.Example.com/Kubespray:v2.25.1 --privileged" is not an image reference');
      expect(engine.calls()).toEqual([]);

      for (const minutes of ['0', '1e-3', 'soon']) {
        const timeout = await c.run({ runner: 'container', 'image-pull-timeout-minutes': minutes }, { env: engine.env() });
        expect(timeout.outputs.status).toBe('configuration-error');
        expect(timeout.stdout).toContain(`input "image-pull-timeout-minutes" must be a positive number of minutes, got ${JSON.stringify(minutes)}`);
      }
      expect(engine.calls()).toEqual([]);

      const missing = await c.run({ runner: 'container', image: 'registry.example.com/platform/kubespray:v2.25.1-9' }, { env: engine.env() });
      expect(missing.exitCode).toBe(1);
      expect(missing.outputs.status).toBe('configuration-error');
      expect(missing.stdout).toMatch(
        /cannot pull the Kubespray image registry\.example\.com\/platform\/kubespray:v2\.25\.1-9: Error response from daemon: manifest for .* not found: manifest unknown: manifest unknown\. Check the reference/,
      );
      // Not retried: the registry's answer is final.
      expect(engine.callsOf('pull')).toHaveLength(1);
      expect(c.records()).toEqual([]);
      expect(c.state()).toBeUndefined();
    }));

  it('refuses a team image that holds another Kubespray release than the pin, before anything runs in it', () =>
    imageCase(async (c) => {
      // The team's tag says the target; the tree inside is still the release before the hop.
      const engine = engineFor(c, { [TEAM]: { local: true, rootfs: otherRootfs('stale-rootfs', FROM_TAG) } });
      const r = await c.run({ runner: 'container', image: TEAM }, { env: engine.env() });
      expect(r.exitCode).toBe(1);
      expect(r.outputs.status).toBe('configuration-error');
      expect(r.stdout).toContain(
        `the image ${TEAM} holds another Kubespray release than ${TARGET_TAG}, the one the repo pins (Makefile:1, images/kubespray/Containerfile:1 at ${TARGET_TAG}): its galaxy.yml says version ${FROM_TAG.slice(1)} (in its working directory); ` +
          `its playbooks are not the reviewed release, so nothing runs in it. Fix: rebuild the image FROM ${PINNED}, or set input image to an image built from it`,
      );
      // The tree was copied out and read; no container ever ran (not even ansible --version).
      expect(engine.callsOf('cp')).toHaveLength(1);
      expect(engine.callsOf('run')).toEqual([]);
      expect(c.records()).toEqual([]);
      expect(c.state()).toBeUndefined();
    }));

  it('refuses an image whose release its tree does not state; accept-unidentified-image-release runs it, with a warning', () =>
    imageCase(async (c) => {
      const unnamed = otherRootfs('unnamed-rootfs', TARGET_TAG, (k) => rmSync(path.join(k, 'galaxy.yml')));
      const engine = engineFor(c, { [TEAM]: { local: true, rootfs: unnamed } });
      const refused = await c.run({ runner: 'container', image: TEAM }, { env: engine.env() });
      expect(refused.exitCode).toBe(1);
      expect(refused.outputs.status).toBe('configuration-error');
      expect(refused.stdout).toContain(
        `cannot tell which Kubespray release the image ${TEAM} holds: its tree has no galaxy.yml (Kubespray has one from v2.22.0 on); the repo pins ${TARGET_TAG}`,
      );
      expect(refused.stdout).toContain(`set input accept-unidentified-image-release: true to run it as ${TARGET_TAG}`);
      expect(engine.callsOf('run')).toEqual([]);

      const accepted = await c.run({ runner: 'container', image: TEAM, 'accept-unidentified-image-release': 'true', 'dry-run': 'true' }, { env: engine.env() });
      expect(accepted.exitCode, accepted.stdout + accepted.stderr).toBe(0);
      expect(accepted.outputs.status).toBe('dry-run');
      expect(accepted.stdout).toMatch(new RegExp(`::warning::the image ${TEAM.replace(/\./g, '\\.')} is taken as Kubespray ${TARGET_TAG} without confirmation \\(its tree has no galaxy\\.yml`));
      expect(engine.callsOf('run').map(runOptions).every((x) => x.image === TEAM)).toBe(true);
    }));

  it('a SIGTERM during a pull that never finishes kills the pull and ends the run at once as interrupted', () =>
    imageCase(async (c) => {
      const engine = engineFor(c, { [PINNED]: { pullHangs: true } });
      const running = c.run({ runner: 'container' }, { env: engine.env(), timeoutMs: 60_000 });
      const pull = await waitForProcess(c.record, PULL);
      // The stand-in has read its argv and is waiting on the "registry".
      while (engine.callsOf('pull').length === 0) await new Promise((res) => setTimeout(res, 50));
      process.kill(await waitForProcess(c.record, ACTION), 'SIGTERM');
      const r = await running;
      expect(r.exitCode, r.stdout + r.stderr).toBe(1);
      expect(r.outputs.status).toBe('interrupted');
      expect(r.stdout).toContain(`cancelled while pulling the image ${PINNED}; the engine call was killed and nothing was changed`);
      // The engine client is gone with the step, and nothing else was started.
      expect(alive(pull)).toBe(false);
      expect(processesMatching(c.record, PULL)).toEqual([]);
      expect(engine.callsOf('pull')).toHaveLength(1);
      expect(engine.callsOf('create')).toEqual([]);
      expect(engine.callsOf('run')).toEqual([]);
      expect(c.state()).toBeUndefined();
      expect(c.lease()).toBeUndefined();
    }));

  it('a pull past image-pull-timeout-minutes is killed and named, not retried', () =>
    imageCase(async (c) => {
      const engine = engineFor(c, { [PINNED]: { pullHangs: true } });
      const r = await c.run({ runner: 'container', 'image-pull-timeout-minutes': '0.02' }, { env: engine.env(), timeoutMs: 60_000 });
      expect(r.exitCode).toBe(1);
      expect(r.outputs.status).toBe('connection-error');
      expect(r.stdout).toContain(`docker pull ${PINNED} did not finish within 0.02 minutes (input image-pull-timeout-minutes) and was killed`);
      expect(engine.callsOf('pull')).toHaveLength(1);
      expect(processesMatching(c.record, PULL)).toEqual([]);
      expect(engine.callsOf('run')).toEqual([]);
    }));

  it('refuses an image without a Kubespray working directory', () =>
    imageCase(async (c) => {
      const engine = engineFor(c, { [PINNED]: { local: true, workdir: '/srv/app' } });
      mkdirSync(path.join(rootfs, 'srv', 'app'), { recursive: true });
      const r = await c.run({ runner: 'container' }, { env: engine.env() });
      expect(r.exitCode).toBe(1);
      expect(r.stdout).toContain(`the image ${PINNED} has no upgrade-cluster.yml in its working directory /srv/app; is it a Kubespray image?`);
      expect(engine.callsOf('run')).toEqual([]);
    }));

  it('after the main step is SIGKILLed mid-batch, the post step kills the container by name', () =>
    imageCase(async (c) => {
      const engine = engineFor(c, { [PINNED]: { local: true, env: { STANDIN_HANG_HOSTS: 'worker-2' } } });
      const runner = new RunnerStepState(path.join(c.dir, 'runner'));
      const running = c.run({ runner: 'container', 'ssh-private-key': KEY }, { env: { ...engine.env(), ...runner.mainEnv() } });
      await waitForProcess(c.record, HANG);
      process.kill(await waitForProcess(c.record, ACTION), 'SIGKILL');
      expect((await running).exitCode).not.toBe(0);
      // The runner kills the job's processes, the engine client with them; the container runs
      // under the engine, outside the client's process group, and outlives it.
      const hanging = engine.callsOf('run').map(runOptions).at(-1)!;
      expect(hanging.args.at(-1)).toBe('upgrade-cluster.yml');
      const clients = processesMatching(c.record, /standin-container\/bin\/docker run /);
      expect(clients).toHaveLength(1);
      process.kill(clients[0]!, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 300));
      expect(processesMatching(c.record, /standin-container\/bin\/docker run /)).toEqual([]);
      expect(leftoverProcesses(c.record).some((l) => HANG.test(l))).toBe(true);

      const post = await c.run({}, { env: { ...engine.env(), ...runner.postEnv() } });
      expect(post.exitCode, post.stdout + post.stderr).toBe(0);
      expect(engine.callsOf('kill')).toEqual([['kill', hanging.name]]);
      expect(engine.killed().map((k) => k.name)).toEqual([hanging.name]);
      expect(post.stdout).toContain(`killed Ansible container(s) the main step left running: ${hanging.name}`);
      expect(leftoverProcesses(c.record)).toEqual([]);
      expect(c.lease()).toBeUndefined();
      expect(c.state().status).toBe('interrupted');
    }));

  it('refuses runner local with the exact fix, and calls no engine', () =>
    imageCase(async (c) => {
      const engine = engineFor(c, { [PINNED]: { local: true } });
      const r = await c.run({}, { env: engine.env() });
      expect(r.exitCode).toBe(1);
      expect(r.outputs.status).toBe('configuration-error');
      expect(r.stdout).toContain(
        'this repo names Kubespray only through its image (Makefile:1, images/kubespray/Containerfile:1 at v2.25.1), so run-upgrade runs the playbooks inside that image: set runner: container',
      );
      expect(engine.calls()).toEqual([]);
    }));
});
