import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    // Tests spawn git, ansible-playbook and etcd; two cores are shared between them.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // .ci/run computes its closing "N passed, N failed" line from this file; the skip gate fails
    // the run on a skip that test/allowed-skips.json does not list.
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-results.json' }], './test/support/skip-gate-reporter.ts'],
    projects: [
      // Everything on Node 24, which the actions run on (runs.using: node24).
      { extends: true, test: { name: 'node24', include: ['test/**/*.test.ts'], env: { KSU_CLI_NODE_LINE: '24' } } },
      // The CLI also supports the Node 22 LTS line (src/cli/node-version.ts): its tests again on 22.
      {
        extends: true,
        test: { name: 'cli-node22', include: ['test/cli/**/*.test.ts'], env: { KSU_CLI_NODE: 'node_modules/node22/bin/node', KSU_CLI_NODE_LINE: '22' } },
      },
    ],
  },
});
