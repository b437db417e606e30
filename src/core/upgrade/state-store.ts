import { ActionError } from '../errors.js';
import type { Redactor } from '../text/redact.js';
import { KubeConflictError, type KubeApi } from '../kube/index.js';
import { parseState, STATE_CONFIGMAP, STATE_KEY, type UpgradeState } from './state.js';

/**
 * The upgrade state lives in the cluster, so any runner can resume it. Writes carry the
 * resourceVersion last read or written: while we hold the lock nobody else should write,
 * and if somebody did (a human editing it) we stop rather than overwrite them.
 */
export class StateStore {
  private resourceVersion?: string;
  private exists = false;

  constructor(
    private readonly kube: KubeApi,
    readonly namespace: string,
    private readonly redactor: Redactor,
  ) {}

  async load(): Promise<UpgradeState | undefined> {
    const cm = await this.kube.getConfigMap(this.namespace, STATE_CONFIGMAP);
    this.exists = cm !== undefined;
    this.resourceVersion = cm?.metadata?.resourceVersion;
    const text = cm?.data?.[STATE_KEY];
    if (text === undefined) return undefined;
    try {
      return parseState(text);
    } catch (e) {
      throw new ActionError(
        `ConfigMap ${this.namespace}/${STATE_CONFIGMAP} key ${STATE_KEY} cannot be read (${(e as Error).message}). ` +
          `Inspect it with kubectl -n ${this.namespace} get configmap ${STATE_CONFIGMAP} -o yaml; nothing was changed.`,
      );
    }
  }

  async save(state: UpgradeState): Promise<void> {
    state.updatedAt = new Date().toISOString();
    // What goes into the cluster is masked like the log: a playbook's output may carry secrets.
    const data = { [STATE_KEY]: JSON.stringify(this.redactor.redactDeep(state), null, 2) };
    const metadata = {
      name: STATE_CONFIGMAP,
      namespace: this.namespace,
      labels: { 'app.kubernetes.io/managed-by': 'kubespray-upgrade' },
      annotations: { 'kubespray-upgrade/upgrade-id': state.upgradeId, 'kubespray-upgrade/status': state.status },
    };
    try {
      const written = this.exists
        ? await this.kube.replaceConfigMap(this.namespace, { apiVersion: 'v1', kind: 'ConfigMap', metadata: { ...metadata, resourceVersion: this.resourceVersion }, data })
        : await this.kube.createConfigMap(this.namespace, { apiVersion: 'v1', kind: 'ConfigMap', metadata, data });
      this.exists = true;
      this.resourceVersion = written.metadata?.resourceVersion;
    } catch (e) {
      if (e instanceof KubeConflictError) {
        throw new ActionError(
          `ConfigMap ${this.namespace}/${STATE_CONFIGMAP} was changed by someone else during the upgrade; stopping rather than overwriting it. ` +
            `Check who edited it, then re-run to resume.`,
        );
      }
      throw e;
    }
  }
}
