import type { ScopedDefinition } from '../inventory/load-inventory.js';
import { displayValue } from '../inventory/variable-definitions.js';
import type { Hazard } from '../upgrade-report-types.js';
import { where } from './hazard-helpers.js';
import { toggleV, versionParts } from './versions.js';

/**
 * `kube-version-pin-unsupported-now`: the inventory pins a kube_version the CURRENT tag has no
 * kubelet checksum for. Any run of the current tag (scale, a re-run of cluster.yml) stops at
 * the download, and the cluster cannot be running that pin through Kubespray, so checks that
 * take the pin as what runs (one minor per hop, no downgrade) rest on a value that is not.
 */
export function kubeVersionUnsupportedNow(def: ScopedDefinition, from: string, supportedFrom: readonly string[]): Hazard | undefined {
  if (def.encrypted) return undefined;
  const pin = displayValue(def.value);
  if (!versionParts(pin) || supportedFrom.length === 0 || supportedFrom.includes(pin)) return undefined;
  const spelled = supportedFrom.includes(toggleV(pin)) ? ` as written (${from} spells it ${toggleV(pin)})` : '';
  return {
    id: 'kube-version-pin-unsupported-now',
    severity: 'warning',
    variable: 'kube_version',
    file: def.file,
    line: def.line,
    message:
      `kube_version is pinned to ${pin} at ${where(def)}, which the current ${from} cannot install${spelled} ` +
      `(${from} supports ${supportedFrom[supportedFrom.length - 1]} to ${supportedFrom[0]}): a run of ${from} before this hop would fail, ` +
      `and the cluster is not running ${pin} through Kubespray. Check what the cluster really runs before trusting the Kubernetes step of this hop.`,
  };
}
