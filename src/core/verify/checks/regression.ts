import type { Check } from './types.js';

const MAX_OUTPUT = 256 * 1024;
const FAILED_MARKER = '::kubespray-upgrade-verify-failed::';

/**
 * Runs the team's regression commands as one bash script with -e -o pipefail (trusted
 * configuration from the workflow file). An ERR trap names the command and line that failed.
 */
export const regressionCheck: Check = async (ctx) => {
  const script = ctx.regressionCommands;
  if (script.trim() === '') return { summary: 'no regression-commands given', failures: [], skipped: true };
  ctx.progress('running regression-commands');
  // The trap shares line 1 with nothing else, so user line N is LINENO N+1.
  const wrapped = `trap 'echo "${FAILED_MARKER}$((LINENO - 1)) $BASH_COMMAND" >&2' ERR\n${script}`;
  const env = { ...ctx.regressionEnv, ...(ctx.kubeconfig ? { KUBECONFIG: ctx.kubeconfig } : {}) };
  const { code, signal, output } = await ctx.runCommand('bash', ['-e', '-o', 'pipefail', '-c', wrapped], { env, signal: ctx.signal, maxOutput: MAX_OUTPUT });
  const lines = output.split('\n');
  const marker = lines.find((l) => l.startsWith(FAILED_MARKER));
  const clean = lines.filter((l) => !l.startsWith(FAILED_MARKER)).join('\n');
  if (ctx.signal.aborted) throw ctx.signal.reason;
  if (code === 0) return { summary: 'regression-commands passed', failures: [], output: clean };
  const tail = clean.trim().split('\n').slice(-5).join(' | ');
  let where = '';
  if (marker) {
    const m = /^(\d+) (.*)$/.exec(marker.slice(FAILED_MARKER.length));
    if (m) where = ` at line ${m[1]}: ${m[2]}`;
  }
  const how = signal ? `was killed by ${signal}` : `exited ${code}`;
  return { summary: `regression-commands ${how}`, failures: [`regression-commands ${how}${where}; last output: ${tail || '(none)'}`], output: clean };
};
