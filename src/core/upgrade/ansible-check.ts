import type { AnsibleLimits } from '../ansible/ansible-limits.js';
import type { AnsibleRunner } from '../ansible/ansible-runner.js';
import { compareLooseVersions } from '../knowledge/hazards/versions.js';
import type { Check } from './preflight.js';

export interface AnsibleFacts {
  runner: AnsibleRunner;
  /** ansible-core as `ansible-playbook --version` reports it, or why it could not be run. */
  installed: { version: string } | { error: string };
  limits: AnsibleLimits | { unknown: string };
  kubesprayTarget: string;
}

/**
 * Kubespray's first play asserts minimal <= ansible-core < maximal and stops the upgrade
 * there; an Ansible outside it also breaks roles part-way in ways the assert does not
 * catch. Checked before anything runs, with the fix for the runner in use.
 */
export function ansibleCheck(f: AnsibleFacts): Check {
  const title = "Ansible is the version the target's playbooks need";
  const where = f.runner.kind === 'container' ? `in the image ${f.runner.image}` : 'on the runner';
  const check = (result: Check['result'], detail: string): Check => ({ id: 'ansible', title, result, detail });
  if ('unknown' in f.limits) return check('warn', `the limits cannot be read (${f.limits.unknown}); ansible-core ${'version' in f.installed ? f.installed.version : '?'} ${where} is not checked`);
  const l = f.limits;
  const range = `${l.minimal} <= ansible-core < ${l.maximal} (${l.limitsFile})`;
  if ('error' in f.installed) return check('fail', `ansible-playbook --version failed ${where}: ${f.installed.error}. Kubespray ${f.kubesprayTarget} needs ${range}. ${fix(f, l)}`);
  const v = f.installed.version;
  const low = compareLooseVersions(v, l.minimal);
  const high = compareLooseVersions(v, l.maximal);
  if (low === undefined || high === undefined) return check('fail', `cannot compare ansible-core ${v} ${where} with ${range}. ${fix(f, l)}`);
  if (low < 0 || high >= 0) return check('fail', `ansible-core ${v} ${where}, but Kubespray ${f.kubesprayTarget} needs ${range}. ${fix(f, l)}`);
  const pinned = l.pins.ansibleCore ? `; requirements.txt pins ansible-core==${l.pins.ansibleCore}` : l.pins.ansible ? `; requirements.txt pins ansible==${l.pins.ansible}` : '';
  return check('pass', `ansible-core ${v} ${where} is within ${range}${pinned}`);
}

/** The exact way to get the right Ansible: the pins of the target's requirements.txt. */
function fix(f: AnsibleFacts, l: AnsibleLimits): string {
  const pins = [l.pins.ansible && `ansible==${l.pins.ansible}`, l.pins.ansibleCore && `ansible-core==${l.pins.ansibleCore}`].filter(Boolean).map((p) => `'${p}'`);
  const pip = pins.length > 0 ? `python3 -m pip install ${pins.join(' ')}` : `python3 -m pip install -r requirements.txt (in the Kubespray ${f.kubesprayTarget} checkout)`;
  if (f.runner.kind === 'container') {
    return `Fix: build the image for ${f.kubesprayTarget} (FROM quay.io/kubespray/kubespray:${f.kubesprayTarget}, or RUN ${pip} in the team's Containerfile), push it and set input image to it.`;
  }
  return `Fix: on the runner, ${pip} (ideally in a virtualenv first on PATH), or use runner: container with the Kubespray ${f.kubesprayTarget} image.`;
}
