import { ActionError } from '../core/errors.js';
import { runActionCommand, type ActionCommandSpec } from './action-command.js';
import { actionUsageLine, wrap } from './action-help.js';
import { UsageError } from './args.js';
import { ACTION_COMMANDS } from './commands/action-commands.js';
import { clustersCommand } from './commands/clusters.js';
import { detectCommand } from './commands/detect.js';
import { reportCommand } from './report-command.js';
import { CLUSTERS_USAGE, DETECT_USAGE, REPORT_USAGE } from './usage.js';
import { SUITE_NAME, SUITE_VERSION } from '../actions/common/suite-version.js';

interface Command {
  usage: string;
  about: string;
  run(argv: readonly string[]): Promise<number>;
}

const TOOL_COMMANDS: Record<string, Command> = {
  detect: {
    usage: DETECT_USAGE,
    about: 'Print the pinned Kubespray release, the next safe hop and the full upgrade path.',
    run: detectCommand,
  },
  report: {
    usage: REPORT_USAGE,
    about:
      'What upgrading Kubespray from one tag to another changes for this cluster repo: component versions ' +
      "with the inventory's pins, hazards with file:line and fixes, changed files and inventory drift " +
      '(docs/report-schema.md).',
    run: reportCommand,
  },
  clusters: {
    usage: CLUSTERS_USAGE,
    about: 'List the clusters of the config file (or the one autodetected), by wave, as the upgrade workflow runs them.',
    run: clustersCommand,
  },
};

const actionCommand = (spec: ActionCommandSpec): Command => ({
  usage: `  ${actionUsageLine(spec)}`,
  about: `${spec.about[0]!.toUpperCase()}${spec.about.slice(1)}. The ${spec.action} action; see ${spec.command} --help.`,
  run: (argv) => runActionCommand(spec, argv),
});

const COMMANDS: Record<string, Command> = { ...TOOL_COMMANDS, ...Object.fromEntries(ACTION_COMMANDS.map((s) => [s.command, actionCommand(s)])) };

const USAGE = `kubespray-upgrade: the kubespray-upgrade-actions core at a terminal or on any CI system

Usage:
${Object.values(COMMANDS)
  .map((c) => c.usage)
  .join('\n')}
  kubespray-upgrade <command> --help
  kubespray-upgrade --version

Commands:
${Object.entries(COMMANDS)
  .map(([name, c]) => `  ${name.padEnd(9)}${wrap(c.about, 11).join('\n').trimStart()}`)
  .join('\n')}

Exit codes: 0 success, 1 failure (as the action fails), 2 a command line that cannot be understood.
`;

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

export async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-V') {
    process.stdout.write(`kubespray-upgrade ${SUITE_VERSION} (${SUITE_NAME}, Node.js ${process.versions.node})\n`);
    return 0;
  }
  if (name === undefined || isHelp(name) || name === 'help') {
    process.stdout.write(USAGE);
    return name === undefined ? 2 : 0;
  }
  const command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name]! : undefined;
  if (!command) {
    process.stderr.write(`unknown command ${JSON.stringify(name)}\n\n${USAGE}`);
    return 2;
  }
  // The action commands render their own, longer help from the action's inputs.
  if (name in TOOL_COMMANDS && rest.some(isHelp)) {
    process.stdout.write(`Usage:\n${command.usage}\n\n${wrap(command.about, 2).join('\n')}\n`);
    return 0;
  }
  try {
    return await command.run(rest);
  } catch (error) {
    if (error instanceof UsageError) {
      process.stderr.write(`error: ${error.message}\nSee: kubespray-upgrade ${name} --help\n`);
      return 2;
    }
    if (error instanceof ActionError) {
      process.stderr.write(`error: ${error.message}\n`);
      return 1;
    }
    throw error;
  }
}
