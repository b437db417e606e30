import { ActionError } from '../errors.js';
import { describeExit, type Ansible } from '../ansible/ansible.js';
import type { ClusterHosts } from '../ansible/listed-inventory.js';
import { failedHostsFromRecap } from '../ansible/recap.js';
import { sameKubeVersion, type KubeApi } from '../kube/index.js';
import { hostsPerBatch, serialValue, type BatchSize } from './batches.js';
import { readClusterSnapshot } from './cluster-snapshot.js';
import { waitForUpgradedNodes } from './node-checks.js';
import { factsPlaybook } from './phase-plan-view.js';
import type { BatchRecord } from './state.js';

export interface StepContext {
  ansible: Ansible;
  kube: KubeApi;
  info: (line: string) => void;
  hosts: ClusterHosts;
  kubesprayDir: string;
  /** The kubelet and apiserver version every upgraded node must report. */
  target: string;
  batchSize: BatchSize;
  nodeTimeoutMs: number;
  nodeSettleMs?: number;
  pauseBeforeNodeSeconds?: number;
  pauseAfterNodeSeconds?: number;
  signal: AbortSignal;
  /** Throws the interruption error when the run was cancelled or lost its lock. */
  throwIfAborted: () => void;
  /** When an earlier attempt of this step already completed its playbook (see StepRecord.playbookCompletedAt). */
  playbookCompletedAt?: string;
  /** Records, durably, that this step's playbook completed. */
  markPlaybookCompleted: () => Promise<void>;
}

const UPGRADE = 'upgrade-cluster.yml';
const CONTROL_PLANE_LIMIT = 'kube_control_plane:etcd';

/**
 * The Kubespray playbook runs of an upgrade, each followed by a check through the API that
 * the nodes it touched are Ready at the target: Kubespray's own exit code is not enough.
 * Every method returns a one-line note for the state and the summary, or throws.
 */
export class KubespraySteps {
  constructor(private readonly c: StepContext) {}

  async facts(): Promise<string> {
    const playbook = factsPlaybook(this.c.kubesprayDir);
    await this.playbook({ playbook, timeoutMs: this.c.nodeTimeoutMs, what: playbook });
    return playbook;
  }

  async controlPlane(): Promise<string> {
    const h = this.c.hosts;
    // Kubespray upgrades control plane and etcd hosts one at a time.
    const count = new Set([...h.controlPlane, ...h.etcd]).size;
    await this.playbook({
      playbook: UPGRADE,
      limit: CONTROL_PLANE_LIMIT,
      extraVars: this.upgradeVars(),
      timeoutMs: this.c.nodeTimeoutMs * Math.max(1, count),
      what: `${UPGRADE} --limit ${CONTROL_PLANE_LIMIT}`,
    });
    const nodes = h.controlPlane.map((x) => h.nodeName.get(x) ?? x);
    await this.checkNodes(nodes, 'control plane');
    await this.checkApiservers();
    return `${nodes.join(', ')} at ${this.c.target}`;
  }

  async batch(b: BatchRecord): Promise<string> {
    const limit = b.hosts.join(',');
    // The whole batch at once: worker-batch-size already decided how many hosts go together.
    await this.playbook({ playbook: UPGRADE, limit, extraVars: { ...this.upgradeVars(), serial: '100%' }, timeoutMs: this.c.nodeTimeoutMs, what: `${UPGRADE} --limit ${limit}` });
    await this.checkNodes(b.nodes, `batch ${b.index}`);
    return `${b.nodes.join(', ')} Ready at ${this.c.target}`;
  }

  async wholeCluster(): Promise<string> {
    const h = this.c.hosts;
    // Kubespray rolls the control plane one host at a time, then the workers `serial` at a time.
    const rounds = new Set([...h.controlPlane, ...h.etcd]).size + Math.ceil(h.workers.length / hostsPerBatch(this.c.batchSize, h.workers.length));
    const serial = serialValue(this.c.batchSize);
    await this.playbook({ playbook: UPGRADE, extraVars: { ...this.upgradeVars(), serial }, timeoutMs: this.c.nodeTimeoutMs * Math.max(1, rounds), what: `${UPGRADE} (serial ${serial})` });
    const nodes = [...h.nodeName.values()];
    await this.checkNodes(nodes, 'cluster');
    await this.checkApiservers();
    return `${nodes.length} nodes at ${this.c.target}`;
  }

  private upgradeVars(): Record<string, unknown> {
    // Never prompt: a job has no one to answer upgrade_node_confirm.
    const vars: Record<string, unknown> = { upgrade_node_confirm: false };
    if (this.c.pauseBeforeNodeSeconds !== undefined) vars.upgrade_node_pause_seconds = this.c.pauseBeforeNodeSeconds;
    if (this.c.pauseAfterNodeSeconds !== undefined) vars.upgrade_node_post_upgrade_pause_seconds = this.c.pauseAfterNodeSeconds;
    return vars;
  }

  private async playbook(o: { playbook: string; limit?: string; extraVars?: Record<string, unknown>; timeoutMs: number; what: string }): Promise<void> {
    if (this.c.playbookCompletedAt) {
      this.c.info(`${o.what} already completed at ${this.c.playbookCompletedAt}; only the checks after it are repeated`);
      return;
    }
    const recap: string[] = [];
    let inRecap = false;
    const result = await this.c.ansible.playbook({
      playbook: o.playbook,
      limit: o.limit,
      extraVars: o.extraVars,
      timeoutMs: o.timeoutMs,
      signal: this.c.signal,
      onLine: (l) => {
        if (/^PLAY RECAP/.test(l)) inRecap = true;
        else if (inRecap) recap.push(l);
        this.c.info(l);
      },
    });
    this.c.info(`$ ${result.argv.join(' ')}\n  -> ${describeExit(result)} after ${(result.durationMs / 1000).toFixed(1)}s`);
    if (result.aborted) this.c.throwIfAborted();
    if (result.timedOut) throw new ActionError(`${o.what} did not finish within ${formatMs(o.timeoutMs)} and was killed (node-timeout-minutes)`);
    if (result.exitCode !== 0) {
      const failedHosts = failedHostsFromRecap(recap);
      throw new ActionError(`${o.what} failed (${describeExit(result)})${failedHosts.length ? ` on ${failedHosts.join(', ')}` : ''}`);
    }
    await this.c.markPlaybookCompleted();
  }

  private async checkNodes(nodes: readonly string[], what: string): Promise<void> {
    const problems = await waitForUpgradedNodes(this.c.kube, nodes, this.c.target, {
      timeoutMs: this.c.nodeSettleMs ?? Math.min(this.c.nodeTimeoutMs, 5 * 60_000),
      signal: this.c.signal,
    });
    this.c.throwIfAborted();
    if (problems.length > 0) throw new ActionError(`the playbook finished but the ${what} nodes are not upgraded: ${problems.join('; ')}`);
    this.c.info(`${what}: ${nodes.join(', ')} Ready with kubelet ${this.c.target}`);
  }

  private async checkApiservers(): Promise<void> {
    const snap = await readClusterSnapshot(this.c.kube);
    const behind = snap.apiservers.filter((a) => !sameKubeVersion(a.version, this.c.target));
    if (behind.length > 0) {
      throw new ActionError(`the control plane playbook finished but apiserver(s) are not at ${this.c.target}: ${behind.map((a) => `${a.source}=${a.version}`).join(', ')}`);
    }
  }
}

function formatMs(ms: number): string {
  return ms >= 60_000 ? `${+(ms / 60_000).toFixed(2)} min` : `${+(ms / 1000).toFixed(1)} s`;
}
