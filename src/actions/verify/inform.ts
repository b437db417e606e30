import { code } from '../../core/text/markdown.js';
import type { VerifyReport } from '../../core/verify/verify-report.js';
import { checksTable, formatDuration } from './summary.js';

/** The one GitHub call inform needs; the lead wires it to Octokit's issues.createComment. */
export interface CommentClient {
  createComment(issueNumber: number, body: string): Promise<unknown>;
}

/** Lets a later run find (and the lead update) the comment verify left. */
export const VERIFY_COMMENT_MARKER = '<!-- kubespray-upgrade-verify -->';

export function renderVerifyComment(r: VerifyReport, runUrl?: string): string {
  const verdict =
    r.result === 'passed'
      ? `✅ **Cluster verified** on Kubernetes ${code(r.expectedKubernetesVersion)}: every check passed.`
      : `❌ **Verification failed** on Kubernetes ${code(r.expectedKubernetesVersion)}: ${r.failedChecks.map(code).join(', ')}.`;
  const problems = r.checks
    .filter((c) => c.status === 'failed')
    .flatMap((c) => c.failures.slice(0, 10).map((f) => `- ${code(c.name)}: ${f.replace(/\r?\n/g, ' ')}`));
  return [
    VERIFY_COMMENT_MARKER,
    '### Kubespray upgrade verification',
    '',
    verdict,
    '',
    checksTable(r),
    ...(problems.length > 0 ? ['', '<details><summary>Failures</summary>', '', ...problems, '', '</details>'] : []),
    '',
    `Took ${formatDuration(r.durationMs)}. Cleanup: ${r.cleanup.detail}.${runUrl ? ` [Workflow run](${runUrl})` : ''}`,
    '',
  ].join('\n');
}

/** Posts the verification result on the pull request (or issue) that carries the upgrade. */
export async function informPullRequest(client: CommentClient, issueNumber: number, r: VerifyReport, runUrl?: string): Promise<void> {
  await client.createComment(issueNumber, renderVerifyComment(r, runUrl));
}
