import { flowchartChain, type FlowNode } from '../github/mermaid.js';
import type { Hazard } from '../knowledge/upgrade-report-types.js';
import type { LaterHop } from './path-hazards.js';

/**
 * The hops from the current release to the newest one, this PR's hop marked with its
 * hazards and each later hop with what was checked of it (`later`, in path order): reviewers
 * see how far the cluster is behind and what each step costs. A later hop that was not
 * looked at is drawn as such, never as clean.
 */
export function renderUpgradePath(current: string, hops: readonly string[], hazards: readonly Hazard[], later: readonly LaterHop[] = []): string {
  if (hops.length === 0) return '';
  const errors = hazards.filter((h) => h.severity === 'error').length;
  const warnings = hazards.filter((h) => h.severity === 'warning').length;
  const notices = hazards.length - errors - warnings;
  const counts = [plural(errors, 'error'), plural(warnings, 'warning'), plural(notices, 'notice')].filter(Boolean).join(', ');
  const nodes: FlowNode[] = [{ label: `${current} (current)`, className: 'current' }];
  hops.forEach((tag, i) => {
    const latest = i === hops.length - 1 ? ' (latest)' : '';
    const known = later.find((h) => h.tag === tag);
    if (i > 0) {
      const what = !known?.studied ? ': not studied' : known.marks.length ? `: ${known.marks.join('; ')}` : '';
      nodes.push({ label: `${tag}${latest}${what}`, className: !known?.studied ? 'unstudied' : known.marks.length ? 'hazard' : 'hop' });
    }
    else nodes.push({ label: `${tag} (this PR${latest ? ', latest' : ''})${counts ? `: ${counts}` : ''}`, className: errors ? 'error' : hazards.length ? 'hazard' : 'hop' });
  });
  const behind = hops.length === 1 ? 'This hop reaches the newest release.' : `This is hop 1 of ${hops.length} to the newest release ${hops.at(-1)}; one minor at a time.`;
  const legend =
    hops.length === 1
      ? []
      : [
          later.some((h) => h.studied)
            ? 'Later hops were checked only for a Kubernetes minor change, component versions they stop defining and whether they can install the inventory\'s kube_version pin; their inventory checks, drift and release notes are studied when each becomes the next hop.'
            : '',
          later.length < hops.length - 1 || later.some((h) => !h.studied) ? 'A hop marked "not studied" was not looked at (only the next few hops are, and only when their tags could be fetched): no hazard shown does not mean none.' : '',
        ].filter(Boolean);
  return ['### Upgrade path', '', flowchartChain(nodes), '', behind, ...legend.flatMap((l) => ['', l]), ''].join('\n');
}

function plural(n: number, word: string): string {
  return n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`;
}
