import { ConfigurationError } from '../errors.js';
import type { Git } from '../git/git.js';
import { matchesAny } from '../managers/glob.js';
import { findVariableAssignments, scanImageText, type ImagePin } from '../managers/image-pins.js';
import { looksLikeKubespray, readSubmodules, selectKubespraySubmodule, type Submodule } from './submodules.js';

/** Where upstream Kubespray lives when the repo names only the image. */
export const UPSTREAM_KUBESPRAY_URL = 'https://github.com/kubernetes-sigs/kubespray.git';

const DOCS = ['**/*.md', '**/*.rst', '**/*.adoc', '**/*.txt'];

/** Where the cluster repo's Kubespray comes from: a submodule, or only the image it names. */
export type KubespraySource = { kind: 'submodule'; submodule: Submodule } | { kind: 'image'; version: string; pins: ImagePin[] };

/**
 * The one answer every command uses. A submodule wins (the one requested, else the one
 * whose URL ends in kubespray); without one, the release the repo's kubespray image
 * references name. Neither is one configuration error that says what was looked for.
 */
export async function findKubespraySource(git: Git, rev: string, o: { submodulePath?: string; exclude?: readonly string[] } = {}): Promise<KubespraySource> {
  const submodules = await readSubmodules(git);
  if (o.submodulePath || submodules.some((s) => looksLikeKubespray(s.url))) {
    return { kind: 'submodule', submodule: selectKubespraySubmodule(submodules, o.submodulePath) };
  }
  // Prose that mentions an image (README, docs) pins nothing.
  const pins = await findImagePins(git, rev, [...(o.exclude ?? []), ...DOCS, ...submodules.map((s) => `${s.path}/**`)]);
  const versions = [...new Set(pins.map((p) => p.version.replace(/^v/, '')))];
  if (versions.length === 1) return { kind: 'image', version: `v${versions[0]}`, pins };
  if (versions.length > 1) {
    throw new ConfigurationError(
      `the repo's kubespray image references name ${versions.length} releases (${pins.map((p) => `${p.file}:${p.line} ${p.version}`).join(', ')}); ` +
        `make them agree (one release per repo), or exclude files with images.exclude in the config`,
    );
  }
  const known = submodules.map((s) => `${s.path} (${s.url})`).join(', ') || 'none';
  throw new ConfigurationError(
    `no Kubespray found: looked for a submodule whose URL ends in "kubespray" or "kubespray.git" in .gitmodules (submodules: ${known}) ` +
      `and for a kubespray image reference pinned at a release (e.g. quay.io/kubespray/kubespray:v2.26.0 in a Containerfile FROM, compose file, .env, Makefile or script, ` +
      `directly or through a variable such as KUBESPRAY_VERSION=v2.26.0) in the repo's tracked files. ` +
      `Set submodule-path to the Kubespray submodule (a fork may have any URL), or pin the kubespray image at the release the clusters run.`,
  );
}

/**
 * Every place the tracked files of `rev` pin the kubespray image, variables followed one
 * level (the variable's assignment is the pin). `git grep` finds the candidate files in one
 * call and skips binaries; the work tree is never read.
 */
export async function findImagePins(git: Git, rev: string, exclude: readonly string[] = []): Promise<ImagePin[]> {
  const read = (file: string) => git.catFileBlob(rev, file);
  const candidates = await grepFiles(git, rev, { ignoreCase: 'kubespray' }, exclude);
  const pins: ImagePin[] = [];
  const variables = new Set<string>();
  for (const file of candidates) {
    const found = scanImageText(await read(file), file);
    pins.push(...found.pins);
    for (const v of found.variables) variables.add(v);
  }
  for (const variable of variables) {
    for (const file of await grepFiles(git, rev, { word: variable }, exclude)) pins.push(...findVariableAssignments(await read(file), file, variable));
  }
  const seen = new Set<string>();
  return pins
    .filter((p) => !seen.has(`${p.file}:${p.line}`) && seen.add(`${p.file}:${p.line}`))
    .sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.line - b.line));
}

async function grepFiles(git: Git, rev: string, match: Parameters<Git['grepFiles']>[1], exclude: readonly string[]): Promise<string[]> {
  return (await git.grepFiles(rev, match)).filter((p) => !matchesAny(p, exclude));
}
