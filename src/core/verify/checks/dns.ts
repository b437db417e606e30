import { probeContainer, probeJob } from '../probe/probe-pods.js';
import { logTail, runProbeJob } from '../probe/run-job.js';
import type { Check } from './types.js';

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Resolves the kubernetes service's FQDN from a pod, through cluster DNS, and checks the answer. */
export const dnsCheck: Check = async (ctx) => {
  const fqdn = `kubernetes.default.svc.${ctx.clusterDomain}`;
  ctx.progress('reading service default/kubernetes');
  const expectedIp = (await ctx.api.getService('default', 'kubernetes'))?.spec?.clusterIP;
  const seconds = Math.max(1, Math.floor(ctx.timeoutMs / 1000));
  const job = probeJob('verify-dns', 'dns', { containers: [probeContainer('nslookup', ctx.image, { command: ['nslookup', fqdn] })] }, seconds);
  const run = await runProbeJob(ctx, job, `nslookup ${fqdn}`);
  if (!run.succeeded) {
    return { summary: `${fqdn} did not resolve`, failures: [`nslookup ${fqdn} through cluster DNS failed: ${run.reason}; output: ${logTail(run.log)}`], output: run.log };
  }
  // Both busybox and bind nslookup print "Name: <fqdn>" followed by "Address: <ip>".
  if (expectedIp && !new RegExp(`Name:\\s*${escapeRegExp(fqdn)}\\.?\\s*\\n\\s*Address:\\s*${escapeRegExp(expectedIp)}(\\s|$)`).test(run.log)) {
    return {
      summary: `${fqdn} resolved to the wrong address`,
      failures: [`nslookup ${fqdn} did not answer the kubernetes service's ClusterIP ${expectedIp}; output: ${logTail(run.log, 6)}`],
      output: run.log,
    };
  }
  return { summary: `${fqdn} -> ${expectedIp ?? 'resolved'}`, failures: [], output: run.log };
};
