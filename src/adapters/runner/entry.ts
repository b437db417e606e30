import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/**
 * Whether the module at `moduleUrl` is the script node was started with (the runner runs
 * `node dist/<action>/index.js`), rather than imported (by the CLI, or by a local runner such as
 * @github/local-action, which then call run() themselves).
 */
export function startedDirectly(moduleUrl: string): boolean {
  try {
    return !!process.argv[1] && realpathSync(process.argv[1]) === realpathSync(fileURLToPath(moduleUrl));
  } catch {
    return false;
  }
}
