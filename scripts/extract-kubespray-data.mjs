#!/usr/bin/env node
// Builds the per-tag Kubespray data set the tests read (the layout of
// ../shared/kubespray-data/README.md) from a full clone of kubernetes-sigs/kubespray, so CI
// outside this workplace (GitHub) can run the same tests.
//
//   node scripts/extract-kubespray-data.mjs <kubespray clone> <out dir> [--since vX.Y.Z] [--until vX.Y.Z]
import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const flag = (name) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : undefined;
};
const since = flag('--since') ?? 'v2.20.0';
const until = flag('--until');
const [repo, out] = args;
if (!repo || !out) {
  console.error('usage: extract-kubespray-data.mjs <kubespray clone> <out dir> [--since vX.Y.Z] [--until vX.Y.Z]');
  process.exit(2);
}

const git = (a, opts = {}) => execFileSync('git', ['-C', repo, ...a], { maxBuffer: 256 * 1024 * 1024, ...opts });
const text = (a) => git(a, { encoding: 'utf8' });
const parse = (t) => t.slice(1).split('.').map(Number);
const cmp = (a, b) => {
  const [x, y] = [parse(a), parse(b)];
  for (let i = 0; i < 3; i++) if (x[i] !== y[i]) return x[i] - y[i];
  return 0;
};

const tags = text(['tag', '-l', 'v*'])
  .split('\n')
  .filter((t) => /^v\d+\.\d+\.\d+$/.test(t) && cmp(t, since) >= 0 && (!until || cmp(t, until) <= 0))
  .sort(cmp);
if (tags.length === 0) throw new Error(`no release tags between ${since} and ${until ?? 'now'} in ${repo}`);

const ROLE_DIRS = ['roles/kubespray-defaults/defaults', 'roles/kubespray-defaults/vars', 'roles/kubespray_defaults/defaults', 'roles/kubespray_defaults/vars'];
const EXACT = ['roles/kubernetes-apps/argocd/defaults/main.yml', 'requirements.txt', 'galaxy.yml'];
// Whole directories: the group-name mapping role (v2.29.0 on) and the inventory checks role (v2.28.0 on).
const WHOLE = ['roles/dynamic_groups', 'roles/validate_inventory'];
// Top-level YAML files that are not playbooks.
const NOT_PLAYBOOKS = new Set(['_config.yml', 'galaxy.yml']);
const isTopLevelPlaybook = (f) => !f.includes('/') && f.endsWith('.yml') && !f.startsWith('.') && !NOT_PLAYBOOKS.has(f);
const isPlaybooksDirEntry = (f) => /^playbooks\/[^/]+\.yml$/.test(f);
const isInventoryCheck = (f) => /^roles\/kubernetes\/preinstall\/tasks\/[^/]*-verify-settings\.yml$/.test(f);

function entries(tag, paths) {
  const raw = text(['ls-tree', '-r', '-z', tag, '--', ...paths]);
  return parseTree(raw);
}

/** The files at the top of the tree (`git ls-tree` without `-r`). */
function topLevel(tag) {
  return parseTree(text(['ls-tree', '-z', tag]));
}

function parseTree(raw) {
  return raw
    .split('\0')
    .filter(Boolean)
    .map((r) => {
      const [meta, file] = r.split('\t');
      const [mode, type, oid] = meta.split(' ');
      return { mode, type, oid, file };
    })
    .filter((e) => e.type === 'blob');
}

function blob(tag, e) {
  // A symlink (requirements.txt up to v2.22.2) is stored as the content of its target.
  if (e.mode === '120000') {
    const target = path.posix.normalize(path.posix.join(path.posix.dirname(e.file), git(['cat-file', 'blob', e.oid], { encoding: 'utf8' })));
    return git(['show', `${tag}:${target}`]);
  }
  return git(['cat-file', 'blob', e.oid]);
}

const lines = [];
for (const tag of tags) {
  const commit = text(['rev-parse', `${tag}^{commit}`]).trim();
  const date = text(['log', '-1', '--format=%cI', commit]).trim();
  lines.push(`${tag}\t${commit}\t${date}`);
  const dir = path.join(out, 'tags', tag);
  const wanted = [
    ...entries(tag, ROLE_DIRS).filter((e) => /\.ya?ml$/.test(e.file)),
    ...entries(tag, ['roles/download/defaults']),
    ...entries(tag, ['inventory/sample']),
    ...entries(tag, EXACT),
    ...entries(tag, WHOLE),
    ...topLevel(tag).filter((e) => isTopLevelPlaybook(e.file)),
    ...entries(tag, ['playbooks']).filter((e) => isPlaybooksDirEntry(e.file)),
    ...entries(tag, ['roles/kubernetes/preinstall/tasks']).filter((e) => isInventoryCheck(e.file)),
    // cri-o's role default matters only where it sets crio_version (v2.20.0).
    ...entries(tag, ['roles/container-engine/cri-o/defaults/main.yml']).filter((e) => /^crio_version:/m.test(blob(tag, e).toString('utf8'))),
  ];
  for (const e of wanted) {
    mkdirSync(path.dirname(path.join(dir, e.file)), { recursive: true });
    writeFileSync(path.join(dir, e.file), blob(tag, e));
  }
  const dockerfile = entries(tag, ['Dockerfile'])[0];
  if (dockerfile) {
    const from = blob(tag, dockerfile).toString('utf8').split('\n').find((l) => /^FROM\s/i.test(l));
    if (from) writeFileSync(path.join(dir, 'Dockerfile.FROM.txt'), `${from}\n`);
  }
}
mkdirSync(out, { recursive: true });
writeFileSync(path.join(out, 'tags.tsv'), lines.join('\n') + '\n');

mkdirSync(path.join(out, 'changes'), { recursive: true });
for (let i = 1; i < tags.length; i++) {
  const [from, to] = [tags[i - 1], tags[i]];
  const diff = text(['diff', '--name-status', '--no-renames', from, to, '--', 'inventory', 'galaxy.yml', 'playbooks', 'roles', 'requirements.txt']);
  const rows = diff.split('\n').filter(Boolean);
  const count = (s) => rows.filter((r) => r.startsWith(`${s}\t`)).length;
  const header = `# ${from}..${to}\tfiles=${rows.length}\tA=${count('A')}\tM=${count('M')}\tD=${count('D')}\tT=${count('T')}`;
  writeFileSync(path.join(out, 'changes', `${from}..${to}.tsv`), [header, ...rows].join('\n') + '\n');
}
console.log(`extracted ${tags.length} tags (${tags[0]} .. ${tags.at(-1)}) into ${out}`);
