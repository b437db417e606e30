import type { ScopedDefinition } from '../inventory/load-inventory.js';
import { replacementLine } from '../inventory/replacement-line.js';
import { displayValue } from '../inventory/variable-definitions.js';
import type { Hazard } from '../upgrade-report-types.js';
import { where } from './hazard-helpers.js';
import { minorGap, toggleV, versionParts } from './versions.js';

export interface KubePinContext {
  to: string;
  /** The to tag's default kube_version, when it could be evaluated. */
  targetDefault?: string;
  /** supportedKubeVersions at the to tag, newest first, in that tag's spelling. */
  supported: readonly string[];
  /** What the cluster runs now, when the caller knows; otherwise the pin itself is taken as running. */
  running?: string;
  compare: (a: string, b: string) => number;
}

/**
 * What an inventory kube_version pin does to the upgrade: fail (not supported by the
 * target, including a v-prefix the target no longer writes), regress (below what runs),
 * hold (below the target default), or nothing but get in the way (equal to the default).
 */
export function kubeVersionPinned(def: ScopedDefinition, ctx: KubePinContext): Hazard {
  const base = { id: 'kube-version-pinned', variable: 'kube_version', file: def.file, line: def.line } as const;
  const pin = displayValue(def.value);
  const at = where(def);
  if (def.encrypted || !versionParts(pin)) {
    return { ...base, severity: 'warning', message: `kube_version is set at ${at} to a value this report cannot read (${def.encrypted ? 'vault-encrypted' : pin}); check it against ${ctx.to}'s supported versions by hand.` };
  }
  const running = ctx.running ?? pin;
  const supported = ctx.supported.includes(pin);
  const regress = ctx.compare(pin, running) < 0;
  const fix = recommend(ctx, running);
  const range = ctx.supported.length ? `${ctx.to} supports ${ctx.supported[ctx.supported.length - 1]} to ${ctx.supported[0]}` : `${ctx.to} lists no supported versions`;
  const advice = fix ? adviceText(def, fix) : `No version ${ctx.to} supports is at or above ${running} and at most one minor ahead; upgrade Kubernetes to a version it supports first or choose another target tag`;
  const suggestion = fix ? { suggestion: replacementLine(def.source, 'kube_version', fix.version), fix: fix.deleteLine ? ('delete-line' as const) : ('replace-line' as const) } : {};

  if (!supported) {
    const spelling = ctx.supported.includes(toggleV(pin))
      ? ` as written: ${ctx.to} spells it ${toggleV(pin)} (${pin.startsWith('v') ? 'no leading "v"' : 'with a leading "v"'})`
      : '';
    return {
      ...base,
      severity: 'error',
      message: `kube_version is pinned to ${pin} at ${at}, which ${ctx.to} does not support${spelling}; the upgrade would fail (${range}). ${advice}.`,
      ...suggestion,
    };
  }
  if (regress) {
    return {
      ...base,
      severity: 'error',
      message: `kube_version is pinned to ${pin} at ${at}, below the ${running} the cluster runs; the upgrade would try to downgrade Kubernetes, which kubeadm refuses. ${advice}.`,
      ...suggestion,
    };
  }
  const d = ctx.targetDefault;
  if (d !== undefined && ctx.compare(pin, d) < 0) {
    return {
      ...base,
      severity: 'warning',
      message: `kube_version is pinned to ${pin} at ${at}; ${ctx.to} would keep Kubernetes at ${pin} instead of its default ${d}. ${advice}.`,
      ...suggestion,
    };
  }
  if (d !== undefined && ctx.compare(pin, d) === 0) {
    return {
      ...base,
      severity: 'notice',
      message: `kube_version is pinned to ${pin} at ${at}, which is ${ctx.to}'s default; delete the line so the next upgrade follows the default instead of holding here.`,
      fix: 'delete-line',
    };
  }
  return {
    ...base,
    severity: 'notice',
    message: `kube_version is pinned to ${pin} at ${at}; ${ctx.to} supports it${d === undefined ? '' : ` and its default is ${d}`}, so the upgrade keeps this pin.`,
  };
}

interface Recommendation {
  version: string;
  /** The target default is the recommendation, so deleting the pin is the cleaner fix. */
  deleteLine: boolean;
}

/**
 * The version to move to: the target default when it is at or above what runs and at most
 * one minor ahead (kubeadm's limit); else the newest supported version in that window.
 */
function recommend(ctx: KubePinContext, running: string): Recommendation | undefined {
  const fits = (v: string) => {
    const gap = minorGap(running, v);
    return ctx.compare(v, running) >= 0 && gap !== undefined && gap <= 1;
  };
  const d = ctx.targetDefault;
  if (d !== undefined && ctx.supported.includes(d) && fits(d)) return { version: d, deleteLine: true };
  const best = ctx.supported.find(fits);
  return best === undefined ? undefined : { version: best, deleteLine: false };
}

function adviceText(def: ScopedDefinition, fix: Recommendation): string {
  return fix.deleteLine
    ? `Delete line ${def.line} of ${def.file} to follow the default ${fix.version} (or pin it explicitly)`
    : `Set it to ${fix.version}, the newest supported version at most one minor above what runs`;
}
