// Run as a child process by child-process.test.ts, the way an action runs: configuration
// from the environment only, logging through @actions/core to stdout.
import * as core from '@actions/core';
import { GitHubHelper } from '../../src/adapters/github/github-helper.js';
import { actionsRunner } from '../../src/adapters/runner/actions-runner.js';

const helper = new GitHubHelper({ token: core.getInput('token'), log: actionsRunner });
const base = await helper.getDefaultBranch();
const result = await helper.createOrUpdatePullRequest({ head: core.getInput('head'), base, title: 'From a child', body: 'body', labels: ['upgrade'] });
const missing = await helper.listReleaseNotes('kubernetes-sigs/missing', ['v1.0.0']).then(
  () => 'no error',
  (e: Error) => e.message,
);
process.stdout.write(`RESULT ${JSON.stringify({ base, result, missing })}\n`);
