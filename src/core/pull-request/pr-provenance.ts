import { link } from '../text/markdown.js';

/** Which suite build and which run made the PR; read by the entrypoint, rendered here. */
export interface Provenance {
  suiteVersion: string;
  /** The `uses:` ref of the action (a tag, branch or commit), when the runner says. */
  actionRef?: string;
  /** Commit of the cluster repo the branch was built on. */
  baseSha: string;
  runUrl?: string;
}

/**
 * Everything from this line on changes with every run (the run link); a rerun whose body
 * differs only there is not a change worth an API write.
 */
export const PROVENANCE_MARKER = '<!-- kubespray-upgrade-actions provenance -->';

export function renderProvenance(p: Provenance): string {
  const ref = p.actionRef ? (/^[0-9a-f]{40}$/.test(p.actionRef) ? ` at commit ${p.actionRef.slice(0, 12)}` : ` (${p.actionRef.replace(/[^\w.\/-]/g, '')})`) : '';
  const run = p.runUrl ? ` in ${link('this run', p.runUrl)}` : ' outside GitHub Actions';
  return [PROVENANCE_MARKER, '---', '', `<sub>Made by kubespray-upgrade-actions ${p.suiteVersion}${ref} from base commit ${p.baseSha.slice(0, 12)}${run}.</sub>`, ''].join('\n');
}

/** The run link from the runner's variables, or undefined outside Actions. */
export function runUrlFrom(env: Record<string, string | undefined>): string | undefined {
  const { GITHUB_SERVER_URL: server, GITHUB_REPOSITORY: repo, GITHUB_RUN_ID: run } = env;
  if (!repo || !run || !/^\d+$/.test(run)) return undefined;
  return `${(server || 'https://github.com').replace(/\/+$/, '')}/${repo}/actions/runs/${run}`;
}
