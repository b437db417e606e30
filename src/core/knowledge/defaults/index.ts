/**
 * Kubespray's effective default component versions at any tag, read from git objects and
 * evaluated like Ansible 2.14 would (see docs in load.ts / jinja/templar.ts).
 *
 *   const d = await loadKubesprayDefaults(gitTreeSource(git, 'v2.28.0'));
 *   resolveComponents(d)                              // role defaults as Kubespray ships them
 *   resolveComponents(d, { kube_version: '1.31.4' })  // with the team's inventory applied
 */
export { gitTreeSource, directoryTreeSource, type TreeSource } from './tree-source.js';
export { loadKubesprayDefaults, type KubesprayDefaults, type RoleLayer, type LoadedFile } from './load.js';
export { COMPONENT_VARIABLES, resolveComponents, resolveVariable, resolveVariables, supportedKubeVersions, compareKubeVersions, toPyValue } from './resolve.js';
export { loadAnsibleYaml } from '../../../formats/yaml/ansible-yaml.js';
export { pyStr as pythonStr } from '../jinja/python-str.js';
export type { PyValue } from '../jinja/values.js';
