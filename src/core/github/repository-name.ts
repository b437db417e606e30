import { ConfigurationError } from '../errors.js';

export interface RepositoryName {
  owner: string;
  repo: string;
}

// GitHub owner and repository names: letters, digits, '-', '_' and '.' (owners have no '.' or '_').
const FULL_NAME = /^([A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)\/([A-Za-z0-9._-]+)$/;

export function parseRepositoryName(fullName: string, source: string): RepositoryName {
  const m = FULL_NAME.exec(fullName.trim());
  if (!m || m[2] === '.' || m[2] === '..') {
    throw new ConfigurationError(`${source} must be "owner/name", got ${JSON.stringify(fullName)}`);
  }
  return { owner: m[1]!, repo: m[2]! };
}
