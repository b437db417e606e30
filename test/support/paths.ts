import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** Real Kubespray data per tag; read-only. Override with KUBESPRAY_DATA. */
export const KUBESPRAY_DATA = path.resolve(REPO_ROOT, process.env.KUBESPRAY_DATA ?? '../shared/kubespray-data');

export function distEntry(action: string): string {
  return path.join(REPO_ROOT, 'dist', action, 'index.js');
}
