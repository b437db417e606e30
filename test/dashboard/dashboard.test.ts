import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { REPO, startFixture, type Fixture } from '../github/fixtures.js';
import { updateDashboard } from '../../src/core/dashboard/dashboard-issue.js';
import { applyUpdate, parseFleetData, serialiseFleetData } from '../../src/core/dashboard/fleet-data.js';
import { DASHBOARD_MARKER, renderDashboard, renderFleetTable } from '../../src/core/dashboard/render.js';
import { fleetClusters, hazardsOf } from '../../src/core/dashboard/fleet-clusters.js';
import { gfmCells } from '../support/gfm-table.js';
import { detectRecords } from '../../src/core/dashboard/detect-records.js';
import type { DetectResult } from '../../src/core/releases/detect/detect-release.js';
import type { ForkInfo } from '../../src/core/releases/detect/fork-release.js';
import { parseReleaseTag } from '../../src/core/releases/versions/release-version.js';

const LABEL = 'kubespray-upgrade-dashboard';
let f: Fixture;
beforeAll(async () => {
  f = await startFixture();
});
afterAll(() => f.close());
beforeEach(() => {
  f.fake.repo(REPO).issues.length = 0;
});

const detect = { clusters: ['prod', 'stage'], records: ['prod', 'stage'].map((name) => ({ name, pinnedKubespray: 'v2.24.1', pinnedKubernetes: 'v1.28.6', hopsBehind: 3, latest: 'v2.27.1' })) };
const issues = () => f.fake.repo(REPO).issues.filter((i) => i.state === 'open');

describe('the fleet dashboard issue', () => {
  it('is created once, updated in place, and a rerun writes nothing', async () => {
    const h = f.helper();
    let mark = f.fake.requests.length;
    const first = await updateDashboard(h, LABEL, detect);
    expect(first.operation).toBe('created');
    expect(f.since(mark)).toEqual([`GET /repos/${REPO}/issues`, `POST /repos/${REPO}/issues`, `GET /repos/${REPO}/issues`]);
    expect(issues()).toHaveLength(1);
    expect(issues()[0]!.labels).toEqual([LABEL]);

    mark = f.fake.requests.length;
    const again = await updateDashboard(h, LABEL, detect);
    expect(again.operation).toBe('unchanged');
    expect(f.since(mark)).toEqual([`GET /repos/${REPO}/issues`]);
    const before = issues()[0]!.body;

    // Another action adds its part for one cluster; the other cluster's row is kept.
    const upgraded = await updateDashboard(h, LABEL, { records: [{ name: 'stage', runningKubespray: 'v2.24.1', runningKubernetes: 'v1.28.6', upgrade: { status: 'succeeded', to: 'v2.24.1', url: 'https://github.com/platform/cluster/actions/runs/9', at: '2026-12-01T10:00:00Z' } }] });
    expect(upgraded.operation).toBe('updated');
    expect(issues()).toHaveLength(1);
    expect(issues()[0]!.body).not.toBe(before);
    const rows = issues()[0]!.body!.split('\n').filter((l) => l.startsWith('| `'));
    expect(rows).toHaveLength(2);
    expect(rows.map((r) => gfmCells(r).length)).toEqual([8, 8]);
    expect(rows[1]).toContain('[✅ succeeded](https://github.com/platform/cluster/actions/runs/9) to `v2.24.1`, 2026-12-01 10:00 UTC');
    expect(rows[0]).toContain('| `v2.24.1` / not reported |');
    expect(upgraded.data.clusters.find((c) => c.name === 'prod')!.hopsBehind).toBe(3);
  });

  it('is never duplicated: a run that created a second one closes it and writes into the first', async () => {
    const h = f.helper();
    await updateDashboard(h, LABEL, detect);
    // Another run created its own between this run's list and create: simulate by listing nothing the first time.
    let calls = 0;
    const racing = { ...h, listOpenIssues: async (label: string) => (calls++ === 0 ? [] : h.listOpenIssues(label)), createIssue: h.createIssue.bind(h), updateIssue: h.updateIssue.bind(h), getIssue: h.getIssue.bind(h) };
    const r = await updateDashboard(racing, LABEL, { records: [{ name: 'prod', hazards: 4 }] });
    expect(r.operation).toBe('updated');
    expect(issues()).toHaveLength(1);
    expect(r.number).toBe(issues()[0]!.number);
    expect(parseFleetData(issues()[0]!.body!).clusters.find((c) => c.name === 'prod')!.hazards).toBe(4);
  });

  it('ignores pull requests and unmarked issues with the label', async () => {
    const h = f.helper();
    f.fake.state.repos.get(REPO)!.issues.push({ number: 900, title: 'mine', body: 'not the dashboard', state: 'open', author: 'alice', labels: [LABEL], createdAt: '', updatedAt: '' });
    const r = await updateDashboard(h, LABEL, detect);
    expect(r.operation).toBe('created');
    expect(issues().filter((i) => i.body?.includes(DASHBOARD_MARKER))).toHaveLength(1);
  });
});

describe('fleet data', () => {
  it('survives a round trip, and a hostile edit cannot inject fields, links or table cells', () => {
    const data = applyUpdate({ clusters: [] }, { records: [{ name: 'a|b`c', environment: '-->', pullRequest: { number: 3, url: 'https://x/pull/3', to: 'v2.25.1' } }] });
    expect(parseFleetData(renderDashboard(data))).toEqual(data);
    // Key order does not matter: the same data is the same text.
    const stamps = data.clusters[0]!.stamps!;
    const reordered = { clusters: [{ stamps: { pullRequest: stamps.pullRequest, environment: stamps.environment }, pullRequest: { to: 'v2.25.1', url: 'https://x/pull/3', number: 3 }, environment: '-->', name: 'a|b`c' }] };
    expect(serialiseFleetData(reordered)).toBe(serialiseFleetData(data));
    const evil = Buffer.from(JSON.stringify({ clusters: [{ name: 'x', hazards: -1, pullRequest: { number: 1, url: 'javascript:alert(1)', to: 'v1' }, extra: 'y' }, 'junk'] })).toString('base64');
    expect(parseFleetData(`<!-- kubespray-upgrade-actions fleet-data ${evil} -->`)).toEqual({ clusters: [{ name: 'x' }] });
    expect(parseFleetData('<!-- kubespray-upgrade-actions fleet-data !!notbase64 -->')).toEqual({ clusters: [] });
    expect(serialiseFleetData(data)).not.toMatch(/-->.*-->/);
    const row = renderFleetTable(data).split('\n')[2]!;
    expect(gfmCells(row)).toHaveLength(8);
  });

  it('shows a fork next to the release it is counted as, and forgets it once the submodule is upstream again', () => {
    const fork = applyUpdate({ clusters: [] }, { at: '2026-12-01T00:00:00Z', records: [{ name: 'a', pinnedKubespray: 'v2.25.1', pinnedFork: 'acme/kubespray, 3 own commit(s) on v2.25.1' }] });
    expect(renderFleetTable(fork).split('\n')[2]).toContain('| `a` | `v2.25.1` (fork `acme/kubespray, 3 own commit(s) on v2.25.1`) / not reported |');
    const upstream = applyUpdate(parseFleetData(renderDashboard(fork)), { at: '2026-12-02T00:00:00Z', records: [{ name: 'a', pinnedKubespray: 'v2.25.1', pinnedFork: '' }] });
    expect(upstream.clusters[0]!.pinnedFork).toBeUndefined();
    expect(renderFleetTable(upstream)).not.toContain('fork');
    // A rerun with nothing new writes the same body: '' on a record without a fork changes nothing.
    const again = applyUpdate(parseFleetData(renderDashboard(upstream)), { at: '2026-12-03T00:00:00Z', records: [{ name: 'a', pinnedKubespray: 'v2.25.1', pinnedFork: '' }] });
    expect(renderDashboard(again)).toBe(renderDashboard(upstream));
  });

  it("detect records a fork's own tag, or its own commits on the release it is counted as", () => {
    const base = parseReleaseTag('v2.25.1')!;
    const result = (fork?: Partial<ForkInfo>) => ({ current: base, latest: parseReleaseTag('v2.27.1')!, path: [], ...(fork ? { fork: { repository: { host: 'github.com', path: 'acme/kubespray' }, base, ownCommits: 3, ...fork } } : {}) }) as unknown as DetectResult;
    const kube = { current: { known: false } } as never;
    const one = [{ name: 'a', inventory: 'inventory/a' }] as never;
    expect(detectRecords(result({}), kube, one).records[0]!.pinnedFork).toBe('acme/kubespray, 3 own commit(s) on v2.25.1');
    expect(detectRecords(result({ pinTag: 'v2.25.1-acme.2' }), kube, one).records[0]!.pinnedFork).toBe('acme/kubespray v2.25.1-acme.2');
    expect(detectRecords(result(), kube, one).records[0]!.pinnedFork).toBe('');
  });

  it('a merged PR (the pin reached its target) leaves the open PR column', () => {
    const withPr = applyUpdate({ clusters: [] }, { records: [{ name: 'a', pinnedKubespray: 'v2.24.1', pullRequest: { number: 3, url: 'https://x/pull/3', to: 'v2.25.1' } }] });
    expect(withPr.clusters[0]!.pullRequest).toBeDefined();
    expect(applyUpdate(withPr, { records: [{ name: 'a', pinnedKubespray: 'v2.25.1' }] }).clusters[0]!.pullRequest).toBeUndefined();
  });

  it('clusters come from the config, else one per inventory; hazards count per inventory', () => {
    const clusters = fleetClusters({ clusters: [] }, ['inventory/a', 'inventory/b']);
    expect(clusters.map((c) => c.name)).toEqual(['a', 'b']);
    const hazards = [
      { id: 'x', severity: 'warning' as const, message: '', file: 'inventory/a/group_vars/all.yml' },
      { id: 'y', severity: 'notice' as const, message: '' },
    ];
    expect(hazardsOf(clusters[0]!, clusters, hazards)).toBe(2);
    expect(hazardsOf(clusters[1]!, clusters, hazards)).toBe(1);
  });
});

describe('two runs updating the dashboard at once', () => {
  it('lose no row: both read the same body, both write, and the run whose write was replaced merges and writes again', async () => {
    const h = f.helper();
    await updateDashboard(h, LABEL, detect, { settleMs: 0 });
    const issue = issues()[0]!;
    const mark = f.fake.requests.length;
    // Both reads see the same body before either run writes; both read-backs happen after both writes.
    f.fake.holds.add({ method: 'GET', path: new RegExp(`^/repos/${REPO}/issues$`), count: 2 });
    f.fake.holds.add({ method: 'GET', path: new RegExp(`^/repos/${REPO}/issues/${issue.number}$`), count: 2 });
    const upgrade = { status: 'succeeded', to: 'v2.25.1', at: '2026-12-01T10:00:00Z' };
    const verify = { result: 'passed', at: '2026-12-01T11:00:00Z' };
    const [a, b] = await Promise.all([
      updateDashboard(f.helper(), LABEL, { records: [{ name: 'prod', runningKubespray: 'v2.25.1', upgrade }] }, { settleMs: 0 }),
      updateDashboard(f.helper(), LABEL, { records: [{ name: 'stage', verify }] }, { settleMs: 0 }),
    ]);
    const log = f.fake.requests.slice(mark);
    const lists = log.filter((q) => q.method === 'GET' && q.path.endsWith('/issues'));
    const writes = log.filter((q) => q.method === 'PATCH');
    // The race really happened: both reads were answered before the first write arrived.
    expect(lists).toHaveLength(2);
    expect(Math.max(...lists.map((q) => q.endedAt))).toBeLessThan(writes[0]!.startedAt);
    // One run found its write replaced and wrote again.
    expect(writes.length).toBe(3);
    expect([a.operation, b.operation]).toEqual(['updated', 'updated']);
    const data = parseFleetData(issues()[0]!.body!);
    expect(data.clusters.find((c) => c.name === 'prod')).toMatchObject({ runningKubespray: 'v2.25.1', upgrade, hopsBehind: 3 });
    expect(data.clusters.find((c) => c.name === 'stage')).toMatchObject({ verify, hopsBehind: 3 });
    // And a rerun of either leaves it exactly as it is.
    const body = issues()[0]!.body;
    const again = await updateDashboard(f.helper(), LABEL, { records: [{ name: 'stage', verify }] }, { settleMs: 0 });
    expect(again.operation).toBe('unchanged');
    expect(issues()[0]!.body).toBe(body);
  });

  it('gives up after a bounded number of writes when other runs keep replacing the body, saying what to do', async () => {
    const h = f.helper();
    await updateDashboard(h, LABEL, detect, { settleMs: 0 });
    const issue = f.fake.repo(REPO).issues.find((i) => i.state === 'open')!;
    const stale = issue.body!;
    // Another writer that always puts the old body back after each of ours.
    const stubborn = { ...h, listOpenIssues: h.listOpenIssues.bind(h), createIssue: h.createIssue.bind(h), updateIssue: h.updateIssue.bind(h), getIssue: async (n: number) => {
      issue.body = stale;
      return h.getIssue(n);
    } };
    await expect(updateDashboard(stubborn, LABEL, { records: [{ name: 'prod', hazards: 9 }] }, { settleMs: 0, attempts: 2 })).rejects.toThrow(/rewritten by other runs 2 times .* Give the workflows one concurrency group/);
  });
});

describe('merging records field by field', () => {
  const at = (t: string) => `2026-12-01T${t}:00.000Z`;
  it('a value read later wins over one read earlier, whichever run writes last', () => {
    const newer = applyUpdate({ clusters: [] }, { at: at('11:00'), records: [{ name: 'prod', verify: { result: 'passed', at: at('11:00') } }] });
    const older = applyUpdate(newer, { at: at('10:00'), records: [{ name: 'prod', verify: { result: 'failed', at: at('10:00') }, hazards: 2 }] });
    expect(older.clusters[0]).toMatchObject({ verify: { result: 'passed' }, hazards: 2 });
    expect(applyUpdate(older, { at: at('12:00'), records: [{ name: 'prod', verify: { result: 'failed', at: at('12:00') } }] }).clusters[0]!.verify!.result).toBe('failed');
  });
  it('an equal value keeps its stamp, so the body does not change on a rerun; stamps survive a round trip', () => {
    const one = applyUpdate({ clusters: [] }, { at: at('10:00'), records: [{ name: 'prod', hazards: 2 }] });
    const two = applyUpdate(one, { at: at('11:00'), records: [{ name: 'prod', hazards: 2 }] });
    expect(serialiseFleetData(two)).toBe(serialiseFleetData(one));
    expect(parseFleetData(renderDashboard(two)).clusters[0]!.stamps).toEqual({ hazards: at('10:00') });
  });
});
