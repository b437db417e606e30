import { describe, expect, it } from 'vitest';
import { bumpGitmodulesBranch, keptBranchNote } from '../../src/core/managers/gitmodules-branch.js';

const modules = (branch: string, name = 'kubespray') =>
  `[submodule "docs/theme"]\n\tpath = docs/theme\n\turl = https://example.com/theme.git\n\tbranch = v2.24.1\n` +
  `[submodule "${name}"]\n\tpath = kubespray\n\turl = https://github.com/kubernetes-sigs/kubespray.git\n${branch}`;

describe('the .gitmodules branch line moves with the hop', () => {
  it('rewrites a branch line naming the pinned tag, in the Kubespray submodule only, keeping the rest byte for byte', () => {
    const text = modules('\tbranch = v2.24.1\n');
    const r = bumpGitmodulesBranch(text, 'kubespray', 'v2.24.1', 'v2.25.1');
    expect(r.text).toBe(text.replace(/\tbranch = v2\.24\.1\n$/, '\tbranch = v2.25.1\n'));
    expect(r.change).toEqual({ line: 8, before: '\tbranch = v2.24.1', after: '\tbranch = v2.25.1' });
    expect(r.kept).toBeUndefined();
  });

  it('keeps the quoting and the missing v of the line it rewrites', () => {
    expect(bumpGitmodulesBranch(modules('  branch = "2.24.1" # pinned\n'), 'kubespray', 'v2.24.1', 'v2.25.1').change?.after).toBe('  branch = "2.25.1" # pinned');
  });

  it('finds a submodule whose name is quoted with escapes', () => {
    expect(bumpGitmodulesBranch(modules('\tbranch = v2.24.1\n', 'vendor\\"k'), 'vendor"k', 'v2.24.1', 'v2.25.1').change?.line).toBe(8);
  });

  it('leaves a real branch (release-2.24, master, .) as it is and says why', () => {
    for (const value of ['release-2.24', 'master', '.']) {
      const text = modules(`\tbranch = ${value}\n`);
      const r = bumpGitmodulesBranch(text, 'kubespray', 'v2.24.1', 'v2.25.1');
      expect(r.text).toBe(text);
      expect(r.change).toBeUndefined();
      expect(r.kept).toEqual({ line: 8, value });
      expect(keptBranchNote(r.kept!, 'v2.24.1', 'v2.25.1')).toContain(`branch = ${value} for the submodule: it names a branch, not the pinned tag v2.24.1`);
    }
  });

  it('says nothing when the submodule has no branch line', () => {
    expect(bumpGitmodulesBranch(modules(''), 'kubespray', 'v2.24.1', 'v2.25.1')).toEqual({ text: modules('') });
  });
});
