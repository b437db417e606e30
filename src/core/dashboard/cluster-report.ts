import type { Reporter } from '../reporter.js';
import { ActionError } from '../errors.js';
import type { GitHubApi } from '../github/github-api.js';
import { updateDashboard } from './dashboard-issue.js';
import type { ClusterRecord } from './fleet-data.js';
import { publishDashboard } from './publish.js';

export interface ClusterReportSettings {
  cluster: string;
  environment: string;
  /** True when the environment was given, not defaulted: only then does it go into the dashboard row. */
  environmentGiven: boolean;
  /** Label of the dashboard issue; undefined: the dashboard is off. */
  dashboardLabel?: string;
  /** Record the upgrade as a GitHub deployment to `environment`. */
  deployment: boolean;
  /** Commit of the cluster repo that was deployed. */
  ref?: string;
  runUrl?: string;
}

type Client = Pick<GitHubApi, 'createDeployment' | 'createDeploymentStatus' | 'listOpenIssues' | 'createIssue' | 'updateIssue' | 'getIssue'>;

/**
 * What run-upgrade and verify tell GitHub about one cluster: a deployment whose statuses
 * follow the upgrade, and the cluster's row of the fleet dashboard. Both are reports on work
 * already done or doing, so a failure to write them is a warning, never the job's failure.
 */
export class ClusterReport {
  private deploymentId: number | undefined;

  constructor(
    private readonly s: ClusterReportSettings,
    private readonly github: Client | undefined,
    private readonly log: Reporter,
  ) {}

  async deploymentStarted(description: string): Promise<void> {
    if (!this.github || !this.s.deployment) return;
    if (!this.s.ref) return this.log.warning('no commit of the cluster repo is known, so no deployment is recorded');
    await this.bestEffort('record the deployment', async () => {
      this.deploymentId = await this.github!.createDeployment({ ref: this.s.ref!, environment: this.s.environment, description, production: false });
      await this.github!.createDeploymentStatus(this.deploymentId, { state: 'in_progress', logUrl: this.s.runUrl, description });
      this.log.info(`deployment ${this.deploymentId} to environment ${this.s.environment}: in_progress`);
    });
  }

  async deploymentFinished(success: boolean, description: string): Promise<void> {
    if (!this.github || this.deploymentId === undefined) return;
    const state = success ? 'success' : 'failure';
    await this.bestEffort('finish the deployment', async () => {
      await this.github!.createDeploymentStatus(this.deploymentId!, { state, logUrl: this.s.runUrl, description });
      this.log.info(`deployment ${this.deploymentId} to environment ${this.s.environment}: ${state}`);
    });
  }

  async dashboard(record: Omit<Partial<ClusterRecord>, 'name'>): Promise<void> {
    if (!this.github || !this.s.dashboardLabel) return;
    await publishDashboard(this.log, () => updateDashboard(this.github!, this.s.dashboardLabel!, { records: [{ ...record, name: this.s.cluster, ...(this.s.environmentGiven ? { environment: this.s.environment } : {}) }] }));
  }

  private async bestEffort(what: string, step: () => Promise<void>): Promise<void> {
    try {
      await step();
    } catch (e) {
      if (!(e instanceof ActionError)) throw e;
      this.log.warning(`could not ${what}: ${e.message}. Grant the job deployments: write, or set deployment: false.`);
    }
  }
}
