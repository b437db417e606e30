import { describe, expect, it } from 'vitest';
import { compareKubeVersions } from '../../src/core/knowledge/defaults/index.js';
import type { ScopedDefinition } from '../../src/core/knowledge/inventory/load-inventory.js';
import { varsFileDefinitions } from '../../src/core/knowledge/inventory/variable-definitions.js';
import { kubeVersionPinned } from '../../src/core/knowledge/hazards/kube-version-pinned.js';
import { componentPinned } from '../../src/core/knowledge/hazards/component-pinned.js';
import { pinScopeHazards } from '../../src/core/knowledge/hazards/pin-scope.js';
import { kubernetesStep } from '../../src/core/knowledge/hazards/release-hazards.js';

/** A definition as the inventory loader makes it, from one line of YAML. */
function def(line: string, scope: ScopedDefinition['scope'] = { kind: 'group', name: 'all', origin: 'group_vars' }): ScopedDefinition {
  return { ...varsFileDefinitions(`${line}\n`, 'group_vars/all/pins.yml')[0]!, scope };
}

// A made-up target in the v2.28+ style: no leading v, newest first.
const supported = ['1.32.5', '1.32.4', '1.31.9', '1.31.8', '1.30.0'];
const ctx = { to: 'v9.0.0', targetDefault: '1.32.5', supported, compare: compareKubeVersions };

describe('kube-version-pinned outcomes', () => {
  it('equal to the default: a notice to delete the line', () => {
    const h = kubeVersionPinned(def('kube_version: 1.32.5'), ctx);
    expect(h).toMatchObject({ severity: 'notice', fix: 'delete-line' });
    expect(h.suggestion).toBeUndefined();
  });
  it('above the default and supported: a notice, nothing to fix', () => {
    const h = kubeVersionPinned(def('kube_version: 1.32.5'), { ...ctx, targetDefault: '1.31.9' });
    expect(h).toMatchObject({ severity: 'notice' });
    expect(h.fix).toBeUndefined();
  });
  it('held more than one minor behind the default: replace with the newest patch one minor up, not the default', () => {
    const h = kubeVersionPinned(def("kube_version: '1.30.0'"), ctx);
    expect(h).toMatchObject({ severity: 'warning', fix: 'replace-line', suggestion: "kube_version: '1.31.9'" });
  });
  it('a template cannot be checked: a warning saying so', () => {
    const h = kubeVersionPinned(def('kube_version: "{{ lookup(\'env\', \'K\') }}"'), ctx);
    expect(h).toMatchObject({ severity: 'warning' });
    expect(h.message).toContain('cannot read');
  });
  it('uses what runs, when given, for the regression check and the recommendation', () => {
    const h = kubeVersionPinned(def('kube_version: 1.31.8'), { ...ctx, running: '1.31.9' });
    expect(h).toMatchObject({ severity: 'error', fix: 'delete-line', suggestion: 'kube_version: 1.32.5' });
  });
});

describe('component-pinned outcomes', () => {
  const tables = [{ table: 'containerd_archive_checksums', versions: ['2.0.5', '2.0.4', '1.7.27'] }];
  it('a version the checksums list, older than the default: warning', () => {
    expect(componentPinned('containerd_version', def('containerd_version: 1.7.27'), { to: 'v9.0.0', targetDefault: '2.0.5', checksumTables: tables })).toMatchObject({
      severity: 'warning',
      suggestion: 'containerd_version: 2.0.5',
    });
  });
  it('a templated pin is not reported as missing from the checksums', () => {
    const h = componentPinned('containerd_version', def('containerd_version: "{{ my_containerd }}"'), { to: 'v9.0.0', targetDefault: '2.0.5', checksumTables: tables });
    expect(h).toMatchObject({ severity: 'notice' });
    expect(h!.message).toContain('template');
  });
  it('no checksum table and no known default: nothing to say', () => {
    expect(componentPinned('cilium_version', def('cilium_version: 1.15.4'), { to: 'v9.0.0', checksumTables: [] })).toBeUndefined();
  });
});

describe('pin scope', () => {
  it('agreeing definitions in several groups are no hazard', () => {
    const a = def('etcd_version: 3.5.16');
    const b = def('etcd_version: 3.5.16', { kind: 'group', name: 'etcd', origin: 'group_vars' });
    expect(pinScopeHazards('etcd_version', [a, b], b)).toEqual([]);
  });
});

describe('kubernetes step', () => {
  it('one minor is fine, two is a skip, lower is a downgrade, unknown says nothing', () => {
    expect(kubernetesStep('v9', 'v1.30.4', '1.31.9', compareKubeVersions)).toBeUndefined();
    expect(kubernetesStep('v9', 'v1.30.4', '1.32.5', compareKubeVersions)).toMatchObject({ id: 'kubernetes-minor-skip' });
    expect(kubernetesStep('v9', '1.31.9', '1.31.8', compareKubeVersions)).toMatchObject({ id: 'kubernetes-downgrade' });
    expect(kubernetesStep('v9', undefined, '1.31.8', compareKubeVersions)).toBeUndefined();
  });
});
