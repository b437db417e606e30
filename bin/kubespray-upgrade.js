#!/usr/bin/env node
// The CLI runs the same bundled core as the actions.
await import('../dist/cli/index.js');
