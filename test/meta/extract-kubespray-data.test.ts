import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { readFileSync, readdirSync, statSync } from 'node:fs';
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
  });
});
