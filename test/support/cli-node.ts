import path from 'node:path';
import { REPO_ROOT } from './paths.js';

/**
 * The Node the CLI tests run the bundled CLI on: this process's (24) or, in the cli-node22
 * vitest project, the node22 dev dependency's binary (vitest.config.ts). Both LTS lines are
 * supported (src/cli/node-version.ts).
 */
export const CLI_NODE = process.env.KSU_CLI_NODE ? path.resolve(REPO_ROOT, process.env.KSU_CLI_NODE) : process.execPath;

/** The Node major the project says CLI_NODE is, so a misconfigured project cannot pass as 22. */
export const CLI_NODE_LINE = Number(process.env.KSU_CLI_NODE_LINE ?? process.versions.node.split('.')[0]);
