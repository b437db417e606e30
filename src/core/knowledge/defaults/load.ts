import { ActionError } from '../../errors.js';
import { PyDict, type PyValue } from '../jinja/values.js';
import { loadAnsibleYaml } from '../../../formats/yaml/ansible-yaml.js';
import { roleVarsFiles } from './role-files.js';
import type { TreeSource } from './tree-source.js';

/**
 * The roles whose defaults/vars hold Kubespray's version pins, in the order Kubespray's
 * cluster.yml puts them in a play: kubespray-defaults first, then container-engine (cri-o
 * is its dependency), download, and kubernetes-apps (argocd is its dependency). Within a play
 * later roles' defaults override earlier ones, so e.g. argocd's own `argocd_version` beats the
 * defaults role's one for the tasks that install Argo CD.
 * The defaults role was renamed from kubespray-defaults to kubespray_defaults in v2.28.
 */
const DEFAULTS_ROLE_NAMES = ['roles/kubespray_defaults', 'roles/kubespray-defaults'];
const COMPONENT_ROLES = ['roles/container-engine/cri-o', 'roles/download', 'roles/kubernetes-apps/argocd'];

export interface LoadedFile {
  path: string;
  /** Variables the file defines, in file order. */
  variables: string[];
}

export interface RoleLayer {
  role: string;
  kind: 'defaults' | 'vars';
  files: LoadedFile[];
}

export interface KubesprayDefaults {
  /** Role defaults of all roles, merged in play order (lowest precedence). */
  readonly defaults: ReadonlyMap<string, PyValue>;
  /** Role vars of all roles, merged in play order (above inventory). */
  readonly roleVars: ReadonlyMap<string, PyValue>;
  /** What was loaded, in load order. */
  readonly layers: readonly RoleLayer[];
  /** For each variable, the file whose definition is effective (role vars beat defaults). */
  readonly definedIn: ReadonlyMap<string, string>;
  /** Each loaded role's own defaults and vars, in play order (a play holding only some roles sees only theirs). */
  readonly byRole: ReadonlyArray<{ role: string; defaults: ReadonlyMap<string, PyValue>; vars: ReadonlyMap<string, PyValue> }>;
}

export async function loadKubesprayDefaults(source: TreeSource): Promise<KubesprayDefaults> {
  // All listings are requested in the same tick so a git source serves them with one ls-tree.
  const roleFiles = await Promise.all(
    [...DEFAULTS_ROLE_NAMES, ...COMPONENT_ROLES].map(async (role) => {
      const [defaults, vars] = await Promise.all([roleVarsFiles(source, role, 'defaults'), roleVarsFiles(source, role, 'vars')]);
      return { role, defaults, vars };
    }),
  );
  const defaultsRole = roleFiles.find((r) => DEFAULTS_ROLE_NAMES.includes(r.role) && (r.defaults.length || r.vars.length));
  if (!defaultsRole) throw new ActionError(`no Kubespray defaults role (${DEFAULTS_ROLE_NAMES.join(' or ')}) found in this tree`);
  const ordered = [defaultsRole, ...roleFiles.filter((r) => COMPONENT_ROLES.includes(r.role))];
  const allPaths = ordered.flatMap((r) => [...r.defaults, ...r.vars]);
  const texts = await Promise.all(allPaths.map((p) => source.readFile(p)));
  const textOf = new Map(allPaths.map((p, i) => [p, texts[i]]));

  const defaults = new Map<string, PyValue>();
  const roleVars = new Map<string, PyValue>();
  const definedIn = new Map<string, string>();
  const layers: RoleLayer[] = [];
  const byRole = ordered.map((r) => ({ role: r.role, defaults: new Map<string, PyValue>(), vars: new Map<string, PyValue>() }));
  for (const kind of ['defaults', 'vars'] as const) {
    for (const [i, r] of ordered.entries()) {
      const layer: RoleLayer = { role: r.role, kind, files: [] };
      const target = kind === 'defaults' ? defaults : roleVars;
      const own = byRole[i]![kind];
      for (const file of r[kind]) {
        const loaded = parseVarsFile(textOf.get(file), file);
        if (!loaded) continue;
        for (const [k, v] of loaded) {
          target.set(k, v);
          own.set(k, v);
          definedIn.set(k, file);
        }
        layer.files.push({ path: file, variables: [...loaded.keys()] });
      }
      if (layer.files.length) layers.push(layer);
    }
  }
  return { defaults, roleVars, layers, definedIn, byRole };
}

/** One vars file as Ansible loads it: empty files add nothing; anything but a mapping is an error. */
function parseVarsFile(text: string | undefined, file: string): Map<string, PyValue> | undefined {
  if (text === undefined) throw new ActionError(`${file} is listed but could not be read`);
  const data = loadAnsibleYaml(text, file);
  if (data === null || data === '' || (data instanceof PyDict && data.size === 0)) return undefined;
  if (!(data instanceof PyDict)) throw new ActionError(`${file} must contain a dictionary of variables`);
  const out = new Map<string, PyValue>();
  for (const [k, v] of data.items()) {
    if (typeof k !== 'string') throw new ActionError(`${file}: variable names must be strings, got ${String(k)}`);
    out.set(k, v);
  }
  return out;
}
