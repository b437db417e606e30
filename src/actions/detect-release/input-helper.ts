import { booleanInput, optionalInput } from '../../shared/actions/inputs.js';
import type { DetectSettings } from '../../shared/detect/detect-release.js';
import { DEFAULT_KUBERNETES_REPOSITORY } from '../../shared/datasources/kubernetes-tags.js';

export interface DetectReleaseInputs extends DetectSettings {
  inventoryPaths?: string[];
  kubernetesRepository: string;
}

export function getInputs(): DetectReleaseInputs {
  return {
    repoPath: optionalInput('path') ?? '.',
    submodulePath: optionalInput('submodule-path'),
    kubesprayRepository: optionalInput('kubespray-repository'),
    allowPrerelease: booleanInput('allow-prerelease', false),
    inventoryPaths: optionalInput('inventory-path')
      ?.split(/[\n,]/)
      .map((p) => p.trim())
      .filter(Boolean),
    kubernetesRepository: optionalInput('kubernetes-repository') ?? DEFAULT_KUBERNETES_REPOSITORY,
  };
}
