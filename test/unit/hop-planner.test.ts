import { describe, expect, it } from 'vitest';
import { explainDisallowedTarget, nextHop, nextMajor, upgradePath } from '../../src/core/releases/versions/hop-planner.js';
import { parseReleaseTag, type ReleaseVersion } from '../../src/core/releases/versions/release-version.js';
import { readDataTags } from '../support/kubespray-upstream.js';

const v = (t: string): ReleaseVersion => {
  const r = parseReleaseTag(t);
  if (!r) throw new Error(`bad tag ${t}`);
  return r;
};
const real = readDataTags().map((t) => v(t.tag));

describe('parseReleaseTag', () => {
  it.each(['v2.24.1', 'v10.0.0', 'v2.25.0-rc.1', 'v1.0.0-alpha-2'])('accepts %s', (t) => expect(parseReleaseTag(t)?.tag).toBe(t));
  it.each(['2.24.1', 'v2.24', 'v2.24.1.1', 'v02.24.1', 'v2.24.1+build', 'release-2.24', 'v2.24.x', ' v2.24.1', 'v2.24.1-'])(
    'rejects %s',
    (t) => expect(parseReleaseTag(t)).toBeUndefined(),
  );
  it('marks pre-releases', () => expect(v('v2.25.0-rc.1').prerelease).toBe(true));
});

describe('nextHop on the real tag list', () => {
  // Written out by hand from tags.tsv: the highest patch of each minor line.
  const highestPatch: Record<string, string> = {
    '2.20': 'v2.20.0', '2.21': 'v2.21.0', '2.22': 'v2.22.2', '2.23': 'v2.23.3', '2.24': 'v2.24.3', '2.25': 'v2.25.1',
    '2.26': 'v2.26.1', '2.27': 'v2.27.1', '2.28': 'v2.28.1', '2.29': 'v2.29.1', '2.30': 'v2.30.0', '2.31': 'v2.31.0',
  };
  it.each(real.map((r) => [r.tag]))('from %s goes to the highest patch of the next minor', (tag) => {
    const cur = v(tag);
    const next = nextHop(cur, real);
    const nextLine = `${cur.major}.${cur.minor + 1}`;
    const expected = highestPatch[nextLine] ?? (highestPatch[`${cur.major}.${cur.minor}`] !== tag ? highestPatch[`${cur.major}.${cur.minor}`] : undefined);
    expect(next?.tag).toBe(expected);
  });

  it('never goes backwards and never skips a minor along the whole path', () => {
    const path = upgradePath(v('v2.20.0'), real).map((r) => r.tag);
    expect(path).toEqual(['v2.21.0', 'v2.22.2', 'v2.23.3', 'v2.24.3', 'v2.25.1', 'v2.26.1', 'v2.27.1', 'v2.28.1', 'v2.29.1', 'v2.30.0', 'v2.31.0']);
  });

  it('never crosses a major boundary on its own: a major change is only an explicit target', () => {
    const tags = ['v2.31.0', 'v2.31.2', 'v3.0.0', 'v3.0.1', 'v3.1.0'].map(v);
    expect(upgradePath(v('v2.31.0'), tags).map((r) => r.tag)).toEqual(['v2.31.2']);
    expect(upgradePath(v('v2.31.2'), tags)).toEqual([]);
    expect(nextHop(v('v2.31.2'), tags)).toBeUndefined();
    expect(nextMajor(v('v2.31.2'), tags)?.tag).toBe('v3.0.1');
    // Explicitly: only from the newest line of 2.x, and only to the first 3.x line.
    expect(explainDisallowedTarget(v('v2.31.2'), v('v3.0.1'), tags)).toBeUndefined();
    expect(explainDisallowedTarget(v('v2.31.2'), v('v3.1.0'), tags)).toMatch(/the one allowed major hop is v3\.0\.1/);
    expect(explainDisallowedTarget(v('v2.24.1'), v('v99.0.0'), [...real, v('v99.0.0')])).toMatch(/new major version; finish 2\.x first \(next is v2\.25\.1\)/);
    expect(upgradePath(v('v2.31.0'), [...real, v('v99.0.0')])).toEqual([]);
  });

  it('is independent of input order', () => {
    const shuffled = [...real].reverse();
    expect(nextHop(v('v2.22.1'), shuffled)?.tag).toBe('v2.23.3');
  });
});

describe('explainDisallowedTarget', () => {
  it('accepts exactly the next hop', () => {
    expect(explainDisallowedTarget(v('v2.24.1'), v('v2.25.1'), real)).toBeUndefined();
  });
  it('refuses a skipped minor and names it', () => {
    expect(explainDisallowedTarget(v('v2.24.1'), v('v2.26.0'), real)).toMatch(/skips the v2\.25 line.*next is v2\.25\.1/);
  });
  it('refuses a regression', () => {
    expect(explainDisallowedTarget(v('v2.24.1'), v('v2.23.3'), real)).toMatch(/older than the current v2\.24\.1.*cannot downgrade/);
  });
  it('refuses a lower patch of the next minor', () => {
    expect(explainDisallowedTarget(v('v2.24.1'), v('v2.25.0'), real)).toMatch(/not the next safe hop.*v2\.25\.1/);
  });
  it('refuses the current version', () => {
    expect(explainDisallowedTarget(v('v2.24.1'), v('v2.24.1'), real)).toMatch(/nothing to upgrade/);
  });
});

describe('upgradePath agrees with repeated nextHop', () => {
  it('on random release sets', () => {
    let seed = 7;
    const rnd = (n: number) => ((seed = (seed * 1103515245 + 12345) % 2 ** 31), seed % n);
    for (let round = 0; round < 200; round++) {
      const tags = new Set<string>();
      for (let i = 0; i < 30; i++) tags.add(`v${1 + rnd(2)}.${rnd(6)}.${rnd(4)}${rnd(5) === 0 ? `-rc.${rnd(3)}` : ''}`);
      const all = [...tags].map(v);
      const current = all[rnd(all.length)]!;
      const slow: string[] = [];
      for (let at = nextHop(current, all); at; at = nextHop(at, all)) slow.push(at.tag);
      expect(upgradePath(current, all).map((r) => r.tag)).toEqual(slow);
    }
  });
});
