/**
 * The masking the runner applies to the log, applied to everything that leaves the run by
 * another door: the state ConfigMap in the cluster, the job summary and the outputs. The
 * runner only masks values registered with add-mask; this also redacts what looks like a
 * private key or a token, since a playbook may print either unasked.
 */
export const REDACTED = '***';

const PATTERNS: readonly RegExp[] = [
  // A PEM private key, whole or cut off, with real or JSON-escaped newlines.
  /-----BEGIN[A-Z0-9 ]*PRIVATE KEY-----[\s\S]*?(?:-----END[A-Z0-9 ]*PRIVATE KEY-----|$)/g,
  // Tokens with a recognisable prefix: GitHub, GitLab, Slack, AWS access keys, JWTs (also Kubernetes service-account tokens).
  // No word boundary before: a token glued to text (`vghp_...` where a version was expected) is still one.
  /(?:gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|glpat-[A-Za-z0-9_-]{20,}|xox[abprs]-[A-Za-z0-9-]{10,}|AKIA[0-9A-Z]{16})\b/g,
  /\beyJ[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}\.[A-Za-z0-9_-]{8,}/g,
  // Long base64 with upper, lower case and digits (key material, not a sha256 or a path).
  /(?<![A-Za-z0-9+/])(?=[A-Za-z0-9+/]*[A-Z])(?=[A-Za-z0-9+/]*[a-z])(?=[A-Za-z0-9+/]*[0-9])[A-Za-z0-9+/]{40,}={0,2}(?![A-Za-z0-9+/])/g,
];
/** `password: x`, `"token": "x"`, `api_key=x`: the value goes, the name stays so the reader knows what was there. */
const ASSIGNMENT = /((?:password|passwd|passphrase|secret|token|api[_-]?key|private[_-]?key|credentials?|bearer)["']?\s*[:=]\s*\\?["']?)([^\s"'\\,;}]{4,})/gi;

/** What looks like a secret whatever the run registered: private keys, token shapes, `password: x`. */
export function redactSecretShapes(text: string): string {
  let out = text;
  for (const p of PATTERNS) out = out.replace(p, REDACTED);
  return out.replace(ASSIGNMENT, (_, name: string) => `${name}${REDACTED}`);
}

/**
 * One run's masking: the secrets it registered (the values given to add-mask) and every
 * secret shape. Created per run by runAction and handed to what writes outside the log.
 */
/** What marks a line keptOutput cut short. */
const CUT = '…';

export class Redactor {
  private readonly registered = new Set<string>();
  private longestFirst: string[] = [];

  /** Registers a secret value and each of its lines. Short values are ignored: masking "a" would mask every "a". */
  register(value: string): void {
    for (const v of [value, ...value.split(/\r?\n/)]) if (v.trim().length >= 8) this.registered.add(v.trim());
    this.longestFirst = [...this.registered].sort((a, b) => b.length - a.length);
  }

  redact(text: string): string {
    let out = text;
    for (const secret of this.longestFirst) out = out.split(secret).join(REDACTED);
    return redactSecretShapes(out.split('\n').map((line) => this.maskCutSecret(line)).join('\n'));
  }

  /** keptOutput cuts long lines before a Redactor sees them: the start of a secret left before the "…" is masked too. */
  private maskCutSecret(line: string): string {
    if (!line.endsWith(CUT)) return line;
    const body = line.slice(0, -CUT.length);
    for (const secret of this.longestFirst) {
      for (let k = Math.min(secret.length - 1, body.length); k >= 8; k--) {
        if (body.endsWith(secret.slice(0, k))) return `${body.slice(0, body.length - k)}${REDACTED}${CUT}`;
      }
    }
    return line;
  }

  /** Every string in a JSON-like value redacted; the shape is kept, so the state still parses. */
  redactDeep<T>(value: T): T {
    if (typeof value === 'string') return this.redact(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.redactDeep(v)) as T;
    if (value && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, this.redactDeep(v)])) as T;
    }
    return value;
  }
}

/**
 * What is kept of a failed command's output: its last few lines, each cut short, with secret
 * shapes redacted (registered secrets are masked where the message leaves the run: the log,
 * the state store, the summary and the outputs all pass a Redactor).
 */
export function keptOutput(lines: readonly string[], count = 5, width = 240): string {
  const kept = lines.filter((l) => l.trim()).slice(-count);
  // Redacted before cutting, so a cut never leaves half a secret behind.
  return kept.map((l) => redactSecretShapes(l)).map((l) => (l.length > width ? `${l.slice(0, width)}${CUT}` : l)).join('\n');
}
