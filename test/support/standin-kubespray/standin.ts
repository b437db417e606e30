import { cpSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { KUBESPRAY_DATA } from '../paths.js';
import { commitTree, createTag, readDataTags, versionOrder, type KubesprayUpstream } from '../kubespray-upstream.js';
import { git } from '../git.js';

export const STANDIN_DIR = path.dirname(fileURLToPath(import.meta.url));

/** PATH with the stand-in ansible-playbook first: it reports an ansible-core the stand-in releases accept (Debian's is older). */
export const STANDIN_PATH = `${path.join(STANDIN_DIR, 'bin')}:${process.env.PATH ?? ''}`;
const STANDIN_FILES = ['ansible.cfg', 'upgrade-cluster.yml', 'playbooks', 'standin', 'roles'];

export interface StandinOptions {
  /** Real Kubespray data files of this tag go alongside the stand-in playbooks. */
  tag?: string;
  /** Put facts.yml at the root, as Kubespray had it before playbooks/facts.yml. */
  factsAtRoot?: boolean;
}

/** Writes a Kubespray-like tree: the stand-in playbooks plus the tag's real data files. */
export function writeStandinTree(dest: string, o: StandinOptions = {}): string {
  mkdirSync(dest, { recursive: true });
  if (o.tag) cpSync(path.join(KUBESPRAY_DATA, 'tags', o.tag), dest, { recursive: true });
  for (const f of STANDIN_FILES) cpSync(path.join(STANDIN_DIR, f), path.join(dest, f), { recursive: true });
  if (o.factsAtRoot) {
    const facts = readFileSync(path.join(dest, 'playbooks', 'facts.yml'), 'utf8').replace('../standin/', 'standin/');
    rmSync(path.join(dest, 'playbooks'), { recursive: true });
    writeFileSync(path.join(dest, 'facts.yml'), facts);
  }
  return dest;
}

/** Like buildKubesprayUpstream, but every tagged tree also carries the stand-in playbooks. */
export function buildStandinUpstream(root: string, tags: readonly string[], o: { factsAtRootBefore?: string } = {}): KubesprayUpstream {
  const dates = new Map(readDataTags().map((t) => [t.tag, t.date]));
  const work = path.join(root, 'kubespray-work');
  const bare = path.join(root, 'kubespray.git');
  mkdirSync(work, { recursive: true });
  git(work, ['init', '-q']);
  const commits = new Map<string, string>();
  for (const tag of versionOrder(tags)) {
    const tree = path.join(root, 'trees', tag);
    const factsAtRoot = o.factsAtRootBefore !== undefined && versionOrder([tag, o.factsAtRootBefore])[0] === tag && tag !== o.factsAtRootBefore;
    writeStandinTree(tree, { tag, factsAtRoot });
    const date = dates.get(tag) ?? '2026-01-01T00:00:00Z';
    commitTree(work, tree, `Release ${tag}`, date);
    createTag(work, tag, false, date);
    commits.set(tag, git(work, ['rev-parse', 'HEAD']).trim());
  }
  git(root, ['clone', '-q', '--bare', work, bare]);
  rmSync(path.join(root, 'trees'), { recursive: true, force: true });
  return { work, bare, url: `file://${bare}`, commits };
}

/** The hosts of a test inventory: name -> groups. */
export type HostGroups = Record<string, Array<'kube_control_plane' | 'etcd' | 'kube_node' | 'calico_rr'>>;

/** An INI inventory where every host runs locally; extra `all` vars go in [all:vars]. */
export function inventoryIni(hosts: HostGroups, allVars: Record<string, string | number | boolean> = {}): string {
  const groups = new Map<string, string[]>();
  for (const [h, gs] of Object.entries(hosts)) for (const g of gs) groups.set(g, [...(groups.get(g) ?? []), h]);
  const lines = ['[all]', ...Object.keys(hosts).map((h) => `${h} ansible_connection=local ansible_python_interpreter=/usr/bin/python3`), ''];
  for (const [g, hs] of groups) lines.push(`[${g}]`, ...hs, '');
  lines.push('[k8s_cluster:children]', 'kube_control_plane', 'kube_node', '');
  lines.push('[all:vars]', ...Object.entries(allVars).map(([k, v]) => `${k}=${String(v)}`), '');
  return lines.join('\n');
}
