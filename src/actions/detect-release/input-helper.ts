import { booleanInput, optionalInput } from '../common/inputs.js';
import * as core from '../common/toolkit.js';
import { DEFAULT_DASHBOARD_LABEL } from '../../core/dashboard/fleet-clusters.js';
import type { ClusterRepoSettings } from '../../core/cluster-repo/cluster-repo-state.js';
import { DEFAULT_KUBERNETES_REPOSITORY } from '../../core/releases/datasources/kubernetes-tags.js';
import { kubesprayCacheDir } from '../../adapters/runner/cache-dir.js';

export interface DetectReleaseInputs extends ClusterRepoSettings {
  inventoryPaths?: string[];
  kubernetesRepository: string;
  configPath?: string;
  token?: string;
  /** Label of the fleet dashboard issue; undefined turns the dashboard off. */
  dashboardLabel?: string;
}

export function getInputs(): DetectReleaseInputs {
  const token = optionalInput('github-token');
  if (token) core.setSecret(token);
  return {
    repoPath: optionalInput('path') ?? '.',
    submodulePath: optionalInput('submodule-path'),
    kubesprayRepository: optionalInput('kubespray-repository'),
    allowPrerelease: booleanInput('allow-prerelease', false),
    followForkTags: booleanInput('follow-fork-tags', false),
    kubesprayCache: kubesprayCacheDir(process.env),
    inventoryPaths: optionalInput('inventory-path')
      ?.split(/[\n,]/)
      .map((p) => p.trim())
      .filter(Boolean),
    kubernetesRepository: optionalInput('kubernetes-repository') ?? DEFAULT_KUBERNETES_REPOSITORY,
    configPath: optionalInput('config'),
    token,
    dashboardLabel: booleanInput('dashboard', true) ? (optionalInput('dashboard-label') ?? DEFAULT_DASHBOARD_LABEL) : undefined,
  };
}
