import { rmSync, statSync } from 'node:fs';
import path from 'node:path';
import { actionsRunner } from '../../adapters/runner/actions-runner.js';
import type { ActionHost } from '../../adapters/runner/host.js';
import { runAction } from '../common/run-action.js';
import { GroupRegistry } from '../../adapters/group-registry.js';
import { createKubeApi } from '../../adapters/kube/client-kube-api.js';
import { cleanUpAfterMain } from '../../core/upgrade/post-cleanup.js';
import { loadMainStepState, PROCESS_GROUPS_DIR, TEMP_DIR_PREFIX } from './post-state.js';

const KILLED =
  "the run-upgrade step was killed before it finished (cancelled past the runner's grace period, or its process died); recorded by the post step";

/**
 * The post step (post-if: always()): what the main step could not do if it was killed.
 * Stops Ansible process groups it left running, records the upgrade as interrupted, gives
 * the lock up if this run holds it and removes the private temp dir with the key file. It
 * never fails the job: each part that cannot be done is a warning.
 */
export function post(host: ActionHost = actionsRunner): Promise<void> {
  // The post step never fails the job, so it sets no outputs of its own on an error.
  return runAction('run-upgrade (post)', host, () => ({}), async (host, redactor) => {
    const saved = loadMainStepState();
    if (!saved) {
      host.info('run-upgrade post: the main step saved nothing to clean up (it stopped before it read its inputs)');
      return;
    }
    const tempDir = ownTempDir(host, saved.tempDir);
    try {
      if (tempDir) {
        const stopped = await new GroupRegistry(path.join(tempDir, PROCESS_GROUPS_DIR)).stopLeftovers();
        if (stopped.groups.length > 0) host.warning(`stopped Ansible process group(s) the main step left running: ${stopped.groups.join(', ')}`);
        if (stopped.containers.length > 0) host.warning(`killed Ansible container(s) the main step left running: ${stopped.containers.join(', ')}`);
      }
      let kube;
      try {
        kube = createKubeApi({ kubeconfig: saved.kubeconfig || undefined });
      } catch (e) {
        host.warning(`cannot reach the cluster to release the lock or record the state: ${(e as Error).message}`);
        return;
      }
      const r = await cleanUpAfterMain(kube, { namespace: saved.namespace, holder: saved.holder, mainFinished: saved.finished, reason: KILLED }, (m) => host.warning(m), redactor);
      if (!saved.finished) host.warning(`the main step did not finish${r.markedInterrupted ? '; the upgrade is recorded as interrupted, re-run the job to resume it' : ''}`);
      if (r.releasedLock) host.info(`released the upgrade lock held by ${saved.holder}`);
      if (saved.finished && !r.releasedLock) host.info('run-upgrade post: the main step finished and cleaned up; nothing left to do');
    } finally {
      if (tempDir) rmSync(tempDir, { recursive: true, force: true });
    }
  });
}

/** The saved path, only if it is a temp dir the main step made: the post step never removes anything else. */
function ownTempDir(host: ActionHost, p: string): string | undefined {
  if (!path.isAbsolute(p) || !path.basename(p).startsWith(TEMP_DIR_PREFIX)) {
    host.warning(`not removing ${JSON.stringify(p)}: not a run-upgrade temp dir`);
    return undefined;
  }
  try {
    return statSync(p).isDirectory() ? p : undefined;
  } catch {
    return undefined;
  }
}
