import { defineConfig } from 'vitest/config';

// Opt-in: the container runner against a real podman (`npm run test:podman`; .ci/run installs
// podman, runc and catatonit and runs it). Not in `npm test`, which needs no container engine.
export default defineConfig({
  test: {
    include: ['test/real-engine/**/*.real.ts'],
    testTimeout: 180_000,
    hookTimeout: 180_000,
    pool: 'forks',
  },
});
