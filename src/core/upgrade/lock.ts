import { V1MicroTime } from '@kubernetes/client-node';
import { KubeConflictError, type KubeApi } from '../kube/index.js';
import type { V1Lease } from '../kube/kube-api.js';

export const LOCK_LEASE = 'kubespray-upgrade-lock';

export interface LeaseHolder {
  holder: string;
  renewedAt: Date;
  expiresAt: Date;
  expired: boolean;
}

export type AcquireResult = { acquired: true; tookOverFrom?: LeaseHolder } | { acquired: false; heldBy: LeaseHolder };

/**
 * A coordination.k8s.io Lease as the upgrade lock. The holder renews it while it runs; a
 * run that dies stops renewing and its lease expires, so a dead run blocks the next one
 * for at most the lease duration. Every write carries the resourceVersion it read, so two
 * runs racing for the same lease cannot both win.
 */
export class UpgradeLock {
  private timer?: NodeJS.Timeout;
  private held = false;

  constructor(
    private readonly kube: KubeApi,
    readonly namespace: string,
    readonly holder: string,
    readonly durationSeconds: number,
    private readonly now: () => Date = () => new Date(),
  ) {}

  /** The current holder, without taking anything. */
  async inspect(): Promise<LeaseHolder | undefined> {
    const lease = await this.kube.getLease(this.namespace, LOCK_LEASE);
    return lease ? this.describe(lease) : undefined;
  }

  async acquire(): Promise<AcquireResult> {
    const existing = await this.kube.getLease(this.namespace, LOCK_LEASE);
    const t = new V1MicroTime(this.now().getTime());
    try {
      if (!existing) {
        await this.kube.createLease(this.namespace, {
          apiVersion: 'coordination.k8s.io/v1',
          kind: 'Lease',
          metadata: { name: LOCK_LEASE, namespace: this.namespace, labels: { 'app.kubernetes.io/managed-by': 'kubespray-upgrade' } },
          spec: { holderIdentity: this.holder, leaseDurationSeconds: this.durationSeconds, acquireTime: t, renewTime: t, leaseTransitions: 0 },
        });
        return this.took();
      }
      const current = this.describe(existing);
      const free = !current.holder || current.expired;
      if (!free && current.holder !== this.holder) return { acquired: false, heldBy: current };
      const spec = existing.spec ?? {};
      await this.kube.replaceLease(this.namespace, {
        ...existing,
        spec: {
          ...spec,
          holderIdentity: this.holder,
          leaseDurationSeconds: this.durationSeconds,
          acquireTime: t,
          renewTime: t,
          leaseTransitions: (spec.leaseTransitions ?? 0) + (current.holder === this.holder ? 0 : 1),
        },
      });
      return this.took(current.holder && current.holder !== this.holder ? current : undefined);
    } catch (e) {
      // Someone else wrote the lease between our read and our write: they won.
      if (e instanceof KubeConflictError) {
        const now = await this.inspect();
        if (now) return { acquired: false, heldBy: now };
      }
      throw e;
    }
  }

  /** Renews every third of the lease duration; onLost runs once if another holder took it over. */
  startRenewing(onLost: (why: string) => void, onError: (e: unknown) => void = () => undefined): void {
    this.stopRenewing();
    const period = Math.max(1000, (this.durationSeconds * 1000) / 3);
    this.timer = setInterval(() => {
      this.renew().then((lost) => {
        if (lost) {
          this.stopRenewing();
          onLost(lost);
        }
      }, onError);
    }, period);
    this.timer.unref();
  }

  stopRenewing(): void {
    if (this.timer) clearInterval(this.timer);
    this.timer = undefined;
  }

  /** Undefined when renewed; a reason when the lease is no longer ours. Transient errors throw. */
  async renew(): Promise<string | undefined> {
    if (!this.held) return 'the lock is not held';
    const lease = await this.kube.getLease(this.namespace, LOCK_LEASE);
    if (!lease) return 'the lock Lease was deleted';
    if (lease.spec?.holderIdentity !== this.holder) return `the lock is now held by ${lease.spec?.holderIdentity ?? 'nobody'}`;
    try {
      await this.kube.replaceLease(this.namespace, { ...lease, spec: { ...lease.spec, renewTime: new V1MicroTime(this.now().getTime()) } });
      return undefined;
    } catch (e) {
      if (e instanceof KubeConflictError) return 'the lock Lease was changed by someone else';
      throw e;
    }
  }

  /** Gives the lock up: deletes the Lease if it is still ours (and unchanged). */
  async release(): Promise<void> {
    this.stopRenewing();
    if (!this.held) return;
    this.held = false;
    await this.deleteIfOurs();
  }

  /**
   * For a cleanup in another process (run-upgrade's post step): deletes the Lease if this
   * holder identity still holds it, whether or not this object acquired it. True if deleted.
   */
  async releaseLeftover(): Promise<boolean> {
    this.stopRenewing();
    this.held = false;
    return this.deleteIfOurs();
  }

  private async deleteIfOurs(): Promise<boolean> {
    const lease = await this.kube.getLease(this.namespace, LOCK_LEASE);
    if (!lease || lease.spec?.holderIdentity !== this.holder) return false;
    try {
      await this.kube.deleteLease(this.namespace, LOCK_LEASE, lease.metadata?.resourceVersion);
      return true;
    } catch (e) {
      if (!(e instanceof KubeConflictError)) throw e;
      return false;
    }
  }

  get isHeld(): boolean {
    return this.held;
  }

  private took(from?: LeaseHolder): AcquireResult {
    this.held = true;
    return { acquired: true, ...(from ? { tookOverFrom: from } : {}) };
  }

  private describe(lease: V1Lease): LeaseHolder {
    const spec = lease.spec ?? {};
    const renewed = toDate(spec.renewTime) ?? toDate(spec.acquireTime) ?? new Date(0);
    const expiresAt = new Date(renewed.getTime() + (spec.leaseDurationSeconds ?? 0) * 1000);
    return { holder: spec.holderIdentity ?? '', renewedAt: renewed, expiresAt, expired: expiresAt.getTime() <= this.now().getTime() };
  }
}

/** The client may hand back a MicroTime as a Date or as the string it received. */
function toDate(v: unknown): Date | undefined {
  if (v instanceof Date) return v;
  if (typeof v === 'string' && v) {
    const d = new Date(v);
    return Number.isNaN(d.getTime()) ? undefined : d;
  }
  return undefined;
}
