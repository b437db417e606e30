import type { Hazard } from '../upgrade-report-types.js';
import { minorGap } from './versions.js';

/** `sample-back-level`: the target's own sample holds Kubernetes below the target's default. */
export function sampleBackLevel(
  to: string,
  sampleKube: { value: string; file: string; line: number } | undefined,
  targetDefault: string | undefined,
  compare: (a: string, b: string) => number,
): Hazard | undefined {
  if (!sampleKube || targetDefault === undefined || compare(sampleKube.value, targetDefault) >= 0) return undefined;
  return {
    id: 'sample-back-level',
    severity: 'warning',
    variable: 'kube_version',
    file: `${to}:${sampleKube.file}`,
    line: sampleKube.line,
    message:
      `${to}'s inventory/sample sets kube_version ${sampleKube.value}, older than the tag's own default ${targetDefault}. ` +
      `Do not copy that line into your inventory: it would hold Kubernetes at ${sampleKube.value}.`,
  };
}

interface Requirement {
  name: string;
  spec: string;
  line: number;
}

/** The pip requirements that decide the Ansible runtime; names normalised as pip does. */
export function ansibleRequirements(text: string): Requirement[] {
  const out: Requirement[] = [];
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/#.*/, '').trim();
    const m = /^([A-Za-z0-9][A-Za-z0-9._-]*)\s*(.*)$/.exec(line);
    if (!m) return;
    const name = m[1]!.toLowerCase().replace(/[._]+/g, '-');
    if (name === 'ansible' || name === 'ansible-core') out.push({ name, spec: m[2]!.replace(/\s+/g, ''), line: i + 1 });
  });
  return out;
}

/** `ansible-requirement-changed`: the Ansible pins in requirements.txt differ, so the runner image or venv must be rebuilt. */
export function ansibleRequirementChanged(from: string, to: string, fromText: string | undefined, toText: string | undefined): Hazard | undefined {
  if (fromText === undefined || toText === undefined) return undefined;
  const a = ansibleRequirements(fromText);
  const b = ansibleRequirements(toText);
  const show = (rs: Requirement[]) => rs.map((r) => `${r.name}${r.spec}`).join(', ') || 'no ansible pin';
  if (show(a) === show(b)) return undefined;
  return {
    id: 'ansible-requirement-changed',
    severity: 'warning',
    file: `${to}:requirements.txt`,
    ...(b[0] ? { line: b[0].line } : {}),
    message:
      `requirements.txt changes its Ansible pins from ${show(a)} (${from}) to ${show(b)} (${to}): rebuild the runner image or ` +
      `virtualenv from ${to}'s requirements.txt before running the upgrade.`,
  };
}

/**
 * `kubernetes-minor-skip` (more than one minor at once, which kubeadm refuses) and
 * `kubernetes-downgrade` (the effective version drops below what runs).
 */
export function kubernetesStep(
  to: string,
  running: string | undefined,
  effectiveTo: string | undefined,
  compare: (a: string, b: string) => number,
): Hazard | undefined {
  if (running === undefined || effectiveTo === undefined) return undefined;
  if (compare(effectiveTo, running) < 0) {
    return {
      id: 'kubernetes-downgrade',
      severity: 'error',
      variable: 'kube_version',
      message: `Kubernetes would go from ${running} down to ${effectiveTo} with ${to}; kubeadm cannot downgrade. Pin kube_version to a version ${to} supports at or above ${running}.`,
    };
  }
  const gap = minorGap(running, effectiveTo);
  if (gap === undefined || gap <= 1) return undefined;
  return {
    id: 'kubernetes-minor-skip',
    severity: 'error',
    variable: 'kube_version',
    message:
      `Kubernetes would go from ${running} to ${effectiveTo} with ${to}, ${gap} minors at once; kubeadm upgrades one minor at a time. ` +
      `Upgrade Kubespray in smaller hops, or pin kube_version to the next minor for this hop.`,
  };
}
