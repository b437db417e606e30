import { statSync } from 'node:fs';
import path from 'node:path';
import { ConfinedDirectory, repositoryBoundary } from '../../cluster-repo/confined-directory.js';
import { YAML_LIMITS } from '../../../formats/yaml/yaml-limits.js';
import { repoSearchSkip } from '../../cluster-repo/inventory-choice.js';
import { findRemoval, mentionsAny, type RemovedApi } from '../../kube/removed-apis.js';
import { manifestObjects, type ManifestObject } from './manifest-objects.js';

export interface RepoManifestUse {
  file: string;
  object: ManifestObject;
  removal: RemovedApi;
}

export interface RepoManifestScan {
  uses: RepoManifestUse[];
  filesRead: number;
  /** Files or documents passed over, each with why (too big, too many, over a YAML limit). */
  skipped: string[];
}

/** The repo walk reads at most this many YAML files and this many bytes; beyond, it stops and says so. */
export const REPO_SCAN_LIMITS = { maxFiles: 20_000, maxTotalBytes: 256 * 1024 * 1024 } as const;

/**
 * The cluster repo's own manifests that use an API in `removals`: every .yml/.yaml file,
 * read through the confined walker (links followed only inside the repo), except hidden
 * folders, node_modules, the Kubespray checkout (`skip`, e.g. the submodule), a vendored
 * Kubespray tree, any inventory/sample and the inventories (`skip` too): Ansible variables
 * are not manifests.
 */
export async function scanRepoManifests(root: string, skip: readonly string[], removals: readonly RemovedApi[]): Promise<RepoManifestScan> {
  const scan: RepoManifestScan = { uses: [], filesRead: 0, skipped: [] };
  if (removals.length === 0) return scan;
  const skipped = new Set(skip.map((s) => s.replace(/\/+$/, '')));
  const dir = new ConfinedDirectory(root, repositoryBoundary(root));
  const files = (await dir.files('', { skipDir: repoSearchSkip(root, skip), skipUnsafeLinks: true })).filter((f) => /\.ya?ml$/i.test(f) && !skipped.has(f));
  const vendored = files.filter((f) => /(^|\/)roles\/kubespray[-_]defaults\/defaults\//.test(f)).map((f) => f.slice(0, f.search(/roles\/kubespray[-_]defaults\//)));
  let bytes = 0;
  const mentions = mentionsAny(removals);
  for (const file of files) {
    if (vendored.some((v) => file.startsWith(v))) continue;
    if (scan.filesRead >= REPO_SCAN_LIMITS.maxFiles || bytes >= REPO_SCAN_LIMITS.maxTotalBytes) {
      scan.skipped.push(`the repo holds more YAML than the scan reads (${REPO_SCAN_LIMITS.maxFiles} files or ${REPO_SCAN_LIMITS.maxTotalBytes / 1024 / 1024} MiB); files from ${file} on were not read`);
      break;
    }
    const size = statSync(path.join(root, file)).size;
    if (size > YAML_LIMITS.maxChars) {
      scan.skipped.push(`${file}: ${(size / 1024 / 1024).toFixed(1)} MiB, over the ${YAML_LIMITS.maxChars / 1024 / 1024} MiB limit for one YAML file; not read`);
      continue;
    }
    const text = await dir.read(file);
    if (text === undefined || text.trimStart().startsWith('$ANSIBLE_VAULT')) continue;
    scan.filesRead++;
    bytes += size;
    if (!mentions(text)) continue;
    const { objects, skipped: docs } = manifestObjects(text, file, mentions);
    scan.skipped.push(...docs);
    for (const object of objects) {
      const removal = findRemoval(removals, object.apiVersion, object.kind);
      if (removal) scan.uses.push({ file, object, removal });
    }
  }
  return scan;
}
