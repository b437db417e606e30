/**
 * The container runner against a real podman (opt-in: `npm run test:podman`, which .ci/run
 * runs after installing podman, runc and catatonit). No registry is reachable here, so the
 * Kubespray image is made with `podman import` from a local root file system: the stand-in
 * tree of a real tag (its galaxy.yml from the data set) and a shell with cat. What the stand-in
 * engine imitates is checked against the real one: inspect, create/cp/rm, our `run` argv, a
 * pull that hangs on a registry that never answers, killed by a cancel and by the time limit.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import path from 'node:path';
import { ContainerImages } from '../../src/adapters/ansible/container-images.js';
import { commandLine } from '../../src/adapters/ansible/runner.js';
import { runProcess } from '../../src/adapters/process.js';
import { runProcessGroup } from '../../src/adapters/process-group.js';
import { ConnectionError } from '../../src/core/errors.js';
import { checkImageRelease } from '../../src/core/upgrade/image-release.js';
import { ImageOperationCancelled, readImageTree } from '../../src/core/upgrade/kubespray-image.js';
import { writeStandinTree } from '../support/standin-kubespray/standin.js';
import { makeTempDir } from '../support/tmp.js';

const TAG = 'v2.25.1';
const IMAGE = `localhost/ksu-real/kubespray:${TAG}`;
const tmp = makeTempDir('ksu-real-podman-');
let env: NodeJS.ProcessEnv;
let registry: Server;
let hangingRef: string;

/** A root file system with /bin/sh and /bin/cat (and their libraries), and Kubespray's tree at /kubespray. */
async function rootfs(dir: string): Promise<void> {
  for (const bin of ['/bin/dash', '/bin/cat']) {
    const libs = (await runProcess('ldd', [bin])).stdout.match(/\/\S+/g) ?? [];
    for (const file of [bin, ...libs]) {
      mkdirSync(path.join(dir, path.dirname(file)), { recursive: true });
      copyFileSync(file, path.join(dir, file));
    }
  }
  symlinkSync('dash', path.join(dir, 'bin/sh'));
  writeStandinTree(path.join(dir, 'kubespray'), { tag: TAG });
}

/** The live podman processes whose argv starts with these words. */
function podmanProcesses(...words: string[]): number[] {
  const pids: number[] = [];
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
      if (path.basename(argv[0] ?? '') === 'podman' && words.every((w, i) => argv[i + 1] === w)) pids.push(Number(pid));
    } catch {
      // gone
    }
  }
  return pids;
}

beforeAll(async () => {
  // Rootful podman in a VM without CAP_SYS_RESOURCE and with cgroup v1: runc, and limits within
  // the hard ones. A private store, so nothing of the machine's is touched.
  const conf = path.join(tmp.dir, 'containers.conf');
  writeFileSync(conf, '[containers]\ndefault_ulimits = ["nofile=1024:20000", "nproc=1024:1024"]\n[engine]\nruntime = "runc"\n');
  const storage = path.join(tmp.dir, 'storage.conf');
  writeFileSync(storage, `[storage]\ndriver = "vfs"\ngraphroot = "${tmp.dir}/graph"\nrunroot = "${tmp.dir}/run"\n`);
  env = { ...process.env, CONTAINERS_CONF: conf, CONTAINERS_STORAGE_CONF: storage };
  const fs = path.join(tmp.dir, 'rootfs');
  await rootfs(fs);
  await runProcess('tar', ['-C', fs, '-cf', path.join(tmp.dir, 'rootfs.tar'), '.']);
  await runProcess('podman', ['import', '--change', 'WORKDIR /kubespray', path.join(tmp.dir, 'rootfs.tar'), IMAGE], { env });
  // A "registry" that accepts connections and never answers.
  registry = createServer(() => undefined);
  await new Promise<void>((res) => registry.listen(0, '127.0.0.1', res));
  hangingRef = `127.0.0.1:${(registry.address() as { port: number }).port}/kubespray/kubespray:${TAG}`;
});

afterAll(async () => {
  registry?.close();
  await runProcess('podman', ['rmi', '--force', IMAGE], { env, allowFailure: true });
  tmp.cleanup();
});

describe('the container runner on a real podman', () => {
  it('reads the WORKDIR, copies the tree out, removes the copy container, and confirms the release', async () => {
    const images = new ContainerImages('podman', { env, pullTimeoutMs: 60_000 });
    const hostDir = path.join(tmp.dir, 'tree');
    const tree = await readImageTree(images, IMAGE, hostDir);
    expect(tree.workdir).toBe('/kubespray');
    expect(existsSync(path.join(hostDir, 'upgrade-cluster.yml'))).toBe(true);
    expect((await runProcess('podman', ['ps', '--all', '--format', '{{.Names}}'], { env })).stdout.trim()).toBe('');
    expect(checkImageRelease({ image: IMAGE, hostDir, pinned: TAG, where: 'Dockerfile:1', acceptUnidentified: false }).confirmed).toBe(true);
    expect(() => checkImageRelease({ image: IMAGE, hostDir, pinned: 'v2.26.0', where: 'Dockerfile:1', acceptUnidentified: false })).toThrow(/holds another Kubespray release than v2\.26\.0/);
  });

  it('accepts the run argv the runner builds: workdir, name, same-path volume, env by name, entrypoint', async () => {
    const shared = path.join(tmp.dir, 'shared');
    mkdirSync(shared, { recursive: true });
    writeFileSync(path.join(shared, 'inventory.ini'), '[all]\nnode-1\n');
    const cmd = commandLine(
      { kind: 'container', image: IMAGE, engine: 'podman', workdir: '/kubespray' },
      { program: '/bin/sh', args: ['-c', 'cat galaxy.yml "$0"; echo "SECRET=$KSU_SECRET"', path.join(shared, 'inventory.ini')], cwd: shared, paths: [shared], env: { KSU_SECRET: 'value-by-name' }, name: 'ksu-real-run-1' },
    );
    expect(cmd.args.join(' ')).not.toContain('value-by-name');
    const lines: string[] = [];
    const r = await runProcessGroup({ ...cmd, env: { ...env, ...cmd.env } }, { timeoutMs: 120_000, onLine: (l) => lines.push(l) });
    expect(r.exitCode, lines.join('\n')).toBe(0);
    expect(lines).toEqual(expect.arrayContaining([`version: ${TAG.slice(1)}`, 'node-1', 'SECRET=value-by-name']));
  });

  it('a cancel kills a pull from a registry that never answers, and the podman process is gone', async () => {
    const cancel = new AbortController();
    const images = new ContainerImages('podman', { env, signal: cancel.signal, pullTimeoutMs: 600_000 });
    const pending = images.workingDir(hangingRef);
    pending.catch(() => undefined);
    for (let i = 0; podmanProcesses('pull', hangingRef).length === 0; i++) {
      if (i > 600) throw new Error('podman pull never started');
      await new Promise((res) => setTimeout(res, 50));
    }
    const [pid] = podmanProcesses('pull', hangingRef);
    cancel.abort();
    await expect(pending).rejects.toThrow(ImageOperationCancelled);
    await expect(pending).rejects.toThrow(`cancelled while pulling the image ${hangingRef}`);
    expect(podmanProcesses('pull', hangingRef)).toEqual([]);
    expect(existsSync(`/proc/${pid}`)).toBe(false);
  });

  it('a pull past its time limit is killed and reported as a connection error', async () => {
    const images = new ContainerImages('podman', { env, pullTimeoutMs: 1_500 });
    await expect(images.workingDir(hangingRef)).rejects.toThrow(ConnectionError);
    expect(podmanProcesses('pull', hangingRef)).toEqual([]);
  });
});
