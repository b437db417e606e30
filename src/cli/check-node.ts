import { nodeVersionProblem } from './node-version.js';

// Imported first by index.ts: ES modules evaluate in import order, so this runs before any
// dependency that would crash on an older Node is loaded.
const problem = nodeVersionProblem(process.versions.node);
if (problem) {
  process.stderr.write(problem);
  process.exit(1);
}
