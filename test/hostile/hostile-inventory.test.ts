import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { buildClusterRepo, runnerCheckout } from '../support/cluster-repo.js';
import { errorAnnotations, runAction } from '../support/run-action.js';
import { buildKubernetesTagsRepo, patchSeries } from '../support/kubernetes-tags.js';
import { isWrite } from '../support/fake-github/index.js';
import { planFixture } from '../plan-upgrade/fixture.js';
import { makeTempDir } from '../support/tmp.js';
import { aliasBombYaml } from '../support/hostile.js';

/** Links in the team's inventory that lead out of the repo or round in a loop, and an alias bomb, read by detect-release and plan-upgrade. */
const tmp = makeTempDir('ksu-inventory-links-');
const SECRET = 'outside-secret-5b1e77';
let upstream: KubesprayUpstream;
let k8sUrl: string;
let outsideFile: string;
let outsideDir: string;

beforeAll(() => {
  k8sUrl = buildKubernetesTagsRepo(tmp.dir, [...patchSeries(1, 28, 6), ...patchSeries(1, 29, 10)]);
  upstream = buildKubesprayUpstream(path.join(tmp.dir, 'up'), { tags: ['v2.24.1', 'v2.25.1'] });
  outsideFile = path.join(tmp.dir, 'outside.yml');
  writeFileSync(outsideFile, `kube_version: v1.28.99\nleaked_value: ${SECRET}\n`);
  outsideDir = path.join(tmp.dir, 'outside-dir');
  mkdirSync(outsideDir);
  writeFileSync(path.join(outsideDir, 'main.yml'), `leaked_value: ${SECRET}\n: not yaml [\n`);
});
afterAll(() => tmp.cleanup());

const groupVars = (checkout: string) => path.join(checkout, 'inventory', 'mycluster', 'group_vars');
const LINKS: Array<[string, (checkout: string) => void, RegExp]> = [
  ['a linked file', (c) => symlinkSync(outsideFile, path.join(groupVars(c), 'all', 'linked.yml')), /inventory\/mycluster\/group_vars\/all\/linked\.yml is a symbolic link to a path outside the repository/],
  ['a linked directory', (c) => symlinkSync(outsideDir, path.join(groupVars(c), 'extra')), /inventory\/mycluster\/group_vars\/extra is a symbolic link to a path outside the repository/],
  ['a looping link', (c) => symlinkSync('..', path.join(groupVars(c), 'all', 'loop')), /inventory\/mycluster\/group_vars\/all\/loop is a symbolic link loop/],
  ['an alias-bomb group_vars', (c) => writeFileSync(path.join(groupVars(c), 'all', 'bomb.yml'), aliasBombYaml()), /group_vars\/all\/bomb\.yml: YAML aliases expand to [\d,]+ nodes/],
];

let n = 0;
describe('detect-release with a hostile inventory', () => {
  it.each(LINKS)('%s is refused with one error naming the file, quoting nothing behind it', async (_name, link, message) => {
    const root = path.join(tmp.dir, `d${n++}`);
    mkdirSync(root);
    const checkout = runnerCheckout(buildClusterRepo(root, { upstream, tag: 'v2.24.1' }), path.join(root, 'runner'));
    link(checkout);
    const r = await runAction('detect-release', { path: checkout, 'kubernetes-repository': k8sUrl });
    expect(r.exitCode, r.stdout).toBe(1);
    expect(errorAnnotations(r.stdout).join('\n')).toMatch(message);
    for (const text of [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)]) expect(text).not.toContain(SECRET);
    expect(r.outputs['next-version'] ?? '').toBe('');
  });
});

describe('plan-upgrade with a hostile inventory', () => {
  it.each(LINKS)('%s is refused: nothing pushed, nothing written to GitHub, nothing quoted', async (_name, link, message) => {
    const f = await planFixture(path.join(tmp.dir, `p${n++}`), upstream, { tag: 'v2.24.1', target: 'v2.25.1' });
    try {
      link(f.checkout);
      const before = f.originRefs();
      const r = await f.run();
      expect(r.exitCode, r.stdout).toBe(1);
      expect(errorAnnotations(r.stdout).join('\n')).toMatch(message);
      for (const text of [r.stdout, r.stderr, r.summary, JSON.stringify(r.outputs)]) expect(text).not.toContain(SECRET);
      expect(f.originRefs()).toBe(before);
      expect(f.fake.requests.filter(isWrite)).toEqual([]);
    } finally {
      await f.close();
    }
  });
});
