import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Tests spawn git, ansible-playbook and etcd; two cores are shared between them.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // .ci/run computes its closing "N passed, N failed" line from this file; the skip gate fails
    // the run on a skip that test/allowed-skips.json does not list.
    reporters: ['default', ['json', { outputFile: '.tmp/vitest-results.json' }], './test/support/skip-gate-reporter.ts'],
  },
});
