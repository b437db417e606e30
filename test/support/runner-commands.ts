/**
 * Reads a step's stdout the way the GitHub Actions runner does, to prove what it would obey:
 * lines are split at \n, \r\n and \r; a line is a command when, after leading whitespace, it
 * starts with `::name` (`::name props::data`), or when it contains the legacy `##[name ...]data`;
 * `::stop-commands::TOKEN` turns commands off until a line `::TOKEN::`.
 */
export interface ObeyedCommand {
  name: string;
  data: string;
}

export function commandsObeyed(stdout: string): ObeyedCommand[] {
  const obeyed: ObeyedCommand[] = [];
  let stopToken: string | undefined;
  for (const raw of stdout.split(/\r\n|\r|\n/)) {
    const command = parse(raw);
    if (!command) continue;
    if (stopToken !== undefined) {
      if (command.name === stopToken) stopToken = undefined;
      continue;
    }
    if (command.name === 'stop-commands') stopToken = command.data;
    obeyed.push(command);
  }
  return obeyed;
}

function parse(line: string): ObeyedCommand | undefined {
  const trimmed = line.trimStart();
  if (trimmed.startsWith('::')) {
    const end = trimmed.indexOf('::', 2);
    if (end > 2) return { name: trimmed.slice(2, end).split(' ')[0]!, data: trimmed.slice(end + 2) };
  }
  const legacy = /##\[([^\]\s;]+)[^\]]*\](.*)/.exec(line);
  return legacy ? { name: legacy[1]!, data: legacy[2]! } : undefined;
}

/**
 * Commands an attacker forged: the hostile fixtures write every command they try with data
 * starting `FORGED`, which no message of the suite starts with, so any such command the runner
 * would obey came from untrusted text. Stops that are not ours (not a random hex token) count too.
 */
export function forgedCommands(stdout: string): ObeyedCommand[] {
  return commandsObeyed(stdout).filter((c) => c.data.startsWith('FORGED') || (c.name === 'stop-commands' && !/^[0-9a-f]{32}$/.test(c.data)));
}

/** One value that tries every kind of forgery: a mask, an annotation, a stop and a legacy command. */
export const FORGERY = '\n::add-mask::FORGED-mask\n::error::FORGED-error\n::stop-commands::FORGED-stop\n##[warning]FORGED-legacy\n';
