import { booleanInput, optionalInput } from '../../shared/actions/inputs.js';
import type { DetectSettings } from '../../shared/detect/detect-release.js';

export type DetectReleaseInputs = DetectSettings;

export function getInputs(): DetectReleaseInputs {
  return {
    repoPath: optionalInput('path') ?? '.',
    submodulePath: optionalInput('submodule-path'),
    kubesprayRepository: optionalInput('kubespray-repository'),
    allowPrerelease: booleanInput('allow-prerelease', false),
  };
}
