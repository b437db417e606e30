import { describe, expect, it } from 'vitest';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { openGit } from '../../src/adapters/git/git-command-manager.js';
import { forkTargetHazard, targetOnFork } from '../../src/core/releases/detect/fork-target.js';
import type { ForkInfo } from '../../src/core/releases/detect/fork-release.js';

// A fork whose remote exists as a path but is no repository: git ls-remote fails without a
// connection error, the case that must not be read as "the fork lacks the commit".
describe('the fork-target check when the fork cannot be listed', () => {
  const target = { tag: 'v2.27.1', commit: 'a'.repeat(40) } as const;
  const notARepo = mkdtempSync(path.join(os.tmpdir(), 'ksu-not-a-repo-'));
  const fork = {
    repository: { host: 'github.com', owner: 'acme', name: 'kubespray' },
    url: `file://${notARepo}`,
    upstreamUrl: 'https://github.com/kubernetes-sigs/kubespray.git',
    forkTags: [],
    history: openGit(mkdtempSync(path.join(os.tmpdir(), 'ksu-history-'))),
  } as unknown as ForkInfo;

  it('is unchecked, and its hazard says to check by hand rather than claim the commit is missing', async () => {
    const found = await targetOnFork(fork, target as never);
    expect(found).toEqual({ kind: 'unchecked', exitCode: expect.any(Number) });
    const hazard = forkTargetHazard(fork, target as never, found, 'kubespray')!;
    expect(hazard).toMatchObject({ id: 'fork-target-unchecked', severity: 'warning', file: 'kubespray' });
    expect(hazard.message).toContain('could not be checked');
    expect(hazard.message).not.toContain('does not have');
  });
});
