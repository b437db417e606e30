// The demo's image-only variant (`npm run demo -- --image-only`): the cluster repo has no
// Kubespray submodule, only quay.io/kubespray/kubespray pins; run-upgrade runs the playbooks
// inside the pinned image through the stand-in container engine (the demo machine needs no
// docker daemon; see test/support/standin-container).
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { git } from '../../test/support/git.js';
import type { ClusterRepo } from '../../test/support/cluster-repo.js';
import type { KubesprayUpstream } from '../../test/support/kubespray-upstream.js';
import { KUBESPRAY_DATA } from '../../test/support/paths.js';
import { StandinEngine } from '../../test/support/standin-container/engine.js';
import { STANDIN_PATH } from '../../test/support/standin-kubespray/standin.js';

/** Where the team's files pin the image, as public image-only repos do. */
export const IMAGE_PIN_FILES = ['images/kubespray/Containerfile', 'Makefile'];

/** The team's cluster repo: the inventory copied from the sample, and the image pinned in a Containerfile ARG and a Makefile. */
export function buildImageOnlyRepo(root: string, o: { tag: string; inventoryDir: string; inventoryIni: string }): ClusterRepo {
  const seed = path.join(root, 'cluster-seed');
  const origin = path.join(root, 'cluster.git');
  mkdirSync(seed, { recursive: true });
  git(seed, ['init', '-q', '-b', 'main']);
  cpSync(path.join(KUBESPRAY_DATA, 'tags', o.tag, 'inventory', 'sample'), path.join(seed, o.inventoryDir), { recursive: true });
  const files: Record<string, string> = {
    [`${o.inventoryDir}/inventory.ini`]: o.inventoryIni,
    [IMAGE_PIN_FILES[0]!]: `ARG KUBESPRAY_VERSION=${o.tag}\nFROM quay.io/kubespray/kubespray:\${KUBESPRAY_VERSION}\nRUN pip install --no-cache-dir jmespath\n`,
    [IMAGE_PIN_FILES[1]!]: `IMAGE ?= quay.io/kubespray/kubespray:${o.tag}\n\nupgrade:\n\tdocker run --rm -v $(PWD):$(PWD) -w /kubespray $(IMAGE) ansible-playbook -i $(PWD)/${o.inventoryDir} upgrade-cluster.yml\n`,
  };
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(seed, rel)), { recursive: true });
    writeFileSync(path.join(seed, rel), text);
  }
  git(seed, ['add', '-A']);
  git(seed, ['-c', 'user.name=Platform Team', '-c', 'user.email=platform@example.com', 'commit', '-q', '-m', `Cluster repo: Kubespray ${o.tag} from its image`]);
  git(root, ['clone', '-q', '--bare', seed, origin]);
  return { seed, origin, originUrl: `file://${origin}` };
}

/** The upgrade job's checkout: full history (fetch-depth: 0), so a first run finds the pin before the hop. */
export function fullCheckout(repo: ClusterRepo, dest: string): string {
  git(path.dirname(dest), ['clone', '-q', repo.originUrl, dest]);
  return dest;
}

/**
 * The stand-in engine's registry: quay.io/kubespray/kubespray:<tag> is the upstream tree at
 * the tag (the stand-in playbooks on the tag's real data) in /kubespray, with an Env that lets
 * the stand-in playbooks reach the simulated cluster.
 */
export function standinRegistry(dir: string, upstream: KubesprayUpstream, tag: string, env: Record<string, string>): StandinEngine {
  const rootfs = path.join(dir, 'rootfs', tag);
  mkdirSync(path.join(rootfs, 'kubespray'), { recursive: true });
  const tar = execFileSync('git', ['-C', upstream.bare, 'archive', '--format=tar', tag], { maxBuffer: 256 * 1024 * 1024 });
  execFileSync('tar', ['-x', '-C', path.join(rootfs, 'kubespray')], { input: tar });
  const engine = new StandinEngine(path.join(dir, 'engine'));
  engine.addImage(`quay.io/kubespray/kubespray:${tag}`, { rootfs, workdir: '/kubespray', env: { PATH: STANDIN_PATH, ...env } });
  return engine;
}
