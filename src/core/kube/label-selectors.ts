/** A LabelSelector object (metav1.LabelSelector): matchLabels and matchExpressions, ANDed. */
export interface LabelSelectorObject {
  matchLabels?: Record<string, string>;
  matchExpressions?: { key: string; operator: string; values?: string[] }[];
}

type Labels = Readonly<Record<string, string>> | undefined;

/** As the API matches it: an empty selector matches everything; an unknown operator nothing. */
export function matchesSelectorObject(sel: LabelSelectorObject, labels: Labels): boolean {
  const l = labels ?? {};
  for (const [k, v] of Object.entries(sel.matchLabels ?? {})) if (l[k] !== v) return false;
  for (const e of sel.matchExpressions ?? []) {
    const has = Object.hasOwn(l, e.key);
    const inValues = has && (e.values ?? []).includes(l[e.key]!);
    switch (e.operator) {
      case 'In':
        if (!inValues) return false;
        break;
      case 'NotIn':
        if (inValues) return false;
        break;
      case 'Exists':
        if (!has) return false;
        break;
      case 'DoesNotExist':
        if (has) return false;
        break;
      default:
        return false;
    }
  }
  return true;
}

/**
 * A selector in kubectl's string form (`a=b,c!=d,e,!f,g in (h,i),j notin (k)`) as a
 * matcher, or an error for text kubectl would reject.
 */
export function parseSelectorString(text: string): ((labels: Labels) => boolean) | { error: string } {
  const terms: ((l: Record<string, string>) => boolean)[] = [];
  // Commas inside (...) belong to a set.
  const parts = text.match(/[^,(]+(?:\([^)]*\))?[^,]*/g)?.map((p) => p.trim()).filter(Boolean) ?? [];
  const key = /^[A-Za-z0-9]([-A-Za-z0-9_./]*[A-Za-z0-9])?$/;
  for (const p of parts) {
    let m: RegExpExecArray | null;
    if ((m = /^(\S+)\s+(in|notin)\s*\(([^)]*)\)$/.exec(p))) {
      const [, k, op, vals] = m as unknown as [string, string, string, string];
      const set = vals.split(',').map((v) => v.trim());
      terms.push(op === 'in' ? (l) => Object.hasOwn(l, k) && set.includes(l[k]!) : (l) => !(Object.hasOwn(l, k) && set.includes(l[k]!)));
    } else if ((m = /^([^=!\s]+)\s*(==|=|!=)\s*(\S*)$/.exec(p))) {
      const [, k, op, v] = m as unknown as [string, string, string, string];
      terms.push(op === '!=' ? (l) => l[k] !== v : (l) => l[k] === v);
    } else if ((m = /^!\s*(\S+)$/.exec(p)) && key.test(m[1]!)) {
      const k = m[1]!;
      terms.push((l) => !Object.hasOwn(l, k));
    } else if (key.test(p)) {
      terms.push((l) => Object.hasOwn(l, p));
    } else {
      return { error: `cannot parse ${JSON.stringify(p)} in the label selector ${JSON.stringify(text)}` };
    }
  }
  return (labels) => terms.every((t) => t(labels ?? {}));
}
