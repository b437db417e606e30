import { booleanInput, optionalInput } from '../../shared/actions/inputs.js';
import type { DetectSettings } from '../../shared/detect/detect-release.js';

export interface DetectReleaseInputs extends DetectSettings {
  kubernetesRepository: string;
}

export const DEFAULT_KUBERNETES_REPOSITORY = 'https://github.com/kubernetes/kubernetes.git';

export function getInputs(): DetectReleaseInputs {
  return {
    repoPath: optionalInput('path') ?? '.',
    submodulePath: optionalInput('submodule-path'),
    kubesprayRepository: optionalInput('kubespray-repository'),
    allowPrerelease: booleanInput('allow-prerelease', false),
    kubernetesRepository: optionalInput('kubernetes-repository') ?? DEFAULT_KUBERNETES_REPOSITORY,
  };
}
