import { accessSync, constants } from 'node:fs';
import path from 'node:path';

/** The commands among `names` that are not executable files on PATH. */
export function missingCommands(names: readonly string[], pathVar = process.env.PATH ?? ''): string[] {
  const dirs = pathVar.split(path.delimiter).filter(Boolean);
  return names.filter((name) => !dirs.some((dir) => isExecutable(path.join(dir, name))));
}

function isExecutable(file: string): boolean {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}
