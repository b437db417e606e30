import { describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { loadSuiteConfig, parseSuiteConfig } from '../../src/core/config/suite-config.js';

describe('suite config', () => {
  it('a repo without a config file gets the defaults', () => {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'ksu-cfg-'));
    try {
      const c = loadSuiteConfig(dir);
      expect(c.source).toBeUndefined();
      expect(c.pullRequest.branchPrefix).toBe('kubespray-upgrade/');
      expect(c.images.defaultRule).toBe(true);
      expect(c.clusters).toEqual([]);
      expect(() => loadSuiteConfig(dir, 'missing.yml')).toThrow(/config file "missing.yml" does not exist/);
      mkdirSync(path.join(dir, '.github'));
      writeFileSync(path.join(dir, '.github', 'kubespray-upgrade.yml'), 'pull-request:\n  labels: [upgrade]\n');
      expect(loadSuiteConfig(dir).pullRequest.labels).toEqual(['upgrade']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reads a fleet with waves and fills cluster defaults', () => {
    const c = parseSuiteConfig(
      [
        'version: 1',
        'clusters:',
        '  - name: staging',
        '    inventory: inventory/staging',
        '    runs-on: [self-hosted, staging]',
        '  - name: prod-eu',
        '    inventory: inventory/prod-eu',
        '    environment: production',
        '    wave: 2',
        'images:',
        '  rules:',
        '    - files: ["images/**"]',
        '      match: "KUBESPRAY_TAG=(?<version>v[0-9.]+)"',
        'upgrade:',
        '  worker-batch-size: "25%"',
      ].join('\n'),
      'cfg.yml',
    );
    expect(c.clusters).toEqual([
      { name: 'staging', inventory: 'inventory/staging', environment: 'staging', runsOn: ['self-hosted', 'staging'], wave: 1 },
      { name: 'prod-eu', inventory: 'inventory/prod-eu', environment: 'production', runsOn: ['self-hosted'], wave: 2 },
    ]);
    expect(c.images.rules[0]!.match.flags).toContain('d');
    expect(c.upgrade['worker-batch-size']).toBe('25%');
  });

  it('reports every problem at once with its line', () => {
    const text = ['pull-request:', '  lables: [x]', '  draft: maybe', 'clusters:', '  - inventory: inv', 'upgrade:', '  strategy: yolo', 'images:', '  rules:', '    - match: "no group"'].join('\n');
    let message = '';
    try {
      parseSuiteConfig(text, 'cfg.yml');
    } catch (e) {
      message = (e as Error).message;
    }
    expect(message).toContain('cfg.yml:2: unknown key "lables" in pull-request (did you mean "labels"?)');
    expect(message).toContain('cfg.yml:3: pull-request.draft must be true or false');
    expect(message).toContain('cfg.yml:5: clusters[0] needs "name"');
    expect(message).toContain('cfg.yml:7: upgrade.strategy must be one of phased, single; got "yolo"');
  });

  it('takes the minute keys as the inputs do: any plain number above 0', () => {
    const c = parseSuiteConfig(['upgrade:', '  node-timeout-minutes: 45', '  image-pull-timeout-minutes: 0.5'].join('\n'), 'cfg.yml');
    expect(c.upgrade).toMatchObject({ 'node-timeout-minutes': 45, 'image-pull-timeout-minutes': 0.5 });
    for (const bad of ['0', '-3', '1e-7', '"20"', '.nan']) {
      expect(() => parseSuiteConfig(`upgrade:\n  node-timeout-minutes: ${bad}\n`, 'cfg.yml')).toThrow('cfg.yml:2: upgrade.node-timeout-minutes must be a number above 0 written plainly, like 20 or 1.5');
    }
  });

  it('rejects a rule without a version group, invalid YAML and duplicate clusters', () => {
    expect(() => parseSuiteConfig('images:\n  rules:\n    - match: "kubespray:v.*"\n', 'c.yml')).toThrow(/named group \(\?<version>/);
    expect(() => parseSuiteConfig('a: [\n', 'c.yml')).toThrow(/invalid YAML/);
    expect(() => parseSuiteConfig('clusters:\n  - {name: a, inventory: x}\n  - {name: a, inventory: y}\n', 'c.yml')).toThrow(/unique; repeated: a/);
  });
});
