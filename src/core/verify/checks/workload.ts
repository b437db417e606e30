import type { V1Deployment } from '../../kube/kube-api.js';
import { httpGetCommand, probeContainer, probeJob, probeLabels, serverContainer, SERVER_PORT } from '../probe/probe-pods.js';
import { logTail, runProbeJob } from '../probe/run-job.js';
import { describePod, podIsReady, pollUntil } from '../probe/wait.js';
import type { Check } from './types.js';

const NAME = 'verify-web';
const REPLICAS = 2;

function deployment(image: string): V1Deployment {
  const selector = probeLabels('workload', { app: NAME });
  return {
    metadata: { name: NAME, labels: selector },
    spec: {
      replicas: REPLICAS,
      selector: { matchLabels: selector },
      template: {
        metadata: { labels: selector },
        spec: {
          automountServiceAccountToken: false,
          // Required, not preferred: the point is to prove two nodes serve the same Service.
          affinity: { podAntiAffinity: { requiredDuringSchedulingIgnoredDuringExecution: [{ labelSelector: { matchLabels: selector }, topologyKey: 'kubernetes.io/hostname' }] } },
          containers: [serverContainer(image)],
        },
      },
    },
  };
}

/** A two-replica Deployment spread over two nodes behind a Service, reached through the Service's ClusterIP. */
export const workloadCheck: Check = async (ctx) => {
  const ns = ctx.namespace;
  const selector = `app=${NAME}`;
  await ctx.api.createDeployment(ns, deployment(ctx.image));
  const svc = await ctx.api.createService(ns, {
    metadata: { name: NAME, labels: probeLabels('workload') },
    spec: { selector: probeLabels('workload', { app: NAME }), ports: [{ name: 'http', port: 80, targetPort: SERVER_PORT }] },
  });
  const pods = await pollUntil(
    ctx.signal,
    async () => {
      const list = await ctx.api.listPods(ns, { labelSelector: selector });
      const ready = list.filter(podIsReady);
      const notReady = list.filter((p) => !podIsReady(p)).map(describePod);
      ctx.progress(`waiting for Deployment ${NAME}: ${ready.length}/${REPLICAS} replicas Ready${notReady.length ? `; ${notReady.join('; ')}` : ''}`);
      return list;
    },
    (list) => list.filter(podIsReady).length >= REPLICAS,
  );
  const ready = pods.filter(podIsReady);
  const names = ready.map((p) => p.metadata!.name!);
  const nodes = [...new Set(ready.map((p) => p.spec?.nodeName ?? '?'))].sort();
  const failures: string[] = [];
  if (nodes.length < REPLICAS) failures.push(`Deployment ${NAME}: Ready replicas share node(s) ${nodes.join(', ')}; expected ${REPLICAS} distinct nodes`);

  ctx.progress(`waiting for Service ${NAME} endpoints`);
  await pollUntil(
    ctx.signal,
    () => ctx.api.getEndpoints(ns, NAME),
    (ep) => (ep?.subsets ?? []).reduce((n, s) => n + (s.addresses?.length ?? 0), 0) >= REPLICAS,
  );

  const ip = svc.spec?.clusterIP;
  const url = `http://${ip}:80/hostname`;
  const seconds = Math.max(1, Math.floor(ctx.timeoutMs / 1000));
  const job = probeJob(`${NAME}-client`, 'workload', { containers: [probeContainer('client', ctx.image, { command: httpGetCommand(url) })] }, seconds);
  const run = await runProbeJob(ctx, job, `GET ${url} through Service ${NAME}`);
  if (!run.succeeded) {
    failures.push(`client could not reach Service ${NAME} at ${url}: ${run.reason}; output: ${logTail(run.log)}`);
  } else if (!names.includes(run.log.trim())) {
    failures.push(`Service ${NAME} at ${url} answered ${JSON.stringify(logTail(run.log))}, not the name of one of its pods (${names.join(', ')})`);
  }
  return {
    summary: failures.length === 0 ? `${REPLICAS} replicas on ${nodes.join(', ')}; Service ${ip} answered from ${run.log.trim()}` : `Service ${NAME} check failed`,
    failures,
  };
};
