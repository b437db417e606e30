import { flowchartChain, type FlowNode } from '../github/mermaid.js';
import type { Hazard } from '../knowledge/upgrade-report-types.js';

/**
 * The hops from the current release to the newest one, this PR's hop marked with its
 * hazards: reviewers see how far the cluster is behind and what this step costs.
 * `hops` is the upgrade path (this hop first); later hops' hazards are unknown until planned.
 */
export function renderUpgradePath(current: string, hops: readonly string[], hazards: readonly Hazard[]): string {
  if (hops.length === 0) return '';
  const errors = hazards.filter((h) => h.severity === 'error').length;
  const warnings = hazards.filter((h) => h.severity === 'warning').length;
  const notices = hazards.length - errors - warnings;
  const counts = [plural(errors, 'error'), plural(warnings, 'warning'), plural(notices, 'notice')].filter(Boolean).join(', ');
  const nodes: FlowNode[] = [{ label: `${current} (current)`, className: 'current' }];
  hops.forEach((tag, i) => {
    const latest = i === hops.length - 1 ? ' (latest)' : '';
    if (i > 0) nodes.push({ label: `${tag}${latest}` });
    else nodes.push({ label: `${tag} (this PR${latest ? ', latest' : ''})${counts ? `: ${counts}` : ''}`, className: errors ? 'error' : hazards.length ? 'hazard' : 'hop' });
  });
  const behind = hops.length === 1 ? 'This hop reaches the newest release.' : `This is hop 1 of ${hops.length} to the newest release ${hops.at(-1)}; one minor at a time.`;
  return ['### Upgrade path', '', flowchartChain(nodes), '', behind, ''].join('\n');
}

function plural(n: number, word: string): string {
  return n === 0 ? '' : `${n} ${word}${n === 1 ? '' : 's'}`;
}
