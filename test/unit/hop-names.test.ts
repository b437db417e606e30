/**
 * The branch a hop from a fork pin gets must be a valid ref for every fork tag the fork reader
 * accepts (semver's pre-release alphabet), including ones ending in `.lock`, which git refuses
 * at the end of a ref component. Checked by git itself.
 */
import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { hopBranch, hopFrom } from '../../src/core/pull-request/hop-names.js';
import { suffixScheme } from '../../src/core/releases/detect/fork-release.js';

const validRef = (ref: string) => {
  try {
    execFileSync('git', ['check-ref-format', ref], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
};

describe('hop branch names from a fork pin', () => {
  const tags = ['v2.26.0-acme.1', 'v2.26.0-x.lock', 'v2.26.0-lock', 'v2.26.0-a-.-b', 'v2.26.0-0.0.0', 'v2.26.0-Acme-Prod.12'];
  it.each(tags)('%s gives a valid, stable branch name', (tag) => {
    // Each is a tag the fork reader takes as a fork tag, so it can reach the branch name.
    expect(suffixScheme(tag)).toBeDefined();
    const branch = hopBranch('kubespray-upgrade/', 'v2.27.1', tag);
    expect(branch).toBe(`kubespray-upgrade/${tag}-to-v2.27.1`);
    expect(validRef(`refs/heads/${branch}`)).toBe(true);
  });

  it('upstream and follow-fork-tags keep <prefix><to>', () => {
    expect(hopBranch('kubespray-upgrade/', 'v2.27.1')).toBe('kubespray-upgrade/v2.27.1');
    expect(validRef('refs/heads/kubespray-upgrade/v2.26.0-x.lock')).toBe(false);
  });

  it('an untagged fork pin is named by its short commit id', () => {
    const fork = { pinTag: undefined, followTags: false, base: { tag: 'v2.26.0' } } as unknown as Parameters<typeof hopFrom>[1];
    expect(hopFrom('v2.26.0', fork, '0123456789abcdef0123456789abcdef01234567')).toEqual({ label: '0123456789ab (fork of v2.26.0)', key: '0123456789ab', forkPin: '0123456789ab' });
  });
});
