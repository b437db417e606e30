import * as core from './toolkit.js';
import { ActionError } from '../errors.js';

/**
 * Top-level error policy shared by every action: expected failures become one actionable
 * line; anything else is a bug and is reported with its stack so it can be fixed.
 */
export async function runAction(actionName: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    if (error instanceof ActionError) {
      core.setFailed(error.message);
    } else {
      const detail = error instanceof Error ? (error.stack ?? error.message) : String(error);
      core.setFailed(`${actionName} failed unexpectedly; this is a bug, please report it with this log:\n${detail}`);
    }
  }
}
