import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import path from 'node:path';
import { buildKubesprayUpstream, type KubesprayUpstream } from '../support/kubespray-upstream.js';
import { makeTempDir } from '../support/tmp.js';
import { git } from '../support/git.js';
import { GitCommandManager } from '../../src/adapters/git/git-command-manager.js';
import { gitTreeSource, loadKubesprayDefaults } from '../../src/core/knowledge/defaults/index.js';
import { LATER_HOPS_STUDIED, studyLaterHops } from '../../src/core/pull-request/path-hazards.js';
import { renderUpgradePath } from '../../src/core/pull-request/pr-path-diagram.js';
import { parseMermaid, mermaidBlocks, type Flowchart } from '../support/mermaid-check.js';

// Real Kubespray history from the data set: what each later hop changes is read from its tag.
const tmp = makeTempDir('ksu-path-');
let upstream: KubesprayUpstream;
beforeAll(() => {
  upstream = buildKubesprayUpstream(path.join(tmp.dir, 'up'));
});
afterAll(() => tmp.cleanup());

const hop = (tag: string) => ({ tag, commit: upstream.commits.get(tag)! });
const chart = (text: string) => parseMermaid(mermaidBlocks(text)[0]!) as Flowchart;

describe('later hops of the upgrade path', () => {
  it('are marked with their Kubernetes minor change and a kube_version pin they cannot install; a missing tag is "not studied"', async () => {
    const g = new GitCommandManager(upstream.work);
    const after = { tag: 'v2.25.1', defaults: await loadKubesprayDefaults(gitTreeSource(g, upstream.commits.get('v2.25.1')!)) };
    const later = await studyLaterHops(g, after, [hop('v2.26.1'), hop('v2.27.1'), { tag: 'v2.28.1', commit: 'f'.repeat(40) }, hop('v2.29.1')], undefined);
    expect(later.map((h) => [h.tag, h.studied])).toEqual([['v2.26.1', true], ['v2.27.1', true], ['v2.28.1', false], ['v2.29.1', false]]);
    // Each Kubespray minor of this history moves Kubernetes one minor (v2.25 → 1.29, v2.26 → 1.30, v2.27 → 1.31).
    expect(later[0]!.marks).toContain('Kubernetes 1.29 → 1.30');
    expect(later[1]!.marks).toContain('Kubernetes 1.30 → 1.31');

    // A kube_version pin: every later tag that cannot install it says so, and the pin holds Kubernetes there.
    // (v2.25.1 installs 1.27.0–1.29.x, v2.26.1 1.28.0–1.30.x.)
    const pinned = await studyLaterHops(g, after, [hop('v2.26.1'), hop('v2.27.1')], 'v1.27.5');
    expect(pinned[0]!.marks).toEqual(['cannot install the pinned kube_version v1.27.5']);
    expect(pinned[1]!.marks).toEqual(['cannot install the pinned kube_version v1.27.5']);
    const fine = await studyLaterHops(g, after, [hop('v2.26.1')], 'v1.29.5');
    expect(fine[0]!.marks).toEqual([]);

    const text = renderUpgradePath('v2.24.1', ['v2.25.1', 'v2.26.1', 'v2.27.1', 'v2.28.1', 'v2.29.1'], [], later);
    const c = chart(text);
    expect(c.nodes.get('n2')).toBe('v2.26.1: Kubernetes 1.29 → 1.30');
    expect(c.nodes.get('n4')).toBe('v2.28.1: not studied');
    expect(c.classes.get('hazard')).toEqual(['n2', 'n3']);
    expect(c.classes.get('unstudied')).toEqual(['n4', 'n5']);
    expect(text).toContain('no hazard shown does not mean none');
    expect(text).toContain('Later hops were checked only for');
  });

  it('studies at most LATER_HOPS_STUDIED later hops, whatever the clone holds', async () => {
    const g = new GitCommandManager(upstream.work);
    const after = { tag: 'v2.25.1', defaults: await loadKubesprayDefaults(gitTreeSource(g, upstream.commits.get('v2.25.1')!)) };
    const later = await studyLaterHops(g, after, ['v2.26.1', 'v2.27.1', 'v2.28.1', 'v2.29.1'].map(hop), undefined);
    expect(later.map((h) => h.studied)).toEqual([true, true, true, false]);
    expect(LATER_HOPS_STUDIED).toBe(3);
  });

  it('without any later study, every later hop says "not studied" rather than looking clean', () => {
    const c = chart(renderUpgradePath('v2.24.1', ['v2.25.1', 'v2.26.1'], []));
    expect(c.nodes.get('n2')).toBe('v2.26.1 (latest): not studied');
    expect(c.classes.get('hop')).toEqual(['n1']);
  });
});
