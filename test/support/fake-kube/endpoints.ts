import type { ObjectStore, KObj } from './store.js';

function ready(p: KObj): boolean {
  return (p.status?.conditions ?? []).some((c: { type: string; status: string }) => c.type === 'Ready' && c.status === 'True');
}

/**
 * The Endpoints object the endpoints controller would maintain for a service: ready pods
 * matching the selector as addresses, started-but-unready ones as notReadyAddresses. The
 * selectorless `kubernetes` service points at the control-plane nodes, like the apiserver's.
 */
export function deriveEndpoints(svc: KObj, store: ObjectStore, revision: string): KObj {
  const ns = svc.metadata.namespace!;
  const ports = (svc.spec?.ports ?? []).map((p: { name?: string; port: number; targetPort?: number | string; protocol?: string }) => ({
    ...(p.name ? { name: p.name } : {}),
    port: typeof p.targetPort === 'number' ? p.targetPort : p.port,
    protocol: p.protocol ?? 'TCP',
  }));
  const meta = { name: svc.metadata.name, namespace: ns, resourceVersion: revision, uid: `${svc.metadata.uid}-ep`, creationTimestamp: svc.metadata.creationTimestamp, labels: svc.metadata.labels };
  const base = { apiVersion: 'v1', kind: 'Endpoints', metadata: meta };
  if (ns === 'default' && svc.metadata.name === 'kubernetes') {
    const addresses = store
      .list('nodes')
      .filter((n) => n.metadata.labels?.['node-role.kubernetes.io/control-plane'] !== undefined)
      .map((n) => ({ ip: n.status?.addresses?.find((a: { type: string }) => a.type === 'InternalIP')?.address }));
    return { ...base, subsets: addresses.length ? [{ addresses, ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }] : [] };
  }
  const selector: Record<string, string> | undefined = svc.spec?.selector;
  if (!selector || Object.keys(selector).length === 0) return { ...base, subsets: [] };
  const pods = store
    .list('pods', ns)
    .filter((p) => p.status?.podIP && !p.metadata.deletionTimestamp && Object.entries(selector).every(([k, v]) => p.metadata.labels?.[k] === v));
  const addr = (p: KObj) => ({
    ip: p.status.podIP,
    nodeName: p.spec.nodeName,
    targetRef: { kind: 'Pod', namespace: ns, name: p.metadata.name, uid: p.metadata.uid },
  });
  const addresses = pods.filter(ready).map(addr);
  const notReadyAddresses = pods.filter((p) => !ready(p)).map(addr);
  if (addresses.length + notReadyAddresses.length === 0) return { ...base, subsets: [] };
  return {
    ...base,
    subsets: [{ ...(addresses.length ? { addresses } : {}), ...(notReadyAddresses.length ? { notReadyAddresses } : {}), ports }],
  };
}
