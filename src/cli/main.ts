import { ActionError } from '../shared/errors.js';
import { detectRelease } from '../shared/detect/detect-release.js';
import { parseArgs, stringFlag } from './args.js';
import { REPORT_USAGE, reportCommand } from './report-command.js';
import { CLUSTERS_USAGE, clustersCommand } from './commands/clusters.js';

const USAGE = `kubespray-upgrade: the kubespray-upgrade-actions core at a terminal

Usage:
  kubespray-upgrade detect [--repo DIR] [--submodule-path PATH] [--kubespray-repository URL]
                           [--allow-prerelease] [--json]
${REPORT_USAGE}
${CLUSTERS_USAGE}
  kubespray-upgrade --help

Commands:
  detect   Print the pinned Kubespray release, the next safe hop and the full upgrade path.
  report   What upgrading Kubespray from one tag to another changes for this cluster repo:
           component versions with the inventory's pins, hazards with file:line and fixes,
           changed files and inventory drift (docs/report-schema.md).
  clusters List the clusters of the config file (or the one autodetected), by wave, as the
           upgrade workflow runs them.
`;

export async function main(argv: readonly string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
      case 'help':
        process.stdout.write(USAGE);
        return command === undefined ? 2 : 0;
      case 'detect':
        return await detectCommand(rest);
      case 'report':
        return await reportCommand(rest);
      case 'clusters':
        return await clustersCommand(rest);
      default:
        process.stderr.write(`unknown command ${JSON.stringify(command)}\n\n${USAGE}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ActionError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}

async function detectCommand(argv: readonly string[]): Promise<number> {
  const args = parseArgs(argv, ['repo', 'submodule-path', 'kubespray-repository'], ['allow-prerelease', 'json']);
  const r = await detectRelease({
    repoPath: stringFlag(args, 'repo') ?? '.',
    submodulePath: stringFlag(args, 'submodule-path'),
    kubesprayRepository: stringFlag(args, 'kubespray-repository'),
    allowPrerelease: args.flags.has('allow-prerelease'),
  });
  const out = {
    currentVersion: r.current.tag,
    currentCommit: r.currentCommit,
    latestVersion: r.latest.tag,
    nextVersion: r.next?.tag ?? '',
    upgradeAvailable: Boolean(r.next),
    upgradePath: r.path.map((h) => h.tag),
    hopsBehind: r.path.length,
  };
  if (args.flags.has('json')) {
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    process.stdout.write(
      `current  ${out.currentVersion} (${out.currentCommit.slice(0, 12)})\n` +
        `next     ${out.nextVersion || 'up to date'}\n` +
        `latest   ${out.latestVersion}\n` +
        `path     ${[out.currentVersion, ...out.upgradePath].join(' -> ')}\n`,
    );
  }
  return 0;
}
