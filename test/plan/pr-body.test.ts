import { describe, expect, it } from 'vitest';
import { code, escapeCell, table } from '../../src/core/text/markdown.js';
import { renderPullRequestBody, type PrBodyInput } from '../../src/core/pull-request/pr-body.js';
import { pullRequestTitle } from '../../src/core/pull-request/pr-title.js';
import { renderChecklist } from '../../src/core/pull-request/pr-checklist.js';
import { PROVENANCE_MARKER, runUrlFrom } from '../../src/core/pull-request/pr-provenance.js';
import { SUITE_VERSION } from '../../src/actions/common/suite-version.js';
import type { SuiteConfig } from '../../src/core/config/suite-config.js';
import type { UpgradeReport } from '../../src/core/knowledge/upgrade-report-types.js';
import { codeSpanText, gfmCells } from '../support/gfm-table.js';
import { readFileSync } from 'node:fs';

const known = (value: string) => ({ known: true as const, value });

function report(over: Partial<UpgradeReport> = {}): UpgradeReport {
  return {
    schemaVersion: 1,
    from: 'v2.24.1',
    to: 'v2.25.1',
    components: { kube_version: { from: known('v1.28.6'), to: known('v1.29.5'), effectiveFrom: known('v1.28.6'), effectiveTo: known('v1.29.5') } },
    supportedKubeVersions: { from: [], to: [] },
    changedFiles: [],
    changedFilesSummary: { total: 0, byArea: {}, byRole: {}, byStatus: {} },
    hazards: [],
    ...over,
  };
}

const config = (over: Partial<Pick<SuiteConfig, 'clusters' | 'images' | 'upgrade'>> = {}) => ({
  clusters: [],
  images: { defaultRule: true, rules: [], exclude: [] },
  upgrade: {},
  ...over,
});

function input(over: Partial<PrBodyInput> = {}): PrBodyInput {
  return {
    report: report(),
    releaseNotes: [{ tag: 'v2.25.0', body: '## Highlights\n\n* calico', url: 'https://github.com/kubernetes-sigs/kubespray/releases/tag/v2.25.0' }, { tag: 'v2.25.1' }],
    notes: { fetched: true },
    kubesprayWebUrl: 'https://github.com/kubernetes-sigs/kubespray',
    kubesprayRepository: 'kubernetes-sigs/kubespray',
    submodulePath: 'kubespray',
    imageChanges: [],
    rewrittenPins: [],
    marker: '<!-- m -->',
    config: config(),
    provenance: { suiteVersion: '0.1.0', baseSha: 'a'.repeat(40) },
    ...over,
  };
}

const rowsOf = (body: string, heading: string) => {
  const lines = body.slice(body.indexOf(heading)).split('\n');
  const start = lines.findIndex((l) => l.startsWith('| '));
  const end = lines.findIndex((l, i) => i > start && !l.startsWith('|'));
  return lines.slice(start + 2, end);
};

describe('table cells and code spans', () => {
  it.each([
    ['C:\\path\\to'],
    ['a|b'],
    ['a\\|b'],
    ['x\\\\|y'],
    ['`tick`'],
    ['has `` two'],
    ['*not emphasis* _nor_ this'],
    [' spaced '],
  ])('%j keeps the table shape and shows exactly in its code span', (value) => {
    const row = table(['a', 'b'], [[code(value), 'x']]).split('\n')[2]!;
    const cells = gfmCells(row);
    expect(cells).toHaveLength(2);
    const shown = codeSpanText(cells[0]!);
    // GFM cannot show a backslash right before a pipe inside a table exactly; the shape still holds.
    if (/\\\|/.test(value)) expect(shown?.replace(/\\\\/g, '\\')).toBe(value);
    else expect(shown).toBe(value);
  });

  it('does not double backslashes', () => {
    expect(escapeCell('`C:\\dir`')).toBe('`C:\\dir`');
  });

  it('a longer fence for values holding backticks', () => {
    expect(code('a ``b`` c')).toBe('```a ``b`` c```');
    expect(code('`x`')).toBe('`` `x` ``');
  });
});

describe('inventory drift', () => {
  it('values sit in code spans, so * and _ are not emphasis, and backslashes are not doubled', () => {
    const drift = {
      sample: {
        added: [{ variable: 'new_var', file: 'inventory/sample/group_vars/all/all.yml', to: '*_x_*' }],
        removed: [],
        changed: [{ variable: 'path_var', file: 'inventory/sample/group_vars/all/all.yml', from: 'C:\\old', to: 'a|`b`' }],
        moved: [],
        filesAdded: [],
        filesRemoved: [],
      },
      maybeObsolete: [],
      staleSampleValues: [],
    };
    const body = renderPullRequestBody(input({ report: report({ inventoryDrift: drift }) }));
    const rows = rowsOf(body, '### Inventory drift').map(gfmCells);
    expect(rows).toHaveLength(2);
    expect(rows.every((r) => r.length === 5)).toBe(true);
    expect(codeSpanText(rows[0]![4]!)).toBe('*_x_*');
    expect(codeSpanText(rows[1]![3]!)).toBe('C:\\old');
    expect(codeSpanText(rows[1]![4]!)).toBe('a|`b`');
    expect(body).not.toContain('\\\\');
  });
});

describe('release notes', () => {
  it('are collapsed in <details> under headings linked to the release', () => {
    const body = renderPullRequestBody(input());
    expect(body).toContain('#### [v2.25.0](https://github.com/kubernetes-sigs/kubespray/releases/tag/v2.25.0)\n\n<details><summary>Release notes of v2.25.0</summary>\n\n## Highlights');
    expect(body).not.toContain('<blockquote>');
    // A tag without a release still links to where its release would be.
    expect(body).toContain('#### [v2.25.1](https://github.com/kubernetes-sigs/kubespray/releases/tag/v2.25.1)\n\nNo GitHub release was found for `v2.25.1`.');
  });

  it('without a token the body says the notes were not fetched, not that there is no release', () => {
    const body = renderPullRequestBody(input({ notes: { fetched: false, why: 'this dry run has no github-token' }, releaseNotes: [{ tag: 'v2.25.0' }, { tag: 'v2.25.1' }] }));
    expect(body).toContain('Release notes were not fetched: this dry run has no github-token.');
    expect(body).not.toContain('No GitHub release was found');
    expect(body).toContain('#### [v2.25.1](https://github.com/kubernetes-sigs/kubespray/releases/tag/v2.25.1)');
  });
});

describe('hazard locations', () => {
  const hazard = { id: 'kube-version-pinned', severity: 'warning' as const, message: 'pinned', file: 'inventory/my cluster/group_vars/k8s.yml', line: 12 };
  const upstream = { id: 'x', severity: 'notice' as const, message: 'upstream', file: 'kubespray/roles/x.yml', line: 3 };
  it('link to the hop commit blob at that line, only for files of this repo', () => {
    const links = { webUrl: 'https://github.example/platform/cluster', commit: 'c'.repeat(40), linkable: (f: string) => !f.startsWith('kubespray/') };
    const body = renderPullRequestBody(input({ report: report({ hazards: [hazard, upstream] }), links }));
    expect(body).toContain(`[\`inventory/my cluster/group_vars/k8s.yml:12\`](https://github.example/platform/cluster/blob/${'c'.repeat(40)}/inventory/my%20cluster/group_vars/k8s.yml#L12)`);
    expect(body).toContain('| `kubespray/roles/x.yml:3` |');
  });
  it('stay plain code when the repository is unknown', () => {
    const body = renderPullRequestBody(input({ report: report({ hazards: [hazard] }) }));
    expect(body).toContain('| `inventory/my cluster/group_vars/k8s.yml:12` |');
  });
});

describe('checklist from the config', () => {
  const image = [{ file: 'images/kubespray/build', line: 1, before: 'a', after: 'b', rule: 'r' }];
  it('one cluster on a local runner: no staging, production or image build', () => {
    const text = renderChecklist({ report: report(), config: config({ clusters: [{ name: 'lab', inventory: 'inventory/lab', environment: 'lab', runsOn: ['self-hosted'], wave: 1 }] }), imageChanges: image });
    expect(text).not.toMatch(/staging|production|image/i);
    expect(text).toContain('upgrades `lab` and verifies it.');
    expect(text).toContain("runner's Python environment");
  });
  it('waves of clusters in a container: the image build and each wave in order', () => {
    const clusters = [
      { name: 'prod-a', inventory: 'inventory/a', environment: 'production', runsOn: [], wave: 2 },
      { name: 'stage', inventory: 'inventory/s', environment: 'stage', runsOn: [], wave: 1 },
    ];
    const text = renderChecklist({ report: report(), config: config({ clusters, upgrade: { runner: 'container', 'etcd-backup': false } }), imageChanges: image });
    expect(text).toContain("Build and push the team's Kubespray image with the updated build script for `v2.25.1`.");
    expect(text).toContain('upgrades and verifies wave 1: `stage`; then wave 2: `prod-a` (environment `production`)');
    expect(text).not.toContain('backs up etcd');
    expect(text).not.toContain("runner's Python environment");
  });
  it('errors and drift appear only when there are some', () => {
    const quiet = renderChecklist({ report: report(), config: config(), imageChanges: [] });
    expect(quiet).not.toMatch(/drift|points of interest/);
    const loud = renderChecklist({ report: report({ hazards: [{ id: 'a', severity: 'error', message: 'm' }] }), config: config(), imageChanges: [] });
    expect(loud).toContain('Resolve the 1 error in the points of interest');
  });
});

describe('provenance and title', () => {
  it('the footer names the suite version, the action ref, the base commit and the run', () => {
    const body = renderPullRequestBody(input({ provenance: { suiteVersion: '0.1.0', actionRef: 'b'.repeat(40), baseSha: 'a'.repeat(40), runUrl: 'https://github.example/platform/cluster/actions/runs/42' } }));
    const footer = body.slice(body.indexOf(PROVENANCE_MARKER));
    expect(body.endsWith(footer)).toBe(true);
    expect(footer).toContain(`kubespray-upgrade-actions 0.1.0 at commit ${'b'.repeat(12)} from base commit ${'a'.repeat(12)} in [this run](https://github.example/platform/cluster/actions/runs/42)`);
    expect(body.indexOf('### Checklist')).toBeLessThan(body.indexOf(PROVENANCE_MARKER));
  });
  it('the run link comes from the runner variables', () => {
    expect(runUrlFrom({ GITHUB_SERVER_URL: 'https://ghe.example/', GITHUB_REPOSITORY: 'o/r', GITHUB_RUN_ID: '7' })).toBe('https://ghe.example/o/r/actions/runs/7');
    expect(runUrlFrom({ GITHUB_REPOSITORY: 'o/r' })).toBeUndefined();
  });
  it('the suite version is the package version', () => {
    expect(SUITE_VERSION).toBe(JSON.parse(readFileSync('package.json', 'utf8')).version);
  });
  it('the title names the Kubernetes minor change the cluster gets', () => {
    expect(pullRequestTitle(report())).toBe('Bump Kubespray from v2.24.1 to v2.25.1 (Kubernetes 1.28 → 1.29)');
    const held = report({ components: { kube_version: { from: known('v1.28.6'), to: known('v1.29.5'), effectiveFrom: known('v1.28.6'), effectiveTo: known('v1.28.6') } } });
    expect(pullRequestTitle(held)).toBe('Bump Kubespray from v2.24.1 to v2.25.1');
    expect(pullRequestTitle(report({ components: { kube_version: { from: known('v1.29.1'), to: known('v1.29.5'), effectiveFrom: known('v1.29.1'), effectiveTo: known('v1.29.5') } } }))).toBe('Bump Kubespray from v2.24.1 to v2.25.1');
  });
});
