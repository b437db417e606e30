import type { V1Container, V1Job, V1PodSpec } from '@kubernetes/client-node';

export const MANAGED_BY_LABEL = 'app.kubernetes.io/managed-by';
export const MANAGED_BY = 'kubespray-upgrade-verify';
export const SERVER_PORT = 8080;

export function probeLabels(component: string, extra: Record<string, string> = {}): Record<string, string> {
  return { [MANAGED_BY_LABEL]: MANAGED_BY, 'app.kubernetes.io/component': component, ...extra };
}

/** Tolerates the control-plane taints so pod-network can place probes on every node. */
export const CONTROL_PLANE_TOLERATIONS = [
  { key: 'node-role.kubernetes.io/control-plane', operator: 'Exists', effect: 'NoSchedule' },
  { key: 'node-role.kubernetes.io/master', operator: 'Exists', effect: 'NoSchedule' },
];

/**
 * A probe container that passes the Pod Security "restricted" profile and a typical
 * LimitRange, so verify works in hardened clusters; the agnhost image runs fine as non-root.
 */
export function probeContainer(name: string, image: string, args: { command?: string[]; args?: string[] }): V1Container {
  return {
    name,
    image,
    imagePullPolicy: 'IfNotPresent',
    ...args,
    resources: { requests: { cpu: '10m', memory: '16Mi' }, limits: { cpu: '100m', memory: '64Mi' } },
    securityContext: {
      allowPrivilegeEscalation: false,
      runAsNonRoot: true,
      runAsUser: 65534,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    },
  };
}

/** `agnhost netexec`: an HTTP server whose /hostname answers with the pod's name. */
export function serverContainer(image: string) {
  return {
    ...probeContainer('server', image, { args: ['netexec', `--http-port=${SERVER_PORT}`] }),
    ports: [{ containerPort: SERVER_PORT, name: 'http' }],
    readinessProbe: { httpGet: { path: '/hostname', port: SERVER_PORT }, periodSeconds: 2 },
  };
}

/** busybox wget from the same image: prints the body, exits non-zero on any failure. */
export function httpGetCommand(url: string, timeoutSeconds = 5): string[] {
  return ['wget', '-q', '-O-', '-T', String(timeoutSeconds), url];
}

export function probeJob(name: string, component: string, podSpec: Omit<V1PodSpec, 'restartPolicy'>, activeDeadlineSeconds: number, backoffLimit = 2): V1Job {
  return {
    metadata: { name, labels: probeLabels(component) },
    spec: {
      backoffLimit,
      activeDeadlineSeconds,
      template: {
        metadata: { labels: probeLabels(component) },
        spec: { ...podSpec, restartPolicy: 'Never', automountServiceAccountToken: false },
      },
    },
  };
}
