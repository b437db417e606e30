import type { ActionInput } from './action-input.js';

/** The dashboard inputs plan-upgrade and run-upgrade declare alike in their action.yml. */
export const DASHBOARD_INPUTS: readonly ActionInput[] = [
  {
    name: 'dashboard',
    default: 'true',
    kind: 'boolean',
    description: 'Keep the fleet dashboard issue up to date (one issue, found by dashboard-label and a hidden marker, created once and edited in place): per cluster the Kubespray and Kubernetes the repo pins and the cluster runs, hops behind, the open pull request, the last upgrade and verify results and the hazard count. Needs issues: write. "false" turns it off.',
  },
  {
    name: 'dashboard-label',
    default: 'kubespray-upgrade-dashboard',
    description: 'Label that marks the fleet dashboard issue.',
  },
];
