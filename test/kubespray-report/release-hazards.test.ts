import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ansibleRequirementChanged } from '../../src/core/knowledge/hazards/release-hazards.js';
import { localDivergence } from '../../src/core/knowledge/hazards/local-divergence.js';
import { KUBESPRAY_DATA } from '../support/paths.js';
import { readDataTags, versionOrder } from '../support/kubespray-upstream.js';

const tags = versionOrder(readDataTags().map((t) => t.tag));
const requirements = (tag: string) => readFileSync(path.join(KUBESPRAY_DATA, 'tags', tag, 'requirements.txt'), 'utf8');
/** The ansible lines exactly as written, which is what decides the runner image. */
const ansibleLines = (tag: string) =>
  requirements(tag)
    .split('\n')
    .filter((l) => /^ansible(-core)?\s*[=<>~!]/.test(l))
    .join('\n');

describe('ansible-requirement-changed on every consecutive pair', () => {
  it.each(tags.slice(1).map((to, i) => [tags[i]!, to] as const))('%s -> %s', (from, to) => {
    const h = ansibleRequirementChanged(from, to, requirements(from), requirements(to));
    if (ansibleLines(from) === ansibleLines(to)) {
      expect(h).toBeUndefined();
    } else {
      expect(h).toMatchObject({ id: 'ansible-requirement-changed', severity: 'warning', file: `${to}:requirements.txt` });
      const line = requirements(to).split('\n').findIndex((l) => l.startsWith('ansible==')) + 1;
      expect(h!.line).toBe(line);
      for (const l of ansibleLines(to).split('\n')) expect(h!.message).toContain(l.trim());
      expect(h!.message).toMatch(/rebuild/);
    }
  });

  it('fires where the data shows a change: v2.22.2 -> v2.23.0 drops ansible-core and moves ansible 5.7.1 -> 7.6.0', () => {
    const h = ansibleRequirementChanged('v2.22.2', 'v2.23.0', requirements('v2.22.2'), requirements('v2.23.0'))!;
    expect(h.message).toContain('ansible==5.7.1, ansible-core==2.12.5');
    expect(h.message).toContain('to ansible==7.6.0 (v2.23.0)');
  });
});

describe('local-divergence', () => {
  const A = 'a'.repeat(40);
  const B = 'b'.repeat(40);
  it('is an error when the gitlink is not the from tag', () => {
    const h = localDivergence('v2.24.1', { path: 'kubespray', gitlink: A, fromCommit: B });
    expect(h).toHaveLength(1);
    expect(h[0]).toMatchObject({ id: 'local-divergence', severity: 'error', file: 'kubespray' });
    expect(h[0]!.message).toContain('aaaaaaaaaaaa');
    expect(h[0]!.message).toContain('v2.24.1 (bbbbbbbbbbbb)');
  });
  it('is a warning listing local changes when the submodule is dirty', () => {
    const h = localDivergence('v2.24.1', { path: 'kubespray', gitlink: A, fromCommit: A, statusPorcelain: ' M roles/etcd/tasks/main.yml\n?? local.txt\n' });
    expect(h).toEqual([expect.objectContaining({ id: 'local-divergence', severity: 'warning' })]);
    expect(h[0]!.message).toContain('2 local changes (M roles/etcd/tasks/main.yml, ?? local.txt)');
  });
  it('says nothing for a clean submodule exactly at the tag', () => {
    expect(localDivergence('v2.24.1', { gitlink: A, fromCommit: A, statusPorcelain: '' })).toEqual([]);
  });
});
