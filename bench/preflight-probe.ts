// Child process of bench/preflight-scale.ts: runs one part of run-upgrade against the
// fake API in the parent and prints one JSON line with its time and this process's peak RSS.
// A process of its own, so the figure is the client's memory, not the fake's.
import { readFileSync } from 'node:fs';
import { peakRssMb } from './peak-rss.js';
import { createKubeApi } from '../src/adapters/kube/client-kube-api.js';
import { keepYoungGenerationSmall } from '../src/adapters/young-generation.js';
import { drainChecks } from '../src/core/upgrade/drain-checks.js';
import { readSnapshotAndDrainFacts } from '../src/core/upgrade/drain-facts.js';
import type { DrainSettings } from '../src/core/upgrade/drain-settings.js';
import { UpgradeLock } from '../src/core/upgrade/lock.js';
import { readNodeProblems } from '../src/core/upgrade/node-checks.js';
import { evaluatePreflight } from '../src/core/upgrade/preflight.js';
import { StateStore } from '../src/core/upgrade/state-store.js';
import { Redactor } from '../src/core/text/redact.js';

interface ProbeArgs {
  kubeconfig: string;
  mode: 'preflight' | 'batch';
  controlPlanes: string[];
  workers: string[];
  batch: string[];
  target: string;
}

const NAMESPACE = 'kube-system';
// As run-upgrade's entrypoint does before preflight.
keepYoungGenerationSmall();
const args = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as ProbeArgs;
const kube = createKubeApi({ kubeconfig: args.kubeconfig });
// Kubespray's role defaults (v2.26 roles/upgrade/pre-upgrade/defaults/main.yml).
const settings: DrainSettings = {
  drainNodes: true,
  gracePeriodSeconds: '-1',
  timeout: '360s',
  podSelector: '',
  retries: '3',
  fallbackEnabled: false,
  alwaysCordon: false,
  failIfDrainFails: true,
  sources: {},
};
const baseRss = process.memoryUsage().rss;
const t0 = performance.now();
const cpu0 = process.cpuUsage();
let summary: string[];
if (args.mode === 'preflight') {
  const all = [...args.controlPlanes, ...args.workers];
  const hosts = { controlPlane: args.controlPlanes, etcd: args.controlPlanes, workers: args.workers, nodeName: new Map(all.map((n) => [n, n])) };
  // The Kubernetes reads of the orchestrator's preflight, in parallel as it makes them.
  const reads = readSnapshotAndDrainFacts(kube);
  const [holder, snapshot, previous, drain] = await Promise.all([
    new UpgradeLock(kube, NAMESPACE, 'bench', 60).inspect(),
    reads.snapshot,
    new StateStore(kube, NAMESPACE, new Redactor()).load(),
    reads.drain,
  ]);
  const checks = evaluatePreflight({
    snapshot,
    kubesprayTarget: 'v2.26.0',
    kubernetesTarget: { known: true, value: args.target },
    previous,
    appliedBefore: { known: true, tag: 'v2.25.1', source: 'state', detail: 'recorded by the bench' },
    resuming: false,
    lock: { mode: 'inspected', holder, self: 'bench' },
    hosts,
    namespace: NAMESPACE,
    etcdBackup: true,
    retryNodes: new Set(),
  });
  checks.push(...drainChecks({ settings, drain, nodes: snapshot.nodes, upgradeNodes: new Set(all), previous }));
  summary = checks.map((c) => `${c.id}=${c.result}`);
} else {
  const problems = await readNodeProblems(kube, args.batch, args.target);
  summary = [`${args.batch.length} nodes, ${problems.length} problem(s)`];
}
const ms = performance.now() - t0;
const used = process.cpuUsage(cpu0);
const cpuMs = (used.user + used.system) / 1000;
console.log(JSON.stringify({ ms, cpuMs, peakRssMb: peakRssMb(), baseRssMb: baseRss / 2 ** 20, summary }));
