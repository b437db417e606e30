import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** What a Kubespray release asks of Ansible: its playbook's assert, and the pins it tests with. */
export interface AnsibleLimits {
  /** ansible_version.yml: minimal <= ansible-core < maximal. */
  minimal: string;
  maximal: string;
  /** The file that sets them, relative to the checkout. */
  limitsFile: string;
  /** requirements.txt pins of ansible and ansible-core (`==` lines), when present. */
  pins: { ansible?: string; ansibleCore?: string };
}

const LIMITS_FILES = ['playbooks/ansible_version.yml', 'ansible_version.yml'];

/** The limits of the checked-out release, or why they cannot be read (never guessed). */
export function readAnsibleLimits(kubesprayDir: string): AnsibleLimits | { unknown: string } {
  let limits: { minimal: string; maximal: string; limitsFile: string } | undefined;
  for (const rel of LIMITS_FILES) {
    let text: string;
    try {
      text = readFileSync(path.join(kubesprayDir, rel), 'utf8');
    } catch {
      continue;
    }
    const vars = playVars(text);
    const min = vars.minimal_ansible_version;
    const max = vars.maximal_ansible_version;
    if (min === undefined || max === undefined) return { unknown: `${rel} sets no minimal_ansible_version / maximal_ansible_version` };
    limits = { minimal: String(min), maximal: String(max), limitsFile: rel };
    break;
  }
  if (!limits) return { unknown: `neither ${LIMITS_FILES.join(' nor ')} exists in the Kubespray checkout` };
  return { ...limits, pins: requirementPins(kubesprayDir) };
}

/** The vars of the plays in ansible_version.yml (a list of plays). */
function playVars(text: string): Record<string, unknown> {
  const doc = parse(text, { maxAliasCount: 100 }) as unknown;
  const out: Record<string, unknown> = {};
  for (const play of Array.isArray(doc) ? doc : []) {
    const vars = (play as { vars?: unknown })?.vars;
    if (vars && typeof vars === 'object') Object.assign(out, vars);
  }
  return out;
}

function requirementPins(kubesprayDir: string): AnsibleLimits['pins'] {
  let text = '';
  try {
    text = readFileSync(path.join(kubesprayDir, 'requirements.txt'), 'utf8');
  } catch {
    return {};
  }
  const pins: AnsibleLimits['pins'] = {};
  for (const line of text.split('\n')) {
    const m = /^\s*(ansible|ansible-core)\s*==\s*([0-9][0-9A-Za-z.+-]*)\s*(#.*)?$/.exec(line);
    if (m) pins[m[1] === 'ansible' ? 'ansible' : 'ansibleCore'] = m[2]!;
  }
  return pins;
}

/** The ansible-core version from `ansible-playbook --version`: `ansible-playbook [core 2.16.14]`, or `ansible-playbook 2.9.27` before core. */
export function parseAnsibleVersion(output: string): string | undefined {
  const first = output.split('\n', 1)[0] ?? '';
  return /^ansible-playbook\s+(?:\[core\s+)?(\d+\.\d+(?:\.\d+)?)/.exec(first.trim())?.[1];
}
