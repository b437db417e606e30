import { controlPlaneCheck } from './control-plane.js';
import { dnsCheck } from './dns.js';
import { nodesCheck } from './nodes.js';
import { podNetworkCheck } from './pod-network.js';
import { regressionCheck } from './regression.js';
import { systemPodsCheck } from './system-pods.js';
import type { Check, CheckName } from './types.js';
import { versionsCheck } from './versions.js';
import { workloadCheck } from './workload.js';

export const CHECKS: Record<CheckName, Check> = {
  nodes: nodesCheck,
  versions: versionsCheck,
  'control-plane': controlPlaneCheck,
  'system-pods': systemPodsCheck,
  dns: dnsCheck,
  workload: workloadCheck,
  'pod-network': podNetworkCheck,
  regression: regressionCheck,
};
