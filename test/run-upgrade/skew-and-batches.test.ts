import { describe, expect, it } from 'vitest';
import { allowedKubeletLag, apiserverSpreadProblem, kubeletSkewProblem, skewDuring, skewNow } from '../../src/core/upgrade/skew.js';
import { hostsPerBatch, parseBatchSize, serialValue, splitIntoBatches } from '../../src/core/upgrade/batches.js';
import type { NodeView } from '../../src/core/upgrade/cluster-snapshot.js';

const node = (name: string, kubeletVersion: string): NodeView => ({ name, kubeletVersion, ready: true, unschedulable: false });
const api = (version: string, source = `pod/kube-apiserver-${version}`) => ({ source, version });

describe('version skew policy', () => {
  it('allows kubelets up to three minors older, two when the kubelet is older than 1.25', () => {
    expect(allowedKubeletLag('v1.25.0')).toBe(3);
    expect(allowedKubeletLag('v1.24.17')).toBe(2);
    expect(kubeletSkewProblem('n', 'v1.26.3', 'v1.29.1')).toBeUndefined();
    expect(kubeletSkewProblem('n', 'v1.25.3', 'v1.29.1')).toBe('n: kubelet v1.25.3 is 4 minors behind apiserver v1.29.1 (at most 3 allowed)');
    expect(kubeletSkewProblem('n', 'v1.24.3', 'v1.27.0')).toBe('n: kubelet v1.24.3 is 3 minors behind apiserver v1.27.0 (at most 2 allowed)');
    expect(kubeletSkewProblem('n', 'v1.24.3', 'v1.26.0')).toBeUndefined();
  });

  it('refuses a kubelet newer than the apiserver, patch level included', () => {
    expect(kubeletSkewProblem('n', 'v1.29.2', 'v1.29.1')).toBe('n: kubelet v1.29.2 is newer than apiserver v1.29.1');
    expect(kubeletSkewProblem('n', '1.29.1', 'v1.29.1')).toBeUndefined();
  });

  it('keeps HA apiservers within one minor', () => {
    expect(apiserverSpreadProblem([api('v1.28.6', 'a'), api('v1.29.10', 'b')])).toBeUndefined();
    expect(apiserverSpreadProblem([api('v1.30.1', 'b'), api('v1.28.6', 'a')])).toBe('HA apiservers are 2 minors apart: a at v1.28.6, b at v1.30.1 (at most 1 allowed)');
  });

  it('checks every kubelet against every apiserver now', () => {
    const problems = skewNow([api('v1.28.6', 'a'), api('v1.29.1', 'b')], [node('w1', 'v1.28.6'), node('w2', 'v1.29.1')]);
    expect(problems).toEqual(['w2: kubelet v1.29.1 is newer than apiserver v1.28.6']);
  });

  it('checks the kubelets upgraded last against the target apiserver', () => {
    const nodes = [node('cp', 'v1.28.6'), node('w-old', 'v1.26.0'), node('w-ok', 'v1.27.3')];
    const problems = skewDuring([api('v1.28.6')], nodes, 'v1.29.10', new Set(['w-old', 'w-ok']));
    // Three minors behind the new apiserver is still within policy; the control plane node is upgraded first.
    expect(problems).toEqual([]);
    expect(skewDuring([api('v1.28.6')], [node('w-old', 'v1.25.9')], 'v1.29.10', new Set(['w-old']))).toEqual([
      'w-old: kubelet v1.25.9 is 4 minors behind apiserver v1.29.10 (at most 3 allowed) once the control plane is at v1.29.10, until its batch runs',
    ]);
    expect(skewDuring([api('v1.27.3')], [], 'v1.29.10', new Set())).toEqual(['pod/kube-apiserver-v1.27.3 at v1.27.3 and an upgraded apiserver at v1.29.10 would be 2 minors apart']);
  });
});

describe('worker batches', () => {
  it('parses counts and percentages', () => {
    expect(parseBatchSize(undefined)).toEqual({ percent: 20 });
    expect(parseBatchSize(' 3 ')).toEqual({ count: 3 });
    expect(parseBatchSize('33.5%')).toEqual({ percent: 33.5 });
    for (const bad of ['0', '-1', '0%', '101%', 'ten', '2 hosts']) expect(() => parseBatchSize(bad)).toThrow(/worker-batch-size/);
  });

  it('rounds a percentage down like Ansible serial, never below one host', () => {
    expect(hostsPerBatch({ percent: 20 }, 12)).toBe(2);
    expect(hostsPerBatch({ percent: 20 }, 4)).toBe(1);
    expect(hostsPerBatch({ percent: 50 }, 5)).toBe(2);
    expect(hostsPerBatch({ count: 10 }, 3)).toBe(10);
  });

  it('splits hosts in inventory order', () => {
    expect(splitIntoBatches(['a', 'b', 'c', 'd', 'e'], { count: 2 })).toEqual([['a', 'b'], ['c', 'd'], ['e']]);
    expect(splitIntoBatches([], { percent: 20 })).toEqual([]);
    expect(serialValue({ percent: 20 })).toBe('20%');
    expect(serialValue({ count: 3 })).toBe(3);
  });
});
