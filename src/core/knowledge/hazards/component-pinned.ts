import { pythonStr, type KubesprayDefaults } from '../defaults/index.js';
import { PyDict } from '../jinja/values.js';
import type { ScopedDefinition } from '../inventory/load-inventory.js';
import { replacementLine } from '../inventory/replacement-line.js';
import { displayValue } from '../inventory/variable-definitions.js';
import type { Hazard } from '../upgrade-report-types.js';
import { where } from './hazard-helpers.js';
import { compareLooseVersions } from './versions.js';

/**
 * The checksum tables Kubespray's download role looks a component's version up in.
 * A version missing from its table fails the download (Kubespray does not fetch
 * unlisted versions), so these are the lookups that matter for a pin.
 */
export const CHECKSUM_TABLES: Readonly<Record<string, readonly string[]>> = {
  kube_version: ['kubelet_checksums', 'kubectl_checksums', 'kubeadm_checksums'],
  etcd_version: ['etcd_binary_checksums'],
  containerd_version: ['containerd_archive_checksums'],
  runc_version: ['runc_checksums'],
  crun_version: ['crun_checksums'],
  crictl_version: ['crictl_checksums'],
  crio_version: ['crio_archive_checksums'],
  cni_version: ['cni_binary_checksums'],
  calico_version: ['calicoctl_binary_checksums'],
  cilium_cli_version: ['ciliumcli_binary_checksums'],
  helm_version: ['helm_archive_checksums'],
  nerdctl_version: ['nerdctl_archive_checksums'],
  skopeo_version: ['skopeo_binary_checksums'],
  kata_containers_version: ['kata_containers_binary_checksums'],
  youki_version: ['youki_checksums'],
  gvisor_version: ['gvisor_runsc_binary_checksums', 'gvisor_containerd_shim_binary_checksums'],
  cri_dockerd_version: ['cri_dockerd_archive_checksums'],
  yq_version: ['yq_checksums'],
  krew_version: ['krew_archive_checksums'],
  argocd_version: ['argocd_install_checksums'],
  gateway_api_version: ['gateway_api_standard_crds_checksums'],
  prometheus_operator_crds_version: ['prometheus_operator_crds_checksums'],
};

/** The versions each of the variable's checksum tables lists at a tag (amd64, or no_arch for manifests). */
export function checksumTableVersions(d: KubesprayDefaults, variable: string): Array<{ table: string; versions: string[] }> {
  const out: Array<{ table: string; versions: string[] }> = [];
  for (const table of CHECKSUM_TABLES[variable] ?? []) {
    const dict = d.roleVars.get(table) ?? d.defaults.get(table);
    if (!(dict instanceof PyDict)) continue;
    const arch = dict.get('amd64') ?? dict.get('no_arch');
    if (!(arch instanceof PyDict)) continue;
    out.push({ table, versions: arch.keys().map((k) => (typeof k === 'string' ? k : pythonStr(k))) });
  }
  return out;
}

export interface ComponentPinContext {
  to: string;
  /** The to tag's default for this variable, when it could be evaluated. */
  targetDefault?: string;
  /** For each checksum table of the variable that exists at the to tag: its name and the versions it lists. */
  checksumTables: Array<{ table: string; versions: readonly string[] }>;
}

/** A pinned component other than Kubernetes: unknown to the target's checksums, behind its default, or redundant. */
export function componentPinned(variable: string, def: ScopedDefinition, ctx: ComponentPinContext): Hazard | undefined {
  const base = { id: 'component-pinned', variable, file: def.file, line: def.line } as const;
  if (def.encrypted) return undefined;
  const pin = displayValue(def.value);
  const at = where(def);
  const d = ctx.targetDefault;
  const toDefault = d !== undefined ? { suggestion: replacementLine(def.source, variable, d), fix: 'delete-line' as const } : {};
  const deleteAdvice = d !== undefined ? ` Delete line ${def.line} of ${def.file} to take the default ${d}.` : '';

  if (pin.includes('{{') || pin.includes('{%')) {
    return { ...base, severity: 'notice', message: `${variable} is set to a template at ${at} (${pin}); check what it renders to against ${ctx.to}'s checksums by hand.` };
  }
  const missing = ctx.checksumTables.find((t) => !t.versions.includes(pin));
  if (missing) {
    const near = missing.versions.find((v) => v.replace(/^v/, '') === pin.replace(/^v/, ''));
    const spelling = near ? ` (it lists ${near}: the leading "v" differs)` : '';
    return {
      ...base,
      severity: 'error',
      message: `${variable} is pinned to ${pin} at ${at}, but ${ctx.to}'s ${missing.table} has no entry for it${spelling}; the download would fail.${deleteAdvice}`,
      ...toDefault,
    };
  }
  if (d === undefined) return undefined;
  const cmp = compareLooseVersions(pin, d);
  if (cmp !== undefined && cmp < 0) {
    return {
      ...base,
      severity: 'warning',
      message: `${variable} is pinned to ${pin} at ${at}, older than ${ctx.to}'s default ${d}; the upgrade would keep ${pin}.${deleteAdvice}`,
      ...toDefault,
    };
  }
  if (pin === d) {
    return {
      ...base,
      severity: 'notice',
      message: `${variable} is pinned to ${pin} at ${at}, which is ${ctx.to}'s default; delete the line so later upgrades are not held here.`,
      fix: 'delete-line',
    };
  }
  return {
    ...base,
    severity: 'notice',
    message: `${variable} is pinned to ${pin} at ${at}; ${ctx.to}'s default is ${d}, and the upgrade keeps the pin.`,
  };
}
