import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildKubesprayUpstream, readDataTags } from '../support/kubespray-upstream.js';
import { makeTempDir } from '../support/tmp.js';
import { KUBESPRAY_DATA, REPO_ROOT } from '../support/paths.js';

function files(dir: string, rel = ''): string[] {
  return readdirSync(path.join(dir, rel)).flatMap((n) => {
    const r = rel ? `${rel}/${n}` : n;
    return statSync(path.join(dir, r)).isDirectory() ? files(dir, r) : [r];
  });
}

describe('scripts/extract-kubespray-data.mjs (how CI on GitHub gets the data set)', () => {
  it('rebuilds every data file of every tag from a Kubespray git history', () => {
    const tmp = makeTempDir('ksu-extract-');
    try {
      const up = buildKubesprayUpstream(tmp.dir);
      const out = path.join(tmp.dir, 'out');
      execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/extract-kubespray-data.mjs'), up.work, out, '--until', 'v2.31.0'], { encoding: 'utf8' });
      const tags = readDataTags(out);
      expect(tags.map((t) => t.tag)).toEqual(readDataTags().map((t) => t.tag));
      expect(tags.find((t) => t.tag === 'v2.24.1')!.commit).toBe(up.commits.get('v2.24.1'));
      for (const { tag } of tags) {
        const want = files(path.join(KUBESPRAY_DATA, 'tags', tag)).filter((f) => f !== 'Dockerfile.FROM.txt').sort();
        const got = files(path.join(out, 'tags', tag)).filter((f) => f !== 'Dockerfile.FROM.txt').sort();
        expect(got, tag).toEqual(want);
        for (const f of want) expect(readFileSync(path.join(out, 'tags', tag, f)), `${tag}/${f}`).toEqual(readFileSync(path.join(KUBESPRAY_DATA, 'tags', tag, f)));
      }
      expect(readFileSync(path.join(out, 'changes', 'v2.24.1..v2.24.2.tsv'), 'utf8')).toMatch(/^# v2\.24\.1\.\.v2\.24\.2\tfiles=\d+\tA=\d+\tM=\d+\tD=\d+\tT=\d+\n/);
    } finally {
      tmp.cleanup();
    }
  }, 600_000); // 25 tags built and extracted: 30 s alone, minutes on a loaded machine

  it('leaves out what the data set does not hold, next to every kind of file it does', () => {
    const tmp = makeTempDir('ksu-extract-');
    try {
      // A one-tag upstream: v2.31.0's data plus files a real Kubespray tree has and the data set
      // leaves out (dotfiles, _config.yml, nested playbooks, other tasks, other roles, a Dockerfile).
      const data = path.join(tmp.dir, 'data');
      const tree = path.join(data, 'tags', 'v2.31.0');
      cpSync(path.join(KUBESPRAY_DATA, 'tags', 'v2.31.0'), tree, { recursive: true });
      const real = readDataTags().find((t) => t.tag === 'v2.31.0')!;
      writeFileSync(path.join(data, 'tags.tsv'), `v2.31.0\t${real.commit}\t${real.date}\n`);
      const extra: Record<string, string> = {
        '.gitlab-ci.yml': 'stages: []\n',
        '_config.yml': 'theme: jekyll-theme-slate\n',
        'mkdocs.yaml': 'site_name: x\n',
        'playbooks/nested/extra.yml': '- hosts: all\n',
        'playbooks/README.md': 'not a playbook\n',
        'roles/kubernetes/preinstall/tasks/main.yml': '- name: other task\n',
        'roles/kubernetes/preinstall/defaults/main.yml': 'x: 1\n',
        'roles/etcd/tasks/main.yml': '- name: etcd\n',
        'extra_playbooks/wait-for-cloud-init.yml': '- hosts: all\n',
        Dockerfile: '# syntax=docker/dockerfile:1\nFROM ubuntu:24.04@sha256:0123 AS base\nFROM base\n',
      };
      for (const [rel, content] of Object.entries(extra)) {
        mkdirSync(path.dirname(path.join(tree, rel)), { recursive: true });
        writeFileSync(path.join(tree, rel), content);
      }
      const up = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { dataDir: data });
      const out = path.join(tmp.dir, 'out');
      execFileSync(process.execPath, [path.join(REPO_ROOT, 'scripts/extract-kubespray-data.mjs'), up.work, out], { encoding: 'utf8' });
      const want = files(path.join(KUBESPRAY_DATA, 'tags', 'v2.31.0')).filter((f) => f !== 'Dockerfile.FROM.txt').sort();
      const got = files(path.join(out, 'tags', 'v2.31.0')).filter((f) => f !== 'Dockerfile.FROM.txt').sort();
      expect(got).toEqual(want);
      // Every kind the README lists is there: top-level and playbooks/ playbooks, both inventory checks, the group-mapping role.
      for (const f of ['upgrade-cluster.yml', 'playbooks/upgrade_cluster.yml', 'roles/kubernetes/preinstall/tasks/0040-verify-settings.yml', 'roles/validate_inventory/tasks/main.yml', 'roles/dynamic_groups/tasks/main.yml']) {
        expect(got).toContain(f);
      }
      expect(readFileSync(path.join(out, 'tags', 'v2.31.0', 'Dockerfile.FROM.txt'), 'utf8')).toBe('FROM ubuntu:24.04@sha256:0123 AS base\n');
    } finally {
      tmp.cleanup();
    }
  });
});
