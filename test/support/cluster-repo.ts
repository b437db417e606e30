import { execFileSync } from 'node:child_process';
import { chmodSync, cpSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { git } from './git.js';
import type { KubesprayUpstream } from './kubespray-upstream.js';

export interface ClusterRepoOptions {
  upstream: KubesprayUpstream;
  /** Release tag the submodule is pinned at. */
  tag: string;
  /** Tag whose inventory/sample the team copied long ago; defaults to `tag`. */
  inventoryFromTag?: string;
  clusterName?: string;
  submodulePath?: string;
  /** The team's own image tag in its build scripts, e.g. `v2.24.1-2`. */
  teamImageTag?: string;
  /** Extra files, relative to the repo root. */
  files?: Record<string, string>;
  /**
   * Where copies of the sample go (repo-relative folders, "." for the root) and what its
   * inventory.ini is renamed to; default one copy at inventory/<clusterName>.
   */
  inventories?: Array<{ dir: string; hostsFile?: string }>;
}

export interface ClusterRepo {
  /** Full working repo the fixture was authored in. */
  seed: string;
  /** Bare "origin" the runner clones from. */
  origin: string;
  originUrl: string;
}

/** A platform team's cluster repo: submodule, copied inventory, Containerfile and scripts. */
export function buildClusterRepo(root: string, o: ClusterRepoOptions): ClusterRepo {
  const seed = path.join(root, 'cluster-seed');
  const origin = path.join(root, 'cluster.git');
  const sub = o.submodulePath ?? 'kubespray';
  const cluster = o.clusterName ?? 'mycluster';
  const teamTag = o.teamImageTag ?? `${o.tag}-2`;
  mkdirSync(seed, { recursive: true });
  git(seed, ['init', '-q']);
  git(seed, ['submodule', 'add', '-q', o.upstream.url, sub]);
  git(path.join(seed, sub), ['checkout', '-q', o.tag]);

  const archive = execFileSync('git', ['-C', path.join(seed, sub), 'archive', '--format=tar', o.inventoryFromTag ?? o.tag, 'inventory/sample'], {
    maxBuffer: 64 * 1024 * 1024,
  });
  const unpacked = path.join(root, 'sample-copy');
  mkdirSync(unpacked, { recursive: true });
  execFileSync('tar', ['-x', '-C', unpacked], { input: archive });
  for (const inv of o.inventories ?? [{ dir: `inventory/${cluster}` }]) {
    const dest = path.join(seed, inv.dir);
    cpSync(path.join(unpacked, 'inventory', 'sample'), dest, { recursive: true });
    if (inv.hostsFile) renameSync(path.join(dest, 'inventory.ini'), path.join(dest, inv.hostsFile));
  }
  rmSync(unpacked, { recursive: true, force: true });

  const files: Record<string, string> = {
    'images/kubespray/Containerfile': `FROM quay.io/kubespray/kubespray:${o.tag}\nRUN pip install --no-cache-dir jmespath\n`,
    'images/kubespray/build': `#!/usr/bin/env bash\nset -euo pipefail\npodman build -t registry.example.com/platform/kubespray:${teamTag} .\npodman push registry.example.com/platform/kubespray:${teamTag}\n`,
    'create-cluster': `#!/usr/bin/env bash\nset -euo pipefail\npodman run --rm -v "$PWD/inventory:/inventory" registry.example.com/platform/kubespray:${teamTag} \\\n  ansible-playbook -i /inventory/${cluster}/inventory.ini cluster.yml\n`,
    'README.md': `# ${cluster}\n\nKubespray ${o.tag} cluster repo.\n`,
    ...o.files,
  };
  for (const [rel, content] of Object.entries(files)) {
    const abs = path.join(seed, rel);
    mkdirSync(path.dirname(abs), { recursive: true });
    writeFileSync(abs, content);
    if (content.startsWith('#!')) chmodSync(abs, 0o755);
  }
  git(seed, ['add', '-A']);
  git(seed, ['commit', '-q', '-m', `Cluster ${cluster} on Kubespray ${o.tag}`]);
  git(root, ['clone', '-q', '--bare', seed, origin]);
  return { seed, origin, originUrl: `file://${origin}` };
}

/**
 * What actions/checkout with `submodules: true` leaves on a runner: a depth-1 superproject
 * and a depth-1 submodule with no tags at all.
 */
export function runnerCheckout(repo: ClusterRepo, dest: string): string {
  git(path.dirname(dest), ['clone', '-q', '--depth', '1', repo.originUrl, dest]);
  git(dest, ['submodule', 'update', '-q', '--init', '--force', '--depth', '1']);
  // A depth-1 submodule clone may carry tags pointing at its one commit; on a real runner
  // against the real upstream it has none, so drop them to reproduce that state exactly.
  for (const sub of git(dest, ['submodule', 'foreach', '--quiet', 'pwd']).split('\n').filter(Boolean)) {
    for (const ref of git(sub, ['for-each-ref', '--format=%(refname)', 'refs/tags']).split('\n').filter(Boolean)) {
      git(sub, ['update-ref', '-d', ref]);
    }
  }
  return dest;
}
