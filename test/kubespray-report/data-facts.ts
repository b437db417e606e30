/**
 * Facts read straight off the Kubespray data files with plain line patterns, independent of
 * the code under test (which parses YAML and evaluates Jinja), so tests can compare the two.
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import semver from 'semver';
import { KUBESPRAY_DATA } from '../support/paths.js';

export const tagDir = (tag: string) => path.join(KUBESPRAY_DATA, 'tags', tag);

function roleYamlFiles(tag: string): string[] {
  const out: string[] = [];
  const walk = (dir: string) => {
    for (const e of readdirSync(dir, { withFileTypes: true })) {
      const p = path.join(dir, e.name);
      if (e.isDirectory()) walk(p);
      else if (/\.ya?ml$/.test(e.name)) out.push(p);
    }
  };
  walk(path.join(tagDir(tag), 'roles'));
  return out;
}

/** The keys of `<table>['amd64']` in file order, from the one roles file that defines the table. */
export function checksumKeys(tag: string, table: string, arch = 'amd64'): string[] {
  for (const file of roleYamlFiles(tag)) {
    const lines = readFileSync(file, 'utf8').split('\n');
    const start = lines.findIndex((l) => l === `${table}:`);
    if (start < 0) continue;
    const keys: string[] = [];
    let inArch = false;
    for (const line of lines.slice(start + 1)) {
      if (/^\S/.test(line)) break;
      if (/^ {2}\S/.test(line)) inArch = line.trim() === `${arch}:`;
      else if (inArch) {
        const m = /^ {4}(\S+?):/.exec(line);
        if (m) keys.push(m[1]!.replace(/^['"]|['"]$/g, ''));
      }
    }
    return keys;
  }
  return [];
}

/** Kubespray's default kube_version at a tag: the literal up to v2.27.1, else the first amd64 kubelet checksum key. */
export function defaultKubeVersion(tag: string): string {
  for (const file of roleYamlFiles(tag)) {
    const m = /^kube_version: (v?\d+\.\d+\.\d+)\s*$/m.exec(readFileSync(file, 'utf8'));
    if (m) return m[1]!;
  }
  return checksumKeys(tag, 'kubelet_checksums')[0]!;
}

/** `kube_version:` in the tag's sample k8s-cluster.yml, with its 1-based line, when the sample sets it. */
export function sampleKubeVersion(tag: string): { value: string; line: number } | undefined {
  const file = path.join(tagDir(tag), 'inventory/sample/group_vars/k8s_cluster/k8s-cluster.yml');
  if (!existsSync(file)) return undefined;
  const lines = readFileSync(file, 'utf8').split('\n');
  const i = lines.findIndex((l) => /^kube_version:/.test(l));
  return i < 0 ? undefined : { value: lines[i]!.split(':')[1]!.trim(), line: i + 1 };
}

export function ansibleLines(tag: string): string {
  return readFileSync(path.join(tagDir(tag), 'requirements.txt'), 'utf8')
    .split('\n')
    .filter((l) => /^ansible(-core)?\s*[=<>~!]/.test(l))
    .join('\n');
}

export const kubeCompare = (a: string, b: string) => semver.compare(a.replace(/^v/, ''), b.replace(/^v/, ''));
export const kubeMinor = (v: string) => semver.minor(v.replace(/^v/, ''));

/** A sample file's text with one line replaced (1-based), for team edits. */
export function sampleFileWith(tag: string, rel: string, edit: (lines: string[]) => void): string {
  const lines = readFileSync(path.join(tagDir(tag), 'inventory/sample', rel), 'utf8').split('\n');
  edit(lines);
  return lines.join('\n');
}
