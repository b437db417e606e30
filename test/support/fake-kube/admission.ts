import { badRequest, invalid } from './status.js';
import type { KObj } from './store.js';

interface Allocator {
  allocateServiceIp(): string;
}

const MICRO_TIME = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{6}(Z|[+-]\d\d:\d\d)$/;

/** Validation and defaulting the apiserver applies on create, for the cases verify and run-upgrade hit. */
export function admit(plural: string, body: KObj, alloc: Allocator): KObj {
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw badRequest('the request body must be a JSON object');
  const o = structuredClone(body);
  o.metadata ??= { name: '' };
  const name = o.metadata.name || o.metadata.generateName || '';
  switch (plural) {
    case 'pods':
      validatePodSpec('Pod', name, o.spec, 'spec');
      o.spec.restartPolicy ??= 'Always';
      o.spec.dnsPolicy ??= 'ClusterFirst';
      o.spec.terminationGracePeriodSeconds ??= 30;
      o.status = { phase: 'Pending', qosClass: 'BestEffort' };
      break;
    case 'namespaces':
      o.spec = { finalizers: ['kubernetes'] };
      o.status = { phase: 'Active' };
      o.metadata.labels = { ...o.metadata.labels, 'kubernetes.io/metadata.name': name };
      break;
    case 'services':
      if (!Array.isArray(o.spec?.ports) || o.spec.ports.length === 0) throw invalid('Service', name, 'spec.ports: Required value');
      o.spec.type ??= 'ClusterIP';
      if (!o.spec.clusterIP) o.spec.clusterIP = alloc.allocateServiceIp();
      o.spec.clusterIPs = [o.spec.clusterIP];
      o.spec.ports = o.spec.ports.map((p: { port: number; targetPort?: number | string; protocol?: string }) => ({ protocol: 'TCP', ...p, targetPort: p.targetPort ?? p.port }));
      o.status = { loadBalancer: {} };
      break;
    case 'jobs': {
      const tpl = o.spec?.template;
      validatePodSpec('Job', name, tpl?.spec, 'spec.template.spec');
      const rp = tpl.spec.restartPolicy;
      if (rp !== 'Never' && rp !== 'OnFailure') {
        throw invalid('Job.batch', name, `spec.template.spec.restartPolicy: Required value: valid values: "OnFailure", "Never"`);
      }
      o.spec.backoffLimit ??= 6;
      o.spec.completions ??= 1;
      o.spec.parallelism ??= 1;
      o.status = {};
      break;
    }
    case 'deployments': {
      const sel = o.spec?.selector?.matchLabels;
      const labels = o.spec?.template?.metadata?.labels ?? {};
      if (!sel || Object.keys(sel).length === 0) throw invalid('Deployment.apps', name, 'spec.selector: Required value');
      if (!Object.entries(sel).every(([k, v]) => labels[k] === v)) {
        throw invalid('Deployment.apps', name, 'spec.template.metadata.labels: Invalid value: `selector` does not match template `labels`');
      }
      validatePodSpec('Deployment.apps', name, o.spec.template.spec, 'spec.template.spec');
      if (o.spec.template.spec.restartPolicy && o.spec.template.spec.restartPolicy !== 'Always') {
        throw invalid('Deployment.apps', name, 'spec.template.spec.restartPolicy: Unsupported value: only "Always" is supported');
      }
      o.spec.replicas ??= 1;
      o.status = {};
      break;
    }
    case 'leases':
      for (const f of ['acquireTime', 'renewTime']) {
        const v = o.spec?.[f];
        if (v !== undefined && v !== null && !MICRO_TIME.test(String(v))) {
          throw badRequest(`Lease in version "v1" cannot be handled as a Lease: parsing time "${v}" as "2006-01-02T15:04:05.000000Z07:00": cannot parse as MicroTime (use V1MicroTime)`);
        }
      }
      break;
    case 'configmaps':
      for (const [k, v] of Object.entries(o.data ?? {})) {
        if (typeof v !== 'string') throw badRequest(`ConfigMap data "${k}" must be a string`);
      }
      break;
  }
  return o;
}

export function validateLeaseTimes(o: KObj): void {
  admit('leases', o, { allocateServiceIp: () => '' });
}

function validatePodSpec(kind: string, name: string, spec: any, path: string): void {
  if (!spec || !Array.isArray(spec.containers) || spec.containers.length === 0) {
    throw invalid(kind, name, `${path}.containers: Required value`);
  }
  for (const [i, c] of spec.containers.entries()) {
    if (!c.name) throw invalid(kind, name, `${path}.containers[${i}].name: Required value`);
    if (!c.image) throw invalid(kind, name, `${path}.containers[${i}].image: Required value`);
  }
}
