import * as actionsCore from '@actions/core';

/**
 * What the main step hands to its post step through the runner's state (core.saveState:
 * the GITHUB_STATE file command, read back as STATE_<name>). The runner reads that file when
 * the main step ends, however it ended, so the post step knows the run even after a SIGKILL.
 */
export interface MainStepState {
  holder: string;
  /** The private temp dir: the key file, extra vars, the process-group records. */
  tempDir: string;
  namespace: string;
  /** Empty: the default kubeconfig. */
  kubeconfig: string;
}

/** The main step's private temp dir is named so; the post step removes nothing else. */
export const TEMP_DIR_PREFIX = 'kubespray-upgrade-';
/** Inside it: records of the Ansible process groups running (GroupRegistry). */
export const PROCESS_GROUPS_DIR = 'process-groups';

const KEYS = { isPost: 'isPost', holder: 'holder', tempDir: 'temp-dir', namespace: 'state-namespace', kubeconfig: 'kubeconfig', finished: 'main-finished' } as const;

/** Only on a runner: outside one (the CLI) there is no post step, and save-state would be log noise. */
const onRunner = () => Boolean(process.env.GITHUB_STATE);

export function isPostStep(): boolean {
  return actionsCore.getState(KEYS.isPost) === 'true';
}

export function saveMainStepState(s: MainStepState): void {
  if (!onRunner()) return;
  actionsCore.saveState(KEYS.isPost, 'true');
  actionsCore.saveState(KEYS.holder, s.holder);
  actionsCore.saveState(KEYS.tempDir, s.tempDir);
  actionsCore.saveState(KEYS.namespace, s.namespace);
  actionsCore.saveState(KEYS.kubeconfig, s.kubeconfig);
}

/** Written last, after the main step's own cleanup: its absence means the step was cut off. */
export function saveMainStepFinished(): void {
  if (onRunner()) actionsCore.saveState(KEYS.finished, 'true');
}

export function loadMainStepState(): (MainStepState & { finished: boolean }) | undefined {
  const holder = actionsCore.getState(KEYS.holder);
  const tempDir = actionsCore.getState(KEYS.tempDir);
  if (!holder || !tempDir) return undefined;
  return {
    holder,
    tempDir,
    namespace: actionsCore.getState(KEYS.namespace) || 'kube-system',
    kubeconfig: actionsCore.getState(KEYS.kubeconfig),
    finished: actionsCore.getState(KEYS.finished) === 'true',
  };
}
