import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { changedFiles, parseNameStatusLines, summarizeChangedFiles } from '../../src/core/knowledge/changes/changed-files.js';
import { GitCommandManager } from '../../src/adapters/git/git-command-manager.js';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { KUBESPRAY_DATA } from '../support/paths.js';
import { makeTempDir } from '../support/tmp.js';

const CHANGES = path.join(KUBESPRAY_DATA, 'changes');
const pairs = readdirSync(CHANGES)
  .filter((f) => f.endsWith('.tsv'))
  .map((f) => {
    const text = readFileSync(path.join(CHANGES, f), 'utf8');
    const [from, to] = f.replace(/\.tsv$/, '').split('..') as [string, string];
    const header = text.split('\n')[0]!;
    const counts = Object.fromEntries([...header.matchAll(/(\w+)=(\d+)/g)].map((m) => [m[1]!, Number(m[2])]));
    const lines = text
      .split('\n')
      .slice(1)
      .filter((l) => l.trim())
      .map((l) => ({ status: l.split('\t')[0]!, path: l.split('\t')[1]! }));
    return { from, to, text, header, counts, lines };
  });

describe('changed-file grouping on the recorded upstream diffs', () => {
  it('has every consecutive pair of the 25 tags', () => {
    expect(pairs).toHaveLength(24);
  });

  it.each(pairs.map((p) => [`${p.from}..${p.to}`, p] as const))('%s: totals and statuses match the recorded header', (_, p) => {
    const files = parseNameStatusLines(p.text);
    expect(files).toHaveLength(p.counts.files!);
    const s = summarizeChangedFiles(files);
    expect(s.total).toBe(p.counts.files);
    for (const st of ['A', 'M', 'D', 'T']) expect(s.byStatus[st] ?? 0, st).toBe(p.counts[st]);
    // Areas are the five pathspecs of the recorded command, and together they cover every line.
    for (const area of Object.keys(s.byArea)) expect(['inventory', 'galaxy.yml', 'playbooks', 'roles', 'requirements.txt']).toContain(area);
    expect(Object.values(s.byArea).reduce((a, b) => a + b, 0)).toBe(p.counts.files);
    expect(s.byArea.roles ?? 0).toBe(p.lines.filter((l) => l.path.startsWith('roles/')).length);
    expect(s.byArea.inventory ?? 0).toBe(p.lines.filter((l) => l.path.startsWith('inventory/')).length);
    // Every roles/ line lands in exactly one role, and each role name is a directory prefix of its files.
    expect(Object.values(s.byRole).reduce((a, b) => a + b, 0)).toBe(p.lines.filter((l) => l.path.startsWith('roles/')).length);
    for (const role of Object.keys(s.byRole)) expect(p.lines.some((l) => l.path.startsWith(`roles/${role}/`)), role).toBe(true);
  });

  it('keeps nested roles apart (network_plugin/calico vs network_plugin/calico/rr) and names top-level ones', () => {
    const all = pairs.flatMap((p) => p.lines);
    const s = summarizeChangedFiles(parseNameStatusLines(pairs.map((p) => p.text).join('\n')));
    const under = (prefix: string) => all.filter((l) => l.path.startsWith(prefix)).length;
    // roles/network_plugin/calico/rr is a role of its own (it has tasks/), the rest of calico/ is the calico role.
    expect(under('roles/network_plugin/calico/rr/')).toBeGreaterThan(0);
    expect(s.byRole['network_plugin/calico/rr']).toBe(under('roles/network_plugin/calico/rr/'));
    expect(s.byRole['network_plugin/calico']).toBe(under('roles/network_plugin/calico/') - under('roles/network_plugin/calico/rr/'));
    expect(s.byRole['kubernetes/control-plane']).toBe(under('roles/kubernetes/control-plane/'));
    expect(s.byRole['etcd']).toBe(under('roles/etcd/'));
    // roles/container-engine has meta/, tasks/ and molecule/ of its own (8 recorded lines), besides its nested roles.
    expect(s.byRole['container-engine']).toBe(all.filter((l) => /^roles\/container-engine\/(meta|tasks|molecule)\//.test(l.path)).length);
    expect(s.byRole['container-engine']).toBe(8);
  });
});

describe('git diff between tags on a repo built from the data', () => {
  const tmp = makeTempDir('ksu-changes-');
  let up: KubesprayUpstream;
  beforeAll(() => {
    up = buildKubesprayUpstream(path.join(tmp.dir, 'up'));
  });
  afterAll(() => tmp.cleanup());

  // README: up to v2.22.2 requirements.txt is a symlink whose target's content the data stores
  // in its place, so git upstream sees no change to requirements.txt where the data does.
  const SYMLINKED = new Set(['v2.20.0', 'v2.21.0', 'v2.22.0', 'v2.22.1', 'v2.22.2']);
  const checkedPaths = new Set<string>();
  const inData = (tag: string, file: string) =>
    !(file === 'requirements.txt' && SYMLINKED.has(tag)) && existsSync(path.join(KUBESPRAY_DATA, 'tags', tag, file));

  it.each(pairs.map((p) => [`${p.from}..${p.to}`, p] as const))('%s: agrees with the recorded diff wherever the data covers the file', async (_, p) => {
    const git = new GitCommandManager(up.work);
    const got = await changedFiles(git, up.commits.get(p.from)!, up.commits.get(p.to)!);
    const gotByPath = new Map(got.map((f) => [f.path, f.status]));
    // The fixture repo holds only the data subset, so a recorded line is checkable only when
    // the data has the file on the side(s) its status needs. A type change (symlink ->
    // file) is content in the data, so it reads as a modification.
    let checked = 0;
    for (const l of p.lines) {
      const before = inData(p.from, l.path);
      const after = inData(p.to, l.path);
      const expected = l.status === 'A' && after ? 'A' : l.status === 'D' && before ? 'D' : l.status === 'M' && before && after ? 'M' : undefined;
      if (!expected) continue;
      expect(gotByPath.get(l.path), l.path).toBe(expected);
      checked++;
      checkedPaths.add(l.path);
    }
    // v2.22.0..v2.22.1 changes only files outside the data: then the fixture diff is empty.
    if (checked === 0) expect(got).toEqual([]);
    // Anything else the fixture reports must come from the data's partial coverage, never from a file the data has on both sides.
    const recorded = new Set(p.lines.map((l) => l.path));
    for (const f of got) {
      if (!recorded.has(f.path)) expect(inData(p.from, f.path) && inData(p.to, f.path), f.path).toBe(false);
    }
  });

  // The grown data set holds playbooks/ and the inventory checks, so their recorded lines are checked too.
  it('checked recorded lines in every area the data covers', () => {
    const checked = [...checkedPaths];
    for (const prefix of ['playbooks/', 'inventory/sample/', 'roles/kubespray', 'roles/validate_inventory/', 'roles/kubernetes/preinstall/tasks/', 'galaxy.yml', 'requirements.txt']) {
      expect(checked.some((p) => p.startsWith(prefix)), prefix).toBe(true);
    }
  });
});
