import { code } from '../text/markdown.js';
import type { SuiteConfig } from '../config/suite-config.js';
import type { UpgradeReport } from '../knowledge/upgrade-report-types.js';
import type { FileImageChange } from './image-files.js';

export interface ChecklistInput {
  report: UpgradeReport;
  config: Pick<SuiteConfig, 'clusters' | 'images' | 'upgrade'>;
  imageChanges: readonly FileImageChange[];
}

/**
 * The human steps for this repo, not a generic list: an image build only when the team
 * builds one (the upgrade runs in a container, or the config names the team's image
 * rules), drift only when the sample moved, and the rollout as the config's waves say.
 */
export function renderChecklist(input: ChecklistInput): string {
  const { report, config } = input;
  const items: string[] = [];
  const containerRunner = config.upgrade.runner === 'container';
  if (input.imageChanges.length > 0 && (containerRunner || config.images.rules.length > 0)) {
    const build = input.imageChanges.some((c) => /build/i.test(c.file)) ? ' with the updated build script' : '';
    items.push(`Build and push the team's Kubespray image${build} for ${code(report.to)}.`);
  }
  const errors = report.hazards.filter((h) => h.severity === 'error').length;
  if (errors > 0) items.push(`Resolve the ${errors} error${errors === 1 ? '' : 's'} in the points of interest before merging.`);
  else if (report.hazards.length > 0) items.push('Read the points of interest above and decide on each before merging.');
  if (hasDrift(report)) items.push('Review the inventory drift and merge what applies into the team inventory.');
  if (!containerRunner) items.push(`Make sure the runner's Python environment matches ${code(`${report.to}`)}'s ${code('requirements.txt')} (the upgrade runs ${code('ansible-playbook')} from its PATH).`);
  items.push(rollout(config));
  return ['### Checklist', '', ...items.map((i) => `- [ ] ${i}`), ''].join('\n');
}

function hasDrift(report: UpgradeReport): boolean {
  const d = report.inventoryDrift;
  if (!d) return false;
  const s = d.sample;
  return s.added.length + s.removed.length + s.changed.length + s.moved.length + s.filesAdded.length + s.filesRemoved.length + d.maybeObsolete.length > 0;
}

function rollout(config: ChecklistInput['config']): string {
  const backup = config.upgrade['etcd-backup'] === false ? '' : 'backs up etcd, ';
  const clusters = config.clusters;
  if (clusters.length === 0) return `After merge: the upgrade workflow ${backup}upgrades the cluster and verifies it.`;
  const waves = [...new Set(clusters.map((c) => c.wave))].sort((a, b) => a - b);
  const names = (wave: number) =>
    clusters
      .filter((c) => c.wave === wave)
      .map((c) => (c.environment === c.name ? code(c.name) : `${code(c.name)} (environment ${code(c.environment)})`))
      .join(', ');
  if (waves.length === 1) return `After merge: the upgrade workflow ${backup}upgrades ${names(waves[0]!)} and verifies ${clusters.length === 1 ? 'it' : 'each'}.`;
  const steps = waves.map((w, i) => `${i === 0 ? '' : 'then '}wave ${w}: ${names(w)}`);
  return `After merge: the upgrade workflow ${backup}upgrades and verifies ${steps.join('; ')}. Each wave starts only after the one before it verified, and waits for its environments' approval rules.`;
}
