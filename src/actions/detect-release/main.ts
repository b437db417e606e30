import * as core from '../../shared/actions/toolkit.js';
import { runAction } from '../../shared/actions/run-action.js';
import { table, code } from '../../shared/actions/markdown.js';
import { detectRelease, type DetectResult } from '../../shared/detect/detect-release.js';
import { redactUrl } from '../../shared/datasources/git-tags.js';
import { getInputs } from './input-helper.js';

export function run(): Promise<void> {
  return runAction('detect-release', async () => {
    const inputs = getInputs();
    const result = await core.group('Detect the pinned Kubespray release and the next safe hop', async () => {
      const r = await detectRelease(inputs);
      core.info(`submodule ${r.submodule.path} -> ${redactUrl(r.upstreamUrl)}`);
      core.info(`pinned commit ${r.currentCommit} is ${r.current.tag}`);
      core.info(`${r.tagCount} upstream tags, ${r.releases.length} usable releases, newest ${r.latest.tag}`);
      core.info(r.next ? `next hop ${r.next.tag}; path ${r.path.map((h) => h.tag).join(' -> ')}` : 'up to date');
      return r;
    });
    // Outputs are written only after everything above succeeded: never half an answer.
    setOutputs(result);
    writeSummary(result);
  });
}

function setOutputs(r: DetectResult): void {
  core.setOutput('current-version', r.current.tag);
  core.setOutput('current-commit', r.currentCommit);
  core.setOutput('latest-version', r.latest.tag);
  core.setOutput('next-version', r.next?.tag ?? '');
  core.setOutput('upgrade-available', r.next ? 'true' : 'false');
  core.setOutput('upgrade-path', JSON.stringify(r.path.map((h) => h.tag)));
  core.setOutput('hops-behind', String(r.path.length));
}

export function renderDetectSummary(r: DetectResult): string {
  const rows = [
    ['Current', code(r.current.tag), code(r.currentCommit.slice(0, 12))],
    ['Next hop', r.next ? code(r.next.tag) : 'up to date', r.next ? code(r.next.commit.slice(0, 12)) : ''],
    ['Latest', code(r.latest.tag), code(r.latest.commit.slice(0, 12))],
  ];
  const lines = [
    '## Kubespray release detection',
    '',
    table(['', 'Version', 'Commit'], rows),
    '',
    `**Hops behind:** ${r.path.length}`,
    '',
    r.path.length > 0
      ? `**Upgrade path** (one minor at a time): ${[r.current.tag, ...r.path.map((h) => h.tag)].map(code).join(' → ')}`
      : `The ${code(r.submodule.path)} submodule is at the newest release.`,
  ];
  return lines.join('\n') + '\n';
}

function writeSummary(r: DetectResult): void {
  const markdown = renderDetectSummary(r);
  // Outside a runner there is no summary file; print it so a local run still shows it.
  if (!core.appendSummary(markdown)) core.info(markdown);
}
